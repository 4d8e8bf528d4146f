import { Dec, ZERO, compareAtNine } from "../decimal";
import { fail, ok } from "../result";
import { DIGITS, WEIGHT } from "./common";
import { flatCells, names, rangeNumber, sameShape, type RangeParam } from "./params";
import { defineRule } from "./defineRule";

const LEVELS: RangeParam = { kind: "range", name: "levels", zh: "量表分值" };
const COUNTS: RangeParam = { kind: "range", name: "counts", zh: "人数或占比" };

/**
 * LIKERTSCORE(levels, counts, weight, [max], [digits]) — 问卷量表得分.
 *
 * 平均分 = Σ 分值ᵢ × 人数ᵢ ÷ Σ 人数ᵢ（人数可为占比）；得分 = 平均分 ÷ 满分等级 × 分值。
 * mean = Σ levelᵢ × countᵢ ÷ Σ countᵢ (counts may be shares; pairs with an empty side skipped);
 * score = mean ÷ max × weight, `max` defaulting to the largest level given, whatever its count.
 * Levels are 0 or above (a −2…2 scale is mapped to 1…5: #VALUE! otherwise); every count blank or 0 → #DIV/0!;
 * a mean above `max` (compared at 9 decimals) → #NUM!.
 *
 * @example LIKERTSCORE({1,2,3,4,5,6,7}, {0.3,0.2,0.4,4.3,12.5,25.2,33}, 5, 7, 1) → 4.4 (seed 002)
 */
export const LIKERTSCORE = defineRule({
  name: "LIKERTSCORE",
  params: [
    LEVELS,
    COUNTS,
    WEIGHT,
    { kind: "number", name: "max", zh: "满分等级", above: 0, zeroIsBlank: true, optional: true },
    DIGITS,
  ],
  examples: [
    { args: [[1, 2, 3, 4, 5, 6, 7], [0.3, 0.2, 0.4, 4.3, 12.5, 25.2, 33], 5, 7, 1], result: "4.4" },
    { args: [[100, 75, 50, 25, 0], [40, 30, 20, 10, 0], 10, 100], result: "7.5" },
  ],
  compute([levels, counts, weight, max]) {
    const shape = sameShape(levels, LEVELS, counts, COUNTS);
    if (shape) return shape;
    const l = flatCells(levels);
    const c = flatCells(counts);
    let weighted = ZERO;
    let n = ZERO;
    let top: Dec | null = null;
    for (let i = 0; i < l.length; i++) {
      const level = rangeNumber(LEVELS, l[i].cell, l[i].raw, i + 1, { negativeReason: "likertNegative" });
      if (!level.ok) return level;
      const count = rangeNumber(COUNTS, c[i].cell, c[i].raw, i + 1);
      if (!count.ok) return count;
      if (level.value === null) continue;
      // The top of the scale is the largest level given, whatever its count (a blank top count changes nothing).
      top = top === null ? level.value : Dec.max(top, level.value);
      if (count.value === null) continue;
      weighted = weighted.plus(level.value.times(count.value));
      n = n.plus(count.value);
    }
    if (n.isZero()) return fail("#DIV/0!", "noPairs", names(COUNTS));
    const scale = max ?? top;
    if (scale === null || scale.isZero()) return fail("#DIV/0!", "noPairs", names(LEVELS));
    const mean = weighted.div(n);
    if (compareAtNine(mean, scale) > 0)
      return fail("#NUM!", "meanAboveMax", { mean: mean.toFixed(), max: scale.toFixed() });
    return ok(weighted.times(weight).div(n.times(scale)));
  },
});
