import { leavesOf, type Template } from "../../src/kinds/table/model";
import { presetById } from "../../src/kinds/table/presets";

/** The evaluators' leaf scores as the seeds print them, in reading order. */
export const SEED_SCORES: Record<string, { scores: number[]; total: string; grade: string }> = {
  // seed 000: 自评得分 column; total 93, 优
  "guangdong-2022": { scores: [4, 2, 2, 2, 1, 1, 3, 2, 3, 5, 6, 4, 3, 3, 2, 23, 23, 4], total: "93", grade: "优" },
  // seed 002: 评分 column of 附件2 (社会效益 split 8 + 7 as in 表1 and the analysis); total 91.3, 优
  "meizhou-2021": {
    scores: [4, 1.5, 1.5, 1.5, 0.5, 1, 2, 2.4, 10, 5, 4.5, 5, 5, 8, 4, 8, 8, 7, 8, 4.4],
    total: "91.3",
    grade: "优",
  },
  // seed 003: 得分 column; total 98, 优
  "district-self-eval": {
    scores: [4, 2, 2, 2, 2, 4, 2, 3, 1, 5, 4, 4, 2, 2, 5, 3, 22, 20, 5, 4],
    total: "98",
    grade: "优",
  },
};

/** A preset's template with the seed's scores filled into its leaves. */
export function scoredPreset(id: string): Template {
  const preset = presetById(id);
  if (!preset) throw new Error(id);
  const t = structuredClone(preset.template);
  const leaves = leavesOf(t.indicators);
  const scores = SEED_SCORES[id].scores;
  if (leaves.length !== scores.length) throw new Error(`${id}: ${leaves.length} leaves, ${scores.length} scores`);
  leaves.forEach(({ leaf }, i) => (leaf.score = scores[i]));
  return t;
}
