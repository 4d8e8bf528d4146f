import { cellOf, cmpAtNine, scaledOf, times, type Scaled } from "../scaled";
import { fail, ok } from "../result";
import { DIGITS, WEIGHT } from "./common";
import { bandOf, inBand, QUALITATIVE_BANDS, type QualitativeBand } from "./scoring";
import { defineRule } from "./defineRule";

/**
 * The bands by the words as they stand in QUALITATIVE_BANDS, with the factor range as scaled decimals: a level
 * typed exactly so is the band `bandOf` reads (the words are already what normalizeText and upper case make of
 * them, and "1"–"3" read as numbers give back the same text).
 */
const FAST_LEVELS = new Map<string, { band: QualitativeBand; min: Scaled; max: Scaled }>(
  QUALITATIVE_BANDS.flatMap((band) => {
    const range = {
      band,
      min: scaledOf(Number(band.min)) ?? { m: Number.NaN, s: 0 },
      max: scaledOf(Number(band.max)) ?? { m: Number.NaN, s: 0 },
    };
    return band.words.map((w) => [w, range] as const);
  }),
);

/**
 * QUALSCORE(level, weight, factor, [digits]) — 定性指标三档计分.
 *
 * 达成 80%–100%（含两端），部分达成 60%（含）–80%，未达成 0–60%；系数须落在所选档内，否则 #NUM!。
 * score = weight × factor, where the factor is the evaluator's choice within the band of `level`.
 *
 * @example QUALSCORE("部分达成", 10, 0.7) → 7
 */
export const QUALSCORE = defineRule({
  name: "QUALSCORE",
  params: [
    { kind: "cell", name: "level", zh: "完成等级" },
    WEIGHT,
    { kind: "number", name: "factor", zh: "得分系数", min: 0, max: 1, numError: true },
    DIGITS,
  ],
  examples: [
    { args: ["部分达成", 10, 0.7], result: "7" },
    { args: ["达成", 4, 0.9], result: "3.6" },
    { args: ["C", 5, 0.3], result: "1.5" },
  ],
  compute([level, weight, factor]) {
    const band = bandOf(level);
    if (!band)
      return fail("#VALUE!", "unknownLevel", {
        got: level.kind === "text" ? level.text : level.kind === "number" ? level.value.toFixed() : "",
      });
    if (!inBand(band, factor)) {
      const interval = `${band.min}–${band.max}${band.maxIncluded ? "（含）" : "（不含）"}`;
      return fail("#NUM!", "factorOutOfBand", {
        got: factor.toFixed(),
        level: band.level,
        levelEn: band.en,
        band: interval,
      });
    }
    return ok(weight.times(factor));
  },
  fast([level, weight, factor, digits]) {
    const known = typeof level === "string" ? FAST_LEVELS.get(level) : undefined;
    if (known === undefined) return undefined;
    const lower = cmpAtNine(factor, known.min);
    const upper = cmpAtNine(factor, known.max);
    if (lower === undefined || upper === undefined) return undefined;
    const inside = lower >= 0 && (known.band.maxIncluded ? upper <= 0 : upper < 0);
    return inside ? cellOf(times(weight, factor), digits) : undefined;
  },
});
