import DecimalBase from "decimal.js";

/**
 * The one Decimal constructor of the project (never `Decimal.set`): 30 significant digits,
 * rounding half-up (四舍五入, half away from zero as Excel's ROUND), plain notation.
 */
export const Dec = DecimalBase.clone({
  precision: 30,
  rounding: DecimalBase.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 30,
});
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
export const HUNDRED = new Dec(100);

/** Rounds half-up to `digits` decimals (the one rounding step every rule uses). */
export function roundHalfUp(value: Dec, digits: number): Dec {
  return value.toDecimalPlaces(digits, Dec.ROUND_HALF_UP);
}

/** Threshold comparisons (grades, sums against 100) look at 9 decimals, so 89.99999999999999 counts as 90. */
export function forComparison(value: Dec): Dec {
  // With 9 decimals or fewer the value is its own rounding (the same decimal, no copy made).
  return value.decimalPlaces() <= 9 ? value : value.toDecimalPlaces(9, Dec.ROUND_HALF_UP);
}

/** a = b after rounding both to 9 decimals. */
export function sameAtNine(a: Dec, b: Dec): boolean {
  return forComparison(a).eq(forComparison(b));
}

/**
 * Compares a value with a threshold (a bound, a floor, a target, a tolerance, a pass line) after
 * rounding both to 9 decimals, as every rule does: −1 below, 0 the same, 1 above.
 */
export function compareAtNine(value: Dec, threshold: Dec | number | string): number {
  return forComparison(value).cmp(typeof threshold === "object" ? forComparison(threshold) : constantAtNine(threshold));
}

/** The thresholds rules write as constants (1, 0, "0.8" …), read and rounded once. */
const CONSTANTS = new Map<number | string, Dec>();
function constantAtNine(threshold: number | string): Dec {
  let d = CONSTANTS.get(threshold);
  if (d === undefined) {
    d = forComparison(new Dec(threshold));
    if (CONSTANTS.size < 1000) CONSTANTS.set(threshold, d);
  }
  return d;
}

/** Cuts a decimal to the 15 significant digits a cell holds (half-up), as Excel does with a number typed in. */
export function cellPrecision(value: Dec): Dec {
  return value.toSignificantDigits(15, Dec.ROUND_HALF_UP);
}

/**
 * A number from a cell as a decimal: its shortest decimal form (`String(x)`), cut to the 15
 * significant digits Excel shows, so 33.3 stays 33.3 and a sheet's 431+221.18 (the double
 * 652.1800000000001) reads as the 652.18 on screen.
 */
export function decimalOf(x: number): Dec {
  // Fast paths giving the same decimal: a small integer is built without parsing (−0 read as 0, as
  // toPrecision reads it); a short form of at most 15 characters has at most 15 digits, and a normal
  // double's shortest form rounds to itself at 15 digits, so it is the decimal toPrecision(15) gives.
  if (Number.isInteger(x) && x < 1e7 && x > -1e7) return new Dec(x === 0 ? 0 : x);
  const short = String(x);
  if (short.length <= 15 && (x > 1e-300 || x < -1e-300)) return new Dec(short);
  // A double holds a 15-digit decimal exactly (DBL_DIG), so toPrecision(15) gives back every short form
  // unchanged and cuts the longer ones (16–17 digits, integers beyond 10^15 included) as a cell does.
  return new Dec(x.toPrecision(15));
}

/** Sum of decimals. */
export function sum(values: readonly Dec[]): Dec {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** Plain text of a decimal without exponent and without trailing zeros: 12.50 → "12.5". */
export function plain(value: Dec): string {
  return value.toFixed();
}
