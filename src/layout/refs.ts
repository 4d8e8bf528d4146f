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
