import { Dec, ZERO } from "../decimal";
import { readFulfilment, shown } from "../cells/readCell";
import { fail, ok } from "../result";
import { DIGITS, WEIGHT } from "./common";
import { flatCells, names, rangeNumber, sameShape, type RangeParam } from "./params";
import { defineRule } from "./defineRule";

const POINTS: RangeParam = { kind: "range", name: "points", zh: "评价要点" };
const SHARES: RangeParam = { kind: "range", name: "shares", zh: "要点占比", optional: true };

/**
 * CHECKLIST(points, weight, [shares], [digits]) — 评价要点得分.
 *
 * 每个要点填 是/否、√/×、TRUE/FALSE、1/0 或 0–1 的完成比例；各要点按占比（默认均分）计分。
 * score = weight × Σ fulfilmentᵢ × shareᵢ ÷ Σ shareᵢ; empty points are skipped. Every point blank (or
 * every share 0) → #DIV/0!, as LIKERTSCORE; a fulfilment outside 0–1 or a negative share → #VALUE!.
 *
 * @example CHECKLIST({TRUE,TRUE,FALSE,"是"}, 4) → 3 (要点①②③④各占指标分值的1/4)
 */
export const CHECKLIST = defineRule({
  name: "CHECKLIST",
  params: [POINTS, WEIGHT, SHARES, DIGITS],
  examples: [
    { args: [[true, true, false, "是"], 4], result: "3" },
    { args: [["√", "×", 0.5], 3], result: "1.5" },
    { args: [["是", "是", "否"], 4, [1, 2, 1]], result: "3" },
  ],
  compute([points, weight, shares]) {
    const hasShares = shares.cells.some((row) => row.some((c) => c.kind !== "blank"));
    if (hasShares) {
      const shape = sameShape(points, POINTS, shares, SHARES);
      if (shape) return shape;
    }
    const p = flatCells(points);
    const s = hasShares ? flatCells(shares) : [];
    let met = ZERO;
    let total = ZERO;
    let counted = 0;
    for (let i = 0; i < p.length; i++) {
      if (p[i].cell.kind === "blank") continue;
      const f = readFulfilment(p[i].cell);
      if (f === null) return fail("#VALUE!", "notFulfilment", { index: String(i + 1), got: shown(p[i].raw) });
      if (f.isNeg() || f.gt(1)) return fail("#VALUE!", "notFulfilment", { index: String(i + 1), got: shown(p[i].raw) });
      let share: Dec | null = new Dec(1);
      if (hasShares) {
        const read = rangeNumber(SHARES, s[i].cell, s[i].raw, i + 1, { negativeReason: "shareNegative" });
        if (!read.ok) return read;
        share = read.value;
      }
      if (share === null) continue;
      met = met.plus(f.times(share));
      total = total.plus(share);
      counted++;
    }
    if (counted === 0) return fail("#DIV/0!", "noPairs", names(POINTS));
    if (total.isZero()) return fail("#DIV/0!", "divZero", names(SHARES));
    return ok(weight.times(met).div(total));
  },
});
