import { Dec, sum } from "../../src/decimal";
import { growthTree } from "./filesBench";
import { floatResult, formulaMix } from "./formulas";

/* The bench's inputs are what they claim: seeded and varied, the float baseline covers every formula, trees exact. */

describe("bench inputs", () => {
  test("the formula mix is the same for the same seed, varied within a run, and different for another seed", () => {
    const a = formulaMix(1000);
    expect(JSON.stringify(formulaMix(1000))).toBe(JSON.stringify(a));
    expect(JSON.stringify(formulaMix(1000, 7))).not.toBe(JSON.stringify(a));
    expect(new Set(a.map((f) => JSON.stringify(f.args))).size).toBeGreaterThan(950);
    expect(new Set(a.map((f) => f.name)).size).toBe(10);
  });

  test("the float baseline computes every formula of the mix", () => {
    const results = formulaMix(1000).map(floatResult);
    expect(results.filter((x) => Number.isFinite(x)).length).toBeGreaterThan(950);
  });

  test.each([100, 1000, 10_000])("a growth tree of %i leaves: exact weights summing to 100, consistent", (leaves) => {
    const tree = growthTree(leaves);
    const leafWeights = tree.indicators.flatMap((t) => t.children ?? []).flatMap((s) => s.children ?? []).map((l) => new Dec(l.weight));
    expect(leafWeights).toHaveLength(leaves);
    expect(sum(leafWeights).eq(100)).toBe(true);
    expect(sum(tree.indicators.map((t) => new Dec(t.weight))).eq(100)).toBe(true);
    for (const top of tree.indicators) {
      expect(sum((top.children ?? []).map((s) => new Dec(s.weight))).eq(top.weight)).toBe(true);
      for (const second of top.children ?? []) expect(sum((second.children ?? []).map((l) => new Dec(l.weight))).eq(second.weight)).toBe(true);
    }
  });
});
