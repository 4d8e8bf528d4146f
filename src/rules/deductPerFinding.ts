import { Dec, ONE, ZERO, compareAtNine } from "../decimal";
import { S_ONE, S_ZERO, cellOf, cmp, cmpAtNine, minus, times } from "../scaled";
import { fail, ok } from "../result";
import { WEIGHT } from "./common";
import { defineRule } from "./defineRule";

/**
 * DEDUCT(weight, findings, [per], [floor]) — 扣分制.
 *
 * 每发现一项不符合扣 per 分，扣完为止（不低于 floor）。
 * max(weight − findings × per, floor); `per` defaults to 1, `floor` to 0. Exact, never rounded.
 *
 * - weight > 0; findings ≥ 0; per ≥ 0 (left out → 1; a 0 is 0: DEDUCT(10, 3, 0) → 10); floor 0 … weight
 *   (left out → 0). Out of range → #VALUE! with the range; a floor above the weight is compared at 9 decimals.
 *
 * @example DEDUCT(4, 3) → 1
 */
export const DEDUCT = defineRule({
  name: "DEDUCT",
  params: [
    WEIGHT,
    { kind: "number", name: "findings", zh: "问题数", min: 0 },
    { kind: "number", name: "per", zh: "每项扣分", min: 0, optional: true },
    { kind: "number", name: "floor", zh: "最低得分", min: 0, optional: true },
  ],
  examples: [
    { args: [4, 3], result: "1" },
    { args: [4, 7], result: "0" },
    { args: [0.5, 1, 0.2], result: "0.3" },
    { args: [10, 4, 2, 3], result: "3" },
    { args: [10, 3, 0], result: "10" },
  ],
  compute([weight, findings, per, floor]) {
    const bottom = floor ?? ZERO;
    if (compareAtNine(bottom, weight) > 0)
      return fail("#VALUE!", "floorAboveWeight", { floor: bottom.toFixed(), weight: weight.toFixed() });
    // max() has no jump at the floor: within 9 decimals of it either side is the same score.
    return ok(Dec.max(weight.minus(findings.times(per ?? ONE)), bottom));
  },
  fast([weight, findings, per, floor]) {
    const bottom = floor ?? S_ZERO;
    if ((cmpAtNine(bottom, weight) ?? 1) > 0) return undefined;
    const product = times(findings, per ?? S_ONE);
    const left = product && minus(weight, product);
    const order = left && cmp(left, bottom);
    if (left === undefined || order === undefined) return undefined;
    // Dec.max keeps its first argument unless the second is larger.
    return cellOf(order < 0 ? bottom : left, null);
  },
});
