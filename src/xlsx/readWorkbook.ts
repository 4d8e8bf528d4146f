import ExcelJS from "exceljs";
import type { CellValue } from "../cells/readCell";
import type { Area, SheetGrid } from "../sheet/grid";
import { address, parseAddress } from "../sheet/grid";
import { SETTINGS_SHEET, type WorkbookSettings } from "../layout/workbook";
import { shownValue } from "../cells/shownValue";
import { checkSettings } from "../layout/checkSettings";
import type { Problem } from "../tree/checkTree";
import { damaged, sizeText, tooLarge, WORKBOOK_LIMITS } from "./limits";
import { prepareParts } from "./prepareParts";
import { UnreadableWorkbook } from "./unreadable";
import { canUnpack, packZip, unpackZip, type ZipPart } from "./zip";

/** A workbook read for the readers: its visible sheets as grids, its JX_* names and our settings if it has them. */
export interface ReadWorkbook {
  readonly sheets: readonly SheetGrid[];
  /** Names of the sheets a person cannot see (hidden or very hidden), so `--sheet` can say why it is not read. */
  readonly hiddenSheets?: readonly string[];
  readonly settings: WorkbookSettings | null;
  /** What was wrong in our settings sheet (those fields are left out of `settings`), each at its cell. */
  readonly settingsProblems?: readonly Problem[];
  /** Defined names with their value (formula results as cached in the file). */
  readonly names: Readonly<Record<string, CellValue>>;
}

export { UnreadableWorkbook };

/** What a cell written as NaN or 1e999 reads as: words a reader reports at its cell, never a number. */
const INVALID_NUMBER = "（无效数字 invalid number）";

/** A date cell as 2024-01-05; a serial number no calendar holds (1e300 formatted as a date) as the words saying so. */
function dateText(d: Date): string {
  return Number.isNaN(d.getTime()) ? "（无效日期 invalid date）" : d.toISOString().slice(0, 10);
}

function valueOf(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : INVALID_NUMBER;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateText(v);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      if (r === undefined || r === null) return null;
      if (typeof r === "object" && "error" in r) return String(r.error);
      return r instanceof Date ? dateText(r) : typeof r === "number" && !Number.isFinite(r) ? INVALID_NUMBER : (r as CellValue);
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

const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);

/** Rows → the merged areas that cross them, so a cell is found in its merge without listing every merged cell. */
function rowIndex(merges: readonly Area[]): Map<number, Area[]> {
  const index = new Map<number, Area[]>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const list = index.get(r);
      if (list) list.push(m);
      else index.set(r, [m]);
    }
  }
  return index;
}

/**
 * A sheet as a grid: only the rows and cells that exist are visited (exceljs skips rows without values), and
 * the rows in between share one frozen empty row, so a lone cell at A1048576 costs one pointer per row. A cell
 * inside a merged area other than its top-left is left out (the merge gives it the top-left value).
 */
function gridOf(ws: ExcelJS.Worksheet, merges: readonly Area[]): SheetGrid {
  const inMerge = rowIndex(merges);
  const covered = (r: number, c: number) => inMerge.get(r)?.some((m) => c >= m.left && c <= m.right && (r !== m.top || c !== m.left)) ?? false;
  const cells: (readonly CellValue[])[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (covered(r - 1, c - 1)) return; // the merge map gives it the master's value
      values[c - 1] = cellValue(cell);
    });
    cells[r - 1] = values;
  });
  for (let r = 0; r < cells.length; r++) cells[r] ??= EMPTY_ROW;
  return { name: ws.name, cells, merges };
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const ODS_MIME = "application/vnd.oasis.opendocument";

/** What a zip that is not an .xlsx is, named for the person: an OpenDocument file, a Word or PowerPoint file, a plain zip. */
function notXlsx(parts: readonly ZipPart[]): UnreadableWorkbook | null {
  const names = new Set(parts.map((p) => p.name.replace(/^\//, "")));
  if (names.has("xl/workbook.xml")) return null;
  const mimetype = parts.find((p) => p.name === "mimetype");
  const mime = mimetype ? new TextDecoder().decode(mimetype.content.subarray(0, 100)) : "";
  if (mime.startsWith(`${ODS_MIME}.spreadsheet`)) {
    return new UnreadableWorkbook("不是 .xlsx 文件：这是 OpenDocument 表格（.ods）。请在 WPS、LibreOffice 或 Excel 中另存为 .xlsx。", "Not an .xlsx file: this is an OpenDocument spreadsheet (.ods). Save it as .xlsx in WPS, LibreOffice or Excel.");
  }
  if (mime.startsWith(ODS_MIME)) return new UnreadableWorkbook("不是 .xlsx 文件：这是 OpenDocument 文档，不是表格。", "Not an .xlsx file: this is an OpenDocument file, not a spreadsheet.");
  if (names.has("word/document.xml")) return new UnreadableWorkbook("不是 .xlsx 文件：这是 Word 文档（.docx）。", "Not an .xlsx file: this is a Word document (.docx).");
  if (names.has("ppt/presentation.xml")) return new UnreadableWorkbook("不是 .xlsx 文件：这是 PowerPoint 演示文稿（.pptx）。", "Not an .xlsx file: this is a PowerPoint presentation (.pptx).");
  return new UnreadableWorkbook("不是 .xlsx 文件：这是一个普通的 zip 压缩包，里面没有 Excel 工作簿。", "Not an .xlsx file: this is a plain zip archive with no Excel workbook inside.");
}

/** The parts of the .xlsx checked against WORKBOOK_LIMITS and prepared for exceljs, with each sheet's merged areas. */
async function preparedBytes(bytes: Uint8Array): Promise<{ bytes: Uint8Array; merges: ReadonlyMap<string, readonly Area[]> | null }> {
  if (!canUnpack()) return { bytes, merges: null };
  const parts = await unpackZip(bytes);
  const other = notXlsx(parts);
  if (other) throw other;
  const prepared = prepareParts(parts);
  return { bytes: packZip(prepared.parts), merges: prepared.merges };
}

/** Reads the settings sheet: our settings, checked, or null when the sheet is not ours. */
function settingsOf(ws: ExcelJS.Worksheet): { settings: WorkbookSettings | null; problems: Problem[] } {
  const v = valueOf(ws.getCell(1, 1).value);
  return typeof v === "string" ? checkSettings(v, `${SETTINGS_SHEET}!${address(0, 0)}`) : { settings: null, problems: [] };
}

/**
 * Reads .xlsx bytes; a file that is not one (or is damaged, password-protected, or beyond WORKBOOK_LIMITS)
 * throws UnreadableWorkbook, whose message never carries a library's own words.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<ReadWorkbook> {
  const head = Array.from(bytes.slice(0, 4));
  if (OLE.every((b, i) => head[i] === b)) {
    throw new UnreadableWorkbook("文件受密码保护，或是旧版 .xls 格式：请在 Excel 中取消密码或另存为 .xlsx。", "The file is password-protected or an old .xls: remove the password or save it as .xlsx.");
  }
  if (!ZIP.every((b, i) => head[i] === b)) {
    throw new UnreadableWorkbook("不是 .xlsx 文件。", "Not an .xlsx file.");
  }
  if (bytes.length > WORKBOOK_LIMITS.unpackedBytes) {
    throw tooLarge(`文件有 ${sizeText(bytes.length)}，上限为 ${sizeText(WORKBOOK_LIMITS.unpackedBytes)}`, `it is ${sizeText(bytes.length)}, the limit is ${sizeText(WORKBOOK_LIMITS.unpackedBytes)}`);
  }
  const prepared = await preparedBytes(bytes);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(prepared.bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw damaged("Excel 工作簿的内容无法解析", "its workbook content cannot be parsed");
  }
  try {
    return contentsOf(wb, prepared.merges);
  } catch (e) {
    // A value exceljs hands over in a shape no one expected: the file's fault, said in the reader's words.
    if (e instanceof UnreadableWorkbook) throw e;
    throw damaged("工作簿中有无法读取的内容", "it holds content that cannot be read");
  }
}

/** The sheets, settings and JX_* names of a loaded workbook. */
function contentsOf(wb: ExcelJS.Workbook, prepared: ReadonlyMap<string, readonly Area[]> | null): ReadWorkbook {
  let settings: WorkbookSettings | null = null;
  let settingsProblems: Problem[] = [];
  const sheets: SheetGrid[] = [];
  const hiddenSheets: string[] = [];
  wb.eachSheet((ws) => {
    if (ws.state !== "visible") hiddenSheets.push(ws.name);
    if (ws.name === SETTINGS_SHEET) {
      ({ settings, problems: settingsProblems } = settingsOf(ws));
      return;
    }
    const merges = prepared ? (prepared.get(ws.name) ?? []) : mergesOf(ws);
    if (ws.state === "visible") sheets.push(gridOf(ws, merges));
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
  return { sheets, hiddenSheets, settings, settingsProblems, names };
}

/** Merged areas as exceljs read them: only where this JavaScript cannot unpack the zip itself (no DecompressionStream). */
function mergesOf(ws: ExcelJS.Worksheet): Area[] {
  return ((ws.model as { merges?: string[] }).merges ?? []).flatMap((range) => {
    const [a, b] = range.split(":");
    const p = parseAddress(a);
    const q = parseAddress(b ?? a);
    return p && q ? [{ top: p.row, left: p.col, bottom: q.row, right: q.col }] : [];
  });
}
