import type { CellValue } from "../cells/readCell";

/** A rectangle of cells, 0-based and inclusive. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * A worksheet as the readers see it, whatever door it came through (our .xlsx reader, Office.js, WPS, a range
 * handed to TREECHECK): values by row, the merged areas, and where the grid starts on the sheet.
 */
export interface SheetGrid {
  readonly name: string;
  readonly cells: readonly (readonly CellValue[])[];
  readonly merges: readonly Area[];
  /** Row and column of cells[0][0] on the sheet (0-based); 0,0 for a whole sheet. */
  readonly origin?: { readonly row: number; readonly col: number };
}

/** Column letters of a 0-based column: 0 → A, 26 → AA. */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1-style address of a 0-based cell. */
export function address(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Parses `D7` or `Sheet1!$D$7:F9` (first cell) into 0-based row/col. */
export function parseAddress(a: string): { row: number; col: number } | null {
  const m = /(?:^|!)\$?([A-Za-z]{1,3})\$?(\d+)/.exec(a);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/**
 * Looks cells up through their merged areas: every cell of a merge reads its top-left value. Merges are
 * indexed by the rows they cross within the grid (not cell by cell), and the column count is computed
 * once, so the work is bounded by the rows that exist, whatever addresses a merge names.
 */
export class MergedView {
  private readonly byRow = new Map<number, Area[]>();
  /** Merges that reach below the grid's last row, looked through only for cells out there. */
  private readonly below: Area[] = [];
  readonly rows: number;
  readonly cols: number;
  constructor(private readonly grid: SheetGrid) {
    this.rows = grid.cells.length;
    let cols = 0;
    for (const row of grid.cells) if (row.length > cols) cols = row.length;
    this.cols = cols;
    for (const m of grid.merges) {
      for (let r = Math.max(0, m.top); r <= Math.min(m.bottom, this.rows - 1); r++) {
        const list = this.byRow.get(r);
        if (list) list.push(m);
        else this.byRow.set(r, [m]);
      }
      if (m.bottom >= this.rows) this.below.push(m);
    }
  }
  /** How many cells row `r` holds (0 past the end). */
  rowLength(r: number): number {
    return this.grid.cells[r]?.length ?? 0;
  }
  /** Row and column of the grid's first cell on the sheet. */
  get origin(): { readonly row: number; readonly col: number } {
    return this.grid.origin ?? { row: 0, col: 0 };
  }
  /** The value shown in a cell (a merged area's top-left value everywhere in it). */
  value(r: number, c: number): CellValue {
    const m = this.mergeAt(r, c);
    return m ? this.grid.cells[m.top]?.[m.left] : this.grid.cells[r]?.[c];
  }
  /** The merged area a cell belongs to, if any. */
  mergeAt(r: number, c: number): Area | undefined {
    const list = r < this.rows ? this.byRow.get(r) : this.below;
    return list?.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  }
  /** Whether two cells are one merged cell. */
  sameMerge(r1: number, c1: number, r2: number, c2: number): boolean {
    const a = this.mergeAt(r1, c1);
    return a !== undefined && a === this.mergeAt(r2, c2);
  }
  /** The sheet address of a grid cell (through the merge's top-left, where it is part of one). */
  address(r: number, c: number): string {
    const m = this.mergeAt(r, c);
    const o = this.grid.origin ?? { row: 0, col: 0 };
    return m ? address(m.top + o.row, m.left + o.col) : address(r + o.row, c + o.col);
  }
  /** Trimmed text of a cell with line breaks removed ("" for blank and non-text). */
  text(r: number, c: number): string {
    const v = this.value(r, c);
    if (v === null || v === undefined) return "";
    return String(v)
      .replace(/\s*[\r\n]+\s*/g, "")
      .trim();
  }
}
