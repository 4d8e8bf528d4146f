import { ZERO, compareAtNine } from "../decimal";
import { S_ZERO, cellOf, cmpAtNine, quotientCell, times } from "../scaled";
import { fail, ok } from "../result";
import { DIGITS, WEIGHT } from "./common";
import { defineRule } from "./defineRule";

/**
 * RATIOSCORE(actual, target, weight, [floor], [digits]) — 比例得分（目标值与下限）.
 *
 * 实际值达到目标值得满分；低于下限得 0 分；其间得 分值 × 实际值 ÷ 目标值。
 * `weight` when actual ≥ target; 0 when actual < floor; otherwise weight × actual ÷ target.
 * Serves 实际完成率, 应保尽保率, 满意度, 政策知晓率.
 *
 * - actual ≥ 0; target > 0 (0 → #DIV/0!); weight > 0
 * - floor: 0 … target (#VALUE! with the range otherwise; a 0 is a floor of 0); left out → no floor
 * - actual against target and floor compared at 9 decimals
 *
 * @example RATIOSCORE(0.85, 0.9, 5, 0.6, 2) → 4.72
 */
export const RATIOSCORE = defineRule({
  name: "RATIOSCORE",
  params: [
    { kind: "number", name: "actual", zh: "实际值", min: 0 },
    { kind: "number", name: "target", zh: "目标值", above: 0, divisor: true },
    WEIGHT,
    { kind: "number", name: "floor", zh: "下限", min: 0, optional: true },
    DIGITS,
  ],
  examples: [
    { args: [0.92, 0.9, 5], result: "5" },
    { args: [0.85, 0.9, 5, 0.6, 2], result: "4.72" },
    { args: [0.5, 0.9, 5, 0.6], result: "0" },
  ],
  compute([actual, target, weight, floor]) {
    if (floor !== null && compareAtNine(floor, target) > 0) {
      return fail("#VALUE!", "floorAboveTarget", { floor: floor.toFixed(), target: target.toFixed() });
    }
    if (compareAtNine(actual, target) >= 0) return ok(weight);
    if (floor !== null && compareAtNine(actual, floor) < 0) return ok(ZERO);
    return ok(weight.times(actual).div(target));
  },
  fast([actual, target, weight, floor, digits]) {
    if (floor !== null && (cmpAtNine(floor, target) ?? 1) > 0) return undefined;
    const reached = cmpAtNine(actual, target);
    if (reached === undefined) return undefined;
    if (reached >= 0) return cellOf(weight, digits);
    if (floor !== null) {
      const aboveFloor = cmpAtNine(actual, floor);
      if (aboveFloor === undefined) return undefined;
      if (aboveFloor < 0) return cellOf(S_ZERO, digits);
    }
    return quotientCell(times(weight, actual), target, digits);
  },
});
