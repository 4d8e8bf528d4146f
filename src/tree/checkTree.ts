import { Dec, ZERO, forComparison, sameAtNine } from "../decimal";
import { MAX_DEPTH } from "../kinds/table/model";
import { effectiveWeight, type IndicatorNode, type IndicatorTree } from "./node";

export type ProblemKind =
  | "nameMissing"
  | "tooDeep"
  | "weightMissing"
  | "weightNotPositive"
  | "weightSum"
  | "topSum"
  | "scoreNegative"
  | "scoreAboveWeight"
  | "scoreMissing"
  | "unreadable"
  | "totalMismatch"
  | "gradeMismatch"
  /** A printed 得分率 or 执行率 that is not the rule's. */
  | "rateMismatch"
  /** A row's printed score that is not the rule's. */
  | "scoreMismatch"
  /** A parent printed again on a later row with another weight. */
  | "repeatMismatch"
  /** What no rule can decide: for a person. */
  | "needsJudgement"
  /** A row that falls short of its target without its 偏差原因分析. */
  | "reasonRequired"
  /** 预算执行率 that cannot be computed (no budget, no spending, or a project state the rules leave open). */
  | "fundsUnscored"
  /** A template file that does not follow template.schema.json. */
  | "schemaInvalid"
  /** The same grade label twice. */
  | "gradeDuplicate"
  /** A score or 不适用 on an indicator that has children. */
  | "scoreOnParent";

/** A problem found in a tree, where it stands (JSON path or cell), in Chinese and English. */
export interface Problem {
  readonly at: string;
  readonly kind: ProblemKind;
  readonly message: string;
  readonly en: string;
}

export function problem(at: string, kind: ProblemKind, message: string, en: string): Problem {
  return { at, kind, message, en };
}

/** How a node is named in a message: its code and name. */
export function labelOf(node: Pick<IndicatorNode, "name" | "code">): string {
  return node.code ? `${node.code} ${node.name}` : node.name || "（无名称）";
}

const fmt = (d: Dec): string => forComparison(d).toFixed();

/**
 * Checks a tree with exact decimals: names present, depth ≤ 4, weights above 0, every parent's
 * weight equal to the sum of its children's, the top level summing to the total, scores within
 * 0…weight and, when `requireScores`, present on every applicable leaf.
 */
export function checkTree(tree: IndicatorTree, options: { requireScores?: boolean; maxDepth?: number } = {}): Problem[] {
  const maxDepth = options.maxDepth ?? MAX_DEPTH;
  const problems: Problem[] = [];
  const visit = (node: IndicatorNode, depth: number): void => {
    const label = labelOf(node);
    if (!node.name.trim()) problems.push(problem(node.at.name, "nameMissing", "指标名称为空", "the indicator has no name"));
    if (depth > maxDepth) problems.push(problem(node.at.name, "tooDeep", `${label} 超过四级指标`, `${node.name} is deeper than four levels`));
    const weight = effectiveWeight(node);
    if (node.weight === null && weight === null) {
      problems.push(problem(node.at.weight, "weightMissing", `${label} 缺少权重`, `${node.name} has no weight`));
    } else if (node.weight !== null && !node.weight.gt(0)) {
      problems.push(problem(node.at.weight, "weightNotPositive", `${label} 权重应大于 0，现为 ${fmt(node.weight)}`, `${node.name}: weight must be above 0, is ${fmt(node.weight)}`));
    }
    if (node.children.length) {
      const sums = node.children.map(effectiveWeight);
      if (node.weight !== null && sums.every((w) => w !== null)) {
        const s = sums.reduce<Dec>((a, w) => a.plus(w as Dec), ZERO);
        if (!sameAtNine(s, node.weight)) {
          problems.push(
            problem(node.at.weight, "weightSum", `${label} 权重 ${fmt(node.weight)} ≠ 下级合计 ${fmt(s)}`, `${node.name}: weight ${fmt(node.weight)} ≠ sum of its children ${fmt(s)}`),
          );
        }
      }
      for (const child of node.children) visit(child, depth + 1);
      return;
    }
    if (node.notApplicable || node.score === null) {
      if (options.requireScores && !node.notApplicable) {
        problems.push(problem(node.at.score, "scoreMissing", `${label} 缺少得分`, `${node.name} has no score`));
      }
      return;
    }
    if (node.score.isNeg()) {
      problems.push(problem(node.at.score, "scoreNegative", `${label} 得分 ${fmt(node.score)} 为负数`, `${node.name}: score ${fmt(node.score)} is negative`));
    } else if (weight !== null && forComparison(node.score).gt(forComparison(weight))) {
      problems.push(
        problem(node.at.score, "scoreAboveWeight", `${label} 得分 ${fmt(node.score)} 超过分值 ${fmt(weight)}`, `${node.name}: score ${fmt(node.score)} is above its weight ${fmt(weight)}`),
      );
    }
  };
  for (const node of tree.nodes) visit(node, 1);
  const tops = tree.nodes.map(effectiveWeight);
  if (tree.nodes.length && tops.every((w) => w !== null)) {
    const s = tops.reduce<Dec>((a, w) => a.plus(w as Dec), ZERO);
    if (!sameAtNine(s, tree.total)) {
      problems.push(problem(tree.totalAt, "topSum", `一级指标权重合计 ${fmt(s)} ≠ ${fmt(tree.total)}`, `the top-level weights sum to ${fmt(s)}, not ${fmt(tree.total)}`));
    }
  }
  return problems;
}
