import { Dec, ZERO, forComparison, sameAtNine } from "../decimal";
import {
  PROBLEMS,
  fillWords,
  type ProblemArgs,
  type ProblemKind,
  type ProblemReason,
  type WordParams,
} from "../messages";
import { MAX_DEPTH } from "../kinds/table/model";
import { effectiveWeight, type IndicatorNode, type IndicatorTree } from "./node";

export type { ProblemKind, ProblemReason };

/**
 * A problem found in a tree, a sheet or a file: where it stands (JSON path or cell), its kind, its reason
 * in the message catalogue with the values it names, and its words in Chinese (`message`) and English.
 */
export interface Problem {
  readonly at: string;
  readonly kind: ProblemKind;
  readonly reason: ProblemReason;
  readonly params: WordParams;
  readonly message: string;
  readonly en: string;
}

/** A problem by its reason in the catalogue (src/messages.ts PROBLEMS), its words filled in both languages. */
export function problem<R extends ProblemReason>(at: string, reason: R, ...[params]: ProblemArgs<R>): Problem {
  const entry = PROBLEMS[reason];
  const values: WordParams = params ?? {};
  return {
    at,
    kind: entry.kind,
    reason,
    params: values,
    message: fillWords(entry.zh, values, "zh"),
    en: fillWords(entry.en, values, "en"),
  };
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
export function checkTree(
  tree: IndicatorTree,
  options: { requireScores?: boolean; maxDepth?: number } = {},
): Problem[] {
  const maxDepth = options.maxDepth ?? MAX_DEPTH;
  const problems: Problem[] = [];
  const visit = (node: IndicatorNode, depth: number): void => {
    const named = { label: labelOf(node), name: node.name };
    if (!node.name.trim()) problems.push(problem(node.at.name, "nameMissing"));
    if (depth > maxDepth) problems.push(problem(node.at.name, "tooDeep", named));
    const weight = effectiveWeight(node);
    if (node.weight === null && weight === null) {
      problems.push(problem(node.at.weight, "weightMissing", named));
    } else if (node.weight !== null && !node.weight.gt(0)) {
      problems.push(problem(node.at.weight, "weightNotPositive", { ...named, weight: fmt(node.weight) }));
    }
    if (node.children.length) {
      const sums = node.children.map(effectiveWeight);
      if (node.weight !== null && sums.every((w) => w !== null)) {
        const s = sums.reduce<Dec>((a, w) => a.plus(w as Dec), ZERO);
        if (!sameAtNine(s, node.weight)) {
          problems.push(problem(node.at.weight, "weightSum", { ...named, weight: fmt(node.weight), sum: fmt(s) }));
        }
      }
      for (const child of node.children) visit(child, depth + 1);
      return;
    }
    if (node.notApplicable || node.score === null) {
      if (options.requireScores && !node.notApplicable) {
        problems.push(problem(node.at.score, "scoreMissing", named));
      }
      return;
    }
    if (node.score.isNeg()) {
      problems.push(problem(node.at.score, "scoreNegative", { ...named, score: fmt(node.score) }));
    } else if (weight !== null && forComparison(node.score).gt(forComparison(weight))) {
      problems.push(
        problem(node.at.score, "scoreAboveWeight", { ...named, score: fmt(node.score), weight: fmt(weight) }),
      );
    }
  };
  for (const node of tree.nodes) visit(node, 1);
  const tops = tree.nodes.map(effectiveWeight);
  if (tree.nodes.length && tops.every((w) => w !== null)) {
    const s = tops.reduce<Dec>((a, w) => a.plus(w as Dec), ZERO);
    if (!sameAtNine(s, tree.total)) {
      problems.push(problem(tree.totalAt, "topSum", { sum: fmt(s), total: fmt(tree.total) }));
    }
  }
  return problems;
}
