import { ok } from "../result";
import { DIGITS, OPTIONAL_WEIGHT } from "./common";
import { cappedScore, completionRatio, targetOfCell } from "./scoring";
import { defineRule } from "./defineRule";

/**
 * TARGETSCORE(target, actual, [weight], [digits]) — 绩效目标完成度.
 *
 * 年度指标值按原文填写（≥90%、不低于95%、≤30日、3个工作日内、51223 人…），单纯数值视为“≥”。
 * ≥ 目标：完成率 = 实际 ÷ 目标；≤ 目标：未超过得 1，否则 目标 ÷ 实际。无分值时返回完成率（不封顶），
 * 有分值时得分 = min(完成率, 1) × 分值。单位须一致（人对人、% 对 %），否则 #VALUE!；
 * 定性目标（应保尽保、有所提升）实际相同得满分，否则 #N/A（需人工判断）。
 * For ≥: ratio = actual ÷ target; for ≤: 1 when met, else target ÷ actual. Without `weight` the ratio
 * (uncapped); with it min(ratio, 1) × weight. Units must agree. Deadlines (`2023年12月30日前`) score
 * full when met, #N/A when missed. A target of 0: `≥0` is met by any actual ≥ 0 (ratio 1); `≤0` and `=0`
 * only by an actual of 0, otherwise ratio 0. Actual against target compared at 9 decimals.
 *
 * @example TARGETSCORE("≤30日", "25日", 4) → 4
 */
export const TARGETSCORE = defineRule({
  name: "TARGETSCORE",
  params: [{ kind: "cell", name: "target", zh: "年度指标值" }, { kind: "cell", name: "actual", zh: "实际完成值" }, OPTIONAL_WEIGHT, DIGITS],
  examples: [
    { args: ["≥90%", "60%"], result: String(2 / 3) },
    { args: ["≤30日", "25日", 4], result: "4" },
    { args: ["不低于95%", "100%", 5], result: "5" },
    { args: ["51223 人", "48000人", 3, 2], result: "2.81" },
    { args: ["应保尽保", "应保尽保", 4], result: "4" },
  ],
  compute([target, actual, weight]) {
    const ratio = completionRatio(targetOfCell(target), targetOfCell(actual));
    return ratio.ok ? ok(cappedScore(ratio.value, weight)) : ratio;
  },
});
