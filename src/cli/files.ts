import * as fs from "fs";
import * as path from "path";
import type { ReadTable } from "../kinds/table/read";
import type { FormReading } from "../kinds/form/read";
import { readSheet } from "../readers/readSheet";
import { NO_TABLE, readingsOf, sheetsToRead } from "../readers/readingsOf";
import { decodeText } from "../template/jsonText";
import { WORKBOOK_LIMITS, sizeText } from "../xlsx/limits";
import { readWorkbook, UnreadableWorkbook, type ReadWorkbook } from "../xlsx/readWorkbook";
import { problemLine } from "./problemsText";
import { Refusal, STDIO, UsageError, processIo, shownName, type Io } from "./io";

/** Why a file cannot be opened, from its error code, in both languages. */
function openFailure(code: string | undefined): { zh: string; en: string } {
  switch (code) {
    case "ENOENT":
      return { zh: "找不到文件", en: "No such file" };
    case "EISDIR":
      return { zh: "这是一个文件夹，不是文件", en: "This is a folder, not a file" };
    case "EACCES":
    case "EPERM":
      return { zh: "没有读取权限", en: "Permission denied" };
    case "ENAMETOOLONG":
      return { zh: "文件名太长", en: "The file name is too long" };
    default:
      return { zh: `无法打开文件（${code ?? "未知原因"}）`, en: `The file cannot be opened (${code ?? "unknown reason"})` };
  }
}

/**
 * Reads a file's bytes, refusing one larger than `limit`: read in chunks, so a device or pipe that never
 * ends (/dev/zero) is cut off at the limit instead of filling memory.
 */
function readBytes(file: string, limit: number): Buffer | { zh: string; en: string } {
  const tooBig = (size?: number) =>
    size === undefined
      ? { zh: `文件超过上限 ${sizeText(limit)}`, en: `The file is over the limit of ${sizeText(limit)}` }
      : { zh: `文件有 ${sizeText(size)}，超过上限 ${sizeText(limit)}`, en: `The file is ${sizeText(size)}, over the limit of ${sizeText(limit)}` };
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
async function readStdin(io: Io, limit: number): Promise<Buffer | { zh: string; en: string }> {
  const got = await (io.stdin ?? processIo.stdin)(limit);
  if (got === "terminal") return { zh: "标准输入是终端：请用管道或重定向（< 文件）提供内容", en: "Standard input is a terminal: give the content through a pipe or a redirection (< FILE)" };
  if (got === "tooBig") return { zh: `标准输入超过上限 ${sizeText(limit)}`, en: `Standard input is over the limit of ${sizeText(limit)}` };
  return got;
}

/** A file's bytes, or standard input's for `-`. */
function readSource(file: string, io: Io): Promise<Buffer | { zh: string; en: string }> | Buffer | { zh: string; en: string } {
  return file === STDIO ? readStdin(io, WORKBOOK_LIMITS.unpackedBytes) : readBytes(file, WORKBOOK_LIMITS.unpackedBytes);
}

/**
 * Reads an .xlsx file (`-`: standard input) for the readers; any reason it cannot be read becomes an
 * UnreadableWorkbook naming the file. With `settingsNotes`, wrong workbook settings are listed on stderr.
 */
export async function loadWorkbook(file: string, io: Io, { settingsNotes = false }: { settingsNotes?: boolean } = {}): Promise<ReadWorkbook> {
  const bytes = await readSource(file, io);
  if ("zh" in bytes) throw new UnreadableWorkbook(`${bytes.zh}。`, `${bytes.en}.`);
  const wb = await readWorkbook(bytes);
  if (settingsNotes && wb.settingsProblems?.length) {
    io.err(`! ${path.basename(file)} 的工作簿设置有 ${wb.settingsProblems.length} 处错误，已忽略这些设置 / ${wb.settingsProblems.length} workbook setting(s) are wrong and were ignored:`);
    for (const p of wb.settingsProblems) io.err(problemLine(p));
  }
  return wb;
}

/**
 * Reads a template or form file (`-`: standard input) as text: UTF-8 (a BOM is fine) or UTF-16 with a BOM;
 * anything else is refused, exit 2.
 */
export async function readTextFile(file: string, what: { zh: string; en: string }, io: Io): Promise<string> {
  const bytes = await readSource(file, io);
  const name = shownName(file, "in");
  if ("zh" in bytes) throw new Refusal(`无法读取${what.zh} ${name}：${bytes.zh}。Cannot read the ${what.en} ${name}: ${bytes.en}.`);
  const decoded = decodeText(bytes);
  if ("refusal" in decoded) throw new Refusal(`${what.zh} ${name}：${decoded.refusal.zh} The ${what.en} ${name}: ${decoded.refusal.en}`);
  return decoded.text;
}

export { readingsOf };

/** The indicator table of a workbook: on the named sheet, or on the first sheet that has one. */
export function findTable(wb: ReadWorkbook, sheet?: string): ReadTable {
  for (const grid of sheetsToRead(wb, sheet)) {
    const reading = readSheet(grid, { settings: wb.settings });
    if (reading?.kind === "table") return reading.table;
  }
  if (sheet !== undefined) throw new UnreadableWorkbook(`工作表“${sheet}”中${NO_TABLE.zh}。`, `Sheet "${sheet}": ${NO_TABLE.en}.`);
  throw new UnreadableWorkbook(`工作簿中${NO_TABLE.zh}。`, `The workbook has ${NO_TABLE.en}.`);
}

/** Why a file cannot be written, from its error code, in both languages. */
function writeFailure(file: string, code: string | undefined): string {
  const why: Record<string, [string, string]> = {
    ENOSPC: ["磁盘已满", "the disk is full"],
    EDQUOT: ["磁盘配额已用完", "the disk quota is used up"],
    EACCES: ["没有写入权限", "permission denied"],
    EPERM: ["没有写入权限", "permission denied"],
    EROFS: ["该位置只读", "the place is read-only"],
    ENAMETOOLONG: ["文件名太长", "the file name is too long"],
    EISDIR: ["这是一个文件夹", "it is a folder"],
    ENOENT: ["文件夹不存在", "the folder does not exist"],
    ENOTDIR: ["路径中有一段不是文件夹", "part of the path is not a folder"],
    EBUSY: ["文件正被其他程序占用（如 Excel），请先关闭", "the file is open in another program (such as Excel): close it first"],
  };
  const [zh, en] = why[code ?? ""] ?? [`无法写入（${code ?? "未知原因"}）`, `it cannot be written (${code ?? "unknown reason"})`];
  return `无法写入 ${file}：${zh}，未写入任何内容。Cannot write ${file}: ${en}; nothing was written.`;
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
  if (existing?.isDirectory()) throw new Refusal(`${file} 是一个文件夹，请在 --out 中给出文件名。${file} is a folder: give a file name to --out.`);
  if (existing && !existing.isFile()) throw new Refusal(`${file} 不是普通文件（是设备或管道），未写入。${file} is not a plain file (a device or a pipe); nothing was written.`);
  if (existing && !overwrite) {
    throw new UsageError(`${file} 已存在，未覆盖；如需覆盖请加 --overwrite。${file} exists and was left as it is: add --overwrite to replace it.`);
  }
  const dir = path.dirname(target);
  if (!fs.existsSync(dir)) throw new Refusal(`文件夹 ${dir} 不存在。The folder ${dir} does not exist.`);
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
    throw new Refusal(writeFailure(file, (e as NodeJS.ErrnoException).code));
  }
}

/** The self-evaluation form or goal table of a workbook, on the named sheet or the first that has one. */
export function findForm(wb: ReadWorkbook, sheet?: string): FormReading {
  for (const grid of sheetsToRead(wb, sheet)) {
    const reading = readSheet(grid, { settings: wb.settings });
    if (reading?.kind === "form" || reading?.kind === "goals") return reading.form;
  }
  throw new UnreadableWorkbook("工作簿中找不到自评表或绩效目标表（应有“三级指标”“年度指标值”“实际完成值”等表头）。", "No self-evaluation form or goal table (headings such as 三级指标 and 年度指标值 expected).");
}
