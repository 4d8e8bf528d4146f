import { DEFAULT_BANDS, gradeOf, sortBands, type GradeBand } from "../grades";
import { cmpAtNine, scaledOf, type Scaled } from "../scaled";
import { fail, ok, type Result } from "../result";
import { shown } from "../cells/readCell";
import type { Grid } from "./params";
import { defineRule } from "./defineRule";

/** Reads a two-column range of label and lower bound (either column order, any row order). */
function readBands(grid: Grid): Result<GradeBand[]> {
  const transposed = grid.cols !== 2 && grid.rows === 2;
  if (grid.cols !== 2 && !transposed) return fail("#VALUE!", "bandsShape");
  const count = transposed ? grid.cols : grid.rows;
  const bands: GradeBand[] = [];
  for (let i = 0; i < count; i++) {
    const pair = transposed ? [grid.cells[0][i], grid.cells[1][i]] : [grid.cells[i][0], grid.cells[i][1]];
    const label = pair.find((c) => c?.kind === "text");
    const bound = pair.find((c) => c?.kind === "number");
    if (!label && pair.every((c) => !c || c.kind === "blank" || (c.kind === "number" && c.value.isZero()))) continue;
    if (!label || label.kind !== "text" || !bound || bound.kind !== "number") {
      const raw = transposed ? [grid.raw[0][i], grid.raw[1][i]] : grid.raw[i];
      return fail("#VALUE!", "badBands", { index: String(i + 1), got: raw.map(shown).join(", ") });
    }
    bands.push({ label: label.text, min: bound.value.toNumber() });
  }
  return bands.length ? ok(bands) : fail("#VALUE!", "bandsShape");
}

/** The default bands, highest first, with their bounds as scaled decimals (whole numbers: always read). */
const FAST_BANDS: readonly { label: string; min: Scaled }[] = sortBands(DEFAULT_BANDS).map((b) => ({
  label: b.label,
  min: scaledOf(b.min) ?? { m: Number.NaN, s: 0 },
}));

/**
 * GRADE(score, [bands]) — 评价等级.
 *
 * 默认：90（含）以上为优，80（含）–90 为良，60（含）–80 为中，60 以下为差（财预〔2020〕10号 第十八条）。
 * The grade of a total score. Lower bounds are inclusive and compared at 9 decimals.
 *
 * - score: 0–100 (#NUM! outside)
 * - bands: a two-column range of label and lower bound, in any order; below every band → #N/A
 *
 * @example GRADE(91.3) → 优
 */
export const GRADE = defineRule({
  name: "GRADE",
  params: [
    { kind: "number", name: "score", zh: "总得分", min: 0, max: 100, numError: true },
    { kind: "range", name: "bands", zh: "等级区间", optional: true },
  ],
  examples: [
    { args: [91.3], result: "优" },
    { args: [89.99], result: "良" },
    {
      args: [
        76,
        [
          ["优秀", 90],
          ["良好", 75],
          ["合格", 60],
          ["不合格", 0],
        ],
      ],
      result: "良好",
    },
  ],
  compute([score, bandsGrid]) {
    const isEmpty = bandsGrid.cells.every((row) => row.every((c) => c.kind === "blank"));
    const bands = isEmpty ? ok(DEFAULT_BANDS) : readBands(bandsGrid);
    if (!bands.ok) return bands;
    const label = gradeOf(score, bands.value);
    return label === null ? fail("#N/A", "belowAllBands", { got: score.toFixed() }) : ok(label);
  },
  fast([score, bands]) {
    // Only the default bands (no range given); a score within 0–100 always reaches 差.
    if (bands !== null && bands !== undefined) return undefined;
    for (const band of FAST_BANDS) {
      const order = cmpAtNine(score, band.min);
      if (order === undefined) return undefined;
      if (order >= 0) return band.label;
    }
    return undefined;
  },
});
