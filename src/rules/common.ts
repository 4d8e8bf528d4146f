/** `[digits]`, shared by every rule that rounds. */
export const DIGITS = { kind: "digits", name: "digits", zh: "小数位数", optional: true } as const;

/** A required weight (分值): above 0, where a 0 counts as blank. */
export const WEIGHT = { kind: "number", name: "weight", zh: "分值", above: 0, zeroIsBlank: true } as const;

/** An optional weight: left out (or 0) means "return the rate, not a score". */
export const OPTIONAL_WEIGHT = {
  kind: "number",
  name: "weight",
  zh: "分值",
  min: 0,
  zeroIsBlank: true,
  optional: true,
} as const;
