import { Dec, sum } from "../../src/decimal";
import { growthTree } from "./filesBench";
import * as formulajs from "@formulajs/formulajs";
import { HyperFormula } from "hyperformula";
import { floatResult, formulaMix } from "./formulas";
import { PEER_FORMULAS, foldPeer, formulajsPass, sheetOf } from "./peers";

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

  test("the peers compute the same formulas as the float baseline: formulajs and HyperFormula, every function of the mix", () => {
    const mix = formulaMix(1000);
    expect(Object.keys(PEER_FORMULAS).sort()).toEqual([...new Set(mix.map((f) => f.name))].sort());
    const float = mix.map(floatResult);
    const fjs = new Float64Array(mix.length);
    formulajsPass(formulajs as unknown as Record<string, (...args: unknown[]) => unknown>, mix, fjs);
    const hf = HyperFormula.buildFromArray(sheetOf(mix) as never, { licenseKey: "gpl-v3" });
    const sheet = hf.getSheetValues(0).map((row) => foldPeer(row[5]));
    hf.destroy();
    const same = (x: number, y: number): boolean => Math.abs(x - y) <= 1e-9 || (Number.isNaN(x) && Number.isNaN(y));
    expect(mix.filter((_, i) => !same(fjs[i], float[i]))).toEqual([]);
    expect(mix.filter((_, i) => !same(sheet[i], float[i]))).toEqual([]);
    // The error paths are timed too: the peers give an error where the baseline does.
    expect(float.filter(Number.isNaN).length).toBeGreaterThan(10);
  });

  test.each([100, 1000, 10_000])("a growth tree of %i leaves: exact weights summing to 100, consistent", (leaves) => {
    const tree = growthTree(leaves);
    const leafWeights = tree.indicators
      .flatMap((t) => t.children ?? [])
      .flatMap((s) => s.children ?? [])
      .map((l) => new Dec(l.weight));
    expect(leafWeights).toHaveLength(leaves);
    expect(sum(leafWeights).eq(100)).toBe(true);
    expect(sum(tree.indicators.map((t) => new Dec(t.weight))).eq(100)).toBe(true);
    for (const top of tree.indicators) {
      expect(sum((top.children ?? []).map((s) => new Dec(s.weight))).eq(top.weight)).toBe(true);
      for (const second of top.children ?? [])
        expect(sum((second.children ?? []).map((l) => new Dec(l.weight))).eq(second.weight)).toBe(true);
    }
  });
});
