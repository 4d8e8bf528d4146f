import { HUNDRED, ZERO, sameAtNine } from "../decimal";
import { ok } from "../result";
import { flatCells, plainRange, rangeNumber, type RangeParam } from "./params";
import { S_ZERO, cmpAtNine, plus, scaledOf, type Scaled } from "../scaled";
import { defineRule } from "./defineRule";

const WEIGHTS: RangeParam = { kind: "range", name: "weights", zh: "权重" };

/**
 * CHECKWEIGHTS(weights, [total]) — 权重合计校验.
 *
 * 权重（空单元格跳过）合计等于 total（默认 100）时为 TRUE，否则 FALSE。
 * TRUE when the weights (empty cells skipped) sum to `total` (default 100) at 9 decimals, else FALSE.
 * Text in the range is #VALUE!, a negative weight #NUM!.
 *
 * @example CHECKWEIGHTS({15,25,30,30}) → TRUE
 */
export const CHECKWEIGHTS = defineRule({
  name: "CHECKWEIGHTS",
  params: [WEIGHTS, { kind: "number", name: "total", zh: "应合计", above: 0, zeroIsBlank: true, optional: true }],
  examples: [
    { args: [[15, 25, 30, 30]], result: "TRUE" },
    { args: [[33.3, 33.3, 33.3]], result: "FALSE" },
    { args: [[4, 6, 2], 12], result: "TRUE" },
  ],
  compute([weights, total]) {
    let s = ZERO;
    const cells = flatCells(weights);
    for (let i = 0; i < cells.length; i++) {
      const w = rangeNumber(WEIGHTS, cells[i].cell, cells[i].raw, i + 1);
      if (!w.ok) return w;
      if (w.value !== null) s = s.plus(w.value);
    }
    return ok(sameAtNine(s, total ?? HUNDRED));
  },
  fast([weights, total]) {
    const cells = plainRange(weights)?.cells;
    if (cells === undefined) return undefined;
    let sum: Scaled | undefined = S_ZERO;
    for (let i = 0; i < cells.length && sum !== undefined; i++) {
      const x = cells[i];
      if (x === null) continue;
      const w = scaledOf(x);
      if (w === undefined || w.m < 0) return undefined;
      sum = plus(sum, w);
    }
    const order = sum && cmpAtNine(sum, total ?? { m: 100, s: 0 });
    return order === undefined ? undefined : order === 0;
  },
});
