import { ok } from "../result";
import { DIGITS, OPTIONAL_WEIGHT } from "./common";
import { cappedScore, fastCappedScore, ratio } from "./scoring";
import { defineRule } from "./defineRule";

/**
 * EXECRATE(spent, available, [weight], [digits]) — 预算执行率 / 资金支出率.
 *
 * 预算执行率 = 实际支出 ÷ 可用预算；给出分值时得分 = min(执行率, 1) × 分值。
 * Execution rate = spent ÷ available (uncapped, may exceed 1); with `weight`, the score
 * min(rate, 1) × weight. Rounded half-up to `digits` when given, else exact.
 *
 * - spent: money, ≥ 0 (negative → #NUM!)
 * - available: money, > 0 (0 → #DIV/0!, negative → #NUM!)
 * - weight: points, ≥ 0; left out or 0 → the rate is returned
 * - digits: 0–10
 *
 * @example EXECRATE(109805.66, 135528.71, 3, 1) → 2.4 (seed 002: 资金支出率 81.02 % × 3)
 */
export const EXECRATE = defineRule({
  name: "EXECRATE",
  params: [
    { kind: "number", name: "spent", zh: "实际支出", min: 0, numError: true },
    { kind: "number", name: "available", zh: "预算资金", above: 0, divisor: true, numError: true },
    OPTIONAL_WEIGHT,
    DIGITS,
  ],
  examples: [
    { args: [987.91, 1000], result: "0.98791" },
    { args: [109805.66, 135528.71, 3, 1], result: "2.4" },
    { args: [652.18, 652.18, 5], result: "5" },
  ],
  compute([spent, available, weight]) {
    return ok(cappedScore(ratio(spent, available), weight));
  },
  fast([spent, available, weight, digits]) {
    return fastCappedScore(spent, available, weight, digits);
  },
});
