import { Dec, ZERO, roundHalfUp } from "../decimal";
import type { ProjectRow } from "./projects";
import { noteWords } from "../messages";

/** One re-scored project beside its self-evaluation. */
export interface RecheckPair {
  readonly original: ProjectRow;
  readonly review: ProjectRow;
  /** How the copy was matched: by 项目名称 and 主管部门, or by file name. */
  readonly matchedBy: "name" | "file";
  readonly diff: Dec | null;
  readonly gradeChanged: boolean;
  readonly flagged: boolean;
}

export interface RecheckResult {
  readonly pairs: readonly RecheckPair[];
  /** Re-scored copies that match no project, or more than one. */
  readonly unmatched: readonly ProjectRow[];
}

const baseName = (file: string): string => file.split(/[\\/]/).pop() ?? file;

function nameMatches(originals: readonly ProjectRow[], r: ProjectRow): ProjectRow[] {
  if (r.name === null) return [];
  return originals.filter((o) => o.name === r.name && o.department === r.department);
}

function fileMatches(originals: readonly ProjectRow[], r: ProjectRow): ProjectRow[] {
  const same = originals.filter((o) => baseName(o.file) === baseName(r.file));
  const sameSheet = same.filter((o) => o.sheet === r.sheet);
  return sameSheet.length ? sameSheet : same.length === 1 ? same : [];
}

/**
 * Matches each re-scored copy to its original — by 项目名称 and 主管部门 when exactly one project has them,
 * else by file name (and sheet) — and compares: 差异 = 复核得分 − 自评得分; flagged when |差异| ≥ threshold
 * (“相差 10 分以上”, 以上 counting the number itself) or the grade changed.
 */
export function compareRecheck(
  originals: readonly ProjectRow[],
  rechecked: readonly ProjectRow[],
  threshold: Dec,
): RecheckResult {
  const pairs: RecheckPair[] = [];
  const unmatched: ProjectRow[] = [];
  const taken = new Set<ProjectRow>();
  for (const r of rechecked) {
    const byName = nameMatches(originals, r);
    const byFile = byName.length === 1 ? [] : fileMatches(originals, r);
    const original = byName.length === 1 ? byName[0] : byFile.length === 1 ? byFile[0] : null;
    if (!original || taken.has(original)) {
      unmatched.push(r);
      continue;
    }
    taken.add(original);
    const diff = original.score !== null && r.score !== null ? r.score.minus(original.score) : null;
    const gradeChanged = original.grade !== null && r.grade !== null && original.grade !== r.grade;
    pairs.push({
      original,
      review: r,
      matchedBy: byName.length === 1 ? "name" : "file",
      diff,
      gradeChanged,
      flagged: (diff !== null && diff.abs().gte(threshold)) || gradeChanged,
    });
  }
  return { pairs, unmatched };
}

/** A fraction as a percentage with two decimals, half-up: 0.12345 → 12.35%. */
export function percentText(x: Dec | null): string {
  return x === null ? "—" : `${roundHalfUp(x.times(100), 2).toFixed(2)}%`;
}

/** The share of projects and of funds (全年预算数) that a set of projects holds. */
export function shares(
  part: readonly ProjectRow[],
  all: readonly ProjectRow[],
): { projects: Dec | null; funds: Dec | null } {
  const funds = (ps: readonly ProjectRow[]) => ps.reduce((a, p) => a.plus(p.budget ?? ZERO), ZERO);
  const total = funds(all);
  return {
    projects: all.length ? new Dec(part.length).div(all.length) : null,
    funds: total.isZero() ? null : funds(part).div(total),
  };
}

/** The report's sentences on the sample and the 复核, Chinese then English. */
export function recheckSentences(
  all: readonly ProjectRow[],
  sample: readonly ProjectRow[] | null,
  recheck: RecheckResult | null,
  threshold: Dec,
): { zh: string; en: string }[] {
  const lines: { zh: string; en: string }[] = [];
  if (sample) {
    const s = shares(sample, all);
    lines.push(
      noteWords("sampleDrawn", {
        count: sample.length,
        projects: percentText(s.projects),
        funds: percentText(s.funds),
      }),
    );
  }
  if (recheck) {
    const done = recheck.pairs.map((p) => p.original);
    const s = shares(done, all);
    const far = recheck.pairs.filter((p) => p.diff !== null && p.diff.abs().gte(threshold)).length;
    const changed = recheck.pairs.filter((p) => p.gradeChanged).length;
    lines.push(
      noteWords("recheckDone", {
        count: done.length,
        projects: percentText(s.projects),
        funds: percentText(s.funds),
        far,
        threshold: threshold.toFixed(),
        changed,
      }),
    );
    const flagged = recheck.pairs.filter((p) => p.flagged);
    for (const p of flagged) {
      const name = p.original.name ?? `${p.original.file}［${p.original.sheet}］`;
      lines.push(
        noteWords("recheckPair", {
          name,
          before: p.original.score?.toFixed() ?? "—",
          beforeGrade: p.original.grade ?? noteWords("noGrade"),
          after: p.review.score?.toFixed() ?? "—",
          afterGrade: p.review.grade ?? noteWords("noGrade"),
          diff: p.diff?.toFixed() ?? "—",
        }),
      );
    }
    if (recheck.unmatched.length) {
      const files = {
        zh: recheck.unmatched.map((r) => `${r.file}［${r.sheet}］`).join("、"),
        en: recheck.unmatched.map((r) => `${r.file} [${r.sheet}]`).join(", "),
      };
      lines.push(noteWords("recheckUnmatched", { count: recheck.unmatched.length, files }));
    }
  }
  return lines;
}
