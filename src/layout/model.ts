import type { Area } from "../sheet/grid";
import { cellText } from "./excelLimits";

/**
 * The workbook as one model in memory — cells, formulas, merges, formats, validation, conditional
 * formats, print setup and names — that every door writes: exceljs for `jx` and the browser page,
 * Office.js for the task pane. Rows and columns are 0-based; formulas are written without "=".
 */
export type CellContent =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number }
  /** A native formula and the value the core computed for it (cached, so any reader sees it before recalculation). */
  | { readonly kind: "formula"; readonly formula: string; readonly result: number | string | null };

export type CellStyle =
  "title" | "heading" | "name" | "weight" | "score" | "rate" | "text" | "totalLabel" | "total" | "check" | "note";

/**
 * A rule over an area, its formula written for the area's top-left cell: relative references (B7) move
 * with each cell of the area, absolute ones ($B$7) stay, as Excel, LibreOffice and Office.js read them.
 * One rule covers a whole run of like cells, so a 20,000-leaf sheet carries a handful of rules, not 20,000.
 */
export interface AreaRule {
  readonly area: Area;
  readonly formula: string;
}

/** A custom validation: a value typed into the area is accepted when the formula is true; the prompt is titled for its cells. */
export interface AreaValidation extends AreaRule {
  readonly errorTitle: string;
  readonly error: string;
  readonly promptTitle: string;
  readonly prompt: string;
}

export interface LayoutCell {
  readonly row: number;
  readonly col: number;
  /** Null for a cell that only carries a style or validation (an empty score cell). */
  readonly content: CellContent | null;
  readonly style: CellStyle;
  /** Excel number format ("0.00", "0.00%"); text cells are always "@". */
  readonly numFmt?: string;
}

/** A rule that paints an area red (PROBLEM_LOOK) when its formula is true. */
export type ProblemFormat = AreaRule;

export interface SheetLayout {
  readonly name: string;
  readonly cells: readonly LayoutCell[];
  readonly merges: readonly Area[];
  /** Widths in characters by column; hidden columns hold helper formulas; null leaves a column as it is. */
  readonly columns: readonly ({ readonly width: number; readonly hidden?: boolean } | null)[];
  readonly rowCount: number;
  readonly colCount: number;
  readonly frozenRows: number;
  readonly problemFormats: readonly ProblemFormat[];
  /** What may be typed where: one rule per run of like input cells. */
  readonly validations?: readonly AreaValidation[];
  /**
   * A4 landscape, fit to one page wide, these heading rows (0-based, inclusive) repeated on every page;
   * `area` is what prints (the check columns stay out), the whole sheet when absent.
   */
  readonly print: { readonly titleRows: readonly [number, number]; readonly area?: Area } | null;
  /** Row heights in points, by row (null: the default), so wrapped text prints whole where nothing auto-fits. */
  readonly rowHeights?: readonly (number | null)[];
  readonly hidden?: boolean;
  /** A filter on a list's heading row, so a person can sort and filter it (jx review's 项目汇总). */
  readonly autoFilter?: Area;
  /** Native charts over this sheet's own cells (jx review's 等级分布); readers ignore them. */
  readonly charts?: readonly ChartLayout[];
}

/**
 * A native chart of one series over cells of its own sheet: a clustered column chart (bars upright) or bar
 * chart (bars lying), its categories and values one column each over the same rows, the series named by
 * a heading cell, placed over the cells of `anchor`. exceljs cannot write charts: src/xlsx/chartParts.ts adds
 * them to the zip; the task pane adds them with `worksheet.charts.add`.
 */
export interface ChartLayout {
  readonly kind: "column" | "bar";
  readonly title: string;
  /** The cell holding the series' name (a heading), and its text. */
  readonly seriesName: { readonly row: number; readonly col: number; readonly text: string };
  /** Category labels, one column (rows top..bottom). */
  readonly categories: Area;
  /** Values, one column over the same rows as the categories. */
  readonly values: Area;
  /** Number format of the value axis and labels ("0", "0.00%"). */
  readonly numFmt: string;
  /** Where it sits: from the top-left cell of the area to the bottom-right one. */
  readonly anchor: Area;
}

export interface DefinedName {
  readonly name: "JX_TOTAL" | "JX_GRADE" | "JX_WEIGHT_TOTAL";
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export interface WorkbookLayout {
  readonly sheets: readonly SheetLayout[];
  readonly names: readonly DefinedName[];
}

/** A text cell, cut at Excel's 32,767 characters (a template longer than that is reported before it is written). */
export const text = (t: string): CellContent => ({ kind: "text", text: cellText(t) });
export const num = (v: number): CellContent => ({ kind: "number", value: v });
export const formula = (f: string, result: number | string | null): CellContent => ({
  kind: "formula",
  formula: f,
  result,
});
