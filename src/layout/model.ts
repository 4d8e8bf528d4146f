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

export type CellStyle = "title" | "heading" | "name" | "weight" | "score" | "rate" | "text" | "totalLabel" | "total" | "check" | "note";

export interface CellValidation {
  /** A custom rule: the cell is accepted when the formula is true. */
  readonly formula: string;
  readonly errorTitle: string;
  readonly error: string;
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
  readonly validation?: CellValidation;
}

/** A rule that paints a range red when its formula (relative to the range's top-left) is true. */
export interface ProblemFormat {
  readonly area: Area;
  readonly formula: string;
}

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
export const formula = (f: string, result: number | string | null): CellContent => ({ kind: "formula", formula: f, result });
