import type { CellValue } from "../cells/readCell";
import type { Area, SheetGrid } from "../sheet/grid";
import { address } from "../sheet/grid";
import { SETTINGS_SHEET, type WorkbookSettings } from "../layout/workbook";
import { checkSettings } from "../layout/checkSettings";
import type { Problem } from "../tree/checkTree";
import { damaged, grouped, sizeText, tooLarge, WORKBOOK_LIMITS } from "./limits";
import { numberFormatsOf } from "./numberFormats";
import { sharedStringsOf } from "./sharedStrings";
import { sheetCellsOf, type CellContext, type SheetCells } from "./sheetCells";
import { areaSize, checkOverlaps, sheetMergesOf } from "./sheetMerges";
import { UnreadableWorkbook } from "./unreadable";
import { workbookPartsOf } from "./workbookParts";
import { canUnpack, openZip, type OpenZip } from "./zip";

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

/** The names of ours a workbook may define, read back with their cached values. */
const OWN_NAMES = ["JX_TOTAL", "JX_GRADE", "JX_WEIGHT_TOTAL"] as const;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const ODS_MIME = "application/vnd.oasis.opendocument";

/** What a zip that is not an .xlsx is, named for the person: an OpenDocument file, a Word or PowerPoint file, a plain zip. */
async function notXlsx(zip: OpenZip): Promise<UnreadableWorkbook | null> {
  const names = new Set(zip.names.map((n) => n.toLowerCase()));
  if (names.has("xl/workbook.xml")) return null;
  const mimetype = names.has("mimetype") ? await zip.read("mimetype") : null;
  const mime = mimetype ? new TextDecoder().decode(mimetype.subarray(0, 100)) : "";
  if (mime.startsWith(`${ODS_MIME}.spreadsheet`)) {
    return new UnreadableWorkbook("不是 .xlsx 文件：这是 OpenDocument 表格（.ods）。请在 WPS、LibreOffice 或 Excel 中另存为 .xlsx。", "Not an .xlsx file: this is an OpenDocument spreadsheet (.ods). Save it as .xlsx in WPS, LibreOffice or Excel.");
  }
  if (mime.startsWith(ODS_MIME)) return new UnreadableWorkbook("不是 .xlsx 文件：这是 OpenDocument 文档，不是表格。", "Not an .xlsx file: this is an OpenDocument file, not a spreadsheet.");
  if (names.has("word/document.xml")) return new UnreadableWorkbook("不是 .xlsx 文件：这是 Word 文档（.docx）。", "Not an .xlsx file: this is a Word document (.docx).");
  if (names.has("ppt/presentation.xml")) return new UnreadableWorkbook("不是 .xlsx 文件：这是 PowerPoint 演示文稿（.pptx）。", "Not an .xlsx file: this is a PowerPoint presentation (.pptx).");
  return new UnreadableWorkbook("不是 .xlsx 文件：这是一个普通的 zip 压缩包，里面没有 Excel 工作簿。", "Not an .xlsx file: this is a plain zip archive with no Excel workbook inside.");
}

const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);

/**
 * A sheet's cells as a grid: the rows without values share one frozen empty row, so a lone cell at A1048576
 * costs one pointer per row; a cell inside a merged area other than its top-left is left out (the merge gives
 * it the top-left value).
 */
function gridOf(name: string, cells: SheetCells, merges: readonly Area[]): SheetGrid {
  const rows = cells.rows;
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const row = rows[r];
      if (!row) continue;
      for (let c = m.left; c <= m.right; c++) if ((r !== m.top || c !== m.left) && row[c] !== undefined) delete row[c];
    }
  }
  let last = rows.length - 1;
  while (last >= 0 && !rows[last]?.some((v) => v !== undefined)) last--;
  const out: (readonly CellValue[])[] = new Array(last + 1);
  for (let r = 0; r <= last; r++) out[r] = rows[r] && rows[r].some((v) => v !== undefined) ? rows[r] : EMPTY_ROW;
  return { name, cells: out, merges };
}

/** The workbook's running totals against WORKBOOK_LIMITS, charged as its sheets are read. */
function budget() {
  let cells = 0;
  let rowElements = 0;
  let rows = 0;
  let merged = 0;
  return {
    elements(cellCount: number, rowCount: number): void {
      cells += cellCount;
      rowElements += rowCount;
      if (cells > WORKBOOK_LIMITS.cells) {
        throw tooLarge(`各工作表共有超过 ${grouped(WORKBOOK_LIMITS.cells)} 个单元格（上限 ${grouped(WORKBOOK_LIMITS.cells)} 个）`, `its sheets hold more than ${grouped(WORKBOOK_LIMITS.cells)} cells (the limit)`);
      }
      if (rowElements > WORKBOOK_LIMITS.rowElements) {
        throw tooLarge(`各工作表共写有超过 ${grouped(WORKBOOK_LIMITS.rowElements)} 行（上限 ${grouped(WORKBOOK_LIMITS.rowElements)} 行）`, `its sheets write more than ${grouped(WORKBOOK_LIMITS.rowElements)} rows (the limit)`);
      }
    },
    reach(lastRow: number): void {
      rows += lastRow;
      if (rows > WORKBOOK_LIMITS.rows) {
        throw tooLarge(`各工作表合计延伸到超过 ${grouped(WORKBOOK_LIMITS.rows)} 行（上限 ${grouped(WORKBOOK_LIMITS.rows)} 行，即两张满表）`, `its sheets together reach down more than ${grouped(WORKBOOK_LIMITS.rows)} rows (the limit, two full sheets)`);
      }
    },
    merges(list: readonly Area[]): void {
      merged += list.reduce((s, m) => s + areaSize(m), 0);
      if (merged > WORKBOOK_LIMITS.mergedCells) {
        throw tooLarge(`合并区域共覆盖超过 ${grouped(WORKBOOK_LIMITS.mergedCells)} 个单元格（上限 ${grouped(WORKBOOK_LIMITS.mergedCells)} 个）`, `its merged areas cover more than ${grouped(WORKBOOK_LIMITS.mergedCells)} cells (the limit)`);
      }
    },
  };
}

/** XML elements in a part we hold in memory as a list (shared strings, styles), checked against the limit. */
function checkElements(xml: string): void {
  let n = 0;
  for (let at = xml.indexOf("<"); at >= 0; at = xml.indexOf("<", at + 1)) {
    const next = xml.charCodeAt(at + 1);
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 95) n++;
  }
  if (n > WORKBOOK_LIMITS.xmlElements) {
    throw tooLarge(`XML 元素超过 ${grouped(WORKBOOK_LIMITS.xmlElements)} 个（上限 ${grouped(WORKBOOK_LIMITS.xmlElements)} 个）`, `it holds more than ${grouped(WORKBOOK_LIMITS.xmlElements)} XML elements (the limit)`);
  }
}

const decoder = new TextDecoder("utf-8");

async function textOf(zip: OpenZip, name: string): Promise<string> {
  const bytes = await zip.read(name);
  return bytes ? decoder.decode(bytes) : "";
}

/** Reads our settings from the settings sheet's A1: checked, or null when the sheet is not ours. */
function settingsOf(cells: SheetCells): { settings: WorkbookSettings | null; problems: Problem[] } {
  const v = cells.rows[0]?.[0];
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
  if (!canUnpack()) {
    throw new UnreadableWorkbook("这个浏览器不能解压 .xlsx 文件：请换用新版的 Edge、Chrome、Firefox 或 Safari。", "This browser cannot unpack .xlsx files: use a recent Edge, Chrome, Firefox or Safari.");
  }
  const zip = openZip(bytes);
  const other = await notXlsx(zip);
  if (other) throw other;
  try {
    return await contentsOf(zip);
  } catch (e) {
    // A shape no one expected: the file's fault, said in the reader's words, never a stack trace.
    if (e instanceof UnreadableWorkbook) throw e;
    throw damaged("工作簿中有无法读取的内容", "it holds content that cannot be read");
  }
}

/** The sheets, settings and JX_* names of an opened .xlsx, every sheet read once and within the limits. */
async function contentsOf(zip: OpenZip): Promise<ReadWorkbook> {
  const parts = workbookPartsOf(await textOf(zip, "xl/workbook.xml"), await textOf(zip, "xl/_rels/workbook.xml.rels"));
  const stringsXml = await textOf(zip, parts.sharedStrings);
  const stylesXml = await textOf(zip, parts.styles);
  checkElements(stringsXml);
  checkElements(stylesXml);
  const ctx: CellContext = { strings: sharedStringsOf(stringsXml), formats: numberFormatsOf(stylesXml), date1904: parts.date1904 };
  const named = new Set([...parts.names].filter(([name]) => (OWN_NAMES as readonly string[]).includes(name)).map(([, at]) => at.sheet));
  const limits = budget();
  const sheets: SheetGrid[] = [];
  const hiddenSheets: string[] = [];
  const cellsBySheet = new Map<string, SheetCells>();
  let settings: { settings: WorkbookSettings | null; problems: Problem[] } = { settings: null, problems: [] };
  for (const entry of parts.sheets) {
    if (!entry.visible) hiddenSheets.push(entry.name);
    const isSettings = entry.name === SETTINGS_SHEET;
    if (!entry.visible && !isSettings && !named.has(entry.name)) continue;
    const xml = entry.path ? await textOf(zip, entry.path) : "";
    const cells = sheetCellsOf(xml, ctx, limits.elements);
    limits.reach(cells.lastRow);
    cellsBySheet.set(entry.name, cells);
    if (isSettings) {
      settings = settingsOf(cells);
      continue;
    }
    if (!entry.visible) continue;
    const merges = sheetMergesOf(xml, cells.end, cells.lastRow, cells.lastCol);
    limits.merges(merges);
    checkOverlaps(entry.name, merges);
    sheets.push(gridOf(entry.name, cells, merges));
  }
  const names: Record<string, CellValue> = {};
  for (const name of OWN_NAMES) {
    const at = parts.names.get(name);
    const cells = at ? cellsBySheet.get(at.sheet) : undefined;
    if (at && cells) names[name] = cells.rows[at.row - 1]?.[at.col - 1] ?? null;
  }
  return { sheets, hiddenSheets, settings: settings.settings, settingsProblems: settings.problems, names };
}

