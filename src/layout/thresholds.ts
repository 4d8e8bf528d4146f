/** One step of a threshold formula: reached when the value, at 9 decimals, is ≥ `min` (> `min` when strict). */
export interface Step {
  readonly min: string;
  readonly strict?: boolean;
  /** What the formula gives from this step up to the next: a number, a quoted text, any expression. */
  readonly result: string;
}

/**
 * Nested IFs over steps given highest first: the first step the value reaches gives its result, `below` when
 * it reaches none. Every banded rule the sheets compute natively (grades, 执行率 and 满意度 shares, 预算调整
 * deductions) is written by this one function from the core's own declarations, compared at 9 decimals as
 * the core compares.
 */
export function stepsFormula(value: string, steps: readonly Step[], below: string): string {
  return steps.reduceRight(
    (inner, s) => `IF(ROUND(${value},9)${s.strict ? ">" : ">="}${s.min},${s.result},${inner})`,
    below,
  );
}
