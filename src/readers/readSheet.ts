import type { WorkbookSettings } from "../layout/workbook";
import type { SheetGrid } from "../sheet/grid";
import type { ReadTable } from "../kinds/table/read";
import type { FormReading } from "../kinds/form/read";
import type { FundsDetail } from "../kinds/form/fundsDetail";
import { KINDS } from "../kinds";

/** What a sheet holds, read once by the one reader layer: a scoring table, a form, a goal table or a funds sheet. */
export type SheetReading =
  | { readonly kind: "table"; readonly sheet: string; readonly table: ReadTable }
  | { readonly kind: "form" | "goals"; readonly sheet: string; readonly form: FormReading }
  | { readonly kind: "funds"; readonly sheet: string; readonly funds: FundsDetail; readonly at: string };

/** How a sheet is to be read: the workbook's own settings and the person's choices. */
export interface ReadOptions {
  readonly settings?: WorkbookSettings | null;
  /** A score column's heading or letter, when a table has several. */
  readonly scoreColumn?: string;
}

/** One reader: tries a grid, gives its reading or null. Declared by its document kind (src/kinds/ID/index.ts). */
export interface SheetReader {
  readonly kind: SheetReading["kind"];
  /** Its place among all readers, lowest first: the more specific layouts are tried before the general ones. */
  readonly order: number;
  read(grid: SheetGrid, options: ReadOptions): SheetReading | null;
}

/** The readers of every registered document kind, in the order a sheet is tried (each reader's `order`). */
export const READERS: readonly SheetReader[] = KINDS.flatMap((k) => k.readers).sort((a, b) => a.order - b.order);

/** Reads one sheet through the registered readers; null when no reader recognises it. */
export function readSheet(grid: SheetGrid, options: ReadOptions = {}): SheetReading | null {
  for (const reader of READERS) {
    const reading = reader.read(grid, options);
    if (reading) return reading;
  }
  return null;
}
