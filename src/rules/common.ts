import { compareAtNine, type Dec } from "../decimal";
import { cellOf, quotientCell, reachesOne, times, type Scaled } from "../scaled";

/** `[digits]`, shared by every rule that rounds. */
export const DIGITS = { kind: "digits", name: "digits", zh: "小数位数", optional: true } as const;

/** A required weight (分值): above 0, where a 0 counts as blank. */
export const WEIGHT = { kind: "number", name: "weight", zh: "分值", above: 0, zeroIsBlank: true } as const;

/** An optional weight: left out (or 0) means "return the rate, not a score". */
export const OPTIONAL_WEIGHT = { kind: "number", name: "weight", zh: "分值", min: 0, zeroIsBlank: true, optional: true } as const;

/** A ratio kept as numerator and denominator, so that a score divides once, last (1 ÷ 3 × 7.5 is exactly 2.5). */
export interface Ratio {
  readonly num: Dec;
  readonly den: Dec;
}

export function ratio(num: Dec, den: Dec): Ratio {
  return { num, den };
}

/**
 * The capped score of a ratio: min(num ÷ den, 1) × weight, the ratio compared with 1 at 9 decimals
 * (a threshold, as every rule compares); without a weight, num ÷ den itself.
 */
export function cappedScore(r: Ratio, weight: Dec | null): Dec {
  if (weight === null) return r.num.div(r.den);
  if (compareAtNine(r.num.div(r.den), 1) >= 0) return weight;
  return weight.times(r.num).div(r.den);
}

/** `cappedScore` on exact scaled decimals, rounded to `digits` when given, as the cell gets it; undefined where unproven. */
export function fastCappedScore(num: Scaled, den: Scaled, weight: Scaled | null, digits: number | null): number | undefined {
  if (weight === null) return quotientCell(num, den, digits);
  const full = reachesOne(num, den);
  if (full === undefined) return undefined;
  return full ? cellOf(weight, digits) : quotientCell(times(weight, num), den, digits);
}
