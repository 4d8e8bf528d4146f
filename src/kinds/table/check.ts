import { Dec, roundHalfUp } from "../../decimal";
import { GRADE_SCHEMES, printedGradeLabel, type GradeBand } from "../../grades";
import { checkTree, problem, type Problem } from "../../tree/checkTree";
import { scoreTree, type TreeScore } from "./score";
import type { ReadTable } from "./read";

/** Each problem once: the same kind at the same cell is one problem, in reading order. */
export function uniqueProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.at}|${p.kind}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every weight problem of a table read from a sheet, in reading order of their cells. */
export function checkTable(table: ReadTable): Problem[] {
  return uniqueProblems([...table.problems, ...checkTree(table.tree, { maxDepth: Infinity })]);
}

function decimalsOf(d: Dec | null): number {
  return d === null ? 2 : Math.max(0, d.decimalPlaces());
}

/** Every label a printed grade may use: the bands in force first, then the common schemes'. */
function knownLabels(bands: readonly GradeBand[]): string[] {
  return [...new Set([...bands.map((b) => b.label), ...GRADE_SCHEMES.flatMap((g) => g.bands.map((b) => b.label))])];
}

/**
 * Tables people made may be deeper than the four levels our templates allow: they are read and scored as they are.
 * Scores a table read from a sheet: the total to the decimals its printed total shows (2 when none is
 * printed), the grade by `bands`, and the problems that stop a score from standing: weights, missing,
 * negative or too-high scores, and a printed total or grade that disagrees with the computed one —
 * compared whatever else is wrong, so a printed figure we cannot reproduce is always said.
 */
export function scoreTable(
  table: ReadTable,
  bands?: readonly GradeBand[],
  decimals?: number,
): { score: TreeScore; problems: Problem[] } {
  const places = decimals ?? decimalsOf(table.printedTotal?.score ?? null);
  const score = scoreTree(table.tree, places, bands);
  const problems = [...table.problems, ...checkTree(table.tree, { requireScores: true, maxDepth: Infinity })];
  const printed = table.printedTotal?.score ?? null;
  if (printed !== null && score.total !== null && !roundHalfUp(score.total, decimalsOf(printed)).eq(printed)) {
    problems.push(
      problem(table.printedTotal?.scoreAt ?? "", "tableTotalMismatch", {
        printed: printed.toFixed(),
        total: score.total.toFixed(),
      }),
    );
  }
  if (table.printedGrade && score.grade !== null) {
    const label = printedGradeLabel(table.printedGrade.text, knownLabels(bands ?? []));
    if (label === null) {
      problems.push(
        problem(table.printedGrade.at, "gradeUnreadable", { printed: table.printedGrade.text, grade: score.grade }),
      );
    } else if (label !== score.grade) {
      problems.push(problem(table.printedGrade.at, "gradeMismatch", { printed: label, grade: score.grade }));
    }
  }
  return { score, problems: uniqueProblems(problems) };
}
