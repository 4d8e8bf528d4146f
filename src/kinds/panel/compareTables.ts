import { compareAtNine } from "../../decimal";
import { effectiveWeight, type IndicatorNode } from "../../tree/node";
import { noteWords } from "../../messages";

/** One difference between two experts' copies of a template, with the cells on both sides. */
export interface TemplateDifference {
  /** The first file's cell and the other file's cell ("" where one side has nothing). */
  readonly at: string;
  readonly otherAt: string;
  readonly zh: string;
  readonly en: string;
}

const label = (n: IndicatorNode): string => (n.code ? `${n.code} ${n.name}` : n.name);

/**
 * Every difference in indicators and weights between two trees read from the same template
 * (names, the number of indicators under each parent, weights), position by position.
 * Scores, notes and texts are the experts' own and are not compared.
 */
export function compareTrees(first: readonly IndicatorNode[], other: readonly IndicatorNode[]): TemplateDifference[] {
  const out: TemplateDifference[] = [];
  const walk = (a: readonly IndicatorNode[], b: readonly IndicatorNode[]): void => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const x = a[i];
      const y = b[i];
      if (!y) {
        out.push({
          at: x.at.name,
          otherAt: "",
          ...noteWords("missingInOther", { label: label(x) }),
        });
        continue;
      }
      if (!x) {
        out.push({
          at: "",
          otherAt: y.at.name,
          ...noteWords("extraInOther", { label: label(y) }),
        });
        continue;
      }
      if (x.name !== y.name)
        out.push({
          at: x.at.name,
          otherAt: y.at.name,
          ...noteWords("namesDiffer", { a: label(x), b: label(y) }),
        });
      const wx = effectiveWeight(x);
      const wy = effectiveWeight(y);
      if ((wx === null) !== (wy === null) || (wx !== null && wy !== null && compareAtNine(wx, wy) !== 0)) {
        out.push({
          at: x.at.weight,
          otherAt: y.at.weight,
          ...noteWords("weightsDiffer", {
            label: label(x),
            a: wx?.toFixed() ?? noteWords("blankWeight"),
            b: wy?.toFixed() ?? noteWords("blankWeight"),
          }),
        });
      }
      if (x.children.length || y.children.length) walk(x.children, y.children);
    }
  };
  walk(first, other);
  return out;
}
