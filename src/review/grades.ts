import { ZERO, type Dec } from "../decimal";
import { DEFAULT_BANDS, type GradeBand } from "../grades";
import { byCodeUnits } from "./sample";
import type { ProjectRow } from "./projects";

/** The label of a project that has no grade (scores missing, or a goal table without points). */
export const NO_GRADE = "未评定";

/** One line of the 等级分布: how many projects and how much of their 全年预算数 / 全年执行数. */
export interface GradeCount {
  readonly label: string;
  readonly count: number;
  readonly funds: Dec;
  readonly spent: Dec;
}

/**
 * The grade distribution: the bands' labels in order (highest first), any other label met, then 未评定 when
 * some project has no grade. Funds are the 全年预算数 of the projects (a missing budget counts 0).
 */
export function gradeDistribution(
  projects: readonly ProjectRow[],
  bands: readonly GradeBand[] = DEFAULT_BANDS,
): GradeCount[] {
  const labels = [...bands].sort((a, b) => b.min - a.min).map((b) => b.label);
  const others = [
    ...new Set(projects.map((p) => p.grade).filter((g): g is string => g !== null && !labels.includes(g))),
  ].sort(byCodeUnits);
  const all = [...labels, ...others, ...(projects.some((p) => p.grade === null) ? [NO_GRADE] : [])];
  return all.map((label) => {
    const of = projects.filter((p) => (p.grade ?? NO_GRADE) === label);
    return {
      label,
      count: of.length,
      funds: of.reduce((a, p) => a.plus(p.budget ?? ZERO), ZERO),
      spent: of.reduce((a, p) => a.plus(p.spent ?? ZERO), ZERO),
    };
  });
}
