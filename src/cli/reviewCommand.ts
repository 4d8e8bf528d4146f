import * as fs from "fs";
import * as path from "path";
import { Dec } from "../decimal";
import { collectWorkbook, reasonOf } from "../review/collect";
import { layoutReview } from "../review/layoutReview";
import type { ProjectRow, Unreadable } from "../review/projects";
import { reviewJson } from "../review/reviewJson";
import { byCodeUnits, isSampleProblem, sampleSpecOf, type SampleSpec } from "../review/sample";
import { summarize } from "../review/summarize";
import { xlsxBytes } from "../xlsx/writeWorkbook";
import { loadWorkbook, writeOut } from "./files";
import { EXIT, STDIO, UsageError, checkStdio, reportOf, shownName, type Io } from "./io";
import { options } from "./options";
import { gradesOption } from "./scoreCommand";
import { inBoth, refusalWords } from "../messages";

/** A file to read: where it is, and the name it is listed under (the same on any machine). */
interface Source {
  readonly at: string;
  readonly name: string;
  readonly fromFolder?: boolean;
  /** Why a folder could not be listed. */
  readonly error?: string;
}

const posix = (p: string): string => p.split(path.sep).join("/");

/** Every .xlsx file under a folder (recursively; Excel's ~$ lock files left out), named from the folder's own name. */
function walk(dir: string, name: string, skip: string | null, into: Source[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    into.push({
      at: dir,
      name: `${name}/`,
      fromFolder: true,
      error: inBoth(refusalWords("folderUnopenable", { code: (e as NodeJS.ErrnoException).code ?? String(e) })),
    });
    return;
  }
  for (const entry of entries) {
    const at = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(at, `${name}/${entry.name}`, skip, into);
    else if (entry.isFile() && /\.xlsx$/i.test(entry.name) && !entry.name.startsWith("~$") && path.resolve(at) !== skip)
      into.push({ at, name: `${name}/${entry.name}`, fromFolder: true });
  }
}

/** The files named on the command line (`-`: standard input) and the .xlsx files in the folders, sorted by name, each once. */
export function sourcesOf(paths: readonly string[], skip: string | null): Source[] {
  const found: Source[] = [];
  for (const p of paths) {
    if (p === STDIO) found.push({ at: STDIO, name: STDIO });
    else if (fs.existsSync(p) && fs.statSync(p).isDirectory()) walk(p, path.basename(path.resolve(p)), skip, found);
    else found.push({ at: p, name: posix(path.normalize(p)) });
  }
  // A file met both by itself and in a folder keeps its folder name, so the listing does not depend on how it was named.
  const inFolders = new Set(found.filter((s) => s.fromFolder).map((s) => path.resolve(s.at)));
  const seen = new Set<string>();
  return found
    .filter((s) => s.fromFolder || !inFolders.has(path.resolve(s.at)))
    .filter((s) => !seen.has(path.resolve(s.at)) && seen.add(path.resolve(s.at)))
    .sort((a, b) => byCodeUnits(a.name, b.name));
}

/** A progress bar on stderr, drawn only on a terminal. */
function progressBar(total: number, show: boolean): { step(i: number, name: string): void; done(): void } {
  if (!show || total === 0) return { step: () => undefined, done: () => undefined };
  const width = 24;
  return {
    step(i, name) {
      const filled = Math.round((i / total) * width);
      process.stderr.write(
        `\r\x1b[2K读取 ${i}/${total} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${name.slice(-40)}`,
      );
    },
    done: () => void process.stderr.write("\r\x1b[2K"),
  };
}

/** Reads the files one at a time into project rows; a file that cannot be read is listed with its reason. */
async function readAll(
  sources: readonly Source[],
  bands: ReturnType<typeof gradesOption>,
  show: boolean,
  io: Io,
): Promise<{ rows: ProjectRow[]; unreadable: Unreadable[] }> {
  const rows: ProjectRow[] = [];
  const unreadable: Unreadable[] = [];
  const bar = progressBar(sources.length, show);
  for (const [i, s] of sources.entries()) {
    bar.step(i + 1, s.name);
    let got: { rows: ProjectRow[]; unreadable: Unreadable[] };
    if (s.error) {
      unreadable.push({ file: s.name, error: s.error });
      continue;
    }
    try {
      got = collectWorkbook(s.name, await loadWorkbook(s.at, io), bands);
    } catch (e) {
      got = { rows: [], unreadable: [{ file: s.name, error: reasonOf(e) }] };
    }
    rows.push(...got.rows);
    unreadable.push(...got.unreadable);
  }
  bar.done();
  return { rows, unreadable };
}

/** `--recheck A B --out x`: the paths after --recheck up to the next option; the rest for parseArgs. */
function splitRecheck(args: readonly string[]): { rest: string[]; recheck: string[] | null } {
  const rest: string[] = [];
  let recheck: string[] | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith("--recheck=")) {
      (recheck ??= []).push(a.slice("--recheck=".length));
    } else if (a === "--recheck") {
      recheck ??= [];
      while (i + 1 < args.length && !args[i + 1].startsWith("--")) recheck.push(args[++i]);
    } else rest.push(a);
  }
  return { rest, recheck };
}

function sampleSpec(values: { sample?: string; "sample-funds"?: string; seed?: string }): SampleSpec | null {
  if (values.sample !== undefined && values["sample-funds"] !== undefined)
    throw UsageError.because("eitherOption", { a: "--sample", b: "--sample-funds" });
  const given = values.sample ?? values["sample-funds"];
  if (given === undefined) {
    if (values.seed !== undefined)
      throw UsageError.because("optionGoesWith", {
        option: "--seed",
        with: { zh: "--sample 或 --sample-funds", en: "--sample or --sample-funds" },
      });
    return null;
  }
  const spec = sampleSpecOf(values.sample !== undefined ? "projects" : "funds", given, values.seed);
  if (isSampleProblem(spec)) throw UsageError.of(spec);
  return spec;
}

/**
 * `jx review PATH... [--out 汇总.xlsx] [--json] [--sample 20% | --sample-funds 30%] [--seed N] [--recheck PATH...]
 * [--threshold 10] [--grades SCHEME] [--overwrite]`: every project of a folder of self-evaluations in one summary,
 * a reproducible 抽查复核 sample, and the re-scored copies compared. Exit 0 when every file was read and no score
 * has a problem, 1 when some file is unreadable, a score has problems or a 复核 is flagged, 2 on bad usage or
 * when nothing could be read. `-` among the paths reads one workbook from standard input; `--out -` writes the
 * summary workbook to standard output and the report to stderr.
 */
export async function reviewCommand(args: readonly string[], io: Io): Promise<number> {
  const split = splitRecheck(args);
  const { values, positionals } = options(
    split.rest,
    {
      out: { type: "string" },
      json: { type: "boolean" },
      sample: { type: "string" },
      "sample-funds": { type: "string" },
      seed: { type: "string" },
      threshold: { type: "string" },
      grades: { type: "string" },
      overwrite: { type: "boolean" },
    },
    "review",
  );
  if (positionals.length === 0) throw UsageError.because("reviewNeedsPaths");
  if (split.recheck !== null && split.recheck.length === 0) throw UsageError.because("recheckNeedsPaths");
  checkStdio([...positionals, ...(split.recheck ?? [])], values.out, values.json);
  const spec = sampleSpec(values);
  const threshold =
    values.threshold === undefined
      ? new Dec(10)
      : /^\d+(\.\d+)?$/.test(values.threshold) && Number(values.threshold) > 0
        ? new Dec(values.threshold)
        : null;
  if (!threshold) throw UsageError.because("thresholdInvalid", { got: values.threshold ?? "" });
  const bands = gradesOption(values.grades);
  const out = values.out ?? null;
  if (out !== null && out !== STDIO && !/\.xlsx$/i.test(out)) throw UsageError.because("outNotXlsx", { out });
  if (out !== null && out !== STDIO && fs.existsSync(out) && !values.overwrite)
    throw UsageError.because("outExists", { file: out });

  const skip = out === null || out === STDIO ? null : path.resolve(out);
  const show = process.stderr.isTTY === true && !values.json;
  const sources = sourcesOf(positionals, skip);
  if (sources.length === 0) {
    io.err(
      `jx review：${inBoth(refusalWords("noXlsxFound", { paths: { zh: positionals.join("、"), en: positionals.join(", ") } }))}`,
    );
    return EXIT.unusable;
  }
  const { rows, unreadable } = await readAll(sources, bands, show, io);
  let rechecked: ProjectRow[] | null = null;
  if (split.recheck) {
    const again = await readAll(sourcesOf(split.recheck, skip), bands, show, io);
    unreadable.push(
      ...again.unreadable.map((u) => ({ file: u.file, error: inBoth(refusalWords("recheckFile", { why: u.error })) })),
    );
    rechecked = again.rows;
  }
  const summary = summarize({ projects: rows, unreadable, bands, sample: spec, rechecked, threshold });
  const { grades, sentences, recheck } = summary;
  const sample = summary.sample?.projects ?? null;
  if (out !== null) {
    // Writing a large summary takes a few seconds after the last file: say so where the bar was.
    if (show) process.stderr.write(`\r\x1b[2K正在写出 ${out}… Writing ${out}…`);
    let bytes: Uint8Array;
    try {
      bytes = await xlsxBytes(layoutReview(summary));
    } finally {
      if (show) process.stderr.write("\r\x1b[2K");
    }
    writeOut(out, bytes, values.overwrite === true, io);
  }
  if (values.json) {
    io.out(JSON.stringify(reviewJson(rows, grades, unreadable, sample, recheck)));
  } else {
    const say = reportOf(io, out ?? undefined);
    say(
      `jx review：${sources.length} 个文件，${rows.length} 个项目；${unreadable.length} 个无法读取。${sources.length} file(s), ${rows.length} project(s), ${unreadable.length} unreadable.`,
    );
    for (const g of grades) say(`  ${g.label}：${g.count} 个项目，全年预算数 ${g.funds.toFixed()}`);
    const withProblems = rows.filter((r) => r.problems.length || r.findings.length || r.unread.length);
    if (withProblems.length)
      say(
        `  ${withProblems.length} 个项目有问题、审核意见或未读取的数字（见“问题清单”）。${withProblems.length} project(s) with problems, findings or unread numbers.`,
      );
    // An unreadable file is an error line: stderr, as every command writes them.
    for (const u of unreadable) io.err(`✗ ${u.file}：${u.error}`);
    if (summary.sample) say(summary.sample.how);
    if (sample) for (const p of sample) say(`  复核 ${p.file}［${p.sheet}］${p.name ?? ""}`);
    for (const s of sentences) say(`${s.zh}\n${s.en}`);
    if (out !== null) say(`已写出 ${shownName(out, "out")}。Written: ${shownName(out, "out")}.`);
  }
  if (rows.length === 0) return EXIT.unusable;
  const clean =
    unreadable.length === 0 &&
    rows.every((r) => r.problems.every((p) => p.kind === "judgement")) &&
    !(recheck?.pairs.some((p) => p.flagged) ?? false);
  return clean ? EXIT.ok : EXIT.problems;
}
