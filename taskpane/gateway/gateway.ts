import type { WorkbookSettings } from "../../src/layout/workbook";
import type { SheetGrid } from "../../src/sheet/grid";
import type { Problem } from "../../src/tree/checkTree";
import type { Template } from "../../src/kinds/table/model";
import type { SelfEvalForm } from "../../src/kinds/form/model";
import type { ReviewSummary } from "../../src/review/layoutReview";
import type { ChosenFile, ReviewOptions } from "../../src/review/reviewFiles";
import type { PanelChoice } from "../../src/kinds/panel/layout";
import type { SurveyWrite } from "../../src/kinds/survey/surveyWrite";

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
export type ActiveGrid = SheetGrid & {
  readonly settings?: WorkbookSettings | null;
  readonly settingsProblems?: readonly Problem[];
};

export interface Gateway {
  readonly kind: "excel" | "browser" | "wps";
  /** Puts a formula into the selected cell (Excel) or onto the clipboard (browser); says where it went. */
  insertFormula(formula: string): Promise<string>;
  /**
   * Writes the scoring workbook of a template; never over a person's cells unless `overwrite`. With a panel
   * (experts > 0) the sheet carries one score column per expert, as `jx template --experts N`, in a new sheet.
   */
  insertTable(
    template: Template,
    problems: readonly Problem[],
    target: InsertTarget,
    overwrite: boolean,
    panel?: PanelChoice,
  ): Promise<InsertOutcome>;
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
  insertSummary(
    title: string,
    rows: readonly SummaryRow[],
    total: number | null,
    grade: string | null,
  ): Promise<string>;
  /**
   * Writes a survey's 满意度统计 and 问卷数据 (the question columns only) into new sheets and links the
   * satisfaction leaf's 得分 when `write.leaf` names one (Excel, WPS); the browser page downloads them as a workbook.
   */
  insertSurvey(write: SurveyWrite): Promise<InsertOutcome>;
  /** Keeps the template with the workbook, and gives it back when the workbook is reopened. */
  saveTemplate(template: Template): Promise<void>;
  loadTemplate(): Promise<Template | null>;
}

/** Where a review went: new sheets of the open workbook (Excel), or a download (the browser page). */
export type ReviewSaved =
  | { readonly status: "written"; readonly sheets: readonly string[] }
  | { readonly status: "downloaded"; readonly fileName: string };

/**
 * 汇总多个文件, in the doors that have it (Excel's task pane, the browser page): many chosen .xlsx files read into
 * the one review `jx review` makes (src/review/reviewFiles.ts), and its sheets written or downloaded.
 */
export interface ReviewDoor {
  reviewFiles(
    files: readonly ChosenFile[],
    options?: ReviewOptions,
    onProgress?: (done: number, total: number) => void,
  ): Promise<ReviewSummary>;
  /** Excel: the review's sheets added to the open workbook, never over a sheet it has (a suffix instead); browser: 汇总.xlsx downloaded. */
  saveReview(summary: ReviewSummary): Promise<ReviewSaved>;
}

/** Whether this door offers 汇总多个文件. */
export function canReview(gateway: Gateway): gateway is Gateway & ReviewDoor {
  return (
    typeof (gateway as Partial<ReviewDoor>).reviewFiles === "function" &&
    typeof (gateway as Partial<ReviewDoor>).saveReview === "function"
  );
}
