import * as fs from "fs";
import * as path from "path";
import { readTable, type ReadTable } from "../sheet/readTable";
import { readForm, withScoring, type FormReading } from "../selfeval/readForm";
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

/** The indicator table of a workbook: on the named sheet, or on the first sheet that has one. */
export function findTable(wb: ReadWorkbook, sheet?: string): ReadTable {
  if (sheet !== undefined) {
    const grid = wb.sheets.find((s) => s.name === sheet);
    if (!grid) throw new UnreadableWorkbook(`没有名为“${sheet}”的工作表（有：${wb.sheets.map((s) => s.name).join("、")}）。`, `No sheet named "${sheet}".`);
    const table = readTable(grid);
    if (!table) throw new UnreadableWorkbook(`工作表“${sheet}”中找不到指标表（应有“一级指标”“分值/权重”等表头）。`, `No indicator table on sheet "${sheet}".`);
    return table;
  }
  for (const grid of wb.sheets) {
    const table = readTable(grid);
    if (table) return table;
  }
  throw new UnreadableWorkbook("工作簿中找不到指标表（应有“一级指标”“分值/权重”等表头）。", "No indicator table in the workbook (headings such as 一级指标 and 分值/权重 expected).");
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

/**
 * The self-evaluation form (or goal table) of a workbook, on the named sheet or the first that has one; null
 * when none. The rule set it is scored by comes from the workbook's settings; without them it stays unset.
 */
export function formIn(wb: ReadWorkbook, sheet?: string): FormReading | null {
  for (const grid of wb.sheets) {
    if (sheet !== undefined && grid.name !== sheet) continue;
    const reading = readForm(grid);
    if (reading) return withScoring(reading, wb.settings);
  }
  return null;
}

export function findForm(wb: ReadWorkbook, sheet?: string): FormReading {
  const reading = formIn(wb, sheet);
  if (!reading) throw new UnreadableWorkbook("工作簿中找不到自评表或绩效目标表（应有“三级指标”“年度指标值”“实际完成值”等表头）。", "No self-evaluation form or goal table (headings such as 三级指标 and 年度指标值 expected).");
  return reading;
}
