import { Dec, decimalOf } from "../../decimal";
import { DEFAULT_BANDS, sortBands, type GradeBand } from "../../grades";
import type { Area } from "../../sheet/grid";
import type { Problem } from "../../tree/checkTree";
import { treeOfTemplate } from "../../tree/fromTemplate";
import { scoreTree } from "./score";
import { DEFAULT_DECIMALS, levelNamesOf, type Template, type TemplateIndicator } from "./model";
import { formula, num, text, type CellValidation, type LayoutCell, type ProblemFormat, type SheetLayout } from "../../layout/model";
import { abs as absRef, colRange as columnRange, str } from "../../layout/refs";
import { EXCEL_LIMITS } from "../../layout/excelLimits";
import { rowHeightsOf } from "../../layout/rowHeights";
import { pathInWords } from "../../template/pathInWords";

export const SCORING_SHEET = "评分表";
export const NOT_APPLICABLE = "不适用";

/** Where the scoring sheet's figures stand, for names and the summary sheet. */
export interface ScoringSheetRefs {
  readonly total: { row: number; col: number };
  readonly grade: { row: number; col: number };
  readonly weightTotal: { row: number; col: number };
  readonly scoreCol: number;
  readonly helperCol: number;
  /** Top-level indicators: their weight cell and the rows they span. */
  readonly tops: readonly { name: string; weightRow: number; weightCol: number; first: number; last: number }[];
}

interface Columns {
  readonly name: (level: number) => number;
  readonly weight: (level: number) => number;
  readonly explanation: number | null;
  readonly criteria: number | null;
  readonly score: number;
  readonly rate: number;
  readonly note: number;
  readonly check: number;
  readonly helper: number;
  readonly count: number;
}

function columnsFor(depth: number, hasExplanation: boolean, hasCriteria: boolean): Columns {
  let c = depth * 2;
  const explanation = hasExplanation ? c++ : null;
  const criteria = hasCriteria ? c++ : null;
  const score = c++;
  const rate = c++;
  const note = c++;
  const check = c++;
  const helper = c++;
  return { name: (l) => l * 2, weight: (l) => l * 2 + 1, explanation, criteria, score, rate, note, check, helper, count: c };
}

/** Rows an indicator takes: one per label (its name and its `rows`), or its children's, whichever is more. */
function spanOf(ind: TemplateIndicator): number {
  const own = 1 + (ind.rows?.length ?? 0);
  const children = (ind.children ?? []).reduce((s, c) => s + spanOf(c), 0);
  return Math.max(own, children);
}

function anyIn(list: readonly TemplateIndicator[], key: "explanation" | "criteria"): boolean {
  return list.some((i) => (i[key] !== undefined && i[key] !== "") || anyIn(i.children ?? [], key));
}

/** The grade as a native formula: nested IFs from the highest band down, compared at 9 decimals. */
export function gradeFormula(totalRef: string, bands: readonly GradeBand[]): string {
  const sorted = sortBands(bands);
  const last = sorted[sorted.length - 1];
  const bottom = last.min <= 0 ? str(last.label) : `IF(ROUND(${totalRef},9)>=${last.min},${str(last.label)},"")`;
  return sorted.slice(0, -1).reduceRight((inner, b) => `IF(ROUND(${totalRef},9)>=${b.min},${str(b.label)},${inner})`, bottom);
}

// A problem as it prints: where it is in words (第 1 个指标 › 分值), never a JSON path.
const problemText = (p: Problem): string => `（${pathInWords(p.at, "zh")}）：${p.message}`;

/**
 * The grade bands as reports state them: 90分（含）以上为优，80（含）—90分为良，60（含）—80分为中，60分以下为差.
 */
export function bandsInWords(bands: readonly GradeBand[]): string {
  const sorted = sortBands(bands);
  return sorted
    .map((b, i) => {
      if (i === 0) return `${b.min}分（含）以上为${b.label}`;
      const above = sorted[i - 1].min;
      return b.min <= 0 ? `${above}分以下为${b.label}` : `${b.min}（含）—${above}分为${b.label}`;
    })
    .join("，");
}

/** Whether every leaf has its score (or is 不适用): until then 合计 and 等级 print blank. */
export function allScored(list: readonly TemplateIndicator[], inheritedNA = false): boolean {
  return list.every((i) => {
    const na = inheritedNA || i.notApplicable === true;
    return i.children?.length ? allScored(i.children, na) : na || i.score !== undefined;
  });
}

export function leafCount(list: readonly TemplateIndicator[]): number {
  return list.reduce((n, i) => n + (i.children?.length ? leafCount(i.children) : 1), 0);
}

/**
 * A sum of cells for a formula: a+b+… while that is short, else SUM over the column range holding exactly
 * those cells (the others in it are merged under them, so empty), keeping any parent's formula far below
 * Excel's 8,192 characters however many children it has.
 */
export function sumOf(refs: readonly string[], range: string): string {
  const plus = refs.join("+");
  return plus.length <= 1000 ? plus : `SUM(${range})`;
}

/** A name inside a formula's text: quoted while short, else the cell that holds it (a formula's text is at most 255 characters). */
function nameInFormula(name: string, cell: string, rest: string): string {
  return name.length + rest.length <= EXCEL_LIMITS.formulaText ? str(`${name}${rest}`) : `${cell}&${str(rest)}`;
}

/**
 * Lays out the scoring sheet (评分表) of a template: title, the heading rows as printed in reports
 * (per level 名称 and 分值), one row per leaf and per extra label, parents merged over their
 * descendants, the evaluator's scores with validation, native formulas for rates, checks, the
 * 合计 and the 等级. `problems` (from the template's checks) are listed under the table when given.
 */
export function layoutScoringSheet(
  t: Template,
  problems: readonly Problem[] = [],
  place_: { readonly sheetName?: string; readonly origin?: { readonly row: number; readonly col: number } } = {},
): { sheet: SheetLayout; refs: ScoringSheetRefs } {
  // Every row and column below is relative to the table's top-left; `origin` puts it anywhere on the sheet.
  const o = place_.origin ?? { row: 0, col: 0 };
  const abs = (r: number, c: number): string => absRef(r + o.row, c + o.col);
  const colRange = (c: number, top: number, bottom: number): string => columnRange(c + o.col, top + o.row, bottom + o.row);
  const levelNames = levelNamesOf(t);
  const depth = levelNames.length;
  const cols = columnsFor(depth, anyIn(t.indicators, "explanation"), anyIn(t.indicators, "criteria"));
  const decimals = { ...DEFAULT_DECIMALS, ...t.decimals };
  const bands = t.grades ?? DEFAULT_BANDS;
  const total = decimalOf(t.total ?? 100);
  const scoreFmt = decimals.score > 0 ? `0.${"0".repeat(decimals.score)}` : "0";
  const totalFmt = decimals.total > 0 ? `0.${"0".repeat(decimals.total)}` : "0";
  const cells: LayoutCell[] = [];
  const merges: Area[] = [];
  const formats: ProblemFormat[] = [];
  const checks = new Map<number, string[]>(); // row → check expressions of parents starting there
  const put = (cell: LayoutCell): void => void cells.push({ ...cell, row: cell.row + o.row, col: cell.col + o.col });
  const merge = (top: number, left: number, bottom: number, right: number): void => {
    if (bottom > top || right > left) merges.push({ top: top + o.row, left: left + o.col, bottom: bottom + o.row, right: right + o.col });
  };
  const shifted = (a: { top: number; left: number; bottom: number; right: number }) => ({ top: a.top + o.row, left: a.left + o.col, bottom: a.bottom + o.row, right: a.right + o.col });

  // Title and headings.
  put({ row: 0, col: 0, content: text(t.title), style: "title" });
  merge(0, 0, 0, cols.note); // the check columns stay out of print
  levelNames.forEach((name, l) => {
    put({ row: 1, col: cols.name(l), content: text(name), style: "heading" });
    merge(1, cols.name(l), 1, cols.weight(l));
    put({ row: 2, col: cols.name(l), content: text("名称"), style: "heading" });
    put({ row: 2, col: cols.weight(l), content: text("分值"), style: "heading" });
  });
  const side: [number | null, string][] = [
    [cols.explanation, "指标解释"],
    [cols.criteria, "评分标准"],
    [cols.score, "得分"],
    [cols.rate, "得分率"],
    [cols.note, "评分说明"],
    [cols.check, "权重校验"],
    [cols.helper, "适用分值"],
  ];
  for (const [c, label] of side) {
    if (c === null) continue;
    put({ row: 1, col: c, content: text(label), style: "heading" });
    merge(1, c, 2, c);
  }

  const tree = treeOfTemplate(t);
  const tops: { name: string; weightRow: number; weightCol: number; first: number; last: number }[] = [];

  // Places an indicator from `row` over `span` rows; returns its weight cell.
  const place = (ind: TemplateIndicator, level: number, row: number, span: number, inheritedNA: boolean): { row: number; col: number } => {
    const labels = [ind.code ? `${ind.code} ${ind.name}` : ind.name, ...(ind.rows ?? [])];
    labels.forEach((label, i) => {
      put({ row: row + i, col: cols.name(level), content: text(label), style: "name" });
      if (i === labels.length - 1) merge(row + i, cols.name(level), row + span - 1, cols.name(level));
    });
    const w = { row, col: cols.weight(level) };
    put({ row, col: w.col, content: num(decimalOf(ind.weight).toNumber()), style: "weight" });
    merge(row, w.col, row + span - 1, w.col);
    const last = row + span - 1;
    const notApplicable = inheritedNA || ind.notApplicable === true;
    if (ind.children?.length) {
      let r = row;
      const childWeights = ind.children.map((child, i) => {
        const own = spanOf(child);
        const s = i === (ind.children?.length ?? 0) - 1 ? last - r + 1 : own;
        const cw = place(child, level + 1, r, s, notApplicable);
        r += s;
        return abs(cw.row, cw.col);
      });
      const childCol = cols.weight(level + 1);
      const sumExpr = `ROUND(${sumOf(childWeights, `${abs(row, childCol)}:${abs(last, childCol)}`)},9)`;
      const mismatch = `ROUND(${abs(w.row, w.col)},9)<>${sumExpr}`;
      checks.set(row, [...(checks.get(row) ?? []), `IF(${mismatch},${nameInFormula(ind.name, abs(row, cols.name(level)), " 权重≠下级合计；")},"")`]);
      formats.push({ area: shifted({ top: row, left: w.col, bottom: row, right: w.col }), formula: mismatch });
      return w;
    }
    // A leaf above the deepest level leaves the deeper name and 分值 cells empty, boxed all the same.
    for (let l = level + 1; l < depth; l++) {
      put({ row, col: cols.name(l), content: null, style: "name" });
      put({ row, col: cols.weight(l), content: null, style: "weight" });
      merge(row, cols.name(l), last, cols.name(l));
      merge(row, cols.weight(l), last, cols.weight(l));
    }
    // A leaf: the evaluator's score, its rate, the text columns, the applicable weight.
    const s = { row, col: cols.score };
    const sRef = abs(s.row, s.col);
    const wRef = abs(w.row, w.col);
    const validation: CellValidation = {
      formula: `OR(${sRef}=${str(NOT_APPLICABLE)},AND(ISNUMBER(${sRef}),${sRef}>=0,${sRef}<=${wRef}))`,
      errorTitle: "得分超出范围",
      error: `请输入 0 到该指标分值之间的数，或“${NOT_APPLICABLE}”。Enter a number from 0 to the weight, or 不适用.`,
      prompt: `得分：0–分值，或“${NOT_APPLICABLE}”`,
    };
    const content = notApplicable ? text(NOT_APPLICABLE) : ind.score !== undefined ? num(decimalOf(ind.score).toNumber()) : null;
    put({ row, col: s.col, content, style: "score", numFmt: scoreFmt, validation });
    formats.push({ area: shifted({ top: row, left: s.col, bottom: row, right: s.col }), formula: `AND(ISNUMBER(${sRef}),OR(${sRef}<0,${sRef}>${wRef}))` });
    const rate = !notApplicable && ind.score !== undefined ? decimalOf(ind.score).div(decimalOf(ind.weight)).toNumber() : "";
    put({ row, col: cols.rate, content: formula(`IF(ISNUMBER(${sRef}),${sRef}/${wRef},"")`, rate), style: "rate", numFmt: "0.00%" });
    put({ row, col: cols.helper, content: formula(`IF(${sRef}=${str(NOT_APPLICABLE)},0,${wRef})`, notApplicable ? 0 : decimalOf(ind.weight).toNumber()), style: "weight" });
    // Every cell of the table is put, filled or not, so every one prints with its border.
    for (const [c, value] of [[cols.explanation, ind.explanation], [cols.criteria, ind.criteria], [cols.note, ind.note]] as const) {
      if (c !== null) put({ row, col: c, content: value ? text(value) : null, style: "text" });
    }
    for (const c of [cols.explanation, cols.criteria, cols.score, cols.rate, cols.note, cols.helper]) if (c !== null) merge(row, c, last, c);
    return w;
  };

  let row = 3;
  for (const top of t.indicators) {
    const span = spanOf(top);
    const w = place(top, 0, row, span, false);
    tops.push({ name: top.name, weightRow: w.row, weightCol: w.col, first: row, last: row + span - 1 });
    row += span;
  }
  const lastDataRow = row - 1;
  for (const [r, exprs] of checks) put({ row: r, col: cols.check, content: formula(exprs.join("&"), ""), style: "check" });

  // 合计 and 等级.
  const computed = scoreTree(tree, decimals.total, bands);
  const totalRow = row;
  const gradeRow = row + 1;
  const weightTotal = { row: totalRow, col: cols.weight(0) };
  const totalCell = { row: totalRow, col: cols.score };
  const gradeCell = { row: gradeRow, col: cols.score };
  const scores = colRange(cols.score, 3, lastDataRow);
  const helper = colRange(cols.helper, 3, lastDataRow);
  const W = total.toFixed();
  put({ row: totalRow, col: 0, content: text("合计"), style: "totalLabel" });
  const weightSum = sumOf(
    tops.map((tp) => abs(tp.weightRow, tp.weightCol)),
    `${abs(3, weightTotal.col)}:${abs(lastDataRow, weightTotal.col)}`,
  );
  const weightSumValue = t.indicators.reduce((a, i) => a.plus(decimalOf(i.weight)), new Dec(0)).toNumber();
  put({ row: totalRow, col: weightTotal.col, content: formula(weightSum, weightSumValue), style: "total" });
  formats.push({ area: shifted({ top: totalRow, left: weightTotal.col, bottom: totalRow, right: weightTotal.col }), formula: `ROUND(${abs(totalRow, weightTotal.col)},9)<>${W}` });
  // 合计 (and so 得分率 and 等级) stay blank until every leaf has its score or 不适用: a blank form never prints 0 and 差.
  const complete = allScored(t.indicators);
  const filled = `COUNT(${scores})+COUNTIF(${scores},${str(NOT_APPLICABLE)})>=${leafCount(t.indicators)}`;
  const totalFormula = `IF(${filled},ROUND(IF(COUNTIF(${scores},${str(NOT_APPLICABLE)})=0,SUM(${scores}),IF(SUM(${helper})=0,0,SUM(${scores})*${W}/SUM(${helper}))),${decimals.total}),"")`;
  const totalRef = abs(totalRow, totalCell.col);
  put({ row: totalRow, col: totalCell.col, content: formula(totalFormula, complete ? (computed.total?.toNumber() ?? "") : ""), style: "total", numFmt: totalFmt });
  put({ row: totalRow, col: cols.rate, content: formula(`IF(ISNUMBER(${totalRef}),${totalRef}/${W},"")`, complete && computed.total ? computed.total.div(total).toNumber() : ""), style: "rate", numFmt: "0.00%" });
  put({ row: totalRow, col: cols.check, content: formula(`IF(ROUND(${abs(totalRow, weightTotal.col)},9)=${W},"",${str(`一级指标权重合计≠${W}`)})`, ""), style: "check" });
  merge(totalRow, 0, totalRow, cols.weight(0) - 1);
  put({ row: gradeRow, col: 0, content: text("等级"), style: "totalLabel" });
  merge(gradeRow, 0, gradeRow, cols.weight(0));
  put({ row: gradeRow, col: gradeCell.col, content: formula(`IF(ISNUMBER(${totalRef}),${gradeFormula(totalRef, bands)},"")`, complete ? (computed.grade ?? "") : ""), style: "total" });
  // The 合计 and 等级 rows are boxed across the whole printed width, as the report tables are.
  for (const r of [totalRow, gradeRow]) {
    for (let c = 0; c <= cols.note; c++) {
      const taken = cells.some((x) => x.row === r + o.row && x.col === c + o.col) || merges.some((m) => m.top <= r + o.row && m.bottom >= r + o.row && m.left <= c + o.col && m.right >= c + o.col);
      if (!taken) put({ row: r, col: c, content: null, style: "total" });
    }
  }
  const bandText = bandsInWords(bands);
  let noteRow = gradeRow + 1;
  put({ row: noteRow, col: 0, content: text(`说明：得分保留 ${decimals.score} 位小数，合计保留 ${decimals.total} 位（四舍五入），全部指标评分后显示合计和等级；${bandText}；“${NOT_APPLICABLE}”的指标不计入，合计按适用分值折算为 ${W} 分。`), style: "note" });
  merge(noteRow, 0, noteRow, cols.note);
  for (const p of problems) {
    noteRow++;
    put({ row: noteRow, col: 0, content: text(`模板问题${problemText(p)}`), style: "check" });
    merge(noteRow, 0, noteRow, cols.note);
  }

  const tableColumns = Array.from({ length: cols.count }, (_, c) => {
    if (c === cols.helper) return { width: 8, hidden: true };
    if (c < depth * 2) return { width: c % 2 === 0 ? 16 : 7 };
    if (c === cols.explanation) return { width: 30 };
    if (c === cols.criteria) return { width: 44 };
    if (c === cols.note) return { width: 22 };
    if (c === cols.check) return { width: 18 };
    return { width: 9 };
  });
  const columns = [...Array.from({ length: o.col }, () => null), ...tableColumns];
  const rowCount = noteRow + 1 + o.row;

  return {
    sheet: {
      name: place_.sheetName ?? SCORING_SHEET,
      cells,
      merges,
      columns,
      rowCount,
      colCount: cols.count + o.col,
      frozenRows: o.row === 0 && o.col === 0 ? 3 : 0,
      problemFormats: formats,
      // The 权重校验 column and the hidden helper are for the screen: the print stops at 评分说明.
      print: { titleRows: [1 + o.row, 2 + o.row], area: shifted({ top: 0, left: 0, bottom: noteRow, right: cols.note }) },
      rowHeights: rowHeightsOf({ cells, merges, columns, rowCount }),
    },
    refs: {
      total: { row: totalCell.row + o.row, col: totalCell.col + o.col },
      grade: { row: gradeCell.row + o.row, col: gradeCell.col + o.col },
      weightTotal: { row: weightTotal.row + o.row, col: weightTotal.col + o.col },
      scoreCol: cols.score + o.col,
      helperCol: cols.helper + o.col,
      tops: tops.map((tp) => ({ ...tp, weightRow: tp.weightRow + o.row, weightCol: tp.weightCol + o.col, first: tp.first + o.row, last: tp.last + o.row })),
    },
  };
}
