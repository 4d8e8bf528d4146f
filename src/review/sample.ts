import { seededRandom } from "../seededRandom";
import { Dec, ZERO } from "../decimal";
import type { ProjectRow } from "./projects";
import { refusalWords } from "../messages";

/** How the 复核 sample is drawn: a share of projects, or projects until their budgets reach a share of the funds. */
export interface SampleSpec {
  readonly by: "projects" | "funds";
  /** The share as a fraction (0.2 for 20%). */
  readonly share: Dec;
  readonly seed: number;
}

/** The department a project is stratified under; a project without 主管部门 forms its own stratum. */
export const NO_DEPARTMENT = "（未填主管部门）";

/** "20%" or "0.2" → 0.2; null when it is not a share in (0, 1]. */
export function parseShare(text: string): Dec | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(%|％)?\s*$/.exec(text);
  if (!m) return null;
  const share = m[2] ? new Dec(m[1]).div(100) : new Dec(m[1]);
  return share.gt(0) && share.lte(1) ? share : null;
}

/** Why a sample was refused: Chinese, then English. */
export interface SampleProblem {
  readonly zh: string;
  readonly en: string;
}

/**
 * The sample a person asked for, checked the same way in every door (--sample / --sample-funds and --seed, the
 * pane's fields): the share as 20% or 0.2 in (0, 1], the seed a whole number from 0 to 4294967295 (1 when
 * not given).
 */
export function sampleSpecOf(by: SampleSpec["by"], shareText: string, seedText?: string): SampleSpec | SampleProblem {
  const share = parseShare(shareText);
  if (!share) return refusalWords("sampleShare", { got: shareText });
  const seed = seedText === undefined || seedText.trim() === "" ? 1 : Number(seedText);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    return refusalWords("sampleSeed", { got: seedText ?? "" });
  return { by, share, seed };
}

export const isSampleProblem = (x: SampleSpec | SampleProblem): x is SampleProblem => "zh" in x;

export { seededRandom };

/** Plain code-unit order (not the locale's), the same on every machine. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const keyOf = (p: Pick<ProjectRow, "file" | "sheet">): string => `${p.file}\u0000${p.sheet}`;

/** The strata: projects grouped by 主管部门, departments in code-unit order, projects by file then sheet. */
export function strata(projects: readonly ProjectRow[]): [string, ProjectRow[]][] {
  const groups = new Map<string, ProjectRow[]>();
  for (const p of projects) {
    const d = p.department ?? NO_DEPARTMENT;
    groups.set(d, [...(groups.get(d) ?? []), p]);
  }
  return [...groups.entries()]
    .sort((a, b) => byCodeUnits(a[0], b[0]))
    .map(([d, ps]) => [d, [...ps].sort((a, b) => byCodeUnits(keyOf(a), keyOf(b)))]);
}

/** Fisher–Yates with the seeded generator: one stream for the whole draw, strata in order. */
function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/**
 * How many projects each stratum gives to a sample of n: n × stratum ÷ total rounded down, the rest to the
 * largest remainders (ties to the earlier department) — Hamilton's method, in whole numbers.
 */
export function allocate(sizes: readonly number[], n: number): number[] {
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total === 0) return sizes.map(() => 0);
  const quota = sizes.map((s) => Math.floor((n * s) / total));
  const rest = sizes.map((s, i) => ({ i, r: (n * s) % total })).sort((a, b) => b.r - a.r || a.i - b.i);
  let left = n - quota.reduce((a, b) => a + b, 0);
  for (const { i } of rest) {
    if (left === 0) break;
    if (quota[i] < sizes[i]) {
      quota[i]++;
      left--;
    }
  }
  return quota;
}

/**
 * The 复核 sample, stratified by 主管部门 and reproducible: the projects are put in a fixed order (department,
 * file, sheet), each stratum shuffled by the seeded generator, then
 * - by projects: ⌈share × N⌉ projects, shared out over the departments in proportion to their sizes;
 * - by funds: in each department, projects drawn in the shuffled order until their 全年预算数 reach the share of
 *   the department's (projects without a budget count 0), so the whole sample reaches the share of all funds.
 * Returned in the fixed order.
 */
export function drawSample(projects: readonly ProjectRow[], spec: SampleSpec): ProjectRow[] {
  const random = seededRandom(spec.seed);
  const groups = strata(projects);
  const shuffled = groups.map(([, ps]) => shuffle(ps, random));
  const picked: ProjectRow[] = [];
  if (spec.by === "projects") {
    const n = spec.share.times(projects.length).ceil().toNumber();
    const quota = allocate(
      groups.map(([, ps]) => ps.length),
      n,
    );
    shuffled.forEach((ps, i) => picked.push(...ps.slice(0, quota[i])));
  } else {
    for (const ps of shuffled) {
      const total = ps.reduce((a, p) => a.plus(p.budget ?? ZERO), ZERO);
      const goal = total.times(spec.share);
      let reached = ZERO;
      for (const p of ps) {
        if (goal.isZero() || reached.gte(goal)) break;
        if (p.budget === null || p.budget.lte(0)) continue;
        picked.push(p);
        reached = reached.plus(p.budget);
      }
    }
  }
  const chosen = new Set(picked.map(keyOf));
  return groups.flatMap(([, ps]) => ps).filter((p) => chosen.has(keyOf(p)));
}
