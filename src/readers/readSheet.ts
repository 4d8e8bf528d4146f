import { Dec } from "../decimal";
import type { WorkbookSettings } from "../layout/workbook";
import type { SheetGrid } from "../sheet/grid";
import { readTable, type ReadTable } from "../sheet/readTable";
import { readForm, withScoring, type FormReading } from "../selfeval/readForm";
import { readFundsDetail, type FundsDetail } from "../selfeval/fundsDetail";

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

/** One reader: tries a grid, gives its reading or null. Registered in `READERS`, most specific first. */
export interface SheetReader {
  readonly kind: SheetReading["kind"];
  read(grid: SheetGrid, options: ReadOptions): SheetReading | null;
}

const formReader: SheetReader = {
  kind: "form",
  read(grid, options) {
    const read = readForm(grid);
    // The rule set (财预〔2020〕10号 or 〔2021〕101号) the workbook keeps; unset when it keeps none.
    const form = read && withScoring(read, options.settings);
    return form ? { kind: form.weighted ? "form" : "goals", sheet: grid.name, form } : null;
  },
};

const tableReader: SheetReader = {
  kind: "table",
  read(grid, options) {
    const total = options.settings?.total; // checked with the workbook's other settings (checkSettings)
    const table = readTable(grid, { scoreColumn: options.scoreColumn, ownLayout: !!options.settings, total: total === undefined ? undefined : new Dec(total) });
    return table ? { kind: "table", sheet: grid.name, table } : null;
  },
};

const fundsReader: SheetReader = {
  kind: "funds",
  read(grid) {
    const found = readFundsDetail(grid);
    return found ? { kind: "funds", sheet: grid.name, funds: found.detail, at: found.at } : null;
  },
};

/** The readers, in the order a sheet is tried: a form's headings also look like a table's, so forms come first. */
export const READERS: readonly SheetReader[] = [formReader, tableReader, fundsReader];

/** Reads one sheet through the registered readers; null when no reader recognises it. */
export function readSheet(grid: SheetGrid, options: ReadOptions = {}): SheetReading | null {
  for (const reader of READERS) {
    const reading = reader.read(grid, options);
    if (reading) return reading;
  }
  return null;
}
