import type { Dec } from "../decimal";
import type { GradeCount } from "./grades";
import type { ProjectRow, Unreadable } from "./projects";
import type { RecheckResult } from "./recheck";

const n = (d: Dec | null): number | null => (d === null ? null : d.toNumber());

/**
 * `jx review --json`: {projects, grades, unreadable, sample, recheck} — numbers as JSON numbers, rates as
 * fractions, null where a figure is missing; sample and recheck empty when not asked for.
 */
export function reviewJson(
  projects: readonly ProjectRow[],
  grades: readonly GradeCount[],
  unreadable: readonly Unreadable[],
  sample: readonly ProjectRow[] | null,
  recheck: RecheckResult | null,
) {
  return {
    projects: projects.map((p) => ({
      file: p.file,
      sheet: p.sheet,
      kind: p.kind,
      name: p.name,
      department: p.department,
      unit: p.unit,
      budget: n(p.budget),
      spent: n(p.spent),
      rate: n(p.rate),
      score: n(p.score),
      grade: p.grade,
      problems: p.problems.map((x) => ({ cell: x.cell, kind: x.kind, message: x.message, en: x.en })),
      findings: p.findings.map((x) => ({
        cell: x.cell,
        kind: x.kind,
        message: x.message,
        en: x.en,
        suggestion: x.suggestion,
      })),
      unread: p.unread.map((x) => ({ cell: x.cell, message: x.message, en: x.en })),
    })),
    grades: Object.fromEntries(grades.map((g) => [g.label, { count: g.count, funds: g.funds.toNumber() }])),
    unreadable: unreadable.map((u) => ({ file: u.file, error: u.error })),
    sample: (sample ?? []).map((p) => ({ file: p.file, sheet: p.sheet })),
    recheck: (recheck?.pairs ?? []).map((p) => ({
      file: p.original.file,
      sheet: p.original.sheet,
      self: n(p.original.score),
      review: n(p.review.score),
      diff: n(p.diff),
      gradeChanged: p.gradeChanged,
      flagged: p.flagged,
    })),
  };
}
