import * as formulajs from "@formulajs/formulajs";
import { HyperFormula } from "hyperformula";
import { ruleNamed } from "../../src/catalog";
import { toCellValue, type CellOutput, type Rule } from "../../src/rules/defineRule";
import type { Result } from "../../src/result";
import { floatResult, formulaMix, type Formula } from "./formulas";
import { foldPeer, formulajsPass, sheetOf } from "./peers";
import { load, median, round } from "./processes";

const GRADE_RANK: Record<string, number> = { 优: 4, 良: 3, 中: 2, 差: 1 };
const SEED = 20261203;

/** A cell's result folded into a number for the checksum: numbers as they are, grades by rank (as the float baseline), errors as NaN. */
function folded(r: Result<CellOutput>): number {
  if (!r.ok) return Number.NaN;
  const v = r.value;
  return typeof v === "number" ? v : typeof v === "string" ? (GRADE_RANK[v] ?? Number.NaN) : v ? 1 : 0;
}

/** What a cell gets from the functions: the fast path where it is proven, else the decimal path (Rule#evaluateCell). */
const cellPath = (rule: Rule, f: Formula): number => folded(rule.evaluateCell(f.args));

/** The decimal path alone (Rule#evaluate, the reference), as a cell takes its result: the functions before the fast path. */
function decimalPath(rule: Rule, f: Formula): number {
  const r = rule.evaluate(f.args);
  return folded(r.ok ? { ok: true, value: toCellValue(r.value) } : r);
}

/** Sums what is finite and counts what is not, so every result is used. */
function checksum(values: Iterable<number>): { sum: number; errors: number } {
  let sum = 0;
  let errors = 0;
  for (const v of values) {
    if (Number.isFinite(v)) sum += v;
    else errors++;
  }
  return { sum, errors };
}

interface Timed {
  wallMs: number;
  cpuMs: number;
}

/**
 * Runs `pass` `runs` times after three warm-up passes (the same for every contender: on a loaded machine the
 * optimising compiler needs them), medians of wall and CPU time.
 */
function timed(pass: () => void, runs: number, warmUps = 3): Timed {
  for (let w = 0; w < warmUps; w++) pass();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    pass();
    walls.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  return { wallMs: round(median(walls), 2), cpuMs: round(median(cpus), 2) };
}

const perCall = (t: Timed, cells: number): { usPerCallCpu: number; usPerCallWall: number } => ({
  usPerCallCpu: round((t.cpuMs * 1000) / cells, 3),
  usPerCallWall: round((t.wallMs * 1000) / cells, 3),
});

/** Results that differ between two runs of the same formulas (NaN equals NaN: both an error). */
function differing(a: Float64Array, b: Float64Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (!(Object.is(a[i], b[i]) || (Number.isNaN(a[i]) && Number.isNaN(b[i])))) n++;
  return n;
}

/** Differences beyond float noise (|x − y| > 10^−9, or an error on one side only): what a person would see. */
function differingBeyondNoise(a: Float64Array, b: Float64Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i++)
    if (!(Math.abs(a[i] - b[i]) <= 1e-9 || (Number.isNaN(a[i]) && Number.isNaN(b[i])))) n++;
  return n;
}

/**
 * HyperFormula on the same formulas: the sheet built once (parse, dependency graph, first evaluation, timed
 * once), then each pass sets every argument cell again, which recomputes every formula, and reads the results.
 */
function hyperformulaRun(
  formulas: readonly Formula[],
  out: Float64Array,
  runs: number,
): { build: Timed; recalc: Timed } {
  const sheet = sheetOf(formulas);
  const inputs = sheet.map((row) => row.slice(0, 5));
  let hf: HyperFormula | undefined;
  const build = timed(
    () => {
      hf?.destroy();
      hf = HyperFormula.buildFromArray(sheet as never, { licenseKey: "gpl-v3" });
    },
    1,
    1,
  );
  const engine = hf as unknown as HyperFormula;
  const area = { start: { sheet: 0, col: 5, row: 0 }, end: { sheet: 0, col: 5, row: formulas.length - 1 } };
  const recalc = timed(() => {
    engine.setCellContents({ sheet: 0, col: 0, row: 0 }, inputs as never);
    engine.getRangeValues(area).forEach((row, i) => (out[i] = foldPeer(row[0])));
  }, runs);
  engine.destroy();
  return { build, recalc };
}

/**
 * 10,000 formulas of varied arguments from a seeded generator, evaluated in the same run by the functions as
 * a cell gets them (fast path where proven), by the decimal path alone, by the same formulas in plain doubles,
 * by formulajs and by HyperFormula; every result sums into printed checksums so no loop can be dropped.
 */
export function benchFunctions(cells = 10_000, runs = 7): Record<string, unknown>[] {
  const formulas = formulaMix(cells, SEED);
  const rules = formulas.map((f) => {
    const rule = ruleNamed(f.name);
    if (!rule) throw new Error(f.name);
    return rule;
  });
  const ours = new Float64Array(cells);
  const decimal = new Float64Array(cells);
  const float = new Float64Array(cells);
  const fjs = new Float64Array(cells);
  const hfOut = new Float64Array(cells);
  const fns = formulajs as unknown as Record<string, (...args: unknown[]) => unknown>;
  const jixiao = timed(() => {
    for (let i = 0; i < cells; i++) ours[i] = cellPath(rules[i], formulas[i]);
  }, runs);
  const jixiaoDecimal = timed(() => {
    for (let i = 0; i < cells; i++) decimal[i] = decimalPath(rules[i], formulas[i]);
  }, runs);
  const baseline = timed(() => {
    for (let i = 0; i < cells; i++) float[i] = floatResult(formulas[i]);
  }, runs);
  const fjsTime = timed(() => formulajsPass(fns, formulas, fjs), runs);
  const hf = hyperformulaRun(formulas, hfOut, Math.min(runs, 3));
  const fastTaken = formulas.filter((f, i) => rules[i].fastCell(f.args) !== undefined).length;

  const byName = new Map<string, { formulas: Formula[]; rule: Rule }>();
  formulas.forEach((f, i) => {
    const entry = byName.get(f.name) ?? { formulas: [], rule: rules[i] };
    entry.formulas.push(f);
    byName.set(f.name, entry);
  });
  const perFunction = [...byName].map(([name, { formulas: fs_, rule }]) => {
    const sink = new Float64Array(fs_.length);
    const n = fs_.length;
    const t = timed(() => fs_.forEach((f, i) => (sink[i] = cellPath(rule, f))), runs);
    const sum = checksum(sink).sum;
    const d = timed(() => fs_.forEach((f, i) => (sink[i] = decimalPath(rule, f))), runs);
    const u = timed(() => fs_.forEach((f, i) => (sink[i] = floatResult(f))), runs);
    const j = timed(() => formulajsPass(fns, fs_, sink), runs);
    return {
      bench: "function",
      name,
      cells: n,
      fastPathShare: round(fs_.filter((f) => rule.fastCell(f.args) !== undefined).length / n, 3),
      nsPerCallCpu: Math.round((t.cpuMs * 1e6) / n),
      decimalNsPerCallCpu: Math.round((d.cpuMs * 1e6) / n),
      floatNsPerCallCpu: round((u.cpuMs * 1e6) / n, 1),
      formulajsNsPerCallCpu: Math.round((j.cpuMs * 1e6) / n),
      checksum: sum,
    };
  });

  return [
    ...perFunction,
    {
      bench: "functions-10000-mix",
      cells,
      runs,
      seed: SEED,
      jixiao: { ...jixiao, ...perCall(jixiao, cells), fastPathShare: round(fastTaken / cells, 3) },
      jixiaoDecimalPath: { ...jixiaoDecimal, ...perCall(jixiaoDecimal, cells) },
      float: { ...baseline, ...perCall(baseline, cells) },
      formulajs: { ...fjsTime, ...perCall(fjsTime, cells), version: "4.6.1" },
      hyperformula: {
        build: hf.build,
        recalc: { ...hf.recalc, ...perCall(hf.recalc, cells) },
        version: HyperFormula.version,
      },
      ratioCpu: {
        jixiaoToFloat: round(jixiao.cpuMs / baseline.cpuMs, 1),
        jixiaoToFormulajs: round(jixiao.cpuMs / fjsTime.cpuMs, 2),
        jixiaoToHyperformulaRecalc: round(jixiao.cpuMs / hf.recalc.cpuMs, 3),
        decimalPathToFormulajs: round(jixiaoDecimal.cpuMs / fjsTime.cpuMs, 2),
        decimalPathToJixiao: round(jixiaoDecimal.cpuMs / jixiao.cpuMs, 2),
        formulajsToFloat: round(fjsTime.cpuMs / baseline.cpuMs, 1),
      },
      ratioWall: {
        jixiaoToFloat: round(jixiao.wallMs / baseline.wallMs, 1),
        jixiaoToFormulajs: round(jixiao.wallMs / fjsTime.wallMs, 2),
        decimalPathToFormulajs: round(jixiaoDecimal.wallMs / fjsTime.wallMs, 2),
      },
      goal: "jixiao ≤ 2 × formulajs (CPU)",
      checksum: {
        jixiao: checksum(ours),
        decimalPath: checksum(decimal),
        float: checksum(float),
        formulajs: checksum(fjs),
        hyperformula: checksum(hfOut),
      },
      resultsDifferingFromDecimalPath: differing(ours, decimal),
      resultsDifferingFromFloat: differing(ours, float),
      floatNoiseAside: {
        jixiaoToFloat: differingBeyondNoise(ours, float),
        formulajsToFloat: differingBeyondNoise(fjs, float),
        hyperformulaToFloat: differingBeyondNoise(hfOut, float),
      },
      ...load(),
    },
  ];
}
