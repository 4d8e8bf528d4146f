import { Dec, roundHalfUp } from "../decimal";
import type { GradeBand } from "../grades";
import { checkTree, problem, type Problem } from "../tree/checkTree";
import { scoreTree, type TreeScore } from "../tree/scoreTree";
import type { ReadTable } from "./readTable";

/** Every weight problem of a table read from a sheet, in reading order of their cells. */
export function checkTable(table: ReadTable): Problem[] {
  return [...table.problems, ...checkTree(table.tree)];
}

function decimalsOf(d: Dec | null): number {
  return d === null ? 2 : Math.max(0, d.decimalPlaces());
}

/**
 * Scores a table read from a sheet: the total to the decimals its printed total shows (2 when none is
 * printed), the grade by `bands`, and the problems that stop a score from standing: weights, missing,
 * negative or too-high scores, and a printed total or grade that disagrees with the computed one.
 */
export function scoreTable(table: ReadTable, bands?: readonly GradeBand[], decimals?: number): { score: TreeScore; problems: Problem[] } {
  const places = decimals ?? decimalsOf(table.printedTotal?.score ?? null);
  const score = scoreTree(table.tree, places, bands);
  const problems = [...table.problems, ...checkTree(table.tree, { requireScores: true })];
  const printed = table.printedTotal?.score ?? null;
  if (printed !== null && score.total !== null && !roundHalfUp(score.total, decimalsOf(printed)).eq(printed) && !problems.length) {
    problems.push(
      problem(table.printedTotal?.scoreAt ?? "", "totalMismatch", `合计得分 ${printed.toFixed()} 与各指标得分之和 ${score.total.toFixed()} 不一致`, `the printed total ${printed.toFixed()} differs from the sum of the scores ${score.total.toFixed()}`),
    );
  }
  if (table.printedGrade && score.grade !== null && table.printedGrade.text !== score.grade && !problems.length) {
    problems.push(
      problem(table.printedGrade.at, "gradeMismatch", `评价等级“${table.printedGrade.text}”与得分对应的等级“${score.grade}”不一致`, `the printed grade "${table.printedGrade.text}" differs from the grade of the score, "${score.grade}"`),
    );
  }
  return { score, problems };
}
