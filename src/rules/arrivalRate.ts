import { ok } from "../result";
import { DIGITS, OPTIONAL_WEIGHT } from "./common";
import { cappedScore, fastCappedScore, ratio } from "./scoring";
import { defineRule } from "./defineRule";

/**
 * ARRIVALRATE(arrived, planned, [weight], [digits]) — 资金到位率.
 *
 * 资金到位率 = 实际到位资金 ÷ 预算资金；给出分值时得分 = min(到位率, 1) × 分值。
 * Arrival rate = arrived ÷ planned; with `weight`, min(rate, 1) × weight.
 *
 * - arrived: money, ≥ 0; planned: money, > 0 (0 → #DIV/0!)
 * - weight: points ≥ 0, left out or 0 → the rate; digits: 0–10
 *
 * @example ARRIVALRATE(652.18, 652.18, 3) → 3 (seed 003: 到位率 100 %)
 */
export const ARRIVALRATE = defineRule({
  name: "ARRIVALRATE",
  params: [
    { kind: "number", name: "arrived", zh: "实际到位资金", min: 0, numError: true },
    { kind: "number", name: "planned", zh: "预算资金", above: 0, divisor: true, numError: true },
    OPTIONAL_WEIGHT,
    DIGITS,
  ],
  examples: [
    { args: [652.18, 652.18, 3], result: "3" },
    { args: [900, 1000], result: "0.9" },
    { args: [450, 600, 3, 2], result: "2.25" },
  ],
  compute([arrived, planned, weight]) {
    return ok(cappedScore(ratio(arrived, planned), weight));
  },
  fast([arrived, planned, weight, digits]) {
    return fastCappedScore(arrived, planned, weight, digits);
  },
});
