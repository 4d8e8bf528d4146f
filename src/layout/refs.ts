import { address, columnLetters } from "../sheet/grid";

/** $B$7 — an absolute reference to a 0-based cell. */
export function abs(row: number, col: number): string {
  return `$${columnLetters(col)}$${row + 1}`;
}

/** B7:B12 — a column range over 0-based rows. */
export function colRange(col: number, top: number, bottom: number): string {
  return `${address(top, col)}:${address(bottom, col)}`;
}

/** A sheet-qualified reference: '评分表'!$B$7. */
export function onSheet(sheet: string, ref: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${ref}`;
}

/** A text literal for a formula: "优" with quotes doubled. */
export function str(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

export { address };

/** $B7 — the column fixed, the row moving with a rule's cell. */
export function fixedCol(row: number, col: number): string {
  return `$${columnLetters(col)}${row + 1}`;
}

/**
 * References into a table whose top-left stands at `origin` on its sheet: the layout counts rows and
 * columns from the table's corner, and the references name the cells where they end up.
 */
export function refsAt(origin: { readonly row: number; readonly col: number }) {
  const r = (row: number): number => row + origin.row;
  const c = (col: number): number => col + origin.col;
  return {
    /** $B$7 */
    abs: (row: number, col: number): string => abs(r(row), c(col)),
    /** B7: relative, for a rule written at its area's top-left. */
    rel: (row: number, col: number): string => address(r(row), c(col)),
    /** $B7 */
    fixedCol: (row: number, col: number): string => fixedCol(r(row), c(col)),
    /** B7:B12 */
    range: (col: number, top: number, bottom: number): string => colRange(c(col), r(top), r(bottom)),
  };
}

export type Refs = ReturnType<typeof refsAt>;
