import type { Dec } from "../../decimal";
import { panelScore } from "./score";
import { TRIMMED_MIN, type PanelMethod } from "./presets";
import { problem, type Problem } from "../../tree/checkTree";
import { columnLetters, type MergedView } from "../../sheet/grid";
import type { NumberLedger } from "../../sheet/numberLedger";
import { isNotApplicable } from "../../sheet/readCellText";
import { readPoints } from "../../cells/readCell";
import { noteWords } from "../../messages";

/** A panel's scoring sheet as read: how many experts' columns stand beside the panel's 得分, and how it was taken from them. */
export interface PanelReading {
  /** The experts' own score columns (专家1 … 专家N). */
  readonly experts: number;
  /** Their letters, for the person. */
  readonly columns: readonly string[];
  /** The experts who scored at least one indicator (a number or 不适用). */
  readonly scored: number;
  /** How every checked 得分 follows from the experts' scores; null when no leaf could be checked. */
  readonly method: PanelMethod | null;
}

/** The headings `jx template --experts` and `jx panel` write (专家1), and the ways reports number their experts (专家一, 专家A, 专家甲, 专家1得分). */
const EXPERT_HEADING =
  /^专家\s*(\d{1,2}|[一二三四五六七八九十]{1,3}|[A-Z]|[甲乙丙丁戊己庚辛壬癸])\s*(得分|评分|打分)?$/;

/** The experts' own columns in the heading row (at least two, none of them the 得分 column), else none. */
export function expertColumns(view: MergedView, headingRow: number, scoreCol: number | null): number[] {
  const cols: number[] = [];
  for (let c = 0; c < view.rowLength(headingRow); c++) {
    if (c !== scoreCol && EXPERT_HEADING.test(view.text(headingRow, c).replace(/\s+/g, ""))) cols.push(c);
  }
  return cols.length >= 2 && scoreCol !== null ? cols : [];
}

/** A leaf as the panel check sees it: its row, its printed 得分 (the panel's), and where that stands. */
export interface PanelLeafRow {
  readonly name: string;
  readonly row: number;
  readonly score: Dec | null;
  readonly scoreAt: string;
}

/**
 * Checks a panel's sheet: each leaf's printed 得分 against its experts' scores on the same row, as the mean
 * (or, for five experts or more, the mean without the highest and the lowest) rounded to the printed score's
 * decimals. A leaf that agrees uses its experts' numbers; one that agrees with neither is a scoreMismatch at
 * its 得分 (its experts' numbers stay listed as not read). Leaves some expert has not scored are not checked.
 */
export function readPanel(
  view: MergedView,
  cols: readonly number[],
  leaves: readonly PanelLeafRow[],
  ledger: NumberLedger,
  problems: Problem[],
): PanelReading | null {
  if (!cols.length) return null;
  const n = cols.length;
  const scoredCols = new Set<number>();
  const checks: { leaf: PanelLeafRow; numbers: Dec[] }[] = [];
  for (const leaf of leaves) {
    const numbers: Dec[] = [];
    for (const c of cols) {
      const raw = view.value(leaf.row, c);
      const v = isNotApplicable(raw) ? null : readPoints(raw).value;
      if (v !== null) numbers.push(v);
      if (v !== null || isNotApplicable(raw)) scoredCols.add(c);
    }
    if (numbers.length === n && leaf.score !== null) checks.push({ leaf, numbers });
  }
  const places = (d: Dec): number => d.decimalPlaces();
  const agrees = (method: PanelMethod, x: { leaf: PanelLeafRow; numbers: Dec[] }): boolean =>
    (method === "mean" || n >= TRIMMED_MIN) &&
    panelScore(x.numbers, method, places(x.leaf.score as Dec)).eq(x.leaf.score as Dec);
  const meanCount = checks.filter((x) => agrees("mean", x)).length;
  const trimmedCount = checks.filter((x) => agrees("trimmed", x)).length;
  const method: PanelMethod | null = !checks.length ? null : trimmedCount > meanCount ? "trimmed" : "mean";
  for (const x of checks) {
    if (agrees(method as PanelMethod, x)) {
      for (const c of cols) ledger.use(x.leaf.row, c);
      continue;
    }
    const how = noteWords(method === "trimmed" ? "trimmedMean" : "plainMean");
    const expected = panelScore(x.numbers, method as PanelMethod, places(x.leaf.score as Dec));
    problems.push(
      problem(x.leaf.scoreAt, "panelScoreMismatch", {
        name: x.leaf.name,
        score: (x.leaf.score as Dec).toFixed(),
        scores: { zh: x.numbers.map((d) => d.toFixed()).join("、"), en: x.numbers.map((d) => d.toFixed()).join(", ") },
        how,
        expected: expected.toFixed(),
      }),
    );
  }
  return { experts: n, columns: cols.map(columnLetters), scored: scoredCols.size, method };
}
