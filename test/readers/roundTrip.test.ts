import fc from "fast-check";
import { layoutWorkbook } from "../../src/layout/workbook";
import { readSheet } from "../../src/readers/readSheet";
import { scoreWorkbook } from "../../src/readers/scoreWorkbook";
import { checkTemplateData } from "../../src/template/checkTemplate";
import { leafNodes, type IndicatorNode } from "../../src/tree/node";
import { treeOfTemplate } from "../../src/tree/fromTemplate";
import { scoreTree } from "../../src/tree/scoreTree";
import type { Template, TemplateIndicator } from "../../src/tree/template";
import { xlsxBytes } from "../../src/xlsx/writeWorkbook";
import { readWorkbook } from "../../src/xlsx/readWorkbook";

/** Names drawn from a small set, so adjacent siblings of the same name come up often. */
const name = fc.constantFrom("项目立项", "资金管理", "产出数量", "产出质量", "满意度", "社会效益", "绩效目标", "新指标");

/** A subtree whose weights add up exactly to `weight` (in hundredths), with scores within each leaf's weight. */
function subtree(weight: number, depth: number): fc.Arbitrary<TemplateIndicator> {
  const leaf = fc.record({ name, score: fc.option(fc.integer({ min: 0, max: weight }), { nil: undefined }) }).map(({ name: n, score }) => ({
    name: n,
    weight: weight / 100,
    ...(score === undefined ? {} : { score: score / 100 }),
  }));
  if (depth <= 1 || weight < 2) return leaf;
  return fc.oneof(
    leaf,
    fc
      .integer({ min: 1, max: Math.min(4, weight) })
      .chain((n) => fc.array(fc.integer({ min: 1, max: 100 }), { minLength: n, maxLength: n }))
      .chain((parts) => {
        const sum = parts.reduce((a, b) => a + b, 0);
        const shares = parts.map((p) => Math.max(1, Math.floor((p * weight) / sum)));
        shares[shares.length - 1] += weight - shares.reduce((a, b) => a + b, 0);
        if (shares.some((s) => s < 1)) return leaf;
        return fc.tuple(name, ...shares.map((s) => subtree(s, depth - 1))).map(([n, ...children]) => ({ name: n, weight: weight / 100, children }));
      }),
  );
}

const template: fc.Arbitrary<Template> = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom(100, 60), fc.integer({ min: 1, max: 4 }))
  .chain(([n, total, depth]) => {
    const cents = total * 100;
    const each = Math.floor(cents / n);
    const shares = Array.from({ length: n }, (_, i) => (i === n - 1 ? cents - each * (n - 1) : each));
    return fc.tuple(...shares.map((s) => subtree(s, depth))).map((indicators) => ({ format: "jixiao-template" as const, version: 1 as const, title: "往返", total, indicators }));
  });

function shape(list: readonly TemplateIndicator[]): unknown[] {
  return list.map((i) => [i.name, i.weight, i.children?.length ? shape(i.children) : (i.score ?? null)]);
}
function shapeOfNodes(list: readonly IndicatorNode[]): unknown[] {
  return list.map((n) => [n.name, n.weight?.toNumber() ?? null, n.children.length ? shapeOfNodes(n.children) : (n.score?.toNumber() ?? null)]);
}

describe("the round-trip law: what jx writes, jx reads back to the same figures", () => {
  test("random templates (adjacent siblings of the same name, totals other than 100, partial scores): same tree, total, grade; no number unread", async () => {
    await fc.assert(
      fc.asyncProperty(template, async (t) => {
        const checked = checkTemplateData(t);
        expect(checked.template).not.toBeNull();
        const wb = await readWorkbook(await xlsxBytes(layoutWorkbook(t, checked.problems)));
        const grid = wb.sheets.find((s) => s.name === "评分表");
        const reading = grid && readSheet(grid, { settings: wb.settings });
        expect(reading?.kind).toBe("table");
        if (reading?.kind !== "table") return;
        expect(shapeOfNodes(reading.table.tree.nodes)).toEqual(shape(t.indicators));
        const scored = scoreWorkbook(reading, wb.settings);
        expect(scored.unread).toEqual([]);
        // The same figures the template itself scores to (every leaf scored: the total; otherwise the grade is held back).
        const direct = scoreTree(treeOfTemplate(t), 2);
        const allScored = leafNodes(treeOfTemplate(t).nodes).every((l) => l.score !== null);
        expect(scored.grade).toBe(allScored ? direct.grade : null);
        if (allScored) expect(scored.total?.toFixed()).toBe(direct.total?.toFixed());
        expect(scored.problems.filter((p) => p.kind !== "scoreMissing")).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
