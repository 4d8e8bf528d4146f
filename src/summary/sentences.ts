import { Dec, roundHalfUp } from "../decimal";
import type { TreeScore } from "../tree/scoreTree";

const pct = (rate: Dec): string => `${roundHalfUp(rate.times(100), 2).toFixed(2)}%`;

/**
 * The sentences evaluators write into the report, from a score:
 * 项目决策类指标标准分值 15 分，实际得分 12 分，得分率 80.00%。… 综合得分 91.3 分，评价等级为“优”。
 */
export function summarySentences(score: TreeScore): string {
  const parts = score.levels.map((l) => {
    const rate = l.rate === null ? "（全部不适用）" : `，得分率 ${pct(l.rate)}`;
    return `项目${l.name}类指标标准分值 ${l.weight.toFixed()} 分，实际得分 ${l.score.toFixed()} 分${rate}。`;
  });
  if (score.total !== null) parts.push(`综合得分 ${score.total.toFixed()} 分${score.grade ? `，评价等级为“${score.grade}”` : ""}。`);
  return parts.join("");
}
