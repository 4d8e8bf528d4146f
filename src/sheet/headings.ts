import type { MergedView } from "./grid";
import { columnLetters } from "./grid";
import { noteWords } from "../messages";

/** A score column the headings offer, with its heading as printed. */
export interface ScoreColumn {
  readonly col: number;
  readonly heading: string;
}

/** Where each part of an indicator table stands: 0-based columns and the rows the headings fill. */
export interface TableLayout {
  readonly headingRow: number;
  /** The first row after the headings. */
  readonly dataRow: number;
  /** Per level (一级 first): its name column and its weight column (null when weights sit in the names). */
  readonly levels: readonly { readonly name: number; readonly weight: number | null; readonly heading: string }[];
  /** The score column taken (see `scoreRule`). */
  readonly score: number | null;
  /** Every score column the headings offer, the one taken among them. */
  readonly scoreColumns: readonly ScoreColumn[];
  /** Why the score column was taken, in Chinese and English, when there was a choice. */
  readonly scoreRule: { readonly zh: string; readonly en: string } | null;
  /** A printed 得分率 column, checked against score ÷ weight. */
  readonly rate: number | null;
  /** Our own workbooks' 适用分值 column: each leaf's weight, or 0 when it is 不适用. */
  readonly applicable: number | null;
  readonly explanation: number | null;
  readonly criteria: number | null;
  readonly note: number | null;
  readonly code: number | null;
}

export const compact = (s: string): string => s.replace(/\s+/g, "");

/**
 * A label as people type it, for matching words: no spaces, no unit in brackets, no brackets or punctuation
 * (`年度资金总额（万元）：` → 年度资金总额, `合 计：` → 合计).
 */
export const labelText = (s: string): string =>
  compact(s)
    .replace(/[（(](万元|元|%|分)[)）]/g, "")
    .replace(/[:：()（）[\]【】、,，.。'"“”]/g, "");

/** Rows under a table (scoring table or form) that are notes or opinions, not indicators. */
export const NOTE_ROW =
  /^((注|备注|说明|附注|填表说明|填报说明|评分说明)([:：0-9一二三、.．]|$)|评审意见|评价意见|专家意见|评价结论|结论[:：])/;
/** Rows under a table that are signatures, dates and contacts. */
export const SIGN_ROW =
  /^(评价人|评分人|评价组|评价机构|评价单位|专家签字|专家组|签字|签名|复核人|审核人|填表人|制表人|负责人|联系人|联系电话|电话|日期|评价日期|填报日期|填表日期|单位负责人|财务负责人|项目负责人|评价小组|组长|单位[（(]盖章|盖章)/;
const LEVEL = /^([一二三四五六1-6])级(指标)?(名称)?([（(][^)）]*[)）])?$/;
const LEVEL_INDEX: Record<string, number> = {
  一: 0,
  二: 1,
  三: 2,
  四: 3,
  五: 4,
  六: 5,
  "1": 0,
  "2": 1,
  "3": 2,
  "4": 3,
  "5": 4,
  "6": 5,
};
export const WEIGHT_WORD =
  /^(权重|分值|分数|满分|标准分|指标分值|权重分|标准分值|权重\(%\)|权重（%）|分值\(分\)|分值（分）)/;
const NAME_WORD = /^(名称|指标名称|指标)$/;
/** Headings that name the levels in tables that do not say 一级指标 …: left to right, level 1 first. */
const OTHER_LEVEL_WORD =
  /^(评价内容|评价指标|指标名称|考核内容|考核指标|评价要点|具体指标|评价项目|考核项目|指标内容|评价维度|一级|二级|三级|四级)([(（](分值|权重|分)[)）])?$/;
/** A level heading that says its names carry their weights: 评价指标（分值）. */
const WEIGHTS_IN_NAMES = /[(（](分值|权重|分)[)）]$/;
const SCORE_WORD = /^(单位|部门)?(自评|评价|实际|最终|专家|核定|复核|综合)?(得分|评分|分数)(\(.*\)|（.*）)?$/;
const RATE_WORD = /^得分率/;
const APPLICABLE_WORD = /^适用分值/;
const EXPLANATION_WORD = /^(指标解释|指标说明|指标内涵|指标释义)/;
const CRITERIA_WORD = /^(评分标准|评分细则|评分办法|评价标准|评分依据|评分规则|评价要点|考核要点|评分要点)/;
const NOTE_WORD = /^(评分说明|扣分原因|得分说明|扣分说明|扣分理由|评价说明|备注|说明|得分依据|扣分情况)/;
const CODE_WORD = /^(编号|序号|指标编码|编码|代码|指标代码)$/;

/**
 * The stated rule for several score columns: a reviewer's 复核得分 first, then the evaluators' own
 * (评价/专家/最终/核定/综合得分), then a plain 得分/评分, then the unit's self-assessment (自评/单位得分);
 * among equals the rightmost, as later columns are filled later.
 */
function scoreRank(heading: string): number {
  if (/复核/.test(heading)) return 4;
  if (/评价|专家|最终|核定|综合/.test(heading)) return 3;
  if (/自评|单位|部门/.test(heading)) return 1;
  return 2;
}

/** Picks the score column: `wanted` (a heading or a column letter) when given, else by `scoreRank`. */
function chooseScore(
  columns: readonly ScoreColumn[],
  wanted?: string,
): { col: number | null; rule: TableLayout["scoreRule"] } {
  if (!columns.length) return { col: null, rule: null };
  if (wanted !== undefined) {
    const w = compact(wanted);
    const hit = columns.find((c) => c.heading === w || columnLetters(c.col) === w.toUpperCase());
    if (hit)
      return {
        col: hit.col,
        rule: noteWords("scoreColumnAsked", { heading: hit.heading, column: columnLetters(hit.col) }),
      };
    return {
      col: null,
      rule: noteWords("scoreColumnMissing", { wanted, columns: columns.map((c) => c.heading).join("、") }),
    };
  }
  if (columns.length === 1) return { col: columns[0].col, rule: null };
  let best = columns[0];
  for (const c of columns) if (scoreRank(c.heading) >= scoreRank(best.heading)) best = c;
  const others = columns.filter((c) => c !== best).map((c) => `“${c.heading}”（${columnLetters(c.col)} 列）`);
  return {
    col: best.col,
    rule: noteWords("scoreColumnChosen", {
      count: columns.length,
      heading: best.heading,
      column: columnLetters(best.col),
      others: others.join("、"),
    }),
  };
}

/** Whether a row holds level headings (一级指标 …): true for the heading rows a split table repeats. */
export function isLevelHeadingRow(view: MergedView, r: number): boolean {
  for (let c = 0; c < view.cols; c++) if (LEVEL.test(compact(view.text(r, c)))) return true;
  return false;
}

/** Options of a table read. */
export interface LayoutOptions {
  /** A score column's heading or letter, when the sheet has several. */
  readonly scoreColumn?: string;
}

/**
 * Finds the heading rows of the first indicator table at or below `from`, by their words: 一级指标 … 六级指标,
 * or, in tables that do not name the levels so, 评价内容 / 评价指标 / 考核内容 / 评价要点 … left to right.
 */
export function findLayout(view: MergedView, from = 0, options: LayoutOptions = {}): TableLayout | null {
  const end = Math.min(view.rows, from + 200);
  for (let r = from; r < end; r++) {
    const levelCols: { level: number; col: number; heading: string }[] = [];
    for (let c = 0; c < view.cols; c++) {
      const t = compact(view.text(r, c));
      const m = LEVEL.exec(t);
      if (!m) continue;
      const level = LEVEL_INDEX[m[1]];
      const master = view.mergeAt(r, c);
      if (master && master.left !== c) continue; // the rest of a merged heading
      if (levelCols.some((l) => l.level === level)) continue; // a heading repeated across blank merged cells
      levelCols.push({ level, col: c, heading: t });
    }
    if (!levelCols.length || levelCols[0].level !== 0) continue;
    return layoutAt(
      view,
      r,
      levelCols.sort((a, b) => a.level - b.level),
      options,
    );
  }
  // Tables whose headings say 评价内容 / 评价要点 / 考核指标 …: a row with such a heading and a 分值/权重 heading.
  for (let r = from; r < end; r++) {
    const texts = Array.from({ length: view.cols }, (_, c) =>
      view.mergeAt(r, c) && view.mergeAt(r, c)?.left !== c ? "" : compact(view.text(r, c)),
    );
    const names = texts.map((t, c) => ({ t, c })).filter(({ t }) => OTHER_LEVEL_WORD.test(t));
    if (!names.length || !(texts.some((t) => WEIGHT_WORD.test(t)) || names.some(({ t }) => WEIGHTS_IN_NAMES.test(t))))
      continue;
    if (!texts.some((t) => SCORE_WORD.test(t)) && names.length < 2) continue;
    return layoutAt(
      view,
      r,
      names.map(({ t, c }, level) => ({ level, col: c, heading: t })),
      options,
    );
  }
  return null;
}

function layoutAt(
  view: MergedView,
  r: number,
  levelCols: readonly { col: number; heading: string }[],
  options: LayoutOptions,
): TableLayout {
  const sub = r + 1 < view.rows ? r + 1 : -1;
  const hasSubRow =
    sub >= 0 &&
    Array.from({ length: view.cols }, (_, c) => compact(view.text(sub, c))).some(
      (t) => NAME_WORD.test(t) || (WEIGHT_WORD.test(t) && !LEVEL.test(t)),
    );
  const used = new Set<number>();
  const levels = levelCols.map(({ col, heading }, i) => {
    const end = (levelCols[i + 1]?.col ?? view.cols) - 1;
    let name = col;
    let weight: number | null = null;
    const span = hasSubRow ? [sub] : [r];
    for (const row of span) {
      for (let c = col; c <= Math.min(end, col + 2); c++) {
        const t = compact(view.text(row, c));
        if (hasSubRow && NAME_WORD.test(t) && c !== weight) name = c;
        else if (WEIGHT_WORD.test(t) && weight === null && (c !== col || hasSubRow)) weight = c;
      }
    }
    if (weight === name) weight = null;
    used.add(name);
    if (weight !== null) used.add(weight);
    return { name, weight, heading };
  });
  const rowsToSearch = [r - 1, r, sub].filter((row) => row >= 0 && row < view.rows);
  const find = (word: RegExp, exclude?: RegExp): number | null => {
    for (const row of rowsToSearch) {
      for (let c = 0; c < view.cols; c++) {
        if (used.has(c)) continue;
        const t = compact(view.text(row, c));
        if (word.test(t) && !(exclude && exclude.test(t))) {
          const m = view.mergeAt(row, c);
          if (m && m.left !== c) continue;
          used.add(c);
          return c;
        }
      }
    }
    return null;
  };
  const explanation = find(EXPLANATION_WORD);
  const criteria = find(CRITERIA_WORD);
  const note = find(NOTE_WORD);
  const rate = find(RATE_WORD);
  const applicable = find(APPLICABLE_WORD);
  const scoreColumns: ScoreColumn[] = [];
  for (let c = 0; c < view.cols; c++) {
    if (used.has(c)) continue;
    for (const row of rowsToSearch) {
      const t = compact(view.text(row, c));
      const m = view.mergeAt(row, c);
      // A heading merged over several columns (评价得分 over 得分/得分率) names its first column only.
      if (SCORE_WORD.test(t) && !RATE_WORD.test(t) && !(m && m.left !== c)) {
        scoreColumns.push({ col: c, heading: t });
        break;
      }
    }
  }
  const chosen = chooseScore(scoreColumns, options.scoreColumn);
  const code = find(CODE_WORD);
  return {
    headingRow: r,
    dataRow: hasSubRow ? sub + 1 : r + 1,
    levels,
    score: chosen.col,
    scoreColumns,
    scoreRule: chosen.rule,
    rate,
    applicable,
    explanation,
    criteria,
    note,
    code,
  };
}
