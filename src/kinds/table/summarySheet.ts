import { decimalOf, sum } from "../../decimal";
import { treeOfTemplate } from "../../tree/fromTemplate";
import { scoreTree } from "./score";
import { DEFAULT_DECIMALS, type Template } from "./model";
import { formula, text, type LayoutCell, type SheetLayout } from "../../layout/model";
import { abs, colRange, onSheet } from "../../layout/refs";
import { SCORING_SHEET, allScored, leafCount, type ScoringSheetRefs } from "./layout";
import { rowHeightsOf } from "../../layout/rowHeights";
import type { Area } from "../../sheet/grid";

export const SUMMARY_SHEET = "汇总";

/**
 * The summary sheet (汇总): one row per top-level indicator with 分值, 得分 and 得分率 as formulas over
 * the scoring sheet, then the total and the grade. Scores to two decimals, rates as percentages.
 */
export function layoutSummarySheet(
  t: Template,
  refs: ScoringSheetRefs,
  names: { scoring?: string; summary?: string } = {},
): SheetLayout {
  const computed = scoreTree(treeOfTemplate(t), { ...DEFAULT_DECIMALS, ...t.decimals }.total, t.grades);
  const cells: LayoutCell[] = [];
  const merges: Area[] = [{ top: 0, left: 0, bottom: 0, right: 3 }];
  const on = (ref: string): string => onSheet(names.scoring ?? SCORING_SHEET, ref);
  cells.push({ row: 0, col: 0, content: text(`${t.title} 得分汇总`), style: "title" });
  ["评价维度", "分值", "得分", "得分率"].forEach((h, c) =>
    cells.push({ row: 1, col: c, content: text(h), style: "heading" }),
  );
  refs.tops.forEach((top, i) => {
    const r = i + 2;
    const level = computed.levels[i];
    const scores = on(colRange(refs.scoreCol, top.first, top.last));
    const applicable = on(colRange(refs.helperCol, top.first, top.last));
    cells.push({ row: r, col: 0, content: text(top.name), style: "name" });
    cells.push({
      row: r,
      col: 1,
      content: formula(on(abs(top.weightRow, top.weightCol)), decimalOf(t.indicators[i].weight).toNumber()),
      style: "weight",
    });
    // A dimension's 得分 shows once each of its leaves has a score or 不适用, as 合计 does.
    const done = allScored([t.indicators[i]]);
    const filled = `COUNT(${scores})+COUNTIF(${scores},"不适用")>=${leafCount([t.indicators[i]])}`;
    cells.push({
      row: r,
      col: 2,
      content: formula(`IF(${filled},SUM(${scores}),"")`, done ? level.score.toNumber() : ""),
      style: "score",
      numFmt: "0.00",
    });
    cells.push({
      row: r,
      col: 3,
      content: formula(
        `IF(OR(${abs(r, 2)}="",SUM(${applicable})=0),"",${abs(r, 2)}/SUM(${applicable}))`,
        done ? (level.rate?.toNumber() ?? "") : "",
      ),
      style: "rate",
      numFmt: "0.00%",
    });
  });
  const totalRow = refs.tops.length + 2;
  const total = decimalOf(t.total ?? 100).toFixed();
  cells.push({ row: totalRow, col: 0, content: text("合计"), style: "totalLabel" });
  cells.push({
    row: totalRow,
    col: 1,
    content: formula("JX_WEIGHT_TOTAL", sum(t.indicators.map((i) => decimalOf(i.weight))).toNumber()),
    style: "total",
  });
  // Blank, like the scoring sheet's 合计 and 等级, until every score is in.
  const complete = allScored(t.indicators);
  cells.push({
    row: totalRow,
    col: 2,
    content: formula(`IF(ISNUMBER(JX_TOTAL),JX_TOTAL,"")`, complete ? (computed.total?.toNumber() ?? "") : ""),
    style: "total",
    numFmt: "0.00",
  });
  cells.push({
    row: totalRow,
    col: 3,
    content: formula(
      `IF(ISNUMBER(${abs(totalRow, 2)}),${abs(totalRow, 2)}/${total},"")`,
      complete && computed.total ? computed.total.div(total).toNumber() : "",
    ),
    style: "rate",
    numFmt: "0.00%",
  });
  cells.push({ row: totalRow + 1, col: 0, content: text("等级"), style: "totalLabel" });
  cells.push({ row: totalRow + 1, col: 1, content: null, style: "total" });
  cells.push({
    row: totalRow + 1,
    col: 2,
    content: formula(`IF(ISNUMBER(JX_TOTAL),JX_GRADE,"")`, complete ? (computed.grade ?? "") : ""),
    style: "total",
  });
  merges.push({ top: totalRow + 1, left: 2, bottom: totalRow + 1, right: 3 });
  const columns = [{ width: 16 }, { width: 9 }, { width: 10 }, { width: 10 }];
  return {
    name: names.summary ?? SUMMARY_SHEET,
    cells,
    merges,
    columns,
    rowHeights: rowHeightsOf({ cells, merges, columns, rowCount: totalRow + 2 }),
    rowCount: totalRow + 2,
    colCount: 4,
    frozenRows: 2,
    problemFormats: [],
    print: { titleRows: [1, 1] },
  };
}
