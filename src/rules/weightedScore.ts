import { HUNDRED, ZERO, sameAtNine } from "../decimal";
import { fail, ok } from "../result";
import { DIGITS } from "./common";
import { flatCells, names, plainRange, rangeNumber, sameShape, type RangeParam } from "./params";
import { S_ONE, S_ZERO, cellOf, cmp, cmpAtNine, plus, scaledOf, times, type Scaled } from "../scaled";
import { defineRule } from "./defineRule";

const RATES: RangeParam = { kind: "range", name: "rates", zh: "得分率" };
const WEIGHTS: RangeParam = { kind: "range", name: "weights", zh: "权重" };
const S_HUNDRED: Scaled = { m: 100, s: 0 };

/** A range cell as the fast path reads it: blank → null, a number `scaledOf` reads within 0 … `max`; undefined otherwise. */
function cellWithin(x: number | null, max: Scaled | null): Scaled | null | undefined {
  if (x === null) return null;
  const v = scaledOf(x);
  if (v === undefined || v.m < 0 || (max !== null && (cmp(v, max) ?? 1) > 0)) return undefined;
  return v;
}

/**
 * WEIGHTEDSCORE(rates, weights, [total], [digits]) — 加权总分.
 *
 * 总分 = Σ 得分率ᵢ × 权重ᵢ；两区域形状相同；权重为空的行跳过，权重已填而得分率为空按 0 计（与 SUMPRODUCT 相同）；
 * 所有已填权重合计须等于 total（默认 100），否则 #VALUE!，说明中给出实际合计与应合计。
 * Σ rateᵢ × weightᵢ over two ranges of the same shape; a pair whose weight is blank (or 0) is skipped,
 * a filled weight beside a blank rate counts with rate 0 (as SUMPRODUCT). Rates lie in 0…1 (above 1 → #NUM!).
 * Every filled weight must sum to `total` (compared at 9 decimals), otherwise #VALUE! with the sum
 * found and the sum expected.
 *
 * @example WEIGHTEDSCORE({1,1,1}, {33.3,33.3,33.4}) → 100
 */
export const WEIGHTEDSCORE = defineRule({
  name: "WEIGHTEDSCORE",
  params: [
    RATES,
    WEIGHTS,
    { kind: "number", name: "total", zh: "满分", above: 0, zeroIsBlank: true, optional: true },
    DIGITS,
  ],
  examples: [
    {
      args: [
        [1, 1, 1],
        [33.3, 33.3, 33.4],
      ],
      result: "100",
    },
    { args: [[0.8, 0.876, 1, 0.9133], [15, 25, 30, 30], null, 1], result: "91.3" },
  ],
  compute([rates, weights, total]) {
    const shape = sameShape(rates, RATES, weights, WEIGHTS);
    if (shape) return shape;
    const r = flatCells(rates);
    const w = flatCells(weights);
    let score = ZERO;
    let weightSum = ZERO;
    for (let i = 0; i < r.length; i++) {
      const rate = rangeNumber(RATES, r[i].cell, r[i].raw, i + 1, { maxOne: true });
      if (!rate.ok) return rate;
      const weight = rangeNumber(WEIGHTS, w[i].cell, w[i].raw, i + 1);
      if (!weight.ok) return weight;
      // A blank (or 0) weight skips the pair; a filled weight beside a blank rate counts with rate 0, as SUMPRODUCT does.
      if (weight.value === null || weight.value.isZero()) continue;
      if (rate.value !== null) score = score.plus(rate.value.times(weight.value));
      weightSum = weightSum.plus(weight.value);
    }
    const expected = total ?? HUNDRED;
    if (!sameAtNine(weightSum, expected)) {
      return fail("#VALUE!", "weightsSum", { ...names(WEIGHTS), sum: weightSum.toFixed(), total: expected.toFixed() });
    }
    return ok(score);
  },
  fast([rates, weights, total, digits]) {
    const r = plainRange(rates);
    const w = plainRange(weights);
    if (r === undefined || w === undefined || sameShape(r.shape, RATES, w.shape, WEIGHTS)) return undefined;
    let score: Scaled | undefined = S_ZERO;
    let weightSum: Scaled | undefined = S_ZERO;
    for (let i = 0; i < r.cells.length && score !== undefined && weightSum !== undefined; i++) {
      // Each rate is checked before its weight, even beside a blank weight, as the decimal path does.
      const rate = cellWithin(r.cells[i], S_ONE);
      const weight = rate === undefined ? undefined : cellWithin(w.cells[i], null);
      if (rate === undefined || weight === undefined) return undefined;
      if (weight === null || weight.m === 0) continue;
      if (rate !== null) {
        const product = times(rate, weight);
        score = product && plus(score, product);
      }
      weightSum = plus(weightSum, weight);
    }
    if (score === undefined || weightSum === undefined || cmpAtNine(weightSum, total ?? S_HUNDRED) !== 0)
      return undefined;
    return cellOf(score, digits);
  },
});
