import { fail, ok } from "../result";
import { DIGITS, WEIGHT } from "./common";
import { bandOf, inBand } from "./scoring";
import { defineRule } from "./defineRule";

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
  params: [{ kind: "cell", name: "level", zh: "完成等级" }, WEIGHT, { kind: "number", name: "factor", zh: "得分系数", min: 0, max: 1, numError: true }, DIGITS],
  examples: [
    { args: ["部分达成", 10, 0.7], result: "7" },
    { args: ["达成", 4, 0.9], result: "3.6" },
    { args: ["C", 5, 0.3], result: "1.5" },
  ],
  compute([level, weight, factor]) {
    const band = bandOf(level);
    if (!band) return fail("#VALUE!", "unknownLevel", { got: level.kind === "text" ? level.text : level.kind === "number" ? level.value.toFixed() : "" });
    if (!inBand(band, factor)) {
      const interval = `${band.min}–${band.max}${band.maxIncluded ? "（含）" : "（不含）"}`;
      return fail("#NUM!", "factorOutOfBand", { got: factor.toFixed(), level: band.level, levelEn: band.en, band: interval });
    }
    return ok(weight.times(factor));
  },
});
