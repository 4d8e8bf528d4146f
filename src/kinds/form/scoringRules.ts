import { Dec, ONE, ZERO, forComparison } from "../../decimal";
import { DEFAULT_PASS_LINE } from "../../rules/passLine";
import { highestReached } from "../../rules/tier";

/**
 * The rule set a self-evaluation form is scored by: 财预〔2020〕10号 (proportional, the default) or
 * 财预〔2021〕101号 (pass line, bands for 预算执行率 and 满意度). Every figure of the 2021 rules is declared
 * here, once: the scorer reads them and the form's native formulas are written from them.
 */
export type ScoringRules = "2020" | "2021";

export const SCORING_RULES: readonly ScoringRules[] = ["2020", "2021"];
export const DEFAULT_SCORING: ScoringRules = "2020";

/** The document each rule set comes from, as the printed note and `jx score` name it. */
export const RULES_SOURCE: Readonly<Record<ScoringRules, string>> = {
  "2020": "财预〔2020〕10号",
  "2021": "财预〔2021〕101号",
};

/** A band: from `min` (inclusive) up to the next band's `min`, worth `share` of the row's points. */
export interface ShareBand {
  readonly min: Dec;
  readonly share: Dec;
}

const band = (min: string, share: string): ShareBand => ({ min: new Dec(min), share: new Dec(share) });

/** 2021, quantitative rows: nothing below 60 % completion, (rate − 60 %) ÷ 40 % × points from there (PASSLINE). */
export const PASS_LINE: Dec = DEFAULT_PASS_LINE;

/**
 * 2021, 预算执行率 of a project not completed: [80 %, 100 %) → 7 of 10, [60 %, 80 %) → 5 of 10, below 60 % → 0.
 * A completed project spending within the year's budget (执行率 ≤ 100 %) earns the full points, whatever its rate.
 */
export const EXECUTION_BANDS: readonly ShareBand[] = [band("0.8", "0.7"), band("0.6", "0.5")];

/** 2021, 满意度 (the satisfaction rate itself): ≥ 90 % full, [80 %, 90 %) 80 %, [60 %, 80 %) 50 %, below 60 % nothing. */
export const SATISFACTION_BANDS: readonly ShareBand[] = [band("0.9", "1"), band("0.8", "0.8"), band("0.6", "0.5")];

/** The words of the 项目已完成 cell. */
export const COMPLETED_YES = "是";
export const COMPLETED_NO = "否";

/** The share of the points a value earns in banded scoring (TIER's rule: the highest band reached, 0 below all). */
export function bandShare(value: Dec, bands: readonly ShareBand[]): Dec {
  return (
    highestReached(
      forComparison(value),
      bands.map((b) => ({ bound: { value: b.min, strict: false }, points: b.share })),
    ) ?? ZERO
  );
}

/** A row of 满意度指标 (by its 一级 or 二级 name): 2021 scores its rate in bands. */
export function isSatisfactionRow(row: { level1: string; level2: string }): boolean {
  return /满意度/.test(row.level1) || /满意度/.test(row.level2);
}

/** What a person should look at in a score a rule did decide. */
export const OVER_BUDGET_NOT_COMPLETED = "项目未完成而执行率达到 100% 以上：按 80%（含）–100% 一档计分，请复核";

/**
 * 2021 预算执行率 as a share of the points; null with the reason when no rule decides (项目已完成 not said, or a
 * completed project spending beyond its budget). A project not completed at 100 % or more takes the top band of
 * EXECUTION_BANDS (the guide's band ends at 100 %), with a `review` note for a person.
 */
export function executionShare(
  rate: Dec,
  completed: boolean | undefined,
): { share: Dec; note: ""; review?: string } | { share: null; note: string } {
  if (completed === undefined) return { share: null, note: "“项目已完成”未填写（2021 年版按项目是否完成计分）" };
  if (!completed)
    return {
      share: bandShare(rate, EXECUTION_BANDS),
      note: "",
      ...(forComparison(rate).gte(ONE) ? { review: OVER_BUDGET_NOT_COMPLETED } : {}),
    };
  if (forComparison(rate).lte(ONE)) return { share: ONE, note: "" };
  return { share: null, note: "项目已完成但执行数超出全年预算，指引未规定得分，需人工判断" };
}

/** The rule set named in a file or a workbook: "2020" / "2021"; anything else is not one. */
export function scoringOf(value: unknown): ScoringRules | null {
  return value === "2020" || value === "2021" ? value : null;
}
