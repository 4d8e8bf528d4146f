import type { LayoutCell, SheetLayout } from "../../src/layout/model";
import { cellInput } from "./writeLayout";

/** What one request may carry, well under Excel on the web's 5 MB per request (the recording's JSON, UTF-8). */
export const REQUEST_BUDGET = 2 * 1024 * 1024;

/** UTF-8 length of a string, counted without encoding it. */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      n += 4; // a surrogate pair: one character of four bytes
      i++;
    } else n += 3;
  }
  return n;
}

/** About what a cell adds to a request: its input in UTF-8, its number format and the JSON around them. */
export function cellBytes(c: LayoutCell): number {
  const input = cellInput(c);
  return (typeof input === "string" ? utf8Length(input) : 16) + (c.numFmt?.length ?? 1) + 24;
}

/**
 * A sheet of the layout cut into bands of whole rows, each small enough for one request: the first band carries
 * everything about the sheet (widths, frozen rows, print setup, filters, charts), the others only their cells and
 * the merges that lie within them. A sheet that fits is one band, itself.
 */
export function rowBands(s: SheetLayout, budget = REQUEST_BUDGET): SheetLayout[] {
  const byRow = new Map<number, LayoutCell[]>();
  for (const c of s.cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const bands: LayoutCell[][] = [];
  let cur: LayoutCell[] = [];
  let size = 0;
  for (const r of rows) {
    const cells = byRow.get(r) ?? [];
    const bytes = cells.reduce((a, c) => a + cellBytes(c), 0);
    // A merged area is never cut: a row inside one stays with the band where it starts.
    const insideMerge = s.merges.some((m) => m.top < r && r <= m.bottom);
    if (cur.length && size + bytes > budget && !insideMerge) {
      bands.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(...cells);
    size += bytes;
  }
  if (cur.length) bands.push(cur);
  if (bands.length <= 1) return [s];
  return bands.map((cells, i) => {
    const top = Math.min(...cells.map((c) => c.row));
    const bottom = Math.max(...cells.map((c) => c.row));
    const merges = s.merges.filter((m) => m.top >= top && m.top <= bottom);
    return i === 0
      ? { ...s, cells, merges }
      : {
          ...s,
          cells,
          merges,
          columns: [],
          frozenRows: 0,
          problemFormats: [],
          print: null,
          rowHeights: undefined,
          hidden: false,
          autoFilter: undefined,
          charts: [],
        };
  });
}
