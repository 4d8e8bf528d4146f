import { ruleNamed } from "../../src/catalog";
import type { RawArg } from "../../src/rules/params";

/** Each function with typical arguments and the same formula in plain floats: the physical limit. */
const CASES: { name: string; args: RawArg[]; float: () => unknown }[] = [
  { name: "EXECRATE", args: [109805.66, 135528.71, 3, 1], float: () => Math.round(Math.min(109805.66 / 135528.71, 1) * 3 * 10) / 10 },
  { name: "ARRIVALRATE", args: [652.18, 652.18, 3], float: () => Math.min(652.18 / 652.18, 1) * 3 },
  { name: "RATIOSCORE", args: [0.85, 0.9, 5, 0.6, 2], float: () => Math.round((0.85 >= 0.9 ? 5 : 0.85 < 0.6 ? 0 : (5 * 0.85) / 0.9) * 100) / 100 },
  { name: "WEIGHTEDSCORE", args: [[[0.8], [0.876], [1], [0.9133]], [[15], [25], [30], [30]], null, 1], float: () => Math.round((0.8 * 15 + 0.876 * 25 + 30 + 0.9133 * 30) * 10) / 10 },
  { name: "GRADE", args: [91.3], float: () => (91.3 >= 90 ? "优" : 91.3 >= 80 ? "良" : 91.3 >= 60 ? "中" : "差") },
  { name: "SCORERATE", args: [21.9, 25, 3], float: () => Math.round((21.9 / 25) * 1000) / 1000 },
  { name: "DEDUCT", args: [4, 3], float: () => Math.max(4 - 3 * 1, 0) },
  { name: "TIER", args: [0.1, [[">0", "10%", "20%", "50%"]], [[0.5, 1, 2, 3]]], float: () => (0.1 >= 0.5 ? 3 : 0.1 >= 0.2 ? 2 : 0.1 >= 0.1 ? 1 : 0.1 > 0 ? 0.5 : 0) },
  { name: "DEVIATIONSCORE", args: [0.08, 10, 0.05, 0.1], float: () => Math.max(10 - (Math.max(Math.abs(0.08) - 0.05, 0) / 0.01) * 0.1, 0) },
  { name: "LIKERTSCORE", args: [[[1, 2, 3, 4, 5, 6, 7]], [[0.3, 0.2, 0.4, 4.3, 12.5, 25.2, 33]], 5, 7, 1], float: () => {
    const l = [1, 2, 3, 4, 5, 6, 7], c = [0.3, 0.2, 0.4, 4.3, 12.5, 25.2, 33];
    let s = 0, n = 0;
    for (let i = 0; i < 7; i++) { s += l[i] * c[i]; n += c[i]; }
    return Math.round((s / n / 7) * 5 * 10) / 10;
  } },
  { name: "TARGETSCORE", args: ["≥90%", "60%", 4, 2], float: () => Math.round(Math.min(parseFloat("60") / parseFloat("90"), 1) * 4 * 100) / 100 },
  { name: "PASSLINE", args: [0.8, 10], float: () => (0.8 < 0.6 ? 0 : 0.8 >= 1 ? 10 : ((0.8 - 0.6) / 0.4) * 10) },
  { name: "CHECKLIST", args: [[[true, true, false, "是"]], 4], float: () => (4 * [1, 1, 0, 1].reduce((a, b) => a + b, 0)) / 4 },
  { name: "QUALSCORE", args: ["部分达成", 10, 0.7], float: () => ("部分达成" === "部分达成" && 0.7 >= 0.6 && 0.7 < 0.8 ? 10 * 0.7 : NaN) },
  { name: "CHECKWEIGHTS", args: [[[15], [25], [30], [30]]], float: () => Math.abs(15 + 25 + 30 + 30 - 100) < 1e-9 },
  { name: "TREECHECK", args: [[["一级指标", "分值", "二级指标", "分值"], ["决策", 15, "项目立项", 12], [null, null, "资金落实", 3], ["管理", 85, "资金管理", 85]]], float: () => (15 === 12 + 3 && 85 === 85 && 15 + 85 === 100 ? "OK" : "") },
];

let sink: unknown;
function nsPerCall(fn: () => unknown, calls: number): number {
  for (let i = 0; i < Math.min(calls, 5000); i++) sink = fn(); // warm up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) sink = fn();
  return Number(process.hrtime.bigint() - t0) / calls;
}

export function benchFunctions(calls = 100_000): Record<string, unknown>[] {
  const lines: Record<string, unknown>[] = [];
  for (const c of CASES) {
    const rule = ruleNamed(c.name);
    if (!rule) throw new Error(c.name);
    const check = rule.evaluate(c.args);
    if (!check.ok) throw new Error(`${c.name} failed in the bench: ${check.reason}`);
    const n = c.name === "TREECHECK" ? calls / 10 : calls;
    const ns = nsPerCall(() => rule.evaluate(c.args), n);
    const floatNs = nsPerCall(c.float, n);
    lines.push({ bench: "function", name: c.name, calls: n, nsPerCall: Math.round(ns), floatNsPerCall: Math.round(floatNs * 10) / 10, ratio: Math.round((ns / floatNs) * 10) / 10 });
  }
  void sink;
  return lines;
}

/** A scoring sheet's recalculation: 10,000 cells of the functions a sheet uses most, in one pass. */
export function benchRecalculation(cells = 10_000): Record<string, unknown> {
  const mix = ["EXECRATE", "SCORERATE", "RATIOSCORE", "TARGETSCORE", "GRADE", "DEDUCT", "PASSLINE", "QUALSCORE"].map((n) => {
    const c = CASES.find((x) => x.name === n);
    const rule = ruleNamed(n);
    if (!c || !rule) throw new Error(n);
    return () => rule.evaluate(c.args);
  });
  for (let i = 0; i < 2000; i++) sink = mix[i % mix.length]();
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < cells; i++) sink = mix[i % mix.length]();
    runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  runs.sort((a, b) => a - b);
  return { bench: "recalculation", cells, medianMs: Math.round(runs[2] * 10) / 10, goalMs: 50 };
}
