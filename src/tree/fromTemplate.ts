import { Dec, decimalOf } from "../decimal";
import { effectiveWeight, type IndicatorNode, type IndicatorTree } from "./node";
import type { Template, TemplateIndicator } from "../kinds/table/model";

function nodeOf(ind: TemplateIndicator, path: string): IndicatorNode {
  return {
    name: ind.name,
    code: ind.code,
    weight: decimalOf(ind.weight),
    score: ind.score === undefined ? null : decimalOf(ind.score),
    notApplicable: ind.notApplicable === true,
    rows: ind.rows ?? [],
    explanation: ind.explanation,
    criteria: ind.criteria,
    note: ind.note,
    children: (ind.children ?? []).map((c, i) => nodeOf(c, `${path}/children/${i}`)),
    at: { name: `${path}/name`, weight: `${path}/weight`, score: `${path}/score` },
  };
}

/** A template file as a tree, each part located by its JSON path. */
export function treeOfTemplate(t: Template): IndicatorTree {
  return {
    nodes: t.indicators.map((ind, i) => nodeOf(ind, `/indicators/${i}`)),
    total: new Dec(String(t.total ?? 100)),
    totalAt: t.total === undefined ? "/indicators" : "/total",
  };
}

/** A tree back into template indicators (what `jx export` writes). */
export function indicatorsOfNodes(nodes: readonly IndicatorNode[]): TemplateIndicator[] {
  return nodes.map((n) => {
    const ind: TemplateIndicator = { name: n.name, weight: 0 };
    if (n.code) ind.code = n.code;
    ind.weight = (effectiveWeight(n) ?? new Dec(0)).toNumber();
    if (n.rows.length) ind.rows = [...n.rows];
    if (n.explanation) ind.explanation = n.explanation;
    if (n.criteria) ind.criteria = n.criteria;
    if (n.children.length) ind.children = indicatorsOfNodes(n.children);
    else if (n.notApplicable) ind.notApplicable = true;
    else if (n.score !== null) ind.score = n.score.toNumber();
    if (n.note) ind.note = n.note;
    return ind;
  });
}
