import type { Area } from "../sheet/grid";
import { damaged, grouped, tooLarge, WORKBOOK_LIMITS } from "./limits";
import type { ZipPart } from "./zip";

/**
 * What the readers need of an .xlsx, prepared before exceljs sees it. exceljs expands every merged area, data
 * validation and defined name into one object per cell, so a 2 KB file naming A1:XFD1048576 would take
 * gigabytes. Here merges are taken out of the sheets (and clipped to the cells that exist), data validations
 * dropped, and defined names other than JX_* dropped; the cells are counted against WORKBOOK_LIMITS.
 */
export interface PreparedParts {
  readonly parts: ZipPart[];
  /** Merged areas by sheet name (0-based), clipped to the cells the sheet holds. */
  readonly merges: ReadonlyMap<string, readonly Area[]>;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] = unescapeXml(m[2] ?? m[3] ?? "");
  return out;
}

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[e];
  });
}

/** 1-based row and column of "B7" / "$B$7"; null when not an address within the sheet. */
function cellOf(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  return row >= 1 && row <= MAX_ROW && col <= MAX_COL ? { row, col } : null;
}

/** Sheet name → worksheet part, as exceljs pairs them (workbook.xml and its relationships). */
function sheetParts(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)) {
    const a = attributes(m[1]);
    if (a.Id && a.Target) targets.set(a.Id, `xl/${a.Target.replace(/^(\s|\/xl\/)+/, "")}`);
  }
  const out = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*)>/g)) {
    const a = attributes(m[1]);
    const target = targets.get(a["r:id"] ?? "");
    if (a.name !== undefined && target) out.set(target, a.name);
  }
  return out;
}

/** Keeps only the JX_* names that point at a single cell; exceljs expands every named range cell by cell. */
function keepOwnNames(workbookXml: string): string {
  return workbookXml.replace(/<(?:[\w.-]+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?definedName>)/g, (whole, attrs: string, body: string | undefined) => {
    const name = attributes(attrs).name ?? "";
    const ref = unescapeXml(body ?? "").split("!").pop() ?? "";
    return /^JX_/.test(name) && cellOf(ref) ? whole : "";
  });
}

interface SheetScan {
  readonly xml: string;
  readonly cells: number;
  readonly rowElements: number;
  readonly lastRow: number;
  readonly merges: Area[];
}

/** Counts a sheet's cells, finds the area they span, takes its merged areas out and drops its data validations. */
function scanSheet(xml: string): SheetScan {
  let cells = 0;
  let lastRow = 0;
  let lastCol = 0;
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?c(?=[\s>/])([^>]*)>/g)) {
    cells++;
    const r = /\br\s*=\s*["']([^"']*)["']/.exec(m[1]);
    const at = r ? cellOf(r[1]) : null;
    if (at) {
      if (at.row > lastRow) lastRow = at.row;
      if (at.col > lastCol) lastCol = at.col;
    }
  }
  const rowElements = countOf(xml, /<(?:[\w.-]+:)?row(?=[\s>/])/g);
  const merges: Area[] = [];
  const withoutMerges = xml.replace(/<(?:[\w.-]+:)?mergeCells\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?mergeCells>)/g, (block) => {
    for (const m of block.matchAll(/<(?:[\w.-]+:)?mergeCell\b([^>]*)>/g)) {
      const [a, b] = (attributes(m[1]).ref ?? "").split(":");
      const p = cellOf(a ?? "");
      const q = cellOf(b ?? a ?? "");
      if (!p || !q) continue;
      // Clipped to the cells the sheet holds: beyond them a merge covers nothing.
      const top = Math.min(p.row, q.row);
      const left = Math.min(p.col, q.col);
      const bottom = Math.min(Math.max(p.row, q.row), lastRow);
      const right = Math.min(Math.max(p.col, q.col), lastCol);
      if (top > bottom || left > right || (top === bottom && left === right)) continue;
      merges.push({ top: top - 1, left: left - 1, bottom: bottom - 1, right: right - 1 });
    }
    return "";
  });
  const withoutValidations = withoutMerges.replace(/<(?:[\w.-]+:)?dataValidations\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?dataValidations>)/g, "");
  return { xml: withoutValidations, cells, rowElements, lastRow, merges };
}

const areaText = (a: Area): string => {
  const col = (c: number): string => {
    let s = "";
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  return `${col(a.left)}${a.top + 1}:${col(a.right)}${a.bottom + 1}`;
};

/** Refuses merged areas that overlap (Excel cannot open such a file either); their cells are already within the limit. */
function checkOverlaps(sheet: string, merges: readonly Area[]): void {
  const owner = new Map<number, Area>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const key = r * MAX_COL + c;
        const other = owner.get(key);
        if (other) throw damaged(`工作表“${sheet}”的合并区域 ${areaText(other)} 与 ${areaText(m)} 重叠`, `on sheet "${sheet}" the merged areas ${areaText(other)} and ${areaText(m)} overlap`);
        owner.set(key, m);
      }
    }
  }
}

/** How many times a pattern (global) occurs, without keeping the matches. */
function countOf(text: string, pattern: RegExp): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) n++;
  return n;
}

const area = (m: Area): number => (m.bottom - m.top + 1) * (m.right - m.left + 1);

/** Prepares the unpacked parts of an .xlsx for exceljs, within WORKBOOK_LIMITS; throws UnreadableWorkbook beyond them. */
export function prepareParts(parts: ZipPart[]): PreparedParts {
  const text = (p: ZipPart | undefined): string => (p ? new TextDecoder("utf-8").decode(p.content) : "");
  const byName = new Map(parts.map((p) => [p.name.replace(/^\//, ""), p]));
  const workbook = byName.get("xl/workbook.xml");
  const names = sheetParts(text(workbook), text(byName.get("xl/_rels/workbook.xml.rels")));
  if (workbook) workbook.content = new TextEncoder().encode(keepOwnNames(text(workbook)));
  let cells = 0;
  let merged = 0;
  let rows = 0;
  let elements = 0;
  let rowElements = 0;
  const merges = new Map<string, Area[]>();
  const encoder = new TextEncoder();
  for (const part of parts) {
    const path = part.name.replace(/^\//, "");
    if (!/\.(xml|rels|vml)$/i.test(path)) continue;
    const xml = text(part);
    // Every element becomes at least one object in exceljs: a cap on them all bounds its memory.
    elements += countOf(xml, /<[A-Za-z_]/g);
    if (elements > WORKBOOK_LIMITS.xmlElements) {
      throw tooLarge(`XML 元素超过 ${grouped(WORKBOOK_LIMITS.xmlElements)} 个（上限 ${grouped(WORKBOOK_LIMITS.xmlElements)} 个）`, `it holds more than ${grouped(WORKBOOK_LIMITS.xmlElements)} XML elements (the limit)`);
    }
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(path)) continue;
    const scan = scanSheet(xml);
    cells += scan.cells;
    if (cells > WORKBOOK_LIMITS.cells) {
      throw tooLarge(`各工作表共有超过 ${grouped(WORKBOOK_LIMITS.cells)} 个单元格（上限 ${grouped(WORKBOOK_LIMITS.cells)} 个）`, `its sheets hold more than ${grouped(WORKBOOK_LIMITS.cells)} cells (the limit)`);
    }
    rowElements += scan.rowElements;
    if (rowElements > WORKBOOK_LIMITS.rowElements) {
      throw tooLarge(`各工作表共写有超过 ${grouped(WORKBOOK_LIMITS.rowElements)} 行（上限 ${grouped(WORKBOOK_LIMITS.rowElements)} 行）`, `its sheets write more than ${grouped(WORKBOOK_LIMITS.rowElements)} rows (the limit)`);
    }
    rows += scan.lastRow;
    if (rows > WORKBOOK_LIMITS.rows) {
      throw tooLarge(`各工作表合计延伸到超过 ${grouped(WORKBOOK_LIMITS.rows)} 行（上限 ${grouped(WORKBOOK_LIMITS.rows)} 行，即两张满表）`, `its sheets together reach down more than ${grouped(WORKBOOK_LIMITS.rows)} rows (the limit, two full sheets)`);
    }
    merged += scan.merges.reduce((s, m) => s + area(m), 0);
    if (merged > WORKBOOK_LIMITS.mergedCells) {
      throw tooLarge(`合并区域共覆盖超过 ${grouped(WORKBOOK_LIMITS.mergedCells)} 个单元格（上限 ${grouped(WORKBOOK_LIMITS.mergedCells)} 个）`, `its merged areas cover more than ${grouped(WORKBOOK_LIMITS.mergedCells)} cells (the limit)`);
    }
    const sheet = names.get(path) ?? path;
    checkOverlaps(sheet, scan.merges);
    merges.set(sheet, scan.merges);
    part.content = encoder.encode(scan.xml);
  }
  return { parts, merges };
}
