import type { WorkbookSettings } from "../../src/layout/workbook";
import type { SheetGrid } from "../../src/sheet/grid";
import type { Problem } from "../../src/tree/checkTree";
import type { Template } from "../../src/tree/template";
import type { SelfEvalForm } from "../../src/selfeval/form";

/** Where to put a new table: a new worksheet (the default), or at the selected cell. */
export type InsertTarget = "newSheet" | "selection";

export type InsertOutcome =
  | { readonly status: "written"; readonly sheet: string; readonly address: string; readonly syncs: number }
  /** The target range holds a person's cells: nothing was written; ask, then call again with overwrite. */
  | { readonly status: "occupied"; readonly address: string; readonly syncs: number }
  /** The browser page: the workbook was handed over as a download. */
  | { readonly status: "downloaded"; readonly fileName: string; readonly syncs: 0 };

/** One row of the 汇总 table the task pane inserts. */
export interface SummaryRow {
  readonly name: string;
  readonly weight: number;
  readonly score: number;
  readonly rate: number | null;
}

/**
 * What the task pane asks of the spreadsheet. Three implementations: Office.js inside Excel
 * (`excelGateway.ts`, the only module that calls Excel.run), the WPS 表格 objects (`wpsGateway.ts`)
 * and the browser page's (`browserGateway.ts`).
 */
/**
 * A grid read from the workbook, with the workbook's own settings (grade scheme, total, decimals) when it has them,
 * and the settings that were wrong and ignored.
 */
export type ActiveGrid = SheetGrid & { readonly settings?: WorkbookSettings | null; readonly settingsProblems?: readonly Problem[] };

export interface Gateway {
  readonly kind: "excel" | "browser" | "wps";
  /** Puts a formula into the selected cell (Excel) or onto the clipboard (browser); says where it went. */
  insertFormula(formula: string): Promise<string>;
  /** Writes the scoring workbook of a template; never over a person's cells unless `overwrite`. */
  insertTable(template: Template, problems: readonly Problem[], target: InsertTarget, overwrite: boolean): Promise<InsertOutcome>;
  /** Writes a self-evaluation form into a new sheet (Excel) or hands it over as a download (browser). */
  insertForm(form: SelfEvalForm): Promise<InsertOutcome>;
  /** The active sheet (or the selection) as a grid for the readers, with the workbook's settings; null when there is nothing to read. */
  readSheet(scope: "sheet" | "selection"): Promise<ActiveGrid | null>;
  /** Every visible sheet that holds something, with the workbook's settings: a workbook may keep one project per sheet. */
  readSheets(): Promise<ActiveGrid[]>;
  /** Selects a cell so the person sees it. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Paints problem cells; `clearMarks` restores them. */
  markCells(sheet: string, addresses: readonly string[]): Promise<void>;
  clearMarks(sheet: string): Promise<void>;
  /** Inserts the 汇总 table and a bar chart of 得分率 on a new sheet. */
  insertSummary(title: string, rows: readonly SummaryRow[], total: number | null, grade: string | null): Promise<string>;
  /** Keeps the template with the workbook, and gives it back when the workbook is reopened. */
  saveTemplate(template: Template): Promise<void>;
  loadTemplate(): Promise<Template | null>;
}
