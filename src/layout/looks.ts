import type { CellStyle } from "./model";

/**
 * How each kind of cell looks, declared once for every writer (exceljs for `jx` and the browser page,
 * Office.js in the task pane, WPS): the printed tables' plain grid, headings shaded, inputs tinted.
 * Colours are RGB hex without `#`; each writer spells them its own way.
 */
export interface Look {
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly color?: string;
  readonly fill?: string;
  readonly align: "center" | "left";
  readonly vertical: "middle" | "top";
  readonly border: boolean;
}

/** The printed reports' typeface. */
export const FONT = "宋体";

export const LOOKS: Readonly<Record<CellStyle, Look>> = {
  title: { size: 14, bold: true, align: "center", vertical: "middle", border: false },
  heading: { size: 10, bold: true, fill: "EDEDED", align: "center", vertical: "middle", border: true },
  name: { size: 10, align: "left", vertical: "middle", border: true },
  weight: { size: 10, align: "center", vertical: "middle", border: true },
  score: { size: 10, fill: "FFF8E1", align: "center", vertical: "middle", border: true },
  rate: { size: 10, align: "center", vertical: "middle", border: true },
  text: { size: 9, align: "left", vertical: "top", border: true },
  totalLabel: { size: 10, bold: true, align: "center", vertical: "middle", border: true },
  total: { size: 10, bold: true, align: "center", vertical: "middle", border: true },
  check: { size: 9, color: "C00000", align: "left", vertical: "middle", border: true },
  note: { size: 9, italic: true, color: "595959", align: "left", vertical: "top", border: false },
};

/** What a problem format paints: the cell red, its text dark red and bold. */
export const PROBLEM_LOOK = { fill: "FFC7CE", color: "9C0006", bold: true } as const;
