import { parseNumericText, type CellValue } from "../cells/readCell";
import { normalizeText } from "../cells/normalizeText";
import type { MergedView } from "./grid";
import { noteWords } from "../messages";

/** A number in the table's region that no rule used, with its cell and why it was left. */
export interface UnreadNumber {
  readonly cell: string;
  readonly value: string;
  readonly why: string;
  readonly whyEn: string;
}

/** A row the reader passed over, and why (a title, a repeated heading, a note, a total, a grade, a signature). */
export interface SkippedRow {
  readonly row: number;
  readonly why: string;
  readonly whyEn: string;
}

/** Whether a cell shows a number: a number, or numeric text such as `12`, `12分`, `98.79%`. */
export function numericShown(v: CellValue): string | null {
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : null;
  if (typeof v !== "string") return null;
  const t = normalizeText(v).replace(/\s+/g, "");
  if (t === "") return null;
  const m = /^([+-]?[\d.,]+%?)(分|万元|元)?$/.exec(t);
  return m && parseNumericText(m[1]) ? t : null;
}

/**
 * Accounts for every number of a table's region: the readers mark each cell they use (a weight, a score, a
 * total, a rate they checked), rows they pass over say why, and `unread` lists every other number with its
 * cell, so a dropped figure can never hide.
 */
export class NumberLedger {
  private readonly used = new Set<string>();
  private readonly rowWhy = new Map<number, { zh: string; en: string }>();
  private readonly colWhy = new Map<number, { zh: string; en: string }>();
  readonly skipped: SkippedRow[] = [];

  constructor(private readonly view: MergedView) {}

  /** Marks a cell (through its merge) as used by a rule. */
  use(r: number, c: number): void {
    this.used.add(this.view.address(r, c));
  }

  /** A row passed over, and why; its numbers are listed with this reason. */
  skip(r: number, zh: string, en: string): void {
    if (this.rowWhy.has(r)) return;
    this.rowWhy.set(r, { zh, en });
    this.skipped.push({ row: r + 1 + this.view.origin.row, why: zh, whyEn: en });
  }

  /** Why a row's numbers, if it has any, are not read (a row outside the table, not worth a line of its own). */
  outside(r: number, zh: string, en: string): void {
    if (!this.rowWhy.has(r)) this.rowWhy.set(r, { zh, en });
  }

  /** Why a whole column's numbers are not used (a text column, another score column). */
  column(c: number, zh: string, en: string): void {
    this.colWhy.set(c, { zh, en });
  }

  /** Every number between rows `from` and `to` (inclusive) that no rule used. */
  unread(from: number, to: number): UnreadNumber[] {
    const out: UnreadNumber[] = [];
    const seen = new Set<string>();
    for (let r = from; r <= to; r++) {
      const row = this.view.rowLength(r);
      for (let c = 0; c < row; c++) {
        const m = this.view.mergeAt(r, c);
        if (m && (m.top !== r || m.left !== c)) continue;
        const shown = numericShown(this.view.value(r, c));
        if (shown === null) continue;
        const cell = this.view.address(r, c);
        if (this.used.has(cell) || seen.has(cell)) continue;
        seen.add(cell);
        const why = this.rowWhy.get(r) ?? this.colWhy.get(c) ?? noteWords("notInAnyPlace");
        out.push({ cell, value: shown, why: why.zh, whyEn: why.en });
      }
    }
    return out;
  }
}
