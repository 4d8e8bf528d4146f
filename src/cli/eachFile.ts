import * as path from "path";
import { UnreadableWorkbook } from "../xlsx/unreadable";
import { EXIT, STDIO, shownName, type Io } from "./io";

/** How one file went: its status (0 or 1) and its `--json` object; or why it could not be read. */
export type FileEntry =
  | { readonly file: string; readonly status: number; readonly json: Record<string, unknown> }
  | { readonly file: string; readonly status: typeof EXIT.unusable; readonly error: string; readonly errorEn: string };

/** The files of one run of `jx check`, `jx score` or `jx audit`: each file's entry and the worst status. */
export interface FilesRun {
  readonly entries: readonly FileEntry[];
  /** 0 every file fine, 1 some file has problems, 2 some file cannot be read (the worst wins). */
  readonly status: number;
}

/** The name a file goes by in a verdict line: its base name, or `-` as standard input. */
export function fileLabel(file: string): string {
  return file === STDIO ? shownName(file, "in") : path.basename(file);
}

/**
 * Runs `one` on each file in turn; it prints the file's verdict and returns its status and `--json` object.
 * A file that cannot be read is listed on stderr with its reason (both languages) and never stops the rest.
 * In text mode, several files end with a summary line on stdout.
 */
export async function eachFile(
  files: readonly string[],
  io: Io,
  command: string,
  json: boolean,
  one: (file: string) => Promise<{ status: number; json: Record<string, unknown> }>,
): Promise<FilesRun> {
  const entries: FileEntry[] = [];
  for (const file of files) {
    try {
      entries.push({ file, ...(await one(file)) });
    } catch (e) {
      if (!(e instanceof UnreadableWorkbook)) throw e;
      io.err(`jx ${command}：${fileLabel(file)} ${e.zh} ${e.en}`);
      entries.push({ file, status: EXIT.unusable, error: e.zh, errorEn: e.en });
    }
  }
  if (!json && files.length > 1) io.out(summaryLine(entries));
  return { entries, status: Math.max(EXIT.ok, ...entries.map((e) => e.status)) };
}

/** `共 3 个文件：1 个通过，1 个有问题，1 个无法读取。3 files: 1 ok, 1 with problems, 1 unreadable.` */
export function summaryLine(entries: readonly FileEntry[]): string {
  const count = (status: number) => entries.filter((e) => e.status === status).length;
  const [ok, problems, unreadable, n] = [count(EXIT.ok), count(EXIT.problems), count(EXIT.unusable), entries.length];
  return `共 ${n} 个文件：${ok} 个通过，${problems} 个有问题，${unreadable} 个无法读取。${n} files: ${ok} ok, ${problems} with problems, ${unreadable} unreadable.`;
}

/**
 * `--json` of score and audit: one file prints its object exactly as before (nothing when it cannot be read:
 * the reason is on stderr); several print an array, one object per file in the order given, each with `file`,
 * an unreadable one as `{file, error, errorEn}`.
 */
export function printJson(io: Io, run: FilesRun): void {
  if (run.entries.length === 1) {
    const only = run.entries[0];
    if ("json" in only) io.out(JSON.stringify(only.json));
    return;
  }
  io.out(
    JSON.stringify(
      run.entries.map((e) =>
        "json" in e ? { file: e.file, ...e.json } : { file: e.file, error: e.error, errorEn: e.errorEn },
      ),
    ),
  );
}
