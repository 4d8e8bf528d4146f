import { ok } from "../result";
import { DIGITS, OPTIONAL_WEIGHT } from "./common";
import { cappedScore, completionRatio, fastCappedScore, targetOfCell } from "./scoring";
import { scaledOf, type Scaled } from "../scaled";
import type { CellValue } from "../cells/readCell";
import { defineRule } from "./defineRule";

/** `≥95.3%`, `>=95`, `95.3%`, `95`: an at-least target as parseTarget and readCell read it, written plainly. */
const PLAIN_TARGET = /^(?:≥|>=)?(\d{1,9})(?:\.(\d{1,6}))?(%?)$/;
/** `72.3%`, `72.3`: an actual value as readCell reads it, written plainly. */
const PLAIN_ACTUAL = /^(\d{1,9})(?:\.(\d{1,6}))?(%?)$/;

/**
 * A plainly written quantity as a scaled decimal with its unit ("%" or none): at most 15 digits, so the
 * decimal path's 15-digit cut leaves it as it is, and a percent sign is two more decimals, exactly.
 */
function plainQuantity(pattern: RegExp, raw: CellValue): { value: Scaled; percent: boolean } | undefined {
  if (typeof raw === "number") {
    const value = scaledOf(raw);
    return value && value.m >= 0 ? { value, percent: false } : undefined;
  }
  if (typeof raw !== "string") return undefined;
  const m = pattern.exec(raw);
  if (m === null) return undefined;
  const decimals = m[2] ?? "";
  const percent = m[3] === "%";
  return { value: { m: Number(m[1] + decimals), s: decimals.length + (percent ? 2 : 0) }, percent };
}

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
  params: [
    { kind: "cell", name: "target", zh: "年度指标值" },
    { kind: "cell", name: "actual", zh: "实际完成值" },
    OPTIONAL_WEIGHT,
    DIGITS,
  ],
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
  fast([target, actual, weight, digits]) {
    // An at-least target against a plain actual value: completion actual ÷ target (a target of 0 goes to the decimal path).
    if (typeof target !== "string") return undefined;
    const t = plainQuantity(PLAIN_TARGET, target);
    const a = plainQuantity(PLAIN_ACTUAL, actual);
    if (t === undefined || a === undefined || t.value.m === 0) return undefined;
    return fastCappedScore(a.value, t.value, weight, digits);
  },
});
