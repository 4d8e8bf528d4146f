import { SUMMARY_SHEET } from "../kinds/table/summarySheet";
import type { SheetGrid } from "../sheet/grid";
import { UnreadableWorkbook, type ReadWorkbook } from "../xlsx/readWorkbook";
import { readSheet, type SheetReading } from "./readSheet";

export const NO_TABLE = { zh: "找不到指标表（应有“一级指标”“分值/权重”等表头）", en: "no indicator table (headings such as 一级指标 and 分值/权重 expected)" };

/** The visible sheet of that name; a hidden one, or none, is refused with what there is. */
function sheetNamed(wb: ReadWorkbook, sheet: string): SheetGrid {
  const grid = wb.sheets.find((s) => s.name === sheet);
  if (grid) return grid;
  if (wb.hiddenSheets?.includes(sheet)) {
    throw new UnreadableWorkbook(`工作表“${sheet}”是隐藏的：请先在 Excel 中取消隐藏（右键工作表标签 → 取消隐藏）。`, `The sheet "${sheet}" is hidden: unhide it in Excel first (right-click a sheet tab → Unhide).`);
  }
  throw new UnreadableWorkbook(`没有名为“${sheet}”的工作表（有：${wb.sheets.map((s) => s.name).join("、")}）。`, `No sheet named "${sheet}".`);
}

/** The sheets to read: all of them, or only the named one (refused with what there is, or as hidden). */
export function sheetsToRead(wb: ReadWorkbook, sheet?: string): readonly SheetGrid[] {
  return sheet === undefined ? wb.sheets : [sheetNamed(wb, sheet)];
}

/**
 * Every sheet the one reader layer recognises (a scoring table, a form, a goal table), in workbook order;
 * only the named sheet with `sheet`. Throws UnreadableWorkbook when there is none.
 */
export function readingsOf(wb: ReadWorkbook, options: { sheet?: string; scoreColumn?: string } = {}): SheetReading[] {
  const grids = sheetsToRead(wb, options.sheet);
  // Our own workbooks' 汇总 sheet restates the 评分表: it is not a table of its own.
  const own = wb.settings !== null && options.sheet === undefined ? grids.filter((g) => !g.name.startsWith(SUMMARY_SHEET)) : grids;
  const readings = own.map((g) => readSheet(g, { settings: wb.settings, scoreColumn: options.scoreColumn })).filter((r): r is SheetReading => r !== null && r.kind !== "funds");
  if (readings.length) return readings;
  if (options.sheet !== undefined) throw new UnreadableWorkbook(`工作表“${options.sheet}”中${NO_TABLE.zh}。`, `Sheet "${options.sheet}": ${NO_TABLE.en}.`);
  throw new UnreadableWorkbook(`工作簿中${NO_TABLE.zh}，也没有自评表或绩效目标表。`, `The workbook has ${NO_TABLE.en}, and no self-evaluation form or goal table.`);
}
