import { forComparison } from "../decimal";
import { cmpAtNine, quotientCell } from "../scaled";
import { fail, ok } from "../result";
import { DIGITS, WEIGHT } from "./common";
import { defineRule } from "./defineRule";

/**
 * SCORERATE(score, weight, [digits]) — 得分率.
 *
 * 得分率 = 得分 ÷ 分值。Score rate = score ÷ weight, a fraction (format the cell as a percentage).
 *
 * - score: 0 … weight (negative or above the weight → #NUM!)
 * - weight: > 0 (empty or 0 → #VALUE!)
 *
 * @example SCORERATE(21.9, 25, 3) → 0.876 (seed 002: 管理 87.6 %)
 */
export const SCORERATE = defineRule({
  name: "SCORERATE",
  params: [{ kind: "number", name: "score", zh: "得分", min: 0, numError: true }, WEIGHT, DIGITS],
  examples: [
    { args: [12, 15], result: "0.8" },
    { args: [21.9, 25, 3], result: "0.876" },
    { args: [27.4, 30, 3], result: "0.913" },
  ],
  compute([score, weight]) {
    if (forComparison(score).gt(forComparison(weight))) {
      return fail("#NUM!", "scoreAboveWeight", { score: score.toFixed(), weight: weight.toFixed() });
    }
    return ok(score.div(weight));
  },
  fast([score, weight, digits]) {
    const order = cmpAtNine(score, weight);
    return order === undefined || order > 0 ? undefined : quotientCell(score, weight, digits);
  },
});
