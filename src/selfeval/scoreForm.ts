import { Dec, ZERO, decimalOf, roundHalfUp } from "../decimal";
import { DEFAULT_BANDS, gradeOf } from "../grades";
import { readCell } from "../cells/readCell";
import { completionRatio } from "../rules/targetScore";
import { bandOf, inBand } from "../rules/qualitativeScore";
import { formatMessage } from "../messages";
import type { Target } from "../targets/parseTarget";
import { parseTarget } from "../targets/parseTarget";
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

function actualTarget(actual: number | string | undefined): Target | null {
  if (actual === undefined || actual === "") return null;
  if (typeof actual === "number") return { kind: "quantity", direction: ">=", value: decimalOf(actual), unit: "", text: String(actual) };
  const cell = readCell(actual);
  if (cell.kind === "number") return { kind: "quantity", direction: ">=", value: cell.value, unit: cell.percent ? "%" : "", text: actual };
  return parseTarget(actual);
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
  const capped = ratio.value.num.gte(ratio.value.den) ? weight : weight.times(ratio.value.num).div(ratio.value.den);
  return { row, index, score: roundHalfUp(capped, digits), status: "formula", note: "", shortfall: ratio.value.num.lt(ratio.value.den) };
}

/** The whole form: 执行率 × funds weight (capped), every row, the total, the grade, and per 一级指标 the sums. */
export function scoreForm(form: SelfEvalForm): FormScore {
  const digits = form.decimals?.score ?? 2;
  const totalRow = form.funds.rows[0];
  const fundsWeight = decimalOf(form.funds.weight);
  let fundsRate: Dec | null = null;
  let fundsScore: Dec | null = null;
  if (totalRow?.annual !== undefined && totalRow.executed !== undefined && totalRow.annual > 0) {
    const annual = decimalOf(totalRow.annual);
    const executed = decimalOf(totalRow.executed);
    fundsRate = executed.div(annual);
    fundsScore = roundHalfUp(executed.gte(annual) ? fundsWeight : fundsWeight.times(executed).div(annual), digits);
  }
  const rows = form.indicators.map((r, i) => scoreRow(r, i, digits));
  const byLevel = new Map<string, { weight: Dec; score: Dec }>();
  for (const r of rows) {
    const cur = byLevel.get(r.row.level1) ?? { weight: ZERO, score: ZERO };
    byLevel.set(r.row.level1, { weight: cur.weight.plus(decimalOf(r.row.weight)), score: cur.score.plus(r.score ?? ZERO) });
  }
  const levels = [
    { name: "预算执行率", weight: fundsWeight, score: fundsScore ?? ZERO, rate: fundsScore === null ? null : fundsScore.div(fundsWeight) },
    ...[...byLevel].map(([name, v]) => ({ name, weight: v.weight, score: v.score, rate: v.weight.isZero() ? null : v.score.div(v.weight) })),
  ];
  const raw = rows.reduce((s, r) => s.plus(r.score ?? ZERO), fundsScore ?? ZERO);
  const total = roundHalfUp(raw, form.decimals?.total ?? 2);
  return { fundsRate, fundsScore, rows, total, grade: gradeOf(total, form.grades ?? DEFAULT_BANDS), levels };
}
