import type { SheetGrid } from "../../src/sheet/grid";
import { readTable, type ReadTable } from "../../src/sheet/readTable";
import { readForm, type FormReading } from "../../src/selfeval/readForm";
import type { Gateway } from "../gateway/gateway";

export type ActiveSheet = { kind: "form"; grid: SheetGrid; form: FormReading } | { kind: "table"; grid: SheetGrid; table: ReadTable } | null;

/** The active sheet (or selection) read once: a self-evaluation form or goal table, an indicator table, or neither. */
export async function readActive(gateway: Gateway, scope: "sheet" | "selection"): Promise<ActiveSheet> {
  const grid = await gateway.readSheet(scope);
  if (!grid) return null;
  const form = readForm(grid);
  if (form) return { kind: "form", grid, form };
  const table = readTable(grid);
  return table ? { kind: "table", grid, table } : null;
}
