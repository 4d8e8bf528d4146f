import type { GradeBand } from "../../grades";

/** One indicator of a template file (template.schema.json, `$defs/indicator`). */
export interface TemplateIndicator {
  name: string;
  code?: string;
  weight: number;
  rows?: string[];
  explanation?: string;
  criteria?: string;
  score?: number;
  notApplicable?: boolean;
  note?: string;
  children?: TemplateIndicator[];
}

/** A template file: an indicator tree of one to four levels with weights, optionally with scores. */
export interface Template {
  format: "jixiao-template";
  version: 1;
  title: string;
  levelNames?: string[];
  total?: number;
  grades?: GradeBand[];
  decimals?: { score?: number; total?: number };
  indicators: TemplateIndicator[];
}

export const DEFAULT_LEVEL_NAMES = ["一级指标", "二级指标", "三级指标", "四级指标"] as const;
export const MAX_DEPTH = 4;
export const DEFAULT_DECIMALS = { score: 2, total: 2 } as const;

/** How deep the tree goes (1 for a flat list). */
export function depthOf(indicators: readonly TemplateIndicator[]): number {
  let depth = 0;
  for (const ind of indicators) depth = Math.max(depth, 1 + (ind.children?.length ? depthOf(ind.children) : 0));
  return depth;
}

/** The leaves in reading order, with their path from the top. */
export function leavesOf(
  indicators: readonly TemplateIndicator[],
): { leaf: TemplateIndicator; path: TemplateIndicator[] }[] {
  const out: { leaf: TemplateIndicator; path: TemplateIndicator[] }[] = [];
  const walk = (list: readonly TemplateIndicator[], path: TemplateIndicator[]): void => {
    for (const ind of list) {
      if (ind.children?.length) walk(ind.children, [...path, ind]);
      else out.push({ leaf: ind, path: [...path, ind] });
    }
  };
  walk(indicators, []);
  return out;
}

/** Column headings per level: the template's, else 一级指标 … as deep as the tree. */
export function levelNamesOf(t: Template): string[] {
  const depth = Math.max(1, depthOf(t.indicators));
  return Array.from({ length: depth }, (_, i) => t.levelNames?.[i] ?? DEFAULT_LEVEL_NAMES[i] ?? `${i + 1}级指标`);
}
