import { Dec, ONE, ZERO } from "../decimal";
import { ok } from "../result";
import { DIGITS, WEIGHT } from "./common";
import { defineRule } from "./defineRule";

/** 财预〔2021〕101号: below 60 % completion nothing. */
export const DEFAULT_PASS_LINE = new Dec("0.6");

/** Nothing below `line`; full `weight` at 100 % or more; in between (rate − line) ÷ (1 − line) × weight, exact. */
export function passLineScore(rate: Dec, weight: Dec, line: Dec): Dec {
  if (rate.lt(line)) return ZERO;
  if (rate.gte(ONE)) return weight;
  return rate.minus(line).times(weight).div(ONE.minus(line));
}

/**
 * PASSLINE(rate, weight, [passline], [digits]) — 及格线计分（财预〔2021〕101号）.
 *
 * 完成率低于及格线（默认 60%）不得分；达到 100% 得满分；其间得 (完成率 − 及格线) ÷ (1 − 及格线) × 分值。
 * Nothing below `passline`; full `weight` at 100 % or more; in between
 * (rate − passline) ÷ (1 − passline) × weight.
 *
 * - rate ≥ 0 (a fraction); weight > 0; passline in 0 … <1 (default 0.6)
 *
 * @example PASSLINE(0.8, 10) → 5
 */
export const PASSLINE = defineRule({
  name: "PASSLINE",
  params: [
    { kind: "number", name: "rate", zh: "完成率", min: 0 },
    WEIGHT,
    { kind: "number", name: "passline", zh: "及格线", min: 0, below: 1, optional: true },
    DIGITS,
  ],
  examples: [
    { args: [0.8, 10], result: "5" },
    { args: [0.5, 10], result: "0" },
    { args: [1.2, 10], result: "10" },
    { args: [0.93, 10, null, 2], result: "8.25" },
  ],
  compute([rate, weight, passline]) {
    return ok(passLineScore(rate, weight, passline ?? DEFAULT_PASS_LINE));
  },
});
