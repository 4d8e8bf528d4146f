import * as fs from "fs";
import * as path from "path";
import type { ReadTable } from "../sheet/readTable";
import type { FormReading } from "../selfeval/readForm";
import { readSheet } from "../readers/readSheet";
import { NO_TABLE, readingsOf, sheetsToRead } from "../readers/readingsOf";
import { readWorkbook, UnreadableWorkbook, type ReadWorkbook } from "../xlsx/readWorkbook";
import { UsageError } from "./io";

/** Reads an .xlsx file for the readers; any reason it cannot be read becomes an UnreadableWorkbook naming the file. */
export async function loadWorkbook(file: string): Promise<ReadWorkbook> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UnreadableWorkbook("找不到文件。", "No such file.");
    if (code === "EISDIR") throw new UnreadableWorkbook("这是一个文件夹，不是文件。", "This is a folder, not a file.");
    throw new UnreadableWorkbook(`无法打开文件（${code ?? String(e)}）。`, "The file cannot be opened.");
  }
  return readWorkbook(bytes);
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

/** Writes a file unless it exists (then only with --overwrite), through a temporary file so nothing is left half-written. */
export function writeOut(file: string, bytes: Uint8Array | string, overwrite: boolean): void {
  if (fs.existsSync(file) && !overwrite) {
    throw new UsageError(`${file} 已存在，未覆盖；如需覆盖请加 --overwrite。${file} exists and was left as it is: add --overwrite to replace it.`);
  }
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir)) throw new UsageError(`文件夹 ${dir} 不存在。The folder ${dir} does not exist.`);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, file);
}

/** The self-evaluation form or goal table of a workbook, on the named sheet or the first that has one. */
export function findForm(wb: ReadWorkbook, sheet?: string): FormReading {
  for (const grid of sheetsToRead(wb, sheet)) {
    const reading = readSheet(grid, { settings: wb.settings });
    if (reading?.kind === "form" || reading?.kind === "goals") return reading.form;
  }
  throw new UnreadableWorkbook("工作簿中找不到自评表或绩效目标表（应有“三级指标”“年度指标值”“实际完成值”等表头）。", "No self-evaluation form or goal table (headings such as 三级指标 and 年度指标值 expected).");
}
