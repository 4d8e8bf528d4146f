import { Dec, ZERO, compareAtNine } from "../decimal";
import { S_ZERO, abs, cellOf, cmpAtNine, minus, perStep, times } from "../scaled";
import { ok } from "../result";
import { DIGITS, WEIGHT } from "./common";
import { defineRule } from "./defineRule";

/**
 * DEVIATIONSCORE(deviation, weight, tolerance, per, [step], [digits]) — 偏差率容差扣分.
 *
 * 偏差率（取绝对值）不超过容差得满分；超出部分每 step（默认 1%）扣 per 分，按比例连续计算，扣完为止。
 * Full `weight` while |deviation| ≤ tolerance; beyond it `per` points off for every `step`
 * (default 0.01) of excess, continuously (not whole steps), never below 0. A one-sided rule
 * (每超过一个百分点扣 0.5 分) is tolerance 0.
 *
 * - deviation: a fraction, sign ignored; tolerance ≥ 0; per > 0; step > 0 (left out or 0 → 1 %)
 * - out of range → #VALUE! with the range (per multiplies: a per of 0 is not #DIV/0!)
 * - deviation against tolerance compared at 9 decimals
 *
 * @example DEVIATIONSCORE(0.08, 10, 0.05, 0.1) → 9.7 (≤5 % 满分，每超 1 % 扣 0.1 分)
 */
export const DEVIATIONSCORE = defineRule({
  name: "DEVIATIONSCORE",
  params: [
    { kind: "number", name: "deviation", zh: "偏差率" },
    WEIGHT,
    { kind: "number", name: "tolerance", zh: "容差", min: 0 },
    { kind: "number", name: "per", zh: "每档扣分", above: 0 },
    { kind: "number", name: "step", zh: "每档幅度", above: 0, zeroIsBlank: true, optional: true },
    DIGITS,
  ],
  examples: [
    { args: [0.04, 10, 0.05, 0.1], result: "10" },
    { args: [0.08, 10, 0.05, 0.1], result: "9.7" },
    { args: [-0.073, 10, 0.05, 0.1], result: "9.77" },
    { args: [0.3, 2, 0, 0.5, 0.01], result: "0" },
  ],
  compute([deviation, weight, tolerance, per, step]) {
    if (compareAtNine(deviation.abs(), tolerance) <= 0) return ok(weight);
    const off = deviation
      .abs()
      .minus(tolerance)
      .times(per)
      .div(step ?? new Dec("0.01"));
    return ok(Dec.max(weight.minus(off), ZERO));
  },
  fast([deviation, weight, tolerance, per, step, digits]) {
    const size = abs(deviation);
    const within = cmpAtNine(size, tolerance);
    if (within === undefined) return undefined;
    if (within <= 0) return cellOf(weight, digits);
    // Dividing by a step of 10^−k (1 %, 0.1 …) is exact; another step goes to the decimal path.
    if (step !== null && step.m !== 1) return undefined;
    const excess = minus(size, tolerance);
    const product = excess && times(excess, per);
    const off = product && perStep(product, step === null ? 2 : step.s);
    const left = off && minus(weight, off);
    if (left === undefined) return undefined;
    return cellOf(left.m < 0 ? S_ZERO : left, digits);
  },
});
