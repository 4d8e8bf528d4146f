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
import { refusalWords } from "../messages";

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
    return UnreadableWorkbook.because("notXlsxOds");
  }
  if (mime.startsWith(ODS_MIME)) return UnreadableWorkbook.because("notXlsxOdf");
  if (names.has("word/document.xml")) return UnreadableWorkbook.because("notXlsxDocx");
  if (names.has("ppt/presentation.xml")) return UnreadableWorkbook.because("notXlsxPptx");
  return UnreadableWorkbook.because("notXlsxZip");
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
        throw tooLarge(refusalWords("overCells", { limit: grouped(WORKBOOK_LIMITS.cells) }));
      }
      if (rowElements > WORKBOOK_LIMITS.rowElements) {
        throw tooLarge(refusalWords("overRowElements", { limit: grouped(WORKBOOK_LIMITS.rowElements) }));
      }
    },
    reach(lastRow: number): void {
      rows += lastRow;
      if (rows > WORKBOOK_LIMITS.rows) {
        throw tooLarge(refusalWords("overRows", { limit: grouped(WORKBOOK_LIMITS.rows) }));
      }
    },
    merges(list: readonly Area[]): void {
      merged += list.reduce((s, m) => s + areaSize(m), 0);
      if (merged > WORKBOOK_LIMITS.mergedCells) {
        throw tooLarge(refusalWords("overMergedCells", { limit: grouped(WORKBOOK_LIMITS.mergedCells) }));
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
    throw tooLarge(refusalWords("overXmlElements", { limit: grouped(WORKBOOK_LIMITS.xmlElements) }));
  }
}

async function textOf(zip: OpenZip, name: string): Promise<string> {
  const bytes = await zip.read(name);
  return bytes ? new TextDecoder("utf-8").decode(bytes) : "";
}

/** Reads our settings from the settings sheet's A1: checked, or null when the sheet is not ours. */
function settingsOf(cells: SheetCells): { settings: WorkbookSettings | null; problems: Problem[] } {
  const v = cells.rows[0]?.[0];
  return typeof v === "string"
    ? checkSettings(v, `${SETTINGS_SHEET}!${address(0, 0)}`)
    : { settings: null, problems: [] };
}

/**
 * Reads .xlsx bytes; a file that is not one (or is damaged, password-protected, or beyond WORKBOOK_LIMITS)
 * throws UnreadableWorkbook, whose message never carries a library's own words.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<ReadWorkbook> {
  const head = Array.from(bytes.slice(0, 4));
  if (OLE.every((b, i) => head[i] === b)) {
    throw UnreadableWorkbook.because("passwordOrXls");
  }
  if (!ZIP.every((b, i) => head[i] === b)) {
    throw UnreadableWorkbook.because("notXlsx");
  }
  if (bytes.length > WORKBOOK_LIMITS.unpackedBytes) {
    throw tooLarge(
      refusalWords("overBytes", { size: sizeText(bytes.length), limit: sizeText(WORKBOOK_LIMITS.unpackedBytes) }),
    );
  }
  if (!canUnpack()) {
    throw UnreadableWorkbook.because("browserCannotUnzip");
  }
  const zip = openZip(bytes);
  const other = await notXlsx(zip);
  if (other) throw other;
  try {
    return await contentsOf(zip);
  } catch (e) {
    // A shape no one expected: the file's fault, said in the reader's words, never a stack trace.
    if (e instanceof UnreadableWorkbook) throw e;
    throw damaged(refusalWords("contentUnreadable"));
  }
}

/** The sheets, settings and JX_* names of an opened .xlsx, every sheet read once and within the limits. */
async function contentsOf(zip: OpenZip): Promise<ReadWorkbook> {
  const parts = workbookPartsOf(await textOf(zip, "xl/workbook.xml"), await textOf(zip, "xl/_rels/workbook.xml.rels"));
  const stringsXml = await textOf(zip, parts.sharedStrings);
  const stylesXml = await textOf(zip, parts.styles);
  checkElements(stringsXml);
  checkElements(stylesXml);
  const ctx: CellContext = {
    strings: sharedStringsOf(stringsXml),
    formats: numberFormatsOf(stylesXml),
    date1904: parts.date1904,
  };
  const named = new Set(
    [...parts.names].filter(([name]) => (OWN_NAMES as readonly string[]).includes(name)).map(([, at]) => at.sheet),
  );
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
