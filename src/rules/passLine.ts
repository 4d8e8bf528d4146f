import { Dec, ONE, ZERO, compareAtNine } from "../decimal";
import { S_ONE, S_ZERO, cellOf, cmp, cmpAtNine, minus, quotientCell, times, type Scaled } from "../scaled";
import { fail, ok } from "../result";
import { DIGITS, WEIGHT } from "./common";
import { defineRule } from "./defineRule";

/** 财预〔2021〕101号: below 60 % completion nothing. */
export const DEFAULT_PASS_LINE = new Dec("0.6");

/** Nothing at or below `line`; full `weight` at 100 % or more; in between (rate − line) ÷ (1 − line) × weight, exact. */
export function passLineScore(rate: Dec, weight: Dec, line: Dec): Dec {
  // Full at 100 % first, so a pass line of exactly 1 means full at 100 % and nothing below; compared at 9 decimals.
  if (compareAtNine(rate, ONE) >= 0) return weight;
  if (compareAtNine(rate, line) <= 0) return ZERO;
  return rate.minus(line).times(weight).div(ONE.minus(line));
}

const S_DEFAULT_PASS_LINE: Scaled = { m: 6, s: 1 };

/** passLineScore on exact scaled decimals, as the cell gets it (rounded to `digits` when given); undefined where unproven. */
function fastPassLineScore(rate: Scaled, weight: Scaled, line: Scaled, digits: number | null): number | undefined {
  const full = cmpAtNine(rate, S_ONE);
  if (full === undefined) return undefined;
  if (full >= 0) return cellOf(weight, digits);
  const above = cmpAtNine(rate, line);
  if (above === undefined) return undefined;
  if (above <= 0) return cellOf(S_ZERO, digits);
  const over = minus(rate, line);
  const span = minus(S_ONE, line);
  return over && span && quotientCell(times(over, weight), span, digits);
}

/**
 * PASSLINE(rate, weight, [passline], [digits]) — 及格线计分（财预〔2021〕101号）.
 *
 * 完成率低于及格线（默认 60%）不得分；达到 100% 得满分；其间得 (完成率 − 及格线) ÷ (1 − 及格线) × 分值。
 * Nothing below `passline`; full `weight` at 100 % or more; in between
 * (rate − passline) ÷ (1 − passline) × weight.
 *
 * - rate ≥ 0 (a fraction); weight > 0; passline 0 … 1 (default 0.6; a 0 is 0; exactly 1 means full
 *   at 100 % and nothing below); outside → #VALUE! with the range. Rate against the pass line and
 *   100 % compared at 9 decimals.
 *
 * @example PASSLINE(0.8, 10) → 5
 */
export const PASSLINE = defineRule({
  name: "PASSLINE",
  params: [
    { kind: "number", name: "rate", zh: "完成率", min: 0 },
    WEIGHT,
    { kind: "number", name: "passline", zh: "及格线", optional: true },
    DIGITS,
  ],
  examples: [
    { args: [0.8, 10], result: "5" },
    { args: [0.5, 10], result: "0" },
    { args: [1.2, 10], result: "10" },
    { args: [0.93, 10, null, 2], result: "8.25" },
  ],
  compute([rate, weight, passline]) {
    const line = passline ?? DEFAULT_PASS_LINE;
    if (line.isNeg() || line.gt(ONE)) return fail("#VALUE!", "passlineRange", { got: line.toFixed() });
    return ok(passLineScore(rate, weight, line));
  },
  fast([rate, weight, passline, digits]) {
    const line = passline ?? S_DEFAULT_PASS_LINE;
    if (line.m < 0 || (cmp(line, S_ONE) ?? 1) > 0) return undefined;
    return fastPassLineScore(rate, weight, line, digits);
  },
});
