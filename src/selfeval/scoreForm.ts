import { Dec, ZERO, decimalOf, roundHalfUp } from "../decimal";
import { DEFAULT_BANDS, gradeOf } from "../grades";
import { readCell } from "../cells/readCell";
import { cappedScore, ratio } from "../rules/common";
import { completionRatio, targetOfCell } from "../rules/targetScore";
import { bandOf, inBand } from "../rules/qualitativeScore";
import { formatMessage } from "../messages";
import type { Target } from "../targets/parseTarget";
import type { FormIndicator, SelfEvalForm } from "./form";
import { targetOf } from "./targetOf";

/** How one row was scored: by formula, by the person's band and factor, or not at all (left to a person). */
export interface RowScore {
  readonly row: FormIndicator;
  readonly index: number;
  readonly score: Dec | null;
  readonly status: "formula" | "judged" | "needsPerson";
  /** Why a person must decide (Chinese), when status is needsPerson; a short note otherwise. */
  readonly note: string;
  /** The row falls short of its target (its 偏差原因 is required). */
  readonly shortfall: boolean;
}

export interface FormScore {
  readonly fundsRate: Dec | null;
  readonly fundsScore: Dec | null;
  readonly rows: readonly RowScore[];
  readonly total: Dec;
  readonly grade: string | null;
  readonly levels: readonly { name: string; weight: Dec; score: Dec; rate: Dec | null }[];
}

/** 实际完成值 as the TARGETSCORE rules read it; null when nothing was reported. */
export function actualTarget(actual: number | string | undefined): Target | null {
  return actual === undefined || actual === "" ? null : targetOfCell(readCell(actual));
}

/** 执行率 (全年执行数 ÷ 全年预算数) and its score, min(执行率, 1) × the funds weight, rounded; nulls without the figures. */
export function fundsScoreOf(form: SelfEvalForm, digits = form.decimals?.score ?? 2): { rate: Dec | null; score: Dec | null } {
  const totalRow = form.funds.rows[0];
  if (totalRow?.annual === undefined || totalRow.executed === undefined || !(totalRow.annual > 0)) return { rate: null, score: null };
  const r = ratio(decimalOf(totalRow.executed), decimalOf(totalRow.annual));
  return { rate: r.num.div(r.den), score: roundHalfUp(cappedScore(r, decimalOf(form.funds.weight)), digits) };
}

/** Per 一级指标 (in first-seen order): its weight, its score and 得分率, after 预算执行率. */
export function levelsOf(
  funds: { weight: Dec; score: Dec | null },
  rows: readonly { level1: string; weight: Dec; score: Dec | null }[],
): { name: string; weight: Dec; score: Dec; rate: Dec | null }[] {
  const byLevel = new Map<string, { weight: Dec; score: Dec }>();
  for (const r of rows) {
    const cur = byLevel.get(r.level1) ?? { weight: ZERO, score: ZERO };
    byLevel.set(r.level1, { weight: cur.weight.plus(r.weight), score: cur.score.plus(r.score ?? ZERO) });
  }
  return [
    { name: "预算执行率", weight: funds.weight, score: funds.score ?? ZERO, rate: funds.score === null ? null : funds.score.div(funds.weight) },
    ...[...byLevel].map(([name, v]) => ({ name, weight: v.weight, score: v.score, rate: v.weight.isZero() ? null : v.score.div(v.weight) })),
  ];
}

/** Scores one 绩效指标 row with the TARGETSCORE rules; qualitative rows by the person's band and factor. */
export function scoreRow(row: FormIndicator, index: number, digits: number): RowScore {
  const weight = decimalOf(row.weight);
  const target = targetOf(row.target);
  if (row.band !== undefined && row.factor !== undefined) {
    const band = bandOf({ kind: "text", text: row.band });
    const factor = decimalOf(row.factor);
    if (!band || !inBand(band, factor)) return { row, index, score: null, status: "needsPerson", note: `系数 ${row.factor} 不在“${row.band}”的区间内`, shortfall: false };
    return { row, index, score: roundHalfUp(weight.times(factor), digits), status: "judged", note: `${row.band} × ${row.factor}`, shortfall: band.level !== "达成" || factor.lt(1) };
  }
  const actual = actualTarget(row.actual);
  if (!actual) return { row, index, score: null, status: "needsPerson", note: "实际完成值未填写", shortfall: false };
  const ratio = completionRatio(target, actual);
  if (!ratio.ok) return { row, index, score: null, status: "needsPerson", note: formatMessage(ratio, "zh"), shortfall: ratio.reason === "dateLate" };
  return { row, index, score: roundHalfUp(cappedScore(ratio.value, weight), digits), status: "formula", note: "", shortfall: ratio.value.num.lt(ratio.value.den) };
}

/** The whole form: 执行率 × funds weight (capped), every row, the total, the grade, and per 一级指标 the sums. */
export function scoreForm(form: SelfEvalForm): FormScore {
  const digits = form.decimals?.score ?? 2;
  const funds = fundsScoreOf(form, digits);
  const fundsScore = funds.score;
  const rows = form.indicators.map((r, i) => scoreRow(r, i, digits));
  const levels = levelsOf(
    { weight: decimalOf(form.funds.weight), score: fundsScore },
    rows.map((r) => ({ level1: r.row.level1, weight: decimalOf(r.row.weight), score: r.score })),
  );
  const raw = rows.reduce((s, r) => s.plus(r.score ?? ZERO), fundsScore ?? ZERO);
  const total = roundHalfUp(raw, form.decimals?.total ?? 2);
  return { fundsRate: funds.rate, fundsScore, rows, total, grade: gradeOf(total, form.grades ?? DEFAULT_BANDS), levels };
}
