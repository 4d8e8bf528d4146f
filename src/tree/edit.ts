import { MAX_DEPTH, type Template, type TemplateIndicator } from "../kinds/table/model";

/** Where an indicator stands: its index at each level from the top ([1, 0] = second top-level's first child). */
export type NodePath = readonly number[];

function listAt(indicators: TemplateIndicator[], parent: NodePath): TemplateIndicator[] | null {
  let list = indicators;
  for (const i of parent) {
    const node = list[i];
    if (!node) return null;
    node.children ??= [];
    list = node.children;
  }
  return list;
}

/** A copy of the template with `change` applied to a deep copy of its indicators (inputs are never mutated). */
function edited(t: Template, change: (indicators: TemplateIndicator[]) => void): Template {
  const indicators = structuredClone(t.indicators);
  change(indicators);
  const tidy = (list: TemplateIndicator[]): void =>
    list.forEach((n) => {
      if (n.children && n.children.length === 0) delete n.children;
      else if (n.children) {
        delete n.score; // a parent takes no score
        delete n.notApplicable;
        tidy(n.children);
      }
    });
  tidy(indicators);
  return { ...t, indicators };
}

export function nodeAt(t: Template, path: NodePath): TemplateIndicator | null {
  let list = t.indicators;
  let node: TemplateIndicator | null = null;
  for (const i of path) {
    node = list[i] ?? null;
    if (!node) return null;
    list = node.children ?? [];
  }
  return node;
}

/** Changes fields of one indicator. */
export function updateNode(
  t: Template,
  path: NodePath,
  fields: Partial<Omit<TemplateIndicator, "children">>,
): Template {
  return edited(t, (inds) => {
    const list = listAt(inds, path.slice(0, -1));
    const node = list?.[path[path.length - 1]];
    if (node) Object.assign(node, fields);
    for (const key of Object.keys(fields) as (keyof TemplateIndicator)[])
      if (node && node[key] === undefined) delete node[key];
  });
}

/** Adds an indicator after `path` at the same level; returns the template and the new path. */
export function addSibling(
  t: Template,
  path: NodePath,
  node: TemplateIndicator,
): { template: Template; path: NodePath } {
  const parent = path.slice(0, -1);
  const at = (path[path.length - 1] ?? -1) + 1;
  return { template: edited(t, (inds) => listAt(inds, parent)?.splice(at, 0, node)), path: [...parent, at] };
}

/** Adds an indicator as the last child of `path` (at most four levels deep). */
export function addChild(t: Template, path: NodePath, node: TemplateIndicator): { template: Template; path: NodePath } {
  if (path.length >= MAX_DEPTH) return { template: t, path };
  const count = nodeAt(t, path)?.children?.length ?? 0;
  return { template: edited(t, (inds) => listAt(inds, path)?.push(node)), path: [...path, count] };
}

export function removeNode(t: Template, path: NodePath): { template: Template; path: NodePath } {
  const parent = path.slice(0, -1);
  const i = path[path.length - 1];
  const siblings = parent.length ? (nodeAt(t, parent)?.children?.length ?? 0) : t.indicators.length;
  if (parent.length === 0 && siblings <= 1) return { template: t, path }; // a template keeps at least one indicator
  const template = edited(t, (inds) => listAt(inds, parent)?.splice(i, 1));
  const next = siblings - 1 === 0 ? parent : [...parent, Math.min(i, siblings - 2)];
  return { template, path: next };
}

/** Moves an indicator up (-1) or down (+1) among its siblings. */
export function moveNode(t: Template, path: NodePath, by: -1 | 1): { template: Template; path: NodePath } {
  const parent = path.slice(0, -1);
  const i = path[path.length - 1];
  const count = parent.length ? (nodeAt(t, parent)?.children?.length ?? 0) : t.indicators.length;
  const j = i + by;
  if (j < 0 || j >= count) return { template: t, path };
  return {
    template: edited(t, (inds) => {
      const list = listAt(inds, parent);
      if (list) [list[i], list[j]] = [list[j], list[i]];
    }),
    path: [...parent, j],
  };
}

function depthBelow(n: TemplateIndicator): number {
  return n.children?.length ? 1 + Math.max(...n.children.map(depthBelow)) : 0;
}

/** Makes an indicator the last child of the sibling above it (indent), keeping the tree within four levels. */
export function indentNode(t: Template, path: NodePath): { template: Template; path: NodePath } {
  const i = path[path.length - 1];
  const node = nodeAt(t, path);
  if (i === 0 || !node || path.length + 1 + depthBelow(node) > MAX_DEPTH) return { template: t, path };
  const parent = path.slice(0, -1);
  const newParent = [...parent, i - 1];
  const count = nodeAt(t, newParent)?.children?.length ?? 0;
  return {
    template: edited(t, (inds) => {
      const list = listAt(inds, parent);
      const [moved] = list?.splice(i, 1) ?? [];
      if (moved) listAt(inds, newParent)?.push(moved);
    }),
    path: [...newParent, count],
  };
}

/** Moves an indicator out of its parent, to just after it (outdent). */
export function outdentNode(t: Template, path: NodePath): { template: Template; path: NodePath } {
  if (path.length < 2) return { template: t, path };
  const parent = path.slice(0, -1);
  const grand = parent.slice(0, -1);
  const at = parent[parent.length - 1] + 1;
  return {
    template: edited(t, (inds) => {
      const [moved] = listAt(inds, parent)?.splice(path[path.length - 1], 1) ?? [];
      if (moved) listAt(inds, grand)?.splice(at, 0, moved);
    }),
    path: [...grand, at],
  };
}

/** Every indicator in reading order with its path and level (1-based), as the editor lists them. */
export function flatten(t: Template): { node: TemplateIndicator; path: NodePath; level: number }[] {
  const out: { node: TemplateIndicator; path: NodePath; level: number }[] = [];
  const walk = (list: readonly TemplateIndicator[], base: NodePath): void =>
    list.forEach((node, i) => {
      const path = [...base, i];
      out.push({ node, path, level: path.length });
      if (node.children) walk(node.children, path);
    });
  walk(t.indicators, []);
  return out;
}
