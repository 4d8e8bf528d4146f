import { Dec, ONE } from "../decimal";

/** `[digits]`, shared by every rule that rounds. */
export const DIGITS = { kind: "digits", name: "digits", zh: "小数位数", optional: true } as const;

/** A required weight (分值): above 0, where a 0 counts as blank. */
export const WEIGHT = { kind: "number", name: "weight", zh: "分值", above: 0, zeroIsBlank: true } as const;

/** An optional weight: left out (or 0) means "return the rate, not a score". */
export const OPTIONAL_WEIGHT = { kind: "number", name: "weight", zh: "分值", min: 0, zeroIsBlank: true, optional: true } as const;

/** The capped score of a rate: min(rate, 1) × weight; without a weight, the rate itself. */
export function cappedScore(rate: Dec, weight: Dec | null): Dec {
  if (weight === null) return rate;
  return Dec.min(rate, ONE).times(weight);
}
