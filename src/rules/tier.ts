import { Dec, ZERO, compareAtNine } from "../decimal";
import { normalizeText } from "../cells/normalizeText";
import { parseNumericText, shown } from "../cells/readCell";
import { fail, ok, type Result } from "../result";
import { flatCells, names, rangeNumber, type RangeParam } from "./params";
import { defineRule } from "./defineRule";

export interface Bound {
  readonly value: Dec;
  readonly strict: boolean;
}

/** The points of the highest bound `value` reaches (a strict bound above an inclusive one of the same value); null below every bound. */
export function highestReached(value: Dec, tiers: readonly { bound: Bound; points: Dec }[]): Dec | null {
  let best: { bound: Bound; points: Dec } | null = null;
  for (const t of tiers) {
    // Compared at 9 decimals, as every threshold is.
    const against = compareAtNine(value, t.bound.value);
    const reached = t.bound.strict ? against > 0 : against >= 0;
    const order = best ? compareAtNine(t.bound.value, best.bound.value) : 1;
    const higher = order > 0 || (order === 0 && t.bound.strict && !best?.bound.strict);
    if (reached && higher) best = t;
  }
  return best ? best.points : null;
}

const BOUNDS: RangeParam = { kind: "range", name: "bounds", zh: "分档下限" };
const POINTS: RangeParam = { kind: "range", name: "points", zh: "分档得分" };

/** A bound: a number (inclusive), or text `>x` (strict) / `>=x`, `≥x` (inclusive); x may carry `%`. */
export function readBound(cellText: string): Bound | null {
  const text = normalizeText(cellText).replace(/＞/g, ">");
  const m = /^(>=|≥|≧|>)?\s*(.+)$/.exec(text);
  if (!m) return null;
  const n = parseNumericText(m[2]);
  return n ? { value: n.value, strict: m[1] === ">" } : null;
}

/**
 * TIER(value, bounds, points, [default]) — 分档得分.
 *
 * 取 value 达到的最高一档的分数；一档也未达到时取 default（默认 0）。下限默认含本数，写成 ">x" 的文字表示不含。
 * The points of the highest bound that `value` reaches; `default` (0) below every bound.
 * A bound is inclusive (value ≥ bound) unless written as text starting with `>` (strict).
 * Bounds may come in any order; `points` pairs with `bounds` by position. The value is compared with
 * every bound at 9 decimals. Exact, never rounded.
 *
 * @example TIER(0.1, {">0","10%","20%","50%"}, {0.5,1,2,3}) → 1 (seed 003: 预算调整 10%（含）–20% 扣 1 分)
 */
export const TIER = defineRule({
  name: "TIER",
  params: [
    { kind: "number", name: "value", zh: "数值" },
    BOUNDS,
    POINTS,
    { kind: "number", name: "default", zh: "默认得分", optional: true },
  ],
  examples: [
    { args: [0, [">0", "10%", "20%", "50%"], [0.5, 1, 2, 3]], result: "0" },
    { args: [0.05, [">0", "10%", "20%", "50%"], [0.5, 1, 2, 3]], result: "0.5" },
    { args: [0.1, [">0", "10%", "20%", "50%"], [0.5, 1, 2, 3]], result: "1" },
    { args: [0.6, [">0", "10%", "20%", "50%"], [0.5, 1, 2, 3]], result: "3" },
  ],
  compute([value, boundsGrid, pointsGrid, fallback]) {
    const bounds = flatCells(boundsGrid);
    const points = flatCells(pointsGrid);
    if (bounds.length !== points.length) {
      return fail("#VALUE!", "countMismatch", {
        ...names(BOUNDS),
        count: String(bounds.length),
        other: POINTS.zh,
        otherEn: POINTS.name,
        otherCount: String(points.length),
      });
    }
    const tiers: { bound: Bound; points: Dec }[] = [];
    for (let i = 0; i < bounds.length; i++) {
      const { cell, raw } = bounds[i];
      if (cell.kind === "blank") continue;
      const bound: Bound | null =
        cell.kind === "number"
          ? { value: cell.value, strict: false }
          : cell.kind === "text"
            ? readBound(cell.text)
            : null;
      if (!bound) return fail("#VALUE!", "rangeCell", { ...names(BOUNDS), index: String(i + 1), got: shown(raw) });
      const pts: Result<Dec | null> = rangeNumber(POINTS, points[i].cell, points[i].raw, i + 1, {
        allowNegative: true,
      });
      if (!pts.ok) return pts;
      if (pts.value === null)
        return fail("#VALUE!", "rangeCell", { ...names(POINTS), index: String(i + 1), got: "（空）" });
      tiers.push({ bound, points: pts.value });
    }
    return ok(highestReached(value, tiers) ?? fallback ?? ZERO);
  },
});
