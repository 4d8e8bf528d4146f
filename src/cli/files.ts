import * as fs from "fs";
import * as path from "path";
import type { ReadTable } from "../kinds/table/read";
import type { FormReading } from "../kinds/form/read";
import { readSheet } from "../readers/readSheet";
import { readingsOf, sheetsToRead } from "../readers/readingsOf";
import { decodeText } from "../template/jsonText";
import { WORKBOOK_LIMITS, sizeText } from "../xlsx/limits";
import { readWorkbook, UnreadableWorkbook, type ReadWorkbook } from "../xlsx/readWorkbook";
import { OPEN_FAILURES, WRITE_FAILURES, refusalWords, type Words } from "../messages";
import { problemLine } from "./problemsText";
import { Refusal, STDIO, UsageError, processIo, shownName, type Io } from "./io";

/** Why a file cannot be opened, from its error code, in both languages. */
function openFailure(code: string | undefined): Words {
  return (
    OPEN_FAILURES[code ?? ""] ??
    refusalWords("openFailedCode", { code: code ?? { zh: "未知原因", en: "unknown reason" } })
  );
}

/**
 * Reads a file's bytes, refusing one larger than `limit`: read in chunks, so a device or pipe that never
 * ends (/dev/zero) is cut off at the limit instead of filling memory.
 */
function readBytes(file: string, limit: number): Buffer | Words {
  const tooBig = (size?: number) =>
    size === undefined
      ? refusalWords("fileOverLimit", { limit: sizeText(limit) })
      : refusalWords("fileSizeOverLimit", { size: sizeText(size), limit: sizeText(limit) });
  let fd: number | null = null;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return openFailure("EISDIR");
    if (stat.size > limit) return tooBig(stat.size);
    fd = fs.openSync(file, "r");
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1 << 20, limit + 1 - total));
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > limit) return tooBig();
    }
    return Buffer.concat(chunks, total);
  } catch (e) {
    return openFailure((e as NodeJS.ErrnoException).code);
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** Standard input's bytes for a file named `-`, refused past `limit` or when it is a terminal. */
async function readStdin(io: Io, limit: number): Promise<Buffer | Words> {
  const got = await (io.stdin ?? processIo.stdin)(limit);
  if (got === "terminal") return refusalWords("stdinTerminal");
  if (got === "tooBig") return refusalWords("stdinOverLimit", { limit: sizeText(limit) });
  return got;
}

/** A file's bytes, or standard input's for `-`. */
function readSource(file: string, io: Io): Promise<Buffer | Words> | Buffer | Words {
  return file === STDIO ? readStdin(io, WORKBOOK_LIMITS.unpackedBytes) : readBytes(file, WORKBOOK_LIMITS.unpackedBytes);
}

/**
 * Reads an .xlsx file (`-`: standard input) for the readers; any reason it cannot be read becomes an
 * UnreadableWorkbook naming the file. With `settingsNotes`, wrong workbook settings are listed on stderr.
 */
export async function loadWorkbook(
  file: string,
  io: Io,
  { settingsNotes = false }: { settingsNotes?: boolean } = {},
): Promise<ReadWorkbook> {
  const bytes = await readSource(file, io);
  if ("zh" in bytes) throw UnreadableWorkbook.because("fileUnopenable", { why: bytes });
  const wb = await readWorkbook(bytes);
  if (settingsNotes && wb.settingsProblems?.length) {
    io.err(
      `! ${path.basename(file)} 的工作簿设置有 ${wb.settingsProblems.length} 处错误，已忽略这些设置 / ${wb.settingsProblems.length} workbook setting(s) are wrong and were ignored:`,
    );
    for (const p of wb.settingsProblems) io.err(problemLine(p));
  }
  return wb;
}

/**
 * Reads a template or form file (`-`: standard input) as text: UTF-8 (a BOM is fine) or UTF-16 with a BOM;
 * anything else is refused, exit 2.
 */
export async function readTextFile(file: string, what: Words, io: Io): Promise<string> {
  const bytes = await readSource(file, io);
  const name = shownName(file, "in");
  if ("zh" in bytes) throw Refusal.because("textFileUnreadable", { what, name, why: bytes });
  const decoded = decodeText(bytes);
  if ("refusal" in decoded) throw Refusal.because("textFileUndecodable", { what, name, why: decoded.refusal });
  return decoded.text;
}

export { readingsOf };

/** The indicator table of a workbook: on the named sheet, or on the first sheet that has one. */
export function findTable(wb: ReadWorkbook, sheet?: string): ReadTable {
  for (const grid of sheetsToRead(wb, sheet)) {
    const reading = readSheet(grid, { settings: wb.settings });
    if (reading?.kind === "table") return reading.table;
  }
  if (sheet !== undefined) throw UnreadableWorkbook.because("noTableInSheet", { sheet });
  throw UnreadableWorkbook.because("noTableInWorkbook");
}

/** Why a file cannot be written, from its error code, in both languages. */
function writeFailure(file: string, code: string | undefined): Refusal {
  const why =
    WRITE_FAILURES[code ?? ""] ??
    refusalWords("writeFailedCode", { code: code ?? { zh: "未知原因", en: "unknown reason" } });
  return Refusal.because("writeFailed", { file, why });
}

/**
 * Writes a file unless it exists (then only with --overwrite), through a temporary file beside it so nothing
 * is left half-written. Any failure (a folder, a missing folder, a name too long, no permission, a full disk)
 * is a Refusal naming the reason, and the temporary file is removed. `-` writes the whole content to standard
 * output, once it is complete.
 */
export function writeOut(file: string, bytes: Uint8Array | string, overwrite: boolean, io?: Io): void {
  if (file === STDIO) {
    (io?.stdout ?? processIo.stdout)(bytes);
    return;
  }
  const target = path.resolve(file);
  let existing: fs.Stats | null = null;
  try {
    existing = fs.statSync(target);
  } catch {
    existing = null;
  }
  if (existing?.isDirectory()) throw Refusal.because("outIsFolder", { file });
  if (existing && !existing.isFile()) throw Refusal.because("outNotPlainFile", { file });
  if (existing && !overwrite) throw UsageError.because("outExists", { file });
  const dir = path.dirname(target);
  if (!fs.existsSync(dir)) throw Refusal.because("outFolderMissing", { dir });
  // A short temporary name, so a long file name does not become too long with it.
  const tmp = path.join(dir, `.jx-${process.pid}-${Date.now().toString(36)}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes, { flag: "wx" });
    fs.renameSync(tmp, target);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // Nothing more can be done; the message below says what failed.
    }
    throw writeFailure(file, (e as NodeJS.ErrnoException).code);
  }
}

/** The self-evaluation form or goal table of a workbook, on the named sheet or the first that has one. */
export function findForm(wb: ReadWorkbook, sheet?: string): FormReading {
  for (const grid of sheetsToRead(wb, sheet)) {
    const reading = readSheet(grid, { settings: wb.settings });
    if (reading?.kind === "form" || reading?.kind === "goals") return reading.form;
  }
  throw UnreadableWorkbook.because("noForm");
}
