import { Dec, ZERO, decimalOf, roundHalfUp } from "../../decimal";
import { DEFAULT_BANDS, gradeOf } from "../../grades";
import { readCell } from "../../cells/readCell";
import { bandOf, cappedScore, completionRatio, inBand, ratio, targetOfCell } from "../../rules/scoring";
import { formatMessage } from "../../messages";
import type { Target } from "../../targets/parseTarget";
import type { FormIndicator, SelfEvalForm } from "./model";
import { targetOf } from "./targetOf";
import { passLineScore } from "../../rules/passLine";
import {
  DEFAULT_SCORING,
  PASS_LINE,
  SATISFACTION_BANDS,
  bandShare,
  executionShare,
  isSatisfactionRow,
  type ScoringRules,
} from "./scoringRules";

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
  readonly scoring: ScoringRules;
  readonly fundsRate: Dec | null;
  readonly fundsScore: Dec | null;
  /** Why 预算执行率 has no score although its figures are there (2021: 项目已完成 missing, or overspent); "" otherwise. */
  readonly fundsNote: string;
  readonly rows: readonly RowScore[];
  readonly total: Dec;
  readonly grade: string | null;
  readonly levels: readonly { name: string; weight: Dec; score: Dec; rate: Dec | null }[];
}

/** 实际完成值 as the TARGETSCORE rules read it; null when nothing was reported. */
export function actualTarget(actual: number | string | undefined): Target | null {
  return actual === undefined || actual === "" ? null : targetOfCell(readCell(actual));
}

/**
 * 执行率 (全年执行数 ÷ 全年预算数) and its score, rounded: under 2020 min(执行率, 1) × the funds weight; under
 * 2021 by the bands of EXECUTION_BANDS (a completed project within its budget earns the full weight). Nulls
 * without the figures; a null score with a note when the figures are there but no rule decides.
 */
export function fundsScoreOf(
  form: SelfEvalForm,
  digits = form.decimals?.score ?? 2,
): { rate: Dec | null; score: Dec | null; note: string; review?: string } {
  const totalRow = form.funds.rows[0];
  if (totalRow?.annual === undefined || totalRow.executed === undefined || !(totalRow.annual > 0))
    return { rate: null, score: null, note: "" };
  const r = ratio(decimalOf(totalRow.executed), decimalOf(totalRow.annual));
  const rate = r.num.div(r.den);
  const weight = decimalOf(form.funds.weight);
  if ((form.scoring ?? DEFAULT_SCORING) === "2020")
    return { rate, score: roundHalfUp(cappedScore(r, weight), digits), note: "" };
  const share = executionShare(rate, form.funds.completed);
  return share.share === null
    ? { rate, score: null, note: share.note }
    : {
        rate,
        score: roundHalfUp(weight.times(share.share), digits),
        note: "",
        ...(share.review ? { review: share.review } : {}),
      };
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
    {
      name: "预算执行率",
      weight: funds.weight,
      score: funds.score ?? ZERO,
      rate: funds.score === null ? null : funds.score.div(funds.weight),
    },
    ...[...byLevel].map(([name, v]) => ({
      name,
      weight: v.weight,
      score: v.score,
      rate: v.weight.isZero() ? null : v.score.div(v.weight),
    })),
  ];
}

/** The satisfaction rate of a reported actual: a percentage, or a bare number where the target is one. */
function percentOf(target: Target, actual: Target): Dec | null {
  if (actual.kind !== "quantity") return null;
  return actual.unit === "%" || (actual.unit === "" && target.kind === "quantity" && target.unit === "%")
    ? actual.value
    : null;
}

/**
 * Scores one 绩效指标 row; qualitative rows by the person's band and factor. Under 2020 (财预〔2020〕10号)
 * the TARGETSCORE rules: completion × points, capped. Under 2021 (财预〔2021〕101号) a 满意度 row by its rate in
 * SATISFACTION_BANDS, every other row by PASSLINE over its completion.
 */
export function scoreRow(
  row: FormIndicator,
  index: number,
  digits: number,
  scoring: ScoringRules = DEFAULT_SCORING,
): RowScore {
  const weight = decimalOf(row.weight);
  const target = targetOf(row.target);
  if (row.band !== undefined && row.factor !== undefined) {
    const band = bandOf({ kind: "text", text: row.band });
    const factor = decimalOf(row.factor);
    if (!band || !inBand(band, factor))
      return {
        row,
        index,
        score: null,
        status: "needsPerson",
        note: `系数 ${row.factor} 不在“${row.band}”的区间内`,
        shortfall: false,
      };
    return {
      row,
      index,
      score: roundHalfUp(weight.times(factor), digits),
      status: "judged",
      note: `${row.band} × ${row.factor}`,
      shortfall: band.level !== "达成" || factor.lt(1),
    };
  }
  const actual = actualTarget(row.actual);
  if (!actual) return { row, index, score: null, status: "needsPerson", note: "实际完成值未填写", shortfall: false };
  const satisfaction = scoring === "2021" && isSatisfactionRow(row) ? percentOf(target, actual) : null;
  if (satisfaction !== null) {
    const share = bandShare(satisfaction, SATISFACTION_BANDS);
    return {
      row,
      index,
      score: roundHalfUp(weight.times(share), digits),
      status: "formula",
      note: `满意度 ${satisfaction.times(100).toFixed()}% 得 ${share.times(100).toFixed()}%`,
      shortfall: share.lt(1),
    };
  }
  const ratio = completionRatio(target, actual);
  if (!ratio.ok)
    return {
      row,
      index,
      score: null,
      status: "needsPerson",
      note: formatMessage(ratio, "zh"),
      shortfall: ratio.reason === "dateLate",
    };
  const score =
    scoring === "2021"
      ? passLineScore(ratio.value.num.div(ratio.value.den), weight, PASS_LINE)
      : cappedScore(ratio.value, weight);
  return {
    row,
    index,
    score: roundHalfUp(score, digits),
    status: "formula",
    note: "",
    shortfall: ratio.value.num.lt(ratio.value.den),
  };
}

/** The whole form by its rule set: 预算执行率, every row, the total, the grade, and per 一级指标 the sums. */
export function scoreForm(form: SelfEvalForm): FormScore {
  const digits = form.decimals?.score ?? 2;
  const scoring = form.scoring ?? DEFAULT_SCORING;
  const funds = fundsScoreOf(form, digits);
  const fundsScore = funds.score;
  const rows = form.indicators.map((r, i) => scoreRow(r, i, digits, scoring));
  const levels = levelsOf(
    { weight: decimalOf(form.funds.weight), score: fundsScore },
    rows.map((r) => ({ level1: r.row.level1, weight: decimalOf(r.row.weight), score: r.score })),
  );
  const raw = rows.reduce((s, r) => s.plus(r.score ?? ZERO), fundsScore ?? ZERO);
  const total = roundHalfUp(raw, form.decimals?.total ?? 2);
  return {
    scoring,
    fundsRate: funds.rate,
    fundsScore,
    fundsNote: funds.note,
    rows,
    total,
    grade: gradeOf(total, form.grades ?? DEFAULT_BANDS),
    levels,
  };
}
