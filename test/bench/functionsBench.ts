import * as fs from "fs";
import * as path from "path";
import { ruleNamed } from "../../src/catalog";
import { toCellValue, type Rule } from "../../src/rules/defineRule";
import { floatResult, formulaMix, type Formula } from "./formulas";
import { load, median, round } from "./processes";

const GRADE_RANK: Record<string, number> = { 优: 4, 良: 3, 中: 2, 差: 1 };

/** A cell's result folded into a number for the checksum: numbers as they are, grades by rank (as the float baseline), errors as NaN. */
function folded(rule: Rule, f: Formula): number {
  const r = rule.evaluate(f.args);
  if (!r.ok) return Number.NaN;
  const v = toCellValue(r.value);
  return typeof v === "number" ? v : typeof v === "string" ? (GRADE_RANK[v] ?? Number.NaN) : v ? 1 : 0;
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

/** Runs `pass` `runs` times after a warm-up; medians of wall and CPU time. */
function timed(pass: () => void, runs: number): Timed {
  pass();
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

/** Where a peer library would be: only used when it is already installed, never installed by the bench. */
function installed(name: string): boolean {
  return fs.existsSync(path.join(__dirname, "..", "..", "node_modules", name, "package.json"));
}

/**
 * 10,000 formulas of varied arguments from a seeded generator, evaluated by the project's functions and by
 * the same formulas in plain doubles; both results sum into printed checksums so neither can be folded away.
 */
export function benchFunctions(cells = 10_000, runs = 7): Record<string, unknown>[] {
  const formulas = formulaMix(cells);
  const rules = formulas.map((f) => {
    const rule = ruleNamed(f.name);
    if (!rule) throw new Error(f.name);
    return rule;
  });
  const ours = new Float64Array(cells);
  const float = new Float64Array(cells);
  const jixiao = timed(() => {
    for (let i = 0; i < cells; i++) ours[i] = folded(rules[i], formulas[i]);
  }, runs);
  const baseline = timed(() => {
    for (let i = 0; i < cells; i++) float[i] = floatResult(formulas[i]);
  }, runs);
  let differ = 0;
  for (let i = 0; i < cells; i++) if (!(ours[i] === float[i] || (Number.isNaN(ours[i]) && Number.isNaN(float[i])))) differ++;

  const byName = new Map<string, { formulas: Formula[]; rule: Rule }>();
  formulas.forEach((f, i) => {
    const entry = byName.get(f.name) ?? { formulas: [], rule: rules[i] };
    entry.formulas.push(f);
    byName.set(f.name, entry);
  });
  const perFunction = [...byName].map(([name, { formulas: fs_, rule }]) => {
    const sink = new Float64Array(fs_.length);
    const t = timed(() => fs_.forEach((f, i) => (sink[i] = folded(rule, f))), runs);
    const u = timed(() => fs_.forEach((f, i) => (sink[i] = floatResult(f))), runs);
    return { bench: "function", name, cells: fs_.length, nsPerCall: Math.round((t.cpuMs * 1e6) / fs_.length), floatNsPerCall: round((u.cpuMs * 1e6) / fs_.length, 1), checksum: checksum(sink).sum };
  });

  const peers = ["@formulajs/formulajs", "hyperformula"].map((p) => ({ peer: p, installed: installed(p) }));
  return [
    ...perFunction,
    {
      bench: "functions-10000-mix",
      cells,
      runs,
      seed: 20261203,
      jixiao,
      float: baseline,
      ratioCpu: round(jixiao.cpuMs / baseline.cpuMs, 1),
      ratioWall: round(jixiao.wallMs / baseline.wallMs, 1),
      checksum: checksum(ours),
      floatChecksum: checksum(float),
      resultsDifferingFromFloat: differ,
      peers: peers.map((p) => (p.installed ? p : { ...p, note: "not in node_modules: not installed by the bench, float baseline only" })),
      ...load(),
    },
  ];
}
