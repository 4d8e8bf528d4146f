import type { Area } from "../sheet/grid";
import type { AreaValidation, CellContent, CellStyle, LayoutCell, ProblemFormat, SheetLayout } from "./model";

/** Rows from `top` to `bottom` (inclusive) of one column or one merged cell. */
export interface Rows {
  readonly top: number;
  readonly bottom: number;
}

/**
 * Unbroken runs of rows: cells that follow one another down a column (each possibly merged over several
 * rows) become one run, so one rule with relative references covers them all.
 */
export function runsOf(cells: readonly Rows[]): Rows[] {
  const sorted = [...cells].sort((a, b) => a.top - b.top);
  const runs: { top: number; bottom: number }[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && c.top === last.bottom + 1) last.bottom = c.bottom;
    else runs.push({ top: c.top, bottom: c.bottom });
  }
  return runs;
}

/** A column's rows as an area. */
export const columnArea = (col: number, rows: Rows): Area => ({
  top: rows.top,
  left: col,
  bottom: rows.bottom,
  right: col,
});

const shiftArea = (a: Area, o: Origin): Area => ({
  top: a.top + o.row,
  left: a.left + o.col,
  bottom: a.bottom + o.row,
  right: a.right + o.col,
});

export interface Origin {
  readonly row: number;
  readonly col: number;
}

/**
 * A sheet being laid out, in rows and columns relative to its table's top-left: cells, merges, rules.
 * `at(origin)` moves every position to the sheet once, at the end (formulas name their cells through
 * `refsAt(origin)` when they are written).
 */
export class SheetDraft {
  readonly cells: LayoutCell[] = [];
  readonly merges: Area[] = [];
  readonly problemFormats: ProblemFormat[] = [];
  readonly validations: AreaValidation[] = [];
  private readonly taken = new Set<string>();

  put(row: number, col: number, content: CellContent | null, style: CellStyle, numFmt?: string): void {
    this.cells.push(numFmt ? { row, col, content, style, numFmt } : { row, col, content, style });
    this.taken.add(`${row},${col}`);
  }

  /** Merges an area of more than one cell (one cell is left as it is). */
  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom <= top && right <= left) return;
    this.merges.push({ top, left, bottom, right });
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) this.taken.add(`${r},${c}`);
  }

  flag(area: Area, formula: string): void {
    this.problemFormats.push({ area, formula });
  }

  validate(v: AreaValidation): void {
    this.validations.push(v);
  }

  /** Empty cells of `style` wherever a row has neither a cell nor a merge from `left` to `right`, so the row prints boxed. */
  box(row: number, left: number, right: number, style: CellStyle): void {
    for (let c = left; c <= right; c++) if (!this.taken.has(`${row},${c}`)) this.put(row, c, null, style);
  }

  /** The cells, merges and rules moved by `origin`. */
  at(o: Origin): Pick<SheetLayout, "cells" | "merges" | "problemFormats" | "validations"> {
    if (o.row === 0 && o.col === 0)
      return {
        cells: this.cells,
        merges: this.merges,
        problemFormats: this.problemFormats,
        validations: this.validations,
      };
    return {
      cells: this.cells.map((c) => ({ ...c, row: c.row + o.row, col: c.col + o.col })),
      merges: this.merges.map((m) => shiftArea(m, o)),
      problemFormats: this.problemFormats.map((f) => ({ ...f, area: shiftArea(f.area, o) })),
      validations: this.validations.map((v) => ({ ...v, area: shiftArea(v.area, o) })),
    };
  }
}

export { shiftArea };
