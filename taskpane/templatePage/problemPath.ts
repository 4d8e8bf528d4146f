import type { NodePath } from "../../src/tree/edit";

/**
 * The indicator a template problem is about, from its JSON path: `/indicators/1/children/0/weight` → [1, 0].
 * Null when the problem is not about one indicator (the title, the grades).
 */
export function nodePathOf(at: string): NodePath | null {
  const m = /^\/indicators\/(\d+)((?:\/children\/\d+)*)/.exec(at);
  if (!m) return null;
  return [Number(m[1]), ...[...m[2].matchAll(/\/children\/(\d+)/g)].map((c) => Number(c[1]))];
}

/** The DOM id of a tree row, so a problem can bring it into view. */
export const rowId = (path: NodePath): string => `jx-node-${path.join("-")}`;
