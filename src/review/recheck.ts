import { Dec, ZERO, roundHalfUp } from "../decimal";
import type { ProjectRow } from "./projects";

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
    lines.push({
      zh: `抽取 ${sample.length} 个项目复核，占项目总数的 ${percentText(s.projects)}、资金的 ${percentText(s.funds)}。`,
      en: `${sample.length} project(s) drawn for re-scoring: ${percentText(s.projects)} of the projects, ${percentText(s.funds)} of the funds.`,
    });
  }
  if (recheck) {
    const done = recheck.pairs.map((p) => p.original);
    const s = shares(done, all);
    const far = recheck.pairs.filter((p) => p.diff !== null && p.diff.abs().gte(threshold)).length;
    const changed = recheck.pairs.filter((p) => p.gradeChanged).length;
    const t = threshold.toFixed();
    lines.push({
      zh: `抽查复核 ${done.length} 个项目，占项目总数的 ${percentText(s.projects)}、资金的 ${percentText(s.funds)}；其中 ${far} 个项目复核得分与自评得分相差 ${t} 分以上，${changed} 个项目等级发生变化。`,
      en: `${done.length} project(s) re-scored: ${percentText(s.projects)} of the projects, ${percentText(s.funds)} of the funds; in ${far} the re-score differs from the self-evaluation by ${t} points or more, in ${changed} the grade changed.`,
    });
    const flagged = recheck.pairs.filter((p) => p.flagged);
    for (const p of flagged) {
      const name = p.original.name ?? `${p.original.file}［${p.original.sheet}］`;
      lines.push({
        zh: `${name}：自评 ${p.original.score?.toFixed() ?? "—"} 分（${p.original.grade ?? "未评定"}），复核 ${p.review.score?.toFixed() ?? "—"} 分（${p.review.grade ?? "未评定"}），相差 ${p.diff?.toFixed() ?? "—"} 分。`,
        en: `${name}: self-evaluated ${p.original.score?.toFixed() ?? "—"} (${p.original.grade ?? "no grade"}), re-scored ${p.review.score?.toFixed() ?? "—"} (${p.review.grade ?? "no grade"}), difference ${p.diff?.toFixed() ?? "—"}.`,
      });
    }
    if (recheck.unmatched.length) {
      lines.push({
        zh: `${recheck.unmatched.length} 份复核文件找不到对应的项目（按项目名称与主管部门、或文件名匹配）：${recheck.unmatched.map((r) => `${r.file}［${r.sheet}］`).join("、")}。`,
        en: `${recheck.unmatched.length} re-scored cop(ies) match no project (by 项目名称 and 主管部门, or by file name): ${recheck.unmatched.map((r) => `${r.file} [${r.sheet}]`).join(", ")}.`,
      });
    }
  }
  return lines;
}
