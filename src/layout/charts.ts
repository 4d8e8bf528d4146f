import type { ChartLayout } from "./model";

/* The charts the workbooks carry, described once for both writers (exceljs through src/xlsx/chartParts.ts,
 * Office.js through taskpane/gateway/writeLayout.ts). */

/**
 * 等级分布's chart: the number of projects per grade, upright bars, over the grade labels (column A) and the
 * 项目数 (column B, headed in row 2) from row `first` to `last` (0-based), to the right of the table (H2:O17).
 */
export function gradeChart(first: number, last: number): ChartLayout {
  return {
    kind: "column",
    title: "各等级项目数",
    seriesName: { row: first - 1, col: 1, text: "项目数" },
    categories: { top: first, left: 0, bottom: last, right: 0 },
    values: { top: first, left: 1, bottom: last, right: 1 },
    numFmt: "0",
    anchor: { top: 1, left: 7, bottom: 16, right: 14 },
  };
}

/**
 * 汇总's chart: 得分率 per top-level indicator, lying bars, over the indicator names (column A) and 得分率
 * (column D, headed in row 2) of the `count` indicators from row 3, beside the table (from F2).
 */
export function rateChart(count: number): ChartLayout {
  return {
    kind: "bar",
    title: "各一级指标得分率",
    seriesName: { row: 1, col: 3, text: "得分率" },
    categories: { top: 2, left: 0, bottom: 1 + count, right: 0 },
    values: { top: 2, left: 3, bottom: 1 + count, right: 3 },
    numFmt: "0%",
    anchor: { top: 1, left: 5, bottom: 16, right: 12 },
  };
}
