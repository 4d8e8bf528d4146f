/**
 * The functions' fast path (issue 11): a decimal held as a whole number and a count of decimals,
 * m × 10^−s, with m a safe integer in a double. Every operation here is exact or says it cannot be
 * (`undefined`), and every result that reaches a cell is the double the decimal path (src/decimal.ts,
 * decimal.js at 30 digits, half-up) gives for the same arguments. The decimal path stays the reference:
 * whatever this module cannot prove goes there, and a property test compares the two.
 *
 * Why the operations are exact: a double holds every integer below 2^53, and IEEE arithmetic rounds
 * the exact result, so a sum or product of integers whose exact value is below 2^53 is that value;
 * one at or above 2^53 rounds to at least 2^53, which the checks below refuse. 10^k is exact for k ≤ 22.
 */
export interface Scaled {
  /** A whole number, |m| < 2^53. */
  readonly m: number;
  /** Decimals, 0 … 22. */
  readonly s: number;
}

const LIMIT = 2 ** 53;
const MAX_SCALE = 22;
const POW10: readonly number[] = Array.from({ length: MAX_SCALE + 1 }, (_, k) => 10 ** k);

const isSafe = (m: number): boolean => m < LIMIT && m > -LIMIT;
const make = (m: number, s: number): Scaled | undefined => (isSafe(m) && s <= MAX_SCALE ? { m: m + 0, s } : undefined);

export const S_ZERO: Scaled = { m: 0, s: 0 };
export const S_ONE: Scaled = { m: 1, s: 0 };

/**
 * A number from a cell as the same decimal `decimalOf` reads (its shortest form cut to 15 significant
 * digits), for numbers of at most 10 decimals and 15 digits; otherwise undefined.
 *
 * Proof: for the smallest s with fl(m ÷ 10^s) = x, the decimal M = m × 10^−s rounds to x. With
 * |m| < 10^15, x's spacing of doubles is below 10^−s (x < 10^(15−s), spacing ≤ x × 2^−52), so M is the
 * only decimal of s places rounding to x, and none of fewer places does (it would be found at a smaller s):
 * M is x's shortest form. It has at most 15 digits, and x lies within half a spacing of it, closer than
 * half a step of the 15th digit, so x.toPrecision(15) is M too. A smaller s is never missed: x × 10^s
 * lies within 0.2 of the whole number m, which Math.round finds.
 */
export function scaledOf(x: number): Scaled | undefined {
  for (let s = 0; s <= 10; s++) {
    const p = POW10[s];
    const m = Math.round(x * p);
    if (m / p === x) return m < 1e15 && m > -1e15 ? { m: m + 0, s } : undefined;
  }
  return undefined;
}

/** a and b on the same number of decimals, or undefined when a whole number would leave 2^53. */
function aligned(a: Scaled, b: Scaled): [number, number, number] | undefined {
  if (a.s === b.s) return [a.m, b.m, a.s];
  if (a.s < b.s) {
    const am = a.m * POW10[b.s - a.s];
    return isSafe(am) ? [am, b.m, b.s] : undefined;
  }
  const bm = b.m * POW10[a.s - b.s];
  return isSafe(bm) ? [a.m, bm, a.s] : undefined;
}

export function plus(a: Scaled, b: Scaled): Scaled | undefined {
  const x = aligned(a, b);
  return x && make(x[0] + x[1], x[2]);
}

export function minus(a: Scaled, b: Scaled): Scaled | undefined {
  const x = aligned(a, b);
  return x && make(x[0] - x[1], x[2]);
}

export function times(a: Scaled, b: Scaled): Scaled | undefined {
  return make(a.m * b.m, a.s + b.s);
}

/** |a|. */
export function abs(a: Scaled): Scaled {
  return a.m < 0 ? { m: -a.m, s: a.s } : a;
}

/** a ÷ 10^−k for a step of 10^−k (a step of 1 %: k = 2), exact. */
export function perStep(a: Scaled, k: number): Scaled | undefined {
  return a.s >= k ? { m: a.m, s: a.s - k } : make(a.m * POW10[k - a.s], 0);
}

/** −1, 0, 1 exactly, or undefined. */
export function cmp(a: Scaled, b: Scaled): number | undefined {
  const x = aligned(a, b);
  return x && (x[0] < x[1] ? -1 : x[0] > x[1] ? 1 : 0);
}

/** Half-up (away from zero) to `d` decimals, as `roundHalfUp` in src/decimal.ts: exact integer steps. */
export function roundScaled(a: Scaled, d: number): Scaled {
  if (a.s <= d) return a;
  const p = POW10[a.s - d];
  const size = a.m < 0 ? -a.m : a.m;
  const rest = size % p;
  const whole = (size - rest) / p + (2 * rest >= p ? 1 : 0);
  return { m: a.m < 0 ? -whole : whole, s: d };
}

/** `compareAtNine` of src/decimal.ts: both sides rounded half-up to 9 decimals first. */
export function cmpAtNine(a: Scaled, b: Scaled): number | undefined {
  return cmp(roundScaled(a, 9), roundScaled(b, 9));
}

/**
 * What the cell gets for an exact decimal, rounded half-up to `digits` when given: the double nearest
 * to m × 10^−s, which is what Decimal#toNumber gives (fl(m ÷ 10^s) is one correctly rounded division).
 */
export function cellOf(a: Scaled | undefined, digits: number | null): number | undefined {
  if (a === undefined) return undefined;
  const r = digits === null ? a : roundScaled(a, digits);
  return r.m / POW10[r.s];
}

/** n and d as whole numbers N, D with N ÷ D = n ÷ d, both below 2^53; undefined otherwise. */
function wholeRatio(n: Scaled, d: Scaled): [number, number] | undefined {
  const x = aligned(n, d);
  return x && [x[0], x[1]];
}

/**
 * The cell value of n ÷ d (n ≥ 0, d > 0) as the decimal path gives it: the quotient rounded to 30
 * significant digits, then half-up to `digits` when given, then to the nearest double.
 *
 * Without digits: fl(N ÷ D) is the double nearest the exact quotient q. A midpoint between two doubles
 * near q is an odd multiple of 2^(E−53) (2^E ≤ q < 2^(E+1) < 2^53); it is never q itself (that would need
 * N ≥ 2^53) and lies at least 1 ÷ (D × 2^(53−E)) ≥ q ÷ (D × 2^54) from q, which for D < 10^12 is more than
 * the 30-digit rounding moves q (≤ 5 × 10^−30 × q). So the 30-digit quotient rounds to the same double.
 * With digits: k = ⌊(2N × 10^d + D) ÷ 2D⌋ exactly (integers below 2^53, % is exact); a half-way point is
 * at least 1 ÷ (2D × 10^d) from q unless q is on it, which is again more than the 30-digit rounding moves q.
 */
export function quotientCell(n: Scaled | undefined, d: Scaled, digits: number | null): number | undefined {
  if (n === undefined || n.m < 0 || d.m <= 0) return undefined;
  const r = wholeRatio(n, d);
  if (!r) return undefined;
  const [N, D] = r;
  if (digits === null) return D < 1e12 ? N / D : undefined;
  const twiceShifted = 2 * N * POW10[digits];
  const A = twiceShifted + D;
  const B = 2 * D;
  if (!(A < LIMIT && B < LIMIT)) return undefined;
  const rest = A % B;
  return (A - rest) / B / POW10[digits];
}

const NEAR_ONE = 0.9999999995;

/**
 * Whether n ÷ d reaches 1 at 9 decimals (`compareAtNine(n ÷ d, 1) >= 0` on the 30-digit quotient), that is
 * whether q ≥ 0.9999999995, decided from the float quotient when it is clearly away from that point
 * (its error is below 10^−15 of q, the 30-digit rounding below 10^−29); undefined near it.
 */
export function reachesOne(n: Scaled, d: Scaled): boolean | undefined {
  if (n.m < 0 || d.m <= 0) return undefined;
  const f = n.s >= d.s ? n.m / d.m / POW10[n.s - d.s] : (n.m / d.m) * POW10[d.s - n.s];
  if (f > NEAR_ONE * (1 + 1e-12)) return true;
  if (f < NEAR_ONE * (1 - 1e-12)) return false;
  return undefined;
}
