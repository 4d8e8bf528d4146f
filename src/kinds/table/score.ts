import { Dec, ZERO, roundHalfUp } from "../../decimal";
import { DEFAULT_BANDS, gradeOf, type GradeBand } from "../../grades";
import { effectiveWeight, leafNodes, type IndicatorNode, type IndicatorTree } from "../../tree/node";

/** One top-level indicator in the summary: 分值, 得分, 得分率. */
export interface LevelScore {
  readonly name: string;
  readonly weight: Dec;
  readonly score: Dec;
  /** score ÷ the applicable weight under it; null when every leaf under it is 不适用. */
  readonly rate: Dec | null;
}

export interface TreeScore {
  /** Rounded half-up to `decimals`; rescaled to the total when leaves are 不适用. */
  readonly total: Dec | null;
  readonly grade: string | null;
  readonly levels: readonly LevelScore[];
  readonly applicableWeight: Dec;
}

function sums(nodes: readonly IndicatorNode[]): { score: Dec; applicable: Dec; anyNotApplicable: boolean } {
  let score = ZERO;
  let applicable = ZERO;
  let anyNotApplicable = false;
  for (const leaf of leafNodes(nodes)) {
    if (leaf.notApplicable) {
      anyNotApplicable = true;
      continue;
    }
    applicable = applicable.plus(effectiveWeight(leaf) ?? ZERO);
    if (leaf.score !== null) score = score.plus(leaf.score);
  }
  return { score, applicable, anyNotApplicable };
}

/**
 * The total and the grade, computed once for every door. Leaves marked 不适用 drop out and the total
 * is rescaled to `total` over the applicable weights: raw × total ÷ applicable, then rounded half-up.
 * Missing scores count as 0 (the checks list them).
 */
export function scoreTree(
  tree: IndicatorTree,
  decimals: number,
  bands: readonly GradeBand[] = DEFAULT_BANDS,
): TreeScore {
  const all = sums(tree.nodes);
  const levels = tree.nodes.map((node) => {
    const s = sums([node]);
    return {
      name: node.name,
      weight: effectiveWeight(node) ?? ZERO,
      score: s.score,
      rate: s.applicable.isZero() ? null : s.score.div(s.applicable),
    };
  });
  if (all.applicable.isZero()) return { total: null, grade: null, levels, applicableWeight: all.applicable };
  // Rescaled only when leaves are 不适用 (as the sheet's formula does), so a tree whose weights are off is not hidden.
  const rescaled = all.anyNotApplicable ? all.score.times(tree.total).div(all.applicable) : all.score;
  const total = roundHalfUp(rescaled, decimals);
  return { total, grade: gradeOf(total, bands), levels, applicableWeight: all.applicable };
}
