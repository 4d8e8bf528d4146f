import type { MergedView } from "./grid";

/** Where each part of an indicator table stands: 0-based columns and the rows the headings fill. */
export interface TableLayout {
  readonly headingRow: number;
  /** The first row after the headings. */
  readonly dataRow: number;
  /** Per level (一级 first): its name column and its weight column (null when weights sit in the names). */
  readonly levels: readonly { readonly name: number; readonly weight: number | null }[];
  readonly score: number | null;
  readonly explanation: number | null;
  readonly criteria: number | null;
  readonly note: number | null;
  readonly code: number | null;
}

const compact = (s: string): string => s.replace(/\s+/g, "");
const LEVEL = /^([一二三四1-4])级(指标)?(名称)?([（(][^)）]*[)）])?$/;
const LEVEL_INDEX: Record<string, number> = { 一: 0, 二: 1, 三: 2, 四: 3, "1": 0, "2": 1, "3": 2, "4": 3 };
export const WEIGHT_WORD = /^(权重|分值|分数|满分|标准分|指标分值|权重分|权重\(%\)|权重（%）|分值\(分\)|分值（分）)/;
const NAME_WORD = /^(名称|指标名称|指标)$/;
const SCORE_WORD = /^(自评|评价|实际|最终|专家|核定|复核)?(得分|评分|分数)(\(.*\)|（.*）)?$/;
const EXPLANATION_WORD = /^(指标解释|指标说明|指标内涵|指标释义)/;
const CRITERIA_WORD = /^(评分标准|评分细则|评分办法|评价标准|评分依据|评分规则)/;
const NOTE_WORD = /^(评分说明|扣分原因|得分说明|扣分说明|扣分理由|评价说明|备注|说明)/;
const CODE_WORD = /^(编号|序号|指标编码|编码|代码|指标代码)$/;

/** Whether a row holds level headings (一级指标 …): true for the heading rows a split table repeats. */
export function isLevelHeadingRow(view: MergedView, r: number): boolean {
  for (let c = 0; c < view.cols; c++) if (LEVEL.test(compact(view.text(r, c)))) return true;
  return false;
}

/** Finds the heading rows of the first indicator table at or below `from`, by their words. */
export function findLayout(view: MergedView, from = 0): TableLayout | null {
  for (let r = from; r < Math.min(view.rows, from + 60); r++) {
    const levelCols: { level: number; col: number }[] = [];
    for (let c = 0; c < view.cols; c++) {
      const m = LEVEL.exec(compact(view.text(r, c)));
      if (!m) continue;
      const level = LEVEL_INDEX[m[1]];
      const master = view.mergeAt(r, c);
      if (master && master.left !== c) continue; // the rest of a merged heading
      if (levelCols.some((l) => l.level === level)) continue; // a heading repeated across blank merged cells
      levelCols.push({ level, col: c });
    }
    if (!levelCols.length || levelCols[0].level !== 0) continue;
    return layoutAt(view, r, levelCols.sort((a, b) => a.level - b.level).map((l) => l.col));
  }
  return null;
}

function layoutAt(view: MergedView, r: number, levelCols: number[]): TableLayout {
  const sub = r + 1 < view.rows ? r + 1 : -1;
  const hasSubRow = sub >= 0 && Array.from({ length: view.cols }, (_, c) => compact(view.text(sub, c))).some((t) => NAME_WORD.test(t) || (WEIGHT_WORD.test(t) && !LEVEL.test(t)));
  const used = new Set<number>();
  const levels = levelCols.map((col, i) => {
    const end = (levelCols[i + 1] ?? view.cols) - 1;
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
    return { name, weight };
  });
  const find = (word: RegExp, exclude?: RegExp): number | null => {
    for (const row of [r - 1, r, sub]) {
      if (row < 0 || row >= view.rows) continue;
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
  const score = find(SCORE_WORD, /得分率/);
  const code = find(CODE_WORD);
  return { headingRow: r, dataRow: hasSubRow ? sub + 1 : r + 1, levels, score, explanation, criteria, note, code };
}
