import type { GradeBand } from "../grades";
import { problem, type Problem } from "../tree/checkTree";

/** What Excel accepts in a workbook (Excel specifications and limits); beyond them it repairs or refuses the file. */
export const EXCEL_LIMITS = {
  /** Characters in one cell. */
  cellChars: 32_767,
  /** Characters in one formula. */
  formulaChars: 8_192,
  /** Characters in a text constant inside a formula ("…"). */
  formulaText: 255,
  /** Functions nested inside one another. */
  nesting: 64,
} as const;

/** Text for a cell, cut at Excel's limit (the template check reports the cut before anything is written). */
export function cellText(t: string): string {
  return t.length > EXCEL_LIMITS.cellChars ? `${t.slice(0, EXCEL_LIMITS.cellChars - 1)}…` : t;
}

/**
 * Where any text in the data is longer than a cell holds: one problem per string, at its JSON path. Walks
 * any parsed template or form (depth is already limited by the file reader).
 */
export function longTextProblems(data: unknown, path = ""): Problem[] {
  if (typeof data === "string") {
    return data.length > EXCEL_LIMITS.cellChars
      ? [problem(path || "/", "textTooLong", { length: data.length, limit: EXCEL_LIMITS.cellChars })]
      : [];
  }
  if (Array.isArray(data)) return data.flatMap((v, i) => longTextProblems(v, `${path}/${i}`));
  if (data && typeof data === "object")
    return Object.entries(data).flatMap(([k, v]) => longTextProblems(v, `${path}/${k}`));
  return [];
}

/**
 * Grade bands the 等级 formula can hold: each label is a text constant inside it (at most 255 characters),
 * each band one nested IF (at most 64), and the whole formula at most 8,192 characters.
 */
export function gradeBandProblems(bands: readonly GradeBand[] | undefined, base = "/grades"): Problem[] {
  if (!bands) return [];
  const problems: Problem[] = [];
  bands.forEach((b, i) => {
    if (b.label.length > EXCEL_LIMITS.formulaText) {
      problems.push(
        problem(`${base}/${i}/label`, "gradeLabelTooLong", { length: b.label.length, limit: EXCEL_LIMITS.formulaText }),
      );
    }
  });
  if (bands.length > EXCEL_LIMITS.nesting) {
    problems.push(problem(base, "tooManyGrades", { count: bands.length, limit: EXCEL_LIMITS.nesting }));
  }
  const formulaChars = bands.reduce((s, b) => s + b.label.length + String(b.min).length + 40, 0);
  if (!problems.length && formulaChars > EXCEL_LIMITS.formulaChars) {
    problems.push(problem(base, "gradeFormulaTooLong", { limit: EXCEL_LIMITS.formulaChars }));
  }
  return problems;
}

/**
 * What jx lays out at most: the 50,000 leaves the performance goals name, with their parents' rows (a workbook that
 * size takes about 10 s and 1.3 GB to write); more is refused before any memory is spent.
 */
export const LAYOUT_LIMITS = { rows: 60_000 } as const;

/** Rows a list of indicators takes when laid out (each indicator and each extra row label). */
function rowsOf(list: readonly unknown[]): number {
  return list.reduce<number>((n, item) => {
    const ind = item as { readonly rows?: readonly unknown[]; readonly children?: readonly unknown[] };
    return n + 1 + (ind.rows?.length ?? 0) + rowsOf(ind.children ?? []);
  }, 0);
}

/** A refusal when a template or form has more indicator rows than LAYOUT_LIMITS: nothing is laid out then. */
export function sizeProblem(indicators: readonly unknown[], at = "/indicators"): Problem | null {
  const rows = rowsOf(indicators);
  return rows > LAYOUT_LIMITS.rows ? problem(at, "tooManyRows", { rows, limit: LAYOUT_LIMITS.rows }) : null;
}
