import { decimalOf } from "../../src/decimal";
import type { SummaryRow } from "./gateway";

/** The name a 汇总 sheet is given (with a suffix when the workbook has one already). */
export const SCORE_SUMMARY_SHEET = "得分汇总";

/** The 汇总 sheet's title in A1. */
export const summaryTitle = (title: string): string => `${title} 得分汇总`;

/**
 * The 汇总 table from A2, the same in Excel and WPS: a heading row, one row per top-level indicator (得分率 as a
 * fraction, shown as a percentage), 合计 with the weights added exactly, and 等级.
 */
export function summaryBody(
  rows: readonly SummaryRow[],
  total: number | null,
  grade: string | null,
): (string | number)[][] {
  return [
    ["评价维度", "分值", "得分", "得分率"],
    ...rows.map((r) => [r.name, r.weight, r.score, r.rate ?? ""]),
    [
      "合计",
      rows.reduce((s, r) => s.plus(decimalOf(r.weight)), decimalOf(0)).toNumber(),
      total ?? "",
      total === null ? "" : decimalOf(total).div(100).toNumber(),
    ],
    ["等级", "", grade ?? "", ""],
  ];
}
