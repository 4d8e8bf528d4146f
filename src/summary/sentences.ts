import { Dec, roundHalfUp } from "../decimal";
import type { TreeScore } from "../kinds/table/score";

const pct = (rate: Dec): string => `${roundHalfUp(rate.times(100), 2).toFixed(2)}%`;

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
 */
export function summarySentences(score: TreeScore): string {
  const parts = score.levels.map((l) => {
    const rate = l.rate === null ? "（全部不适用）" : `，得分率 ${pct(l.rate)}`;
    return `${reportName(l.name)}标准分值 ${l.weight.toFixed()} 分，实际得分 ${l.score.toFixed()} 分${rate}。`;
  });
  if (score.total !== null) parts.push(`综合得分 ${score.total.toFixed()} 分${score.grade ? `，评价等级为“${score.grade}”` : ""}。`);
  return parts.join("");
}
