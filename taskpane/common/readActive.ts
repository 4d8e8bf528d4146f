import { readSheet, type SheetReading } from "../../src/readers/readSheet";
import type { WorkbookSettings } from "../../src/layout/workbook";
import type { SheetGrid } from "../../src/sheet/grid";
import type { ReadTable } from "../../src/kinds/table/read";
import type { FormReading } from "../../src/kinds/form/read";
import type { Gateway } from "../gateway/gateway";
import type { Problem } from "../../src/tree/checkTree";

interface Read {
  readonly grid: SheetGrid;
  /** The one reader layer's reading, as jx reads the same sheet. */
  readonly reading: SheetReading;
  readonly settings: WorkbookSettings | null;
  /** Settings the workbook keeps that were wrong and ignored, to be said. */
  readonly settingsProblems: readonly Problem[];
}

export type ActiveSheet =
  (Read & { kind: "form"; form: FormReading }) | (Read & { kind: "table"; table: ReadTable }) | null;

/** The active sheet (or selection) read once through the one reader layer, with the workbook's settings. */
export async function readActive(gateway: Gateway, scope: "sheet" | "selection"): Promise<ActiveSheet> {
  const grid = await gateway.readSheet(scope);
  if (!grid) return null;
  const settings = grid.settings ?? null;
  const settingsProblems = grid.settingsProblems ?? [];
  const reading = readSheet(grid, { settings });
  if (reading?.kind === "form" || reading?.kind === "goals")
    return { kind: "form", grid, reading, settings, settingsProblems, form: reading.form };
  if (reading?.kind === "table")
    return { kind: "table", grid, reading, settings, settingsProblems, table: reading.table };
  return null;
}
