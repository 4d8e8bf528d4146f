import type { Template, TemplateIndicator } from "../../src/kinds/table/model";

/** A tree of tops × seconds × leaves, weights summing exactly (hundredths), scores filled. */
export function syntheticTree(tops: number, seconds: number, leaves: number, seed = 1): Template {
  const per = 10000 / (tops * seconds * leaves);
  const indicators: TemplateIndicator[] = Array.from({ length: tops }, (_, a) => {
    const children = Array.from({ length: seconds }, (_, b) => {
      const kids = Array.from({ length: leaves }, (_, c) => {
        const w = Math.floor(per) / 100;
        return {
          name: `指标${a + 1}-${b + 1}-${c + 1}`,
          weight: w,
          score: Math.round(w * (((a + b + c + seed) % 5) / 10 + 0.6) * 100) / 100,
        };
      });
      return { name: `二级${a + 1}-${b + 1}`, weight: 0, children: kids };
    });
    return { name: `一级${a + 1}`, weight: 0, children };
  });
  // Put the rounding remainder on the first leaf so the top level sums to exactly 100.
  const all = indicators.flatMap((i) => i.children ?? []).flatMap((i) => i.children ?? []);
  const rest = Math.round((100 - all.reduce((s, l) => s + l.weight * 100, 0) / 100) * 100) / 100;
  all[0].weight = Math.round((all[0].weight + rest) * 100) / 100;
  for (const top of indicators) {
    for (const second of top.children ?? [])
      second.weight = Math.round((second.children ?? []).reduce((s, l) => s + l.weight * 100, 0)) / 100;
    top.weight = Math.round((top.children ?? []).reduce((s, l) => s + l.weight * 100, 0)) / 100;
  }
  return { format: "jixiao-template", version: 1, title: "基准测试", indicators };
}
