import ExcelJS from "exceljs";
import type { CellValue } from "../cells/readCell";
import type { Area, SheetGrid } from "../sheet/grid";
import { parseAddress } from "../sheet/grid";
import { SETTINGS_SHEET, settingsOfText, type WorkbookSettings } from "../layout/workbook";
import { shownValue } from "../cells/shownValue";

/** A workbook read for the readers: its visible sheets as grids, its JX_* names and our settings if it has them. */
export interface ReadWorkbook {
  readonly sheets: readonly SheetGrid[];
  readonly settings: WorkbookSettings | null;
  /** Defined names with their value (formula results as cached in the file). */
  readonly names: Readonly<Record<string, CellValue>>;
}

/** Why a file cannot be read, in the words a person needs. */
export class UnreadableWorkbook extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} ${en}`);
  }
}

function valueOf(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      if (r === undefined || r === null) return null;
      if (typeof r === "object" && "error" in r) return String(r.error);
      return r instanceof Date ? r.toISOString().slice(0, 10) : (r as CellValue);
    }
    if ("text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ("error" in v) return String((v as ExcelJS.CellErrorValue).error);
  }
  return String(v);
}

/** A cell's value as shown; a formula's result comes from cell.result, since cell.value leaves out a result of 0. */
function cellValue(cell: ExcelJS.Cell): CellValue {
  const v = cell.type === ExcelJS.ValueType.Formula ? valueOf((cell.result ?? null) as ExcelJS.CellValue) : valueOf(cell.value);
  return shownValue(v, cell.numFmt);
}

function areaOf(range: string): Area | null {
  const [a, b] = range.split(":");
  const p = parseAddress(a);
  const q = parseAddress(b ?? a);
  return p && q ? { top: p.row, left: p.col, bottom: q.row, right: q.col } : null;
}

function gridOf(ws: ExcelJS.Worksheet): SheetGrid {
  const cells: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return; // the merge map gives it the master's value
      values[c - 1] = cellValue(cell);
    });
    cells[r - 1] = values;
  });
  for (let r = 0; r < cells.length; r++) cells[r] ??= [];
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(areaOf).filter((a): a is Area => a !== null);
  return { name: ws.name, cells, merges };
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** Reads .xlsx bytes; a file that is not one (or is damaged, or password-protected) throws UnreadableWorkbook. */
export async function readWorkbook(bytes: Uint8Array): Promise<ReadWorkbook> {
  const head = Array.from(bytes.slice(0, 4));
  if (OLE.every((b, i) => head[i] === b)) {
    throw new UnreadableWorkbook("文件受密码保护，或是旧版 .xls 格式：请在 Excel 中取消密码或另存为 .xlsx。", "The file is password-protected or an old .xls: remove the password or save it as .xlsx.");
  }
  if (!ZIP.every((b, i) => head[i] === b)) {
    throw new UnreadableWorkbook("不是 .xlsx 文件。", "Not an .xlsx file.");
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new UnreadableWorkbook(`文件已损坏，无法读取（${e instanceof Error ? e.message : String(e)}）。`, "The file is damaged and cannot be read.");
  }
  let settings: WorkbookSettings | null = null;
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => {
    if (ws.name === SETTINGS_SHEET) {
      settings = settingsOfText(String(valueOf(ws.getCell(1, 1).value) ?? ""));
      return;
    }
    if (ws.state === "visible") sheets.push(gridOf(ws));
  });
  const names: Record<string, CellValue> = {};
  for (const name of ["JX_TOTAL", "JX_GRADE", "JX_WEIGHT_TOTAL"]) {
    const ranges = wb.definedNames.getRanges(name).ranges;
    const ref = ranges[0];
    if (!ref) continue;
    const bang = ref.lastIndexOf("!");
    const sheetName = ref.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
    const at = parseAddress(ref.slice(bang + 1));
    const ws = wb.getWorksheet(sheetName);
    const cell = ws && at ? ws.getCell(at.row + 1, at.col + 1) : null;
    if (cell) names[name] = cellValue(cell);
  }
  return { sheets, settings, names };
}
