import * as fs from "fs";
import * as path from "path";
import type { ReadTable } from "../sheet/readTable";
import type { FormReading } from "../selfeval/readForm";
import type { SheetGrid } from "../sheet/grid";
import { readSheet, type SheetReading } from "../readers/readSheet";
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

const NO_TABLE = { zh: "找不到指标表（应有“一级指标”“分值/权重”等表头）", en: "no indicator table (headings such as 一级指标 and 分值/权重 expected)" };

function sheetsToRead(wb: ReadWorkbook, sheet?: string): readonly SheetGrid[] {
  if (sheet === undefined) return wb.sheets;
  const grid = wb.sheets.find((s) => s.name === sheet);
  if (!grid) throw new UnreadableWorkbook(`没有名为“${sheet}”的工作表（有：${wb.sheets.map((s) => s.name).join("、")}）。`, `No sheet named "${sheet}".`);
  return [grid];
}

/**
 * Every sheet the one reader layer recognises (a scoring table, a form, a goal table), in workbook order;
 * only the named sheet with `sheet`. Throws UnreadableWorkbook when there is none.
 */
export function readingsOf(wb: ReadWorkbook, options: { sheet?: string; scoreColumn?: string } = {}): SheetReading[] {
  const grids = sheetsToRead(wb, options.sheet);
  const readings = grids.map((g) => readSheet(g, { settings: wb.settings, scoreColumn: options.scoreColumn })).filter((r): r is SheetReading => r !== null && r.kind !== "funds");
  if (readings.length) return readings;
  if (options.sheet !== undefined) throw new UnreadableWorkbook(`工作表“${options.sheet}”中${NO_TABLE.zh}。`, `Sheet "${options.sheet}": ${NO_TABLE.en}.`);
  throw new UnreadableWorkbook(`工作簿中${NO_TABLE.zh}，也没有自评表或绩效目标表。`, `The workbook has ${NO_TABLE.en}, and no self-evaluation form or goal table.`);
}

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
