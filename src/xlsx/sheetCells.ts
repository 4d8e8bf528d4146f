import type { CellValue } from "../cells/readCell";
import { isPercentFormat, shownValue } from "../cells/shownValue";
import { isDateFormat } from "./numberFormats";
import { cellOf, MAX_COL, MAX_ROW, textRuns, unescapeExcel, unescapeXml } from "./xmlText";

/** What a sheet's cells are read with: the workbook's shared strings, each style's number format, its date system. */
export interface CellContext {
  readonly strings: readonly string[];
  readonly formats: readonly (string | undefined)[];
  readonly date1904: boolean;
}

/** The cells of one sheet as written: rows of values (0-based, holes where nothing is written) and its extent. */
export interface SheetCells {
  readonly rows: CellValue[][];
  /** `<c>` elements and `<row>` elements written, counted against the workbook's limits. */
  readonly cellElements: number;
  readonly rowElements: number;
  /** 1-based last row and column any `<c>` names (0 when none). */
  readonly lastRow: number;
  readonly lastCol: number;
  /** Where `</sheetData>` ends, so the merges after it are found without searching the cells again. */
  readonly end: number;
}

/** Which styles show dates and which percentages, worked out once a sheet rather than once a cell. */
interface StyleKinds {
  readonly dates: readonly boolean[];
  readonly percents: readonly boolean[];
}

/** What a cell written as NaN or 1e999 reads as: words a reader reports at its cell, never a number. */
export const INVALID_NUMBER = "（无效数字 invalid number）";

/** A date as 2024-01-05; a serial number no calendar holds (1e300 formatted as a date) as the words saying so. */
export function dateText(d: Date): string {
  return Number.isNaN(d.getTime()) ? "（无效日期 invalid date）" : d.toISOString().slice(0, 10);
}

/** An Excel serial day as a date (1900 system, or 1904 when the workbook says so). */
function serialDate(serial: number, date1904: boolean): string {
  return dateText(new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000)));
}

const VALUE = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;
const INLINE = /<(?:[\w.-]+:)?is(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?is>/;

/** A number as written in `<v>`, or the words saying it is none. */
function numberOf(text: string): number | string {
  const n = parseFloat(text);
  return Number.isFinite(n) ? n : INVALID_NUMBER;
}

/**
 * One cell's value as the person sees it: shared and inline strings, booleans, errors (`#N/A`), a formula's
 * cached result (none: null), a number formatted as a date as its date, a percentage as its percent text.
 */
function valueOf(type: string, inner: string, style: number, ctx: CellContext, kinds: StyleKinds): CellValue {
  if (type === "inlineStr") {
    const is = INLINE.exec(inner);
    return is ? textRuns(is[1]) : null;
  }
  const v =
    inner.startsWith("<v>") && inner.endsWith("</v>") && inner.indexOf("<", 3) === inner.length - 4
      ? inner.slice(3, -4)
      : VALUE.exec(inner)?.[1];
  if (v === undefined || v === "") return null;
  switch (type) {
    case "s": {
      const s = ctx.strings[parseInt(v, 10)];
      return s === undefined ? null : s;
    }
    case "str":
      return unescapeExcel(unescapeXml(v));
    case "b":
      return parseInt(v, 10) !== 0;
    case "e":
      return unescapeXml(v);
    case "d":
      return dateText(new Date(unescapeXml(v)));
    default: {
      const n = numberOf(v);
      if (typeof n === "number" && kinds.dates[style]) return serialDate(n, ctx.date1904);
      return kinds.percents[style] ? shownValue(n, ctx.formats[style]) : n;
    }
  }
}

/** The attributes a cell's reading needs (r, s, t), in single or double quotes, without prefixes. */
const ATTR = /(?:^|\s)(r|s|t)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** "B7" as 1-based row 7, column 2 without a regular expression (cells are many); others through cellOf. */
function addressOf(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length && i < 3; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + (ch - 64);
    else break;
  }
  let row = 0;
  let j = i;
  for (; j < ref.length && j < i + 7; j++) {
    const ch = ref.charCodeAt(j);
    if (ch >= 48 && ch <= 57) row = row * 10 + (ch - 48);
    else break;
  }
  if (i > 0 && j > i && j === ref.length) return row >= 1 && row <= MAX_ROW && col <= MAX_COL ? { row, col } : null;
  return cellOf(ref);
}

const TAG = /<(?:([\w.-]+):)?(row|c)(?=[\s>/])([^>]*?)(\/?)>/g;
const END = /<\/(?:[\w.-]+:)?sheetData>/g;

/**
 * Reads the cells of a worksheet's XML in one pass. `budget` is charged for every cell and row element as it
 * is met, and throws (the workbook's limits) before the sheet can grow beyond them.
 */
export function sheetCellsOf(xml: string, ctx: CellContext, budget: (cells: number, rows: number) => void): SheetCells {
  const start = xml.search(/<(?:[\w.-]+:)?sheetData[\s>/]/);
  END.lastIndex = Math.max(0, start);
  const endMatch = start < 0 ? null : END.exec(xml);
  const end = endMatch ? endMatch.index : start < 0 ? 0 : xml.length;
  const kinds: StyleKinds = {
    dates: ctx.formats.map((f) => isDateFormat(f)),
    percents: ctx.formats.map((f) => isPercentFormat(f)),
  };
  const rows: CellValue[][] = [];
  let cellElements = 0;
  let rowElements = 0;
  let lastRow = 0;
  let lastCol = 0;
  let row = 0;
  let col = 0;
  TAG.lastIndex = Math.max(0, start);
  for (let m = TAG.exec(xml); m && m.index < end; m = TAG.exec(xml)) {
    const [, prefix, name, attrs, selfClosing] = m;
    if (name === "row") {
      rowElements++;
      if ((rowElements & 0x3ff) === 0) budget(0, 1024);
      const r = /\br\s*=\s*["'](\d+)["']/.exec(attrs);
      row = r ? Number(r[1]) : row + 1;
      col = 0;
      continue;
    }
    cellElements++;
    if ((cellElements & 0x3ff) === 0) budget(1024, 0);
    let ref = "";
    let style = 0;
    let type = "n";
    if (attrs) {
      for (let a = ATTR.exec(attrs); a; a = ATTR.exec(attrs)) {
        const v = a[2] ?? a[3] ?? "";
        if (a[1] === "r") ref = v;
        else if (a[1] === "s") style = parseInt(v, 10) || 0;
        else if (a[1] === "t") type = v;
      }
      ATTR.lastIndex = 0;
    }
    if (ref) {
      const at = addressOf(ref);
      if (!at) continue; // an address no sheet has: nothing a person could see
      row = at.row;
      col = at.col;
    } else col++;
    if (row < 1 || row > MAX_ROW || col < 1 || col > MAX_COL) continue;
    if (row > lastRow) lastRow = row;
    if (col > lastCol) lastCol = col;
    let inner = "";
    if (!selfClosing) {
      const close = `</${prefix ? `${prefix}:` : ""}c>`;
      const stop = xml.indexOf(close, TAG.lastIndex);
      if (stop < 0) break;
      inner = xml.slice(TAG.lastIndex, stop);
      TAG.lastIndex = stop + close.length;
    }
    if (!inner) continue;
    const value = valueOf(type, inner, style, ctx, kinds);
    if (value === null) continue;
    (rows[row - 1] ??= [])[col - 1] = value;
  }
  budget(cellElements & 0x3ff, rowElements & 0x3ff);
  return { rows, cellElements, rowElements, lastRow, lastCol, end };
}
