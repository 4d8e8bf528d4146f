import { Dec, decimalOf } from "../../decimal";
import {
  formula,
  num,
  text,
  type AreaValidation,
  type CellContent,
  type LayoutCell,
  type SheetLayout,
  type WorkbookLayout,
} from "../../layout/model";
import { abs, address, fixedCol, str } from "../../layout/refs";
import { leafScoreRules, NOT_APPLICABLE } from "../table/layout";
import { layoutWorkbook, type Placement } from "../../layout/workbook";
import type { Area } from "../../sheet/grid";
import type { Problem } from "../../tree/checkTree";
import { DEFAULT_DECIMALS, leavesOf, type Template } from "../table/model";
import { panelScore, spreadTooWide } from "./score";
import { DEFAULT_SPREAD, TRIMMED_MIN, type PanelMethod } from "./presets";
import type { Expert, ExpertScore, PanelLeaf, PanelOptions } from "./model";
import { noteWords, Refused } from "../../messages";

export const FLAG_HEADING = "专家分歧";

/** `count` experts who have not scored yet: the blank form of `jx template --experts`. */
export function blankExperts(count: number): Expert[] {
  return Array.from({ length: count }, (_, i) => ({ name: `专家${i + 1}`, scores: [] }));
}

/** The panel's figures for one leaf, as the sheet's formulas compute them. */
export function panelLeaf(
  scores: readonly ExpertScore[],
  weight: Dec,
  method: PanelMethod,
  digits: number,
  spread: Dec,
): PanelLeaf {
  const numbers = scores.filter((s): s is Dec => s instanceof Dec);
  const na = scores.filter((s) => s === NOT_APPLICABLE).length;
  if (na === scores.length) return { score: NOT_APPLICABLE, flag: "" };
  const flag =
    na > 0 ? "适用性不一" : numbers.length === scores.length && spreadTooWide(numbers, weight, spread) ? "需讨论" : "";
  return { score: numbers.length === scores.length ? panelScore(numbers, method, digits) : null, flag };
}

/** The panel formula over the experts' cells of one row. */
function panelFormula(range: string, n: number, method: PanelMethod, digits: number): string {
  const value = method === "trimmed" ? `(SUM(${range})-MAX(${range})-MIN(${range}))/${n - 2}` : `AVERAGE(${range})`;
  return `IF(COUNTIF(${range},${str(NOT_APPLICABLE)})=${n},${str(NOT_APPLICABLE)},IF(COUNT(${range})<${n},"",ROUND(${value},${digits})))`;
}

const cached = (s: PanelLeaf["score"]): number | string => (s === null ? "" : s === NOT_APPLICABLE ? s : s.toNumber());

/**
 * The scoring workbook scored by a panel: the scoring sheet as `jx template` writes it, with one score
 * column per expert after its columns, each leaf's 得分 the panel's mean (or trimmed mean) of them in a
 * native formula, and a 专家分歧 column flagging leaves where the experts differ by more than a share of
 * the points or disagree on 不适用. 汇总 says how many experts scored. Experts with no scores give the blank form.
 */
export function layoutPanelWorkbook(
  t: Template,
  experts: readonly Expert[],
  options: PanelOptions = {},
  problems: readonly Problem[] = [],
  names: Pick<Placement, "scoringSheet" | "summarySheet"> = {},
): WorkbookLayout {
  const n = experts.length;
  const method = options.method ?? "mean";
  if (n < 2) throw new Error("a panel has at least two experts");
  if (method === "trimmed" && n < TRIMMED_MIN) throw new Error(`a trimmed mean needs ${TRIMMED_MIN} experts`);
  const spread = options.spread ?? DEFAULT_SPREAD;
  const digits = { ...DEFAULT_DECIMALS, ...t.decimals }.score;
  // The template with each leaf's panel score, so every cached figure (rates, 合计, 等级, 汇总) is the panel's.
  const scored = structuredClone(t);
  const leaves = leavesOf(scored.indicators).map(({ leaf }) => leaf);
  const decided = leaves.map((leaf, i) => {
    if (leaf.notApplicable) return { score: NOT_APPLICABLE, flag: "" } as PanelLeaf;
    const d = panelLeaf(
      experts.map((e) => e.scores[i] ?? null),
      decimalOf(leaf.weight),
      method,
      digits,
      spread,
    );
    delete leaf.score;
    if (d.score === NOT_APPLICABLE) leaf.notApplicable = true;
    else if (d.score !== null) leaf.score = d.score.toNumber();
    return d;
  });
  // Sheet names only: the experts' columns and the note go beside a table that starts at A1.
  const layout = layoutWorkbook(scored, problems, {
    scoringSheet: names.scoringSheet,
    summarySheet: names.summarySheet,
  });
  const [sheet, summary, ...rest] = layout.sheets;
  return {
    ...layout,
    sheets: [
      withExperts(sheet, experts, decided, { method, digits, spread }),
      withPanelNote(summary, n, method),
      ...rest,
    ],
  };
}

/** The scoring sheet with the experts' columns and the flag column added after its own, and the leaves' 得分 as panel formulas. */
function withExperts(
  sheet: SheetLayout,
  experts: readonly Expert[],
  decided: readonly PanelLeaf[],
  o: { method: PanelMethod; digits: number; spread: Dec },
): SheetLayout {
  const n = experts.length;
  const scoreCol = sheet.cells.find((c) => c.row === 1 && c.content?.kind === "text" && c.content.text === "得分")?.col;
  if (scoreCol === undefined) throw new Error("layoutPanelWorkbook: the scoring layout has no score column"); // a programmer mistake: every scoring layout has one
  const first = sheet.colCount;
  const flagCol = first + n;
  const leafCells = sheet.cells.filter((c) => c.col === scoreCol && c.style === "score").sort((a, b) => a.row - b.row);
  // A leaf's weight column: the rightmost number left of 得分 on its row (its ancestors' weights stand further left).
  const weightColOf = (row: number): number =>
    Math.max(
      ...sheet.cells.filter((c) => c.row === row && c.col < scoreCol && c.content?.kind === "number").map((c) => c.col),
    );
  const weightOf = (row: number): string => abs(row, weightColOf(row));
  const cells: LayoutCell[] = [];
  const merges: Area[] = [...sheet.merges];
  const formats = [...sheet.problemFormats];
  // 得分 is the panel's formula, typed by no one: each expert's column takes its rules, run by run.
  const validations: AreaValidation[] = (sheet.validations ?? []).filter((v) => v.area.left !== scoreCol);
  for (const run of sheet.validations?.filter((v) => v.area.left === scoreCol) ?? []) {
    experts.forEach((_, e) => {
      const col = first + e;
      const area = { ...run.area, left: col, right: col };
      const rules = leafScoreRules(address(area.top, col), fixedCol(area.top, weightColOf(area.top)));
      validations.push({ area, ...rules.validation });
      formats.push({ area, formula: rules.problem });
    });
  }
  for (let e = 0; e < n; e++) {
    cells.push({ row: 1, col: first + e, content: text(`专家${e + 1}`), style: "heading" });
    merges.push({ top: 1, left: first + e, bottom: 2, right: first + e });
  }
  cells.push({ row: 1, col: flagCol, content: text(FLAG_HEADING), style: "heading" });
  merges.push({ top: 1, left: flagCol, bottom: 2, right: flagCol });
  const replaced = new Set<LayoutCell>();
  leafCells.forEach((leafCell, i) => {
    const row = leafCell.row;
    const span = sheet.merges.find((m) => m.top === row && m.left === scoreCol);
    const range = `${abs(row, first)}:${abs(row, first + n - 1)}`;
    const w = weightOf(row);
    const notApplicableLeaf = leafCell.content?.kind === "text";
    experts.forEach((expert, e) => {
      const s = expert.scores[i] ?? null;
      const col = first + e;
      const content: CellContent | null = notApplicableLeaf
        ? text(NOT_APPLICABLE)
        : s === null
          ? null
          : s === NOT_APPLICABLE
            ? text(s)
            : num(s.toNumber());
      cells.push({ row, col, content, style: "score", numFmt: leafCell.numFmt });
      if (span) merges.push({ ...span, left: col, right: col });
    });
    if (notApplicableLeaf) return;
    replaced.add(leafCell);
    const d = decided[i];
    cells.push({
      row,
      col: scoreCol,
      content: formula(panelFormula(range, n, o.method, o.digits), cached(d.score)),
      style: "total",
      numFmt: leafCell.numFmt,
    });
    const na = `COUNTIF(${range},${str(NOT_APPLICABLE)})`;
    const wide = `AND(COUNT(${range})=${n},ROUND(MAX(${range})-MIN(${range}),9)>ROUND(${o.spread.toFixed()}*${w},9))`;
    cells.push({
      row,
      col: flagCol,
      content: formula(`IF(AND(${na}>0,${na}<${n}),"适用性不一",IF(${wide},"需讨论",""))`, d.flag),
      style: "check",
    });
    if (span) merges.push({ ...span, left: flagCol, right: flagCol });
  });
  const firstRow = leafCells[0]?.row ?? 3;
  const lastRow = Math.max(
    ...leafCells.map((c) => sheet.merges.find((m) => m.top === c.row && m.left === scoreCol)?.bottom ?? c.row),
    firstRow,
  );
  formats.push({
    area: { top: firstRow, left: flagCol, bottom: lastRow, right: flagCol },
    formula: `LEN(${address(firstRow, flagCol)})>0`,
  });
  const noteRow = sheet.rowCount;
  const how = o.method === "trimmed" ? "去掉一个最高分和一个最低分后的平均分" : "平均分";
  const names = experts.map((e, i) => `专家${i + 1}：${e.name}`).join("；");
  cells.push({
    row: noteRow,
    col: 0,
    content: text(
      `专家评分：${n} 位专家，得分取${how}（保留 ${o.digits} 位小数）；专家间相差超过分值的 ${o.spread.times(100).toFixed()}% 标为“需讨论”。${names}`,
    ),
    style: "note",
  });
  merges.push({ top: noteRow, left: 0, bottom: noteRow, right: flagCol });
  return {
    ...sheet,
    cells: [...sheet.cells.filter((c) => !replaced.has(c)), ...cells],
    merges,
    problemFormats: formats,
    validations,
    columns: [...sheet.columns, ...experts.map(() => ({ width: 8 })), { width: 10 }],
    colCount: flagCol + 1,
    rowCount: noteRow + 1,
  };
}

/** 汇总 with a line saying how many experts scored and how. */
function withPanelNote(summary: SheetLayout, n: number, method: PanelMethod): SheetLayout {
  const row = summary.rowCount;
  const how = method === "trimmed" ? "去掉最高分和最低分后的平均分" : "平均分";
  return {
    ...summary,
    cells: [
      ...summary.cells,
      {
        row,
        col: 0,
        content: text(
          `得分为 ${n} 位专家评分的${how}。Scores are the ${method === "trimmed" ? "trimmed mean" : "mean"} of ${n} experts.`,
        ),
        style: "note",
      },
    ],
    merges: [...summary.merges, { top: row, left: 0, bottom: row, right: 3 }],
    rowCount: row + 1,
  };
}

/** The experts a scoring workbook is laid out for (插入's option, `jx template --experts N [--panel trimmed]`): 0 for none. */
export interface PanelChoice {
  readonly experts: number;
  readonly method: PanelMethod;
}

/** The most expert columns a sheet is laid out for (`jx template --experts` accepts the same). */
export const MAX_EXPERTS = 30;

/** Why a choice of experts cannot be laid out, Chinese and English; null when it can (0 is no panel). */
export function panelChoiceProblem(choice: PanelChoice): { zh: string; en: string } | null {
  const n = choice.experts;
  if (n === 0) return null;
  if (!Number.isInteger(n) || n < 2 || n > MAX_EXPERTS) return noteWords("expertsCount", { max: MAX_EXPERTS });
  if (choice.method === "trimmed" && n < TRIMMED_MIN)
    return noteWords("trimmedNeedsExperts", { min: TRIMMED_MIN, experts: n });
  return null;
}

/**
 * The scoring workbook of a template as `jx template` writes it: with one blank score column per expert and
 * the panel's formulas when a panel is chosen (`--experts N [--panel trimmed]`), the plain workbook otherwise.
 * A panel's table starts at A1 of its sheet (only the sheet names are placed).
 */
export function layoutScoringWorkbook(
  t: Template,
  problems: readonly Problem[],
  placement: Placement = {},
  panel?: PanelChoice,
): WorkbookLayout {
  if (!panel || panel.experts === 0) return layoutWorkbook(t, problems, placement);
  const wrong = panelChoiceProblem(panel);
  if (wrong) throw Refused.because("panelChoiceWrong", { why: wrong });
  if (placement.origin && (placement.origin.row || placement.origin.col)) throw Refused.because("panelOnlyNewSheet");
  return layoutPanelWorkbook(t, blankExperts(panel.experts), { method: panel.method }, problems, placement);
}
