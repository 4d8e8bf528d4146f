import type { WorkbookLayout } from "../layout/model";
import * as path from "path";
import { Dec } from "../decimal";
import { NOT_APPLICABLE } from "../kinds/table/layout";
import { compareTrees, type TemplateDifference } from "../kinds/panel/compareTables";
import { layoutPanelWorkbook, panelLeaf } from "../kinds/panel/layout";
import type { Expert } from "../kinds/panel/model";
import { DEFAULT_SPREAD, TRIMMED_MIN, type PanelMethod } from "../kinds/panel/presets";
import type { ReadTable } from "../kinds/table/read";
import { indicatorsOfNodes } from "../tree/fromTemplate";
import { leafNodes } from "../tree/node";
import { DEFAULT_DECIMALS, type Template } from "../kinds/table/model";
import { xlsxBytes } from "../xlsx/writeWorkbook";
import { UnreadableWorkbook, type ReadWorkbook } from "../xlsx/readWorkbook";
import { loadWorkbook, readingsOf, writeOut } from "./files";
import { fileLabel } from "./eachFile";
import { EXIT, STDIO, UsageError, checkStdio, reportOf, shownName, type Io } from "./io";
import { options } from "./options";

/** `--panel mean|trimmed` checked against the number of experts. */
export function panelMethodOption(value: string | undefined, experts: number): PanelMethod {
  if (value === undefined) return "mean";
  if (value !== "mean" && value !== "trimmed") throw UsageError.because("panelMethod", { got: value });
  if (value === "trimmed" && experts < TRIMMED_MIN)
    throw UsageError.because("panelTrimmedFew", { min: TRIMMED_MIN, experts });
  return value;
}

/** `--spread 20%` or `0.2`: the share of a leaf's points beyond which the experts' spread is flagged. */
export function spreadOption(value: string | undefined): Dec {
  if (value === undefined) return DEFAULT_SPREAD;
  const m = /^(\d+(?:\.\d+)?)(%)?$/.exec(value.trim());
  const share = m ? new Dec(m[1]).div(m[2] ? 100 : 1) : null;
  if (!share || share.gt(1)) throw UsageError.because("panelSpread", { got: value });
  return share;
}

/** The scoring table of one expert's file, through the one reader layer. */
function tableOf(wb: ReadWorkbook, sheet: string | undefined): ReadTable {
  const reading = readingsOf(wb, { sheet }).find((r) => r.kind === "table");
  if (!reading || reading.kind !== "table") throw UnreadableWorkbook.because("noTableInWorkbook");
  return reading.table;
}

/** One expert's file read: the workbook and its scoring table. */
interface ExpertFile {
  readonly file: string;
  readonly wb: ReadWorkbook;
  readonly table: ReadTable;
}

/** Every expert's file, or null (said on stderr) when one cannot be read. */
async function readExpertFiles(
  files: readonly string[],
  sheet: string | undefined,
  io: Io,
): Promise<ExpertFile[] | null> {
  const tables: ExpertFile[] = [];
  for (const file of files) {
    try {
      const wb = await loadWorkbook(file, io);
      tables.push({ file, wb, table: tableOf(wb, sheet) });
    } catch (e) {
      if (!(e instanceof UnreadableWorkbook)) throw e;
      io.err(`jx panel：${fileLabel(file)} ${e.message}`);
      return null;
    }
  }
  return tables;
}

/** Says every difference between the first expert's table and the others'; true when there is one (nothing is merged). */
function refusedForDifferences(tables: readonly ExpertFile[], json: boolean, io: Io): boolean {
  const [first, ...others] = tables;
  const differences: { file: string; d: TemplateDifference }[] = others.flatMap((o) =>
    compareTrees(first.table.tree.nodes, o.table.tree.nodes).map((d) => ({ file: o.file, d })),
  );
  if (!differences.length) return false;
  if (json) {
    const listed = differences.map(({ file, d }) => ({
      file: fileLabel(file),
      at: d.at,
      otherAt: d.otherAt,
      zh: d.zh,
      en: d.en,
    }));
    io.out(JSON.stringify({ refused: true, differences: listed }));
  }
  io.err(
    `✗ 各专家的评分表指标或分值不一致，未合并（共 ${differences.length} 处）/ the experts' templates differ in indicators or weights, not merged (${differences.length}):`,
  );
  for (const { file, d } of differences)
    io.err(`  ${fileLabel(first.file)} ${d.at || "—"} ↔ ${fileLabel(file)} ${d.otherAt || "—"}：${d.zh}（${d.en}）`);
  return true;
}

/** The template the experts scored, rebuilt from the first file's table and the settings it keeps. */
function panelTemplate(first: ExpertFile): Template {
  const settings = first.wb.settings;
  return {
    format: "jixiao-template",
    version: 1,
    title:
      settings?.title ?? (first.file === STDIO ? "专家组评分" : path.basename(first.file, path.extname(first.file))),
    ...(settings?.levelNames ? { levelNames: settings.levelNames } : {}),
    total: settings?.total ?? 100,
    ...(settings?.grades ? { grades: settings.grades } : {}),
    ...(settings?.decimals ? { decimals: settings.decimals } : {}),
    indicators: indicatorsOfNodes(first.table.tree.nodes),
  };
}

/** The total the merged sheet shows (its JX_TOTAL cell's cached result). */
function shownTotal(layout: WorkbookLayout): unknown {
  const at = layout.names.find((nm) => nm.name === "JX_TOTAL");
  const total = layout.sheets
    .find((s) => s.name === at?.sheet)
    ?.cells.find((c) => c.row === at?.row && c.col === at?.col);
  return total?.content?.kind === "formula" ? total.content.result : null;
}

/**
 * `jx panel A.xlsx B.xlsx C.xlsx --out FILE.xlsx [--panel mean|trimmed] [--spread 20%] [--sheet NAME] [--overwrite] [--json]`:
 * merges the same template scored by separate experts into one workbook (each expert's column, the panel
 * score, the flags, 汇总). Refused (exit 1, nothing written) with every difference when their indicators or
 * weights differ; exit 2 when a file cannot be read. One of the files may be `-` (standard input); `--out -`
 * writes the workbook to standard output and the report to stderr.
 */
export async function panelCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals: files } = options(
    args,
    {
      out: { type: "string" },
      panel: { type: "string" },
      spread: { type: "string" },
      sheet: { type: "string" },
      overwrite: { type: "boolean" },
      json: { type: "boolean" },
    },
    "panel",
  );
  if (files.length < 2) throw UsageError.because("panelNeedsFiles");
  if (!values.out) throw UsageError.because("needsOut", { command: "panel" });
  checkStdio(files, values.out, values.json);
  const method = panelMethodOption(values.panel, files.length);
  const spread = spreadOption(values.spread);
  const tables = await readExpertFiles(files, values.sheet, io);
  if (!tables) return EXIT.unusable;
  if (refusedForDifferences(tables, values.json === true, io)) return EXIT.problems;
  const template = panelTemplate(tables[0]);
  const experts: Expert[] = tables.map(({ file, table }) => ({
    name: fileLabel(file),
    scores: leafNodes(table.tree.nodes).map((leaf) => (leaf.notApplicable ? NOT_APPLICABLE : leaf.score)),
  }));
  // What the sheet will show, computed by the core for the report.
  const digits = { ...DEFAULT_DECIMALS, ...template.decimals }.score;
  const leaves = leafNodes(tables[0].table.tree.nodes);
  const decided = leaves.map((leaf, i) =>
    panelLeaf(
      experts.map((e) => e.scores[i]),
      leaf.weight ?? new Dec(0),
      method,
      digits,
      spread,
    ),
  );
  const missing = leaves.flatMap((leaf, i) =>
    tables
      .filter((_, k) => experts[k].scores[i] === null)
      .map((t) => ({ file: fileLabel(t.file), at: leafNodes(t.table.tree.nodes)[i].at.score, name: leaf.name })),
  );
  const layout = layoutPanelWorkbook(template, experts, { method, spread });
  writeOut(values.out, await xlsxBytes(layout), values.overwrite === true, io);
  const totalValue = shownTotal(layout);
  const asNumber = (v: Dec | string | null): number | string | null => (v instanceof Dec ? v.toNumber() : v);
  if (values.json) {
    io.out(
      JSON.stringify({
        experts: experts.length,
        method,
        total: totalValue,
        leaves: leaves.map((leaf, i) => ({
          name: leaf.name,
          at: leaf.at.score,
          scores: experts.map((e) => asNumber(e.scores[i])),
          score: asNumber(decided[i].score),
          flag: decided[i].flag,
        })),
        missing,
      }),
    );
    return missing.length ? EXIT.problems : EXIT.ok;
  }
  const say = reportOf(io, values.out);
  const out = shownName(values.out, "out");
  const shown = totalValue ?? "—";
  say(
    `✓ 已写入 ${out}：${experts.length} 位专家，得分取${method === "trimmed" ? "去掉最高最低分后的平均分" : "平均分"}，合计 ${shown}。Wrote ${out}: ${experts.length} experts, total ${shown}.`,
  );
  leaves.forEach((leaf, i) => {
    if (decided[i].flag === "") return;
    const scores = experts.map((e) => `${e.name} ${String(e.scores[i] ?? "—")}`).join("，");
    say(`! ${leaf.at.score}  ${leaf.name}：${decided[i].flag}（${scores}）`);
  });
  for (const m of missing) say(`? ${m.file} ${m.at}  ${m.name}：未评分，该指标暂无专家组得分 / not scored`);
  return missing.length ? EXIT.problems : EXIT.ok;
}
