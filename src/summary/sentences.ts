import { Dec, roundHalfUp } from "../decimal";
import type { TreeScore } from "../kinds/table/score";

const pct = (rate: Dec): string => `${roundHalfUp(rate.times(100), 2).toFixed(2)}%`;

/** Who scored: a panel's sheet names how many experts did (the sentences then say so). */
export interface SentenceOptions {
  /** The experts who scored a panel's sheet (ScoredSheet.panel.scored); absent for one evaluator's sheet. */
  readonly experts?: number;
}

/**
 * How a report names a top-level indicator: 决策 → 项目决策类指标, but a name that already says 指标
 * (产出指标, 满意度指标, as self-evaluation forms name them) or a rate (预算执行率) is used as written.
 */
export function reportName(name: string): string {
  return name.endsWith("指标") || name.endsWith("率") ? name : `项目${name}类指标`;
}

/**
 * The sentences evaluators write into the report, from a score:
 * 项目决策类指标标准分值 15 分，实际得分 12 分，得分率 80.00%。… 综合得分 91.3 分，评价等级为“优”。
 * A panel's sheet says who scored: …由 3 位专家评分，综合得分 87.6 分，评价等级为“良”。
 */
export function summarySentences(score: TreeScore, options: SentenceOptions = {}): string {
  const parts = score.levels.map((l) => {
    const rate = l.rate === null ? "（全部不适用）" : `，得分率 ${pct(l.rate)}`;
    return `${reportName(l.name)}标准分值 ${l.weight.toFixed()} 分，实际得分 ${l.score.toFixed()} 分${rate}。`;
  });
  const by = options.experts ? `由 ${options.experts} 位专家评分，` : "";
  if (score.total !== null)
    parts.push(`${by}综合得分 ${score.total.toFixed()} 分${score.grade ? `，评价等级为“${score.grade}”` : ""}。`);
  return parts.join("");
}

/** The same sentences in English: "Decision: 15 points, scored 12, 80.00 %. … Scored by 3 experts, the total is 87.6, graded 良." */
export function summarySentencesEn(score: TreeScore, options: SentenceOptions = {}): string {
  const parts = score.levels.map(
    (l) =>
      `${l.name}: ${l.weight.toFixed()} points, scored ${l.score.toFixed()}${l.rate === null ? " (all not applicable)" : `, ${pct(l.rate)}`}.`,
  );
  const by = options.experts ? `Scored by ${options.experts} experts, the total is` : "The total is";
  if (score.total !== null)
    parts.push(`${by} ${score.total.toFixed()}${score.grade ? `, graded ${score.grade}` : ""}.`);
  return parts.join(" ");
}
