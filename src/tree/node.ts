import type { Dec } from "../decimal";

/**
 * An indicator as the checks and the scoring see it, whatever it was read from (a template file or a
 * sheet). `at` says where each part stands, in the words of its source: a JSON path (`/indicators/0/weight`)
 * or a cell address (`D7`), so one set of checks serves both.
 */
export interface IndicatorNode {
  readonly name: string;
  readonly code?: string;
  /** Null when the source gave none (a sheet whose top-level weights are implied by their children). */
  readonly weight: Dec | null;
  readonly score: Dec | null;
  readonly notApplicable: boolean;
  readonly rows: readonly string[];
  readonly explanation?: string;
  readonly criteria?: string;
  readonly note?: string;
  readonly children: readonly IndicatorNode[];
  readonly at: { readonly name: string; readonly weight: string; readonly score: string };
}

/** A tree to check or score, with its settings. */
export interface IndicatorTree {
  readonly nodes: readonly IndicatorNode[];
  readonly total: Dec;
  /** Where the top-level sum is reported (a 合计 cell, or the template's `/total`). */
  readonly totalAt: string;
}

/** The weight a node counts with: its own, or when missing the sum of its children's. */
export function effectiveWeight(node: IndicatorNode): Dec | null {
  if (node.weight !== null) return node.weight;
  if (!node.children.length) return null;
  let s: Dec | null = null;
  for (const child of node.children) {
    const w = effectiveWeight(child);
    if (w === null) return null;
    s = s === null ? w : s.plus(w);
  }
  return s;
}

/** Leaves in reading order. */
export function leafNodes(nodes: readonly IndicatorNode[]): IndicatorNode[] {
  const out: IndicatorNode[] = [];
  const walk = (list: readonly IndicatorNode[]): void => {
    for (const n of list) {
      if (n.children.length) walk(n.children);
      else out.push(n);
    }
  };
  walk(nodes);
  return out;
}
