import { Dec, decimalOf } from "../../decimal";
import { DEFAULT_BANDS, sortBands, type GradeBand } from "../../grades";
import type { Problem } from "../../tree/checkTree";
import { treeOfTemplate } from "../../tree/fromTemplate";
import { scoreTree } from "./score";
import { DEFAULT_DECIMALS, levelNamesOf, type Template, type TemplateIndicator } from "./model";
import { formula, num, text, type AreaValidation, type SheetLayout } from "../../layout/model";
import { refsAt, str, type Refs } from "../../layout/refs";
import { columnArea, runsOf, SheetDraft, shiftArea, type Origin } from "../../layout/draft";
import { stepsFormula } from "../../layout/thresholds";
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

/** The column plan: per level 名称 and 分值, then the optional text columns, 得分, 得分率, 评分说明, the checks and the hidden helper. */
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
  readonly depth: number;
}

function columnPlan(t: Template): Columns {
  const depth = levelNamesOf(t).length;
  let c = depth * 2;
  const hasExplanation = anyIn(t.indicators, "explanation");
  const hasCriteria = anyIn(t.indicators, "criteria");
  const explanation = hasExplanation ? c++ : null;
  const criteria = hasCriteria ? c++ : null;
  const score = c++;
  const rate = c++;
  const note = c++;
  const check = c++;
  const helper = c++;
  return {
    name: (l) => l * 2,
    weight: (l) => l * 2 + 1,
    explanation,
    criteria,
    score,
    rate,
    note,
    check,
    helper,
    count: c,
    depth,
  };
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
  const steps = (last.min <= 0 ? sorted.slice(0, -1) : sorted).map((b) => ({
    min: String(b.min),
    result: str(b.label),
  }));
  return stepsFormula(totalRef, steps, last.min <= 0 ? str(last.label) : '""');
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

/** The rules of a leaf's score cell, written for `score` with its points in `weight` (relative references, so one rule serves a run of leaves). */
export function leafScoreRules(
  score: string,
  weight: string,
): { validation: Omit<AreaValidation, "area">; problem: string } {
  return {
    validation: {
      formula: `OR(${score}=${str(NOT_APPLICABLE)},AND(ISNUMBER(${score}),${score}>=0,${score}<=${weight}))`,
      errorTitle: "得分超出范围",
      error: `请输入 0 到该指标分值之间的数，或“${NOT_APPLICABLE}”。Enter a number from 0 to the weight, or 不适用.`,
      promptTitle: "得分",
      prompt: `得分：0–分值，或“${NOT_APPLICABLE}”`,
    },
    problem: `AND(ISNUMBER(${score}),OR(${score}<0,${score}>${weight}))`,
  };
}

const numberFormat = (decimals: number): string => (decimals > 0 ? `0.${"0".repeat(decimals)}` : "0");

/** Title and the two heading rows: per level 名称 and 分值 under the level's name, the other columns merged over both. */
function putHeadings(draft: SheetDraft, t: Template, cols: Columns): void {
  draft.put(0, 0, text(t.title), "title");
  draft.merge(0, 0, 0, cols.note); // the check columns stay out of print
  levelNamesOf(t).forEach((name, l) => {
    draft.put(1, cols.name(l), text(name), "heading");
    draft.merge(1, cols.name(l), 1, cols.weight(l));
    draft.put(2, cols.name(l), text("名称"), "heading");
    draft.put(2, cols.weight(l), text("分值"), "heading");
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
    draft.put(1, c, text(label), "heading");
    draft.merge(1, c, 2, c);
  }
}

/** Where the indicators went: each leaf and parent by its rows and weight column, and the top-level indicators. */
interface Placed {
  readonly leaves: { row: number; last: number; weightCol: number }[];
  readonly parents: { row: number; last: number; weightCol: number; childCol: number }[];
  readonly tops: { name: string; weightRow: number; weightCol: number; first: number; last: number }[];
  /** Check expressions of the parents starting on a row. */
  readonly checks: Map<number, string[]>;
  readonly lastDataRow: number;
}

/** One row per leaf and per extra label from row 3, parents merged over their descendants, each leaf's score, rate and applicable weight. */
function placeIndicators(draft: SheetDraft, t: Template, cols: Columns, refs: Refs, scoreFmt: string): Placed {
  const placed: Placed = { leaves: [], parents: [], tops: [], checks: new Map(), lastDataRow: 0 };
  const { abs } = refs;
  // Places an indicator from `row` over `span` rows; returns its weight cell.
  const place = (
    ind: TemplateIndicator,
    level: number,
    row: number,
    span: number,
    inheritedNA: boolean,
  ): { row: number; col: number } => {
    const labels = [ind.code ? `${ind.code} ${ind.name}` : ind.name, ...(ind.rows ?? [])];
    labels.forEach((label, i) => {
      draft.put(row + i, cols.name(level), text(label), "name");
      if (i === labels.length - 1) draft.merge(row + i, cols.name(level), row + span - 1, cols.name(level));
    });
    const w = { row, col: cols.weight(level) };
    draft.put(row, w.col, num(decimalOf(ind.weight).toNumber()), "weight");
    const last = row + span - 1;
    draft.merge(row, w.col, last, w.col);
    const notApplicable = inheritedNA || ind.notApplicable === true;
    if (ind.children?.length) {
      let r = row;
      const childWeights = ind.children.map((child, i) => {
        const s = i === (ind.children?.length ?? 0) - 1 ? last - r + 1 : spanOf(child);
        const cw = place(child, level + 1, r, s, notApplicable);
        r += s;
        return abs(cw.row, cw.col);
      });
      const childCol = cols.weight(level + 1);
      const mismatch = `ROUND(${abs(w.row, w.col)},9)<>ROUND(${sumOf(childWeights, `${abs(row, childCol)}:${abs(last, childCol)}`)},9)`;
      placed.checks.set(row, [
        ...(placed.checks.get(row) ?? []),
        `IF(${mismatch},${nameInFormula(ind.name, abs(row, cols.name(level)), " 权重≠下级合计；")},"")`,
      ]);
      placed.parents.push({ row, last, weightCol: w.col, childCol });
      return w;
    }
    // A leaf above the deepest level leaves the deeper name and 分值 cells empty, boxed all the same.
    for (let l = level + 1; l < cols.depth; l++) {
      draft.put(row, cols.name(l), null, "name");
      draft.put(row, cols.weight(l), null, "weight");
      draft.merge(row, cols.name(l), last, cols.name(l));
      draft.merge(row, cols.weight(l), last, cols.weight(l));
    }
    // A leaf: the evaluator's score, its rate, the text columns, the applicable weight.
    const sRef = abs(row, cols.score);
    const wRef = abs(w.row, w.col);
    draft.put(
      row,
      cols.score,
      notApplicable ? text(NOT_APPLICABLE) : ind.score !== undefined ? num(decimalOf(ind.score).toNumber()) : null,
      "score",
      scoreFmt,
    );
    const rate =
      !notApplicable && ind.score !== undefined ? decimalOf(ind.score).div(decimalOf(ind.weight)).toNumber() : "";
    draft.put(row, cols.rate, formula(`IF(ISNUMBER(${sRef}),${sRef}/${wRef},"")`, rate), "rate", "0.00%");
    draft.put(
      row,
      cols.helper,
      formula(`IF(${sRef}=${str(NOT_APPLICABLE)},0,${wRef})`, notApplicable ? 0 : decimalOf(ind.weight).toNumber()),
      "weight",
    );
    // Every cell of the table is put, filled or not, so every one prints with its border.
    for (const [c, value] of [
      [cols.explanation, ind.explanation],
      [cols.criteria, ind.criteria],
      [cols.note, ind.note],
    ] as const) {
      if (c !== null) draft.put(row, c, value ? text(value) : null, "text");
    }
    for (const c of [cols.explanation, cols.criteria, cols.score, cols.rate, cols.note, cols.helper])
      if (c !== null) draft.merge(row, c, last, c);
    placed.leaves.push({ row, last, weightCol: w.col });
    return w;
  };
  let row = 3;
  for (const top of t.indicators) {
    const span = spanOf(top);
    const w = place(top, 0, row, span, false);
    placed.tops.push({ name: top.name, weightRow: w.row, weightCol: w.col, first: row, last: row + span - 1 });
    row += span;
  }
  for (const [r, exprs] of placed.checks) draft.put(r, cols.check, formula(exprs.join("&"), ""), "check");
  return { ...placed, lastDataRow: row - 1 };
}

/**
 * The score cells' validation and red flag, and each parent's flag when its weight differs from its
 * children's sum: one rule per unbroken run of like cells, relative references written at the run's top.
 */
function putRules(draft: SheetDraft, placed: Placed, cols: Columns, refs: Refs): void {
  for (const weightCol of new Set(placed.leaves.map((l) => l.weightCol))) {
    for (const run of runsOf(
      placed.leaves.filter((l) => l.weightCol === weightCol).map((l) => ({ top: l.row, bottom: l.last })),
    )) {
      const area = columnArea(cols.score, run);
      const rules = leafScoreRules(refs.rel(run.top, cols.score), refs.fixedCol(run.top, weightCol));
      draft.validate({ area, ...rules.validation });
      draft.flag(area, rules.problem);
    }
  }
  // Parents of one level spanning as many rows each, one after another, share a rule: their children's weights are the SUM down the next level's 分值 column.
  const kinds = new Map<string, Placed["parents"]>();
  for (const p of placed.parents) {
    const kind = `${p.weightCol},${p.last - p.row}`;
    kinds.set(kind, [...(kinds.get(kind) ?? []), p]);
  }
  for (const parents of kinds.values()) {
    const { weightCol, childCol, row, last } = parents[0];
    const height = last - row;
    for (const run of runsOf(parents.map((p) => ({ top: p.row, bottom: p.last })))) {
      const children = `${refs.rel(run.top, childCol)}:${refs.rel(run.top + height, childCol)}`;
      draft.flag(columnArea(weightCol, run), `ROUND(${refs.rel(run.top, weightCol)},9)<>ROUND(SUM(${children}),9)`);
    }
  }
}

/** The 合计 and 等级 rows under the table; returns the cells the names point at. */
function putTotals(draft: SheetDraft, t: Template, cols: Columns, placed: Placed, refs: Refs) {
  const { abs } = refs;
  const decimals = { ...DEFAULT_DECIMALS, ...t.decimals };
  const bands = t.grades ?? DEFAULT_BANDS;
  const total = decimalOf(t.total ?? 100);
  const W = total.toFixed();
  const computed = scoreTree(treeOfTemplate(t), decimals.total, bands);
  const totalRow = placed.lastDataRow + 1;
  const gradeRow = totalRow + 1;
  const weightTotal = { row: totalRow, col: cols.weight(0) };
  const scores = refs.range(cols.score, 3, placed.lastDataRow);
  const helper = refs.range(cols.helper, 3, placed.lastDataRow);
  draft.put(totalRow, 0, text("合计"), "totalLabel");
  const weightSum = sumOf(
    placed.tops.map((tp) => abs(tp.weightRow, tp.weightCol)),
    `${abs(3, weightTotal.col)}:${abs(placed.lastDataRow, weightTotal.col)}`,
  );
  const weightSumValue = t.indicators.reduce((a, i) => a.plus(decimalOf(i.weight)), new Dec(0)).toNumber();
  draft.put(totalRow, weightTotal.col, formula(weightSum, weightSumValue), "total");
  draft.flag(
    columnArea(weightTotal.col, { top: totalRow, bottom: totalRow }),
    `ROUND(${abs(totalRow, weightTotal.col)},9)<>${W}`,
  );
  // 合计 (and so 得分率 and 等级) stay blank until every leaf has its score or 不适用: a blank form never prints 0 and 差.
  const complete = allScored(t.indicators);
  const filled = `COUNT(${scores})+COUNTIF(${scores},${str(NOT_APPLICABLE)})>=${leafCount(t.indicators)}`;
  const totalFormula = `IF(${filled},ROUND(IF(COUNTIF(${scores},${str(NOT_APPLICABLE)})=0,SUM(${scores}),IF(SUM(${helper})=0,0,SUM(${scores})*${W}/SUM(${helper}))),${decimals.total}),"")`;
  const totalRef = abs(totalRow, cols.score);
  draft.put(
    totalRow,
    cols.score,
    formula(totalFormula, complete ? (computed.total?.toNumber() ?? "") : ""),
    "total",
    numberFormat(decimals.total),
  );
  draft.put(
    totalRow,
    cols.rate,
    formula(
      `IF(ISNUMBER(${totalRef}),${totalRef}/${W},"")`,
      complete && computed.total ? computed.total.div(total).toNumber() : "",
    ),
    "rate",
    "0.00%",
  );
  draft.put(
    totalRow,
    cols.check,
    formula(`IF(ROUND(${abs(totalRow, weightTotal.col)},9)=${W},"",${str(`一级指标权重合计≠${W}`)})`, ""),
    "check",
  );
  draft.merge(totalRow, 0, totalRow, cols.weight(0) - 1);
  draft.put(gradeRow, 0, text("等级"), "totalLabel");
  draft.merge(gradeRow, 0, gradeRow, cols.weight(0));
  draft.put(
    gradeRow,
    cols.score,
    formula(`IF(ISNUMBER(${totalRef}),${gradeFormula(totalRef, bands)},"")`, complete ? (computed.grade ?? "") : ""),
    "total",
  );
  // The 合计 and 等级 rows are boxed across the whole printed width, as the report tables are.
  for (const r of [totalRow, gradeRow]) draft.box(r, 0, cols.note, "total");
  return { total: { row: totalRow, col: cols.score }, grade: { row: gradeRow, col: cols.score }, weightTotal };
}

/** The note under the table (decimals, bands, 不适用) and the template's problems; returns the last row written. */
function putNotes(
  draft: SheetDraft,
  t: Template,
  cols: Columns,
  gradeRow: number,
  problems: readonly Problem[],
): number {
  const decimals = { ...DEFAULT_DECIMALS, ...t.decimals };
  const W = decimalOf(t.total ?? 100).toFixed();
  let row = gradeRow + 1;
  const bandText = bandsInWords(t.grades ?? DEFAULT_BANDS);
  draft.put(
    row,
    0,
    text(
      `说明：得分保留 ${decimals.score} 位小数，合计保留 ${decimals.total} 位（四舍五入），全部指标评分后显示合计和等级；${bandText}；“${NOT_APPLICABLE}”的指标不计入，合计按适用分值折算为 ${W} 分。`,
    ),
    "note",
  );
  draft.merge(row, 0, row, cols.note);
  for (const p of problems) {
    row++;
    draft.put(row, 0, text(`模板问题${problemText(p)}`), "check");
    draft.merge(row, 0, row, cols.note);
  }
  return row;
}

/** Column widths in characters: names wide, 分值 narrow, the texts wider still, the helper hidden. */
function widthsOf(cols: Columns): { width: number; hidden?: boolean }[] {
  return Array.from({ length: cols.count }, (_, c) => {
    if (c === cols.helper) return { width: 8, hidden: true };
    if (c < cols.depth * 2) return { width: c % 2 === 0 ? 16 : 7 };
    if (c === cols.explanation) return { width: 30 };
    if (c === cols.criteria) return { width: 44 };
    if (c === cols.note) return { width: 22 };
    if (c === cols.check) return { width: 18 };
    return { width: 9 };
  });
}

const moved = (at: { row: number; col: number }, o: Origin) => ({ row: at.row + o.row, col: at.col + o.col });

/**
 * Lays out the scoring sheet (评分表) of a template: title, the heading rows as printed in reports
 * (per level 名称 and 分值), one row per leaf and per extra label, parents merged over their
 * descendants, the evaluator's scores with validation, native formulas for rates, checks, the
 * 合计 and the 等级. `problems` (from the template's checks) are listed under the table when given.
 * Rows and columns are counted from the table's top-left; `origin` moves it on the sheet, once, at the end.
 */
export function layoutScoringSheet(
  t: Template,
  problems: readonly Problem[] = [],
  placement: { readonly sheetName?: string; readonly origin?: Origin } = {},
): { sheet: SheetLayout; refs: ScoringSheetRefs } {
  const o = placement.origin ?? { row: 0, col: 0 };
  const refs = refsAt(o);
  const cols = columnPlan(t);
  const draft = new SheetDraft();
  putHeadings(draft, t, cols);
  const placed = placeIndicators(draft, t, cols, refs, numberFormat({ ...DEFAULT_DECIMALS, ...t.decimals }.score));
  putRules(draft, placed, cols, refs);
  const names = putTotals(draft, t, cols, placed, refs);
  const noteRow = putNotes(draft, t, cols, names.grade.row, problems);

  const body = draft.at(o);
  const columns = [...Array.from({ length: o.col }, () => null), ...widthsOf(cols)];
  const rowCount = noteRow + 1 + o.row;
  return {
    sheet: {
      name: placement.sheetName ?? SCORING_SHEET,
      ...body,
      columns,
      rowCount,
      colCount: cols.count + o.col,
      frozenRows: o.row === 0 && o.col === 0 ? 3 : 0,
      // The 权重校验 column and the hidden helper are for the screen: the print stops at 评分说明.
      print: {
        titleRows: [1 + o.row, 2 + o.row],
        area: shiftArea({ top: 0, left: 0, bottom: noteRow, right: cols.note }, o),
      },
      rowHeights: rowHeightsOf({ cells: body.cells, merges: body.merges, columns, rowCount }),
    },
    refs: {
      total: moved(names.total, o),
      grade: moved(names.grade, o),
      weightTotal: moved(names.weightTotal, o),
      scoreCol: cols.score + o.col,
      helperCol: cols.helper + o.col,
      tops: placed.tops.map((tp) => ({
        ...tp,
        weightRow: tp.weightRow + o.row,
        weightCol: tp.weightCol + o.col,
        first: tp.first + o.row,
        last: tp.last + o.row,
      })),
    },
  };
}
