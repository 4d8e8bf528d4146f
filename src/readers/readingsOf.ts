import { SUMMARY_SHEET } from "../kinds/table/summarySheet";
import type { SheetGrid } from "../sheet/grid";
import { UnreadableWorkbook, type ReadWorkbook } from "../xlsx/readWorkbook";
import { readSheet, type SheetReading } from "./readSheet";

/** The visible sheet of that name; a hidden one, or none, is refused with what there is. */
function sheetNamed(wb: ReadWorkbook, sheet: string): SheetGrid {
  const grid = wb.sheets.find((s) => s.name === sheet);
  if (grid) return grid;
  if (wb.hiddenSheets?.includes(sheet)) {
    throw UnreadableWorkbook.because("hiddenSheet", { sheet });
  }
  throw UnreadableWorkbook.because("noSheet", {
    sheet,
    sheets: { zh: wb.sheets.map((s) => s.name).join("、"), en: wb.sheets.map((s) => s.name).join(", ") },
  });
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
  const own =
    wb.settings !== null && options.sheet === undefined
      ? grids.filter((g) => !g.name.startsWith(SUMMARY_SHEET))
      : grids;
  const readings = own
    .map((g) => readSheet(g, { settings: wb.settings, scoreColumn: options.scoreColumn }))
    .filter((r): r is SheetReading => r !== null && r.kind !== "funds");
  if (readings.length) return readings;
  if (options.sheet !== undefined) throw UnreadableWorkbook.because("noTableInSheet", { sheet: options.sheet });
  throw UnreadableWorkbook.because("noTableOrForm");
}
