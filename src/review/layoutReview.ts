import { ZERO, type Dec as DecT } from "../decimal";
import { gradeChart } from "../layout/charts";
import {
  formula,
  num,
  text,
  type CellContent,
  type CellStyle,
  type LayoutCell,
  type SheetLayout,
  type WorkbookLayout,
} from "../layout/model";
import { abs, address, onSheet, str } from "../layout/refs";
import { sortBands } from "../grades";
import { gradeFormula } from "../kinds/table/layout";
import { columnLetters } from "../sheet/grid";
import { NO_GRADE, type GradeCount } from "./grades";
import type { ProjectRow, Unreadable } from "./projects";
import type { RecheckResult } from "./recheck";

export const PROJECTS_SHEET = "项目汇总";
export const GRADES_SHEET = "等级分布";
export const ISSUES_SHEET = "问题清单";
export const UNREADABLE_SHEET = "无法读取";
export const SAMPLE_SHEET = "复核清单";
export const RECHECK_SHEET = "复核对比";

/** The names the review's sheets are written under; its formulas refer to one another by them. */
export interface ReviewSheetNames {
  readonly projects: string;
  readonly grades: string;
  readonly issues: string;
  readonly unreadable: string;
  readonly sample: string;
  readonly recheck: string;
}
export const REVIEW_SHEETS: ReviewSheetNames = {
  projects: PROJECTS_SHEET,
  grades: GRADES_SHEET,
  issues: ISSUES_SHEET,
  unreadable: UNREADABLE_SHEET,
  sample: SAMPLE_SHEET,
  recheck: RECHECK_SHEET,
};

/**
 * Names for the review's sheets in a workbook that already has `taken` sheets: the plain names when none is
 * taken, else one suffix for all of them — 项目汇总 (2), 等级分布 (2), … with the first number free for every
 * one — so no sheet of the workbook is overwritten and the set stays recognisable together.
 */
export function reviewSheetNames(taken: readonly string[]): ReviewSheetNames {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  const plain = Object.values(REVIEW_SHEETS);
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? "" : ` (${i})`;
    if (plain.every((name) => !lower.has(`${name}${suffix}`.toLowerCase()))) {
      return Object.fromEntries(
        Object.entries(REVIEW_SHEETS).map(([k, v]) => [k, `${v}${suffix}`]),
      ) as unknown as ReviewSheetNames;
    }
  }
}

/** Everything the summary workbook shows. */
export interface ReviewSummary {
  readonly projects: readonly ProjectRow[];
  readonly unreadable: readonly Unreadable[];
  readonly grades: readonly GradeCount[];
  /** The sample and how it was drawn (a sentence), when one was asked for. */
  readonly sample: { readonly projects: readonly ProjectRow[]; readonly how: string } | null;
  readonly recheck: RecheckResult | null;
  readonly threshold: DecT;
  /** The report's sentences (Chinese, English). */
  readonly sentences: readonly { readonly zh: string; readonly en: string }[];
}

const KIND_NAME: Record<ProjectRow["kind"], string> = { table: "评分表", form: "自评表", goals: "绩效目标表" };

/** A sheet under construction: cells added row by row. */
class SheetBuilder {
  readonly cells: LayoutCell[] = [];
  put(row: number, col: number, content: CellContent | null, style: CellStyle, numFmt?: string): void {
    this.cells.push({ row, col, content, style, ...(numFmt ? { numFmt } : {}) });
  }
  text(row: number, col: number, t: string | null, style: CellStyle = "name"): void {
    this.put(row, col, t === null ? null : text(t), style);
  }
  number(row: number, col: number, d: DecT | null, numFmt: string, style: CellStyle = "weight"): void {
    this.put(row, col, d === null ? null : num(d.toNumber()), style, numFmt);
  }
  headings(row: number, names: readonly string[]): void {
    names.forEach((h, c) => this.put(row, c, text(h), "heading"));
  }
  sheet(
    name: string,
    widths: readonly number[],
    rowCount: number,
    frozenRows: number,
    extra: Partial<SheetLayout> = {},
  ): SheetLayout {
    return {
      name,
      cells: this.cells,
      merges: [],
      columns: widths.map((width) => ({ width })),
      rowCount,
      colCount: widths.length,
      frozenRows,
      problemFormats: [],
      print: { titleRows: [frozenRows ? frozenRows - 1 : 0, frozenRows ? frozenRows - 1 : 0] },
      ...extra,
    };
  }
}

const MAX_TEXT = 2000;
function listText(items: readonly { cell: string; message: string }[], issues: string): string | null {
  if (!items.length) return null;
  const all = items.map((i) => `${i.cell} ${i.message}`).join("；");
  return all.length <= MAX_TEXT ? all : `${all.slice(0, MAX_TEXT)}…（共 ${items.length} 条，详见“${issues}”）`;
}

/** 项目汇总's columns; the summary's formulas refer to them by these letters. */
const P = {
  file: 0,
  sheet: 1,
  kind: 2,
  name: 3,
  department: 4,
  unit: 5,
  budget: 6,
  spent: 7,
  rate: 8,
  score: 9,
  grade: 10,
  problems: 11,
  findings: 12,
  unread: 13,
} as const;
const PROJECT_HEADINGS = [
  "文件",
  "工作表",
  "类型",
  "项目名称",
  "主管部门",
  "实施单位",
  "全年预算数",
  "全年执行数",
  "执行率",
  "得分",
  "等级",
  "问题",
  "目标审核意见",
  "未读取的数字",
];
/** A whole column of 项目汇总, so rows a person adds are counted too. */
const wholeOf =
  (projects: string) =>
  (col: number): string =>
    onSheet(projects, `$${columnLetters(col)}:$${columnLetters(col)}`);

function projectsSheet(projects: readonly ProjectRow[], n: ReviewSheetNames): SheetLayout {
  const b = new SheetBuilder();
  b.headings(0, PROJECT_HEADINGS);
  projects.forEach((p, i) => {
    const r = i + 1;
    b.text(r, P.file, p.file);
    b.text(r, P.sheet, p.sheet);
    b.text(r, P.kind, KIND_NAME[p.kind]);
    b.text(r, P.name, p.name);
    b.text(r, P.department, p.department);
    b.text(r, P.unit, p.unit);
    b.number(r, P.budget, p.budget, "#,##0.00");
    b.number(r, P.spent, p.spent, "#,##0.00");
    const G = address(r, P.budget);
    const H = address(r, P.spent);
    b.put(
      r,
      P.rate,
      formula(
        `IF(AND(ISNUMBER(${G}),ISNUMBER(${H}),N(${G})<>0),${H}/${G},"")`,
        p.rate === null ? "" : p.rate.toNumber(),
      ),
      "rate",
      "0.00%",
    );
    b.number(r, P.score, p.score, "0.00", "score");
    b.put(r, P.grade, gradeCell(address(r, P.score), p), "weight");
    b.text(r, P.problems, listText(p.problems, n.issues), "text");
    b.text(r, P.findings, listText(p.findings, n.issues), "text");
    b.text(r, P.unread, listText(p.unread, n.issues), "text");
  });
  const last = Math.max(projects.length, 1);
  return b.sheet(n.projects, [28, 14, 10, 30, 22, 22, 13, 13, 10, 9, 8, 50, 50, 40], last + 1, 1, {
    autoFilter: { top: 0, left: 0, bottom: last, right: PROJECT_HEADINGS.length - 1 },
  });
}

/**
 * A graded project's grade as a native formula over its score (the bands it was graded by), so editing the score
 * moves it in 等级分布; a project without a grade, or graded by bands that leave low scores without one, keeps text.
 */
function gradeCell(scoreRef: string, p: ProjectRow): CellContent {
  if (p.grade === null || !p.bands.length || sortBands(p.bands)[p.bands.length - 1].min > 0)
    return text(p.grade ?? NO_GRADE);
  return formula(`IF(ISNUMBER(${scoreRef}),${gradeFormula(scoreRef, p.bands)},${str(NO_GRADE)})`, p.grade);
}

const fraction = (part: DecT, whole: DecT): number | string => (whole.isZero() ? "" : part.div(whole).toNumber());

function gradesSheet(s: ReviewSummary, n: ReviewSheetNames): SheetLayout {
  const whole = wholeOf(n.projects);
  const b = new SheetBuilder();
  b.text(0, 0, `等级分布（由“${n.projects}”自动计算，修改其中一行即随之更新）`, "title");
  b.headings(1, ["等级", "项目数", "全年预算数", "全年执行数", "项目占比", "资金占比"]);
  const count = s.projects.length;
  const funds = s.projects.reduce((a, p) => a.plus(p.budget ?? ZERO), ZERO);
  const spent = s.projects.reduce((a, p) => a.plus(p.spent ?? ZERO), ZERO);
  const first = 2;
  const totalRow = first + s.grades.length;
  const G = whole(P.grade);
  s.grades.forEach((g, i) => {
    const r = first + i;
    const label = abs(r, 0);
    b.text(r, 0, g.label, "name");
    b.put(r, 1, formula(`COUNTIF(${G},${label})`, g.count), "weight", "0");
    b.put(r, 2, formula(`SUMIF(${G},${label},${whole(P.budget)})`, g.funds.toNumber()), "weight", "#,##0.00");
    b.put(r, 3, formula(`SUMIF(${G},${label},${whole(P.spent)})`, g.spent.toNumber()), "weight", "#,##0.00");
    b.put(
      r,
      4,
      formula(`IF(${abs(totalRow, 1)}=0,"",${abs(r, 1)}/${abs(totalRow, 1)})`, count ? g.count / count : ""),
      "rate",
      "0.00%",
    );
    b.put(
      r,
      5,
      formula(`IF(${abs(totalRow, 2)}=0,"",${abs(r, 2)}/${abs(totalRow, 2)})`, fraction(g.funds, funds)),
      "rate",
      "0.00%",
    );
  });
  const range = (c: number) => `${address(first, c)}:${address(totalRow - 1, c)}`;
  b.text(totalRow, 0, "合计", "totalLabel");
  b.put(totalRow, 1, formula(`SUM(${range(1)})`, count), "total", "0");
  b.put(totalRow, 2, formula(`SUM(${range(2)})`, funds.toNumber()), "total", "#,##0.00");
  b.put(totalRow, 3, formula(`SUM(${range(3)})`, spent.toNumber()), "total", "#,##0.00");
  b.put(totalRow, 4, formula(`IF(${abs(totalRow, 1)}=0,"",SUM(${range(4)}))`, count ? 1 : ""), "rate", "0.00%");
  b.put(
    totalRow,
    5,
    formula(`IF(${abs(totalRow, 2)}=0,"",SUM(${range(5)}))`, funds.isZero() ? "" : 1),
    "rate",
    "0.00%",
  );
  const scores = s.projects.filter((p) => p.score !== null).map((p) => p.score as DecT);
  const facts: [string, string, number | string, string][] = [
    ["项目数", `COUNTA(${whole(P.file)})-1`, count, "0"],
    ["全年预算数合计", `SUM(${whole(P.budget)})`, funds.toNumber(), "#,##0.00"],
    ["全年执行数合计", `SUM(${whole(P.spent)})`, spent.toNumber(), "#,##0.00"],
    [
      "总体执行率",
      `IF(SUM(${whole(P.budget)})=0,"",SUM(${whole(P.spent)})/SUM(${whole(P.budget)}))`,
      fraction(spent, funds),
      "0.00%",
    ],
    [
      "平均得分",
      `IF(COUNT(${whole(P.score)})=0,"",AVERAGE(${whole(P.score)}))`,
      scores.length
        ? scores
            .reduce((a, x) => a.plus(x), ZERO)
            .div(scores.length)
            .toNumber()
        : "",
      "0.00",
    ],
    ["无法读取的文件", `COUNTA(${onSheet(n.unreadable, "$A:$A")})-1`, s.unreadable.length, "0"],
  ];
  facts.forEach(([label, f, v, fmt], i) => {
    const r = totalRow + 2 + i;
    b.text(r, 0, label, "totalLabel");
    b.put(r, 1, formula(f, v), "total", fmt);
  });
  return b.sheet(n.grades, [16, 16, 16, 16, 10, 10], totalRow + 2 + facts.length, 2, {
    merges: [{ top: 0, left: 0, bottom: 0, right: 5 }],
    charts: s.grades.length ? [gradeChart(first, totalRow - 1)] : [],
  });
}

function issuesSheet(projects: readonly ProjectRow[], n: ReviewSheetNames): SheetLayout {
  const b = new SheetBuilder();
  b.headings(0, ["文件", "工作表", "项目名称", "单元格", "类别", "说明", "English", "建议"]);
  let r = 1;
  for (const p of projects) {
    const items: [string, { cell: string; message: string; en: string; kind: string; suggestion?: string }][] = [
      ...p.problems.map((x): [string, typeof x] => [x.kind === "judgement" ? "需人工判断" : "得分问题", x]),
      ...p.findings.map((x): [string, typeof x] => ["目标审核", x]),
      ...p.unread.map((x): [string, typeof x] => ["未读取的数字", x]),
    ];
    for (const [category, x] of items) {
      b.text(r, 0, p.file);
      b.text(r, 1, p.sheet);
      b.text(r, 2, p.name);
      b.text(r, 3, x.cell, "weight");
      b.text(r, 4, category, "weight");
      b.text(r, 5, x.message, "text");
      b.text(r, 6, x.en, "text");
      b.text(r, 7, x.suggestion ?? null, "text");
      r++;
    }
  }
  return b.sheet(n.issues, [28, 14, 26, 9, 12, 50, 50, 30], Math.max(r, 1), 1, {
    autoFilter: { top: 0, left: 0, bottom: Math.max(r - 1, 1), right: 7 },
  });
}

function unreadableSheet(unreadable: readonly Unreadable[], names: ReviewSheetNames): SheetLayout {
  const b = new SheetBuilder();
  b.headings(0, ["文件", "原因"]);
  unreadable.forEach((u, i) => {
    b.text(i + 1, 0, u.file);
    b.text(i + 1, 1, u.error, "text");
  });
  return b.sheet(names.unreadable, [36, 80], unreadable.length + 1, 1);
}

function sentencesAt(b: SheetBuilder, row: number, sentences: ReviewSummary["sentences"]): number {
  sentences.forEach((s, i) => b.text(row + i, 0, `${s.zh} ${s.en}`, "note"));
  return row + sentences.length;
}

function sampleSheet(
  s: ReviewSummary,
  sample: NonNullable<ReviewSummary["sample"]>,
  names: ReviewSheetNames,
): SheetLayout {
  const whole = wholeOf(names.projects);
  const b = new SheetBuilder();
  b.text(0, 0, sample.how, "note");
  b.headings(1, [
    "序号",
    "文件",
    "工作表",
    "项目名称",
    "主管部门",
    "全年预算数",
    "自评得分",
    "等级",
    "复核得分",
    "复核人",
    "备注",
  ]);
  sample.projects.forEach((p, i) => {
    const r = i + 2;
    b.put(r, 0, num(i + 1), "weight", "0");
    b.text(r, 1, p.file);
    b.text(r, 2, p.sheet);
    b.text(r, 3, p.name);
    b.text(r, 4, p.department);
    b.number(r, 5, p.budget, "#,##0.00");
    b.number(r, 6, p.score, "0.00");
    b.text(r, 7, p.grade ?? NO_GRADE, "weight");
    for (const c of [8, 9, 10]) b.put(r, c, null, c === 8 ? "score" : "name");
  });
  const n = sample.projects.length;
  const totalRow = n + 2;
  const funds = sample.projects.reduce((a, p) => a.plus(p.budget ?? ZERO), ZERO);
  const allFunds = s.projects.reduce((a, p) => a.plus(p.budget ?? ZERO), ZERO);
  const budgets = n ? `${address(2, 5)}:${address(totalRow - 1, 5)}` : null;
  b.text(totalRow, 0, "合计", "totalLabel");
  b.put(totalRow, 1, formula(n ? `COUNT(${address(2, 0)}:${address(totalRow - 1, 0)})` : "0", n), "total", "0");
  b.put(totalRow, 5, formula(budgets ? `SUM(${budgets})` : "0", funds.toNumber()), "total", "#,##0.00");
  b.text(totalRow + 1, 0, "占项目总数", "totalLabel");
  b.put(
    totalRow + 1,
    1,
    formula(
      `IF(COUNTA(${whole(P.file)})-1=0,"",${abs(totalRow, 1)}/(COUNTA(${whole(P.file)})-1))`,
      s.projects.length ? n / s.projects.length : "",
    ),
    "rate",
    "0.00%",
  );
  b.text(totalRow + 2, 0, "占资金总额", "totalLabel");
  b.put(
    totalRow + 2,
    1,
    formula(`IF(SUM(${whole(P.budget)})=0,"",${abs(totalRow, 5)}/SUM(${whole(P.budget)}))`, fraction(funds, allFunds)),
    "rate",
    "0.00%",
  );
  const end = sentencesAt(b, totalRow + 4, s.sentences.slice(0, 1));
  return b.sheet(names.sample, [6, 28, 14, 30, 22, 13, 10, 8, 10, 10, 20], end, 2);
}

function recheckSheet(s: ReviewSummary, recheck: RecheckResult, names: ReviewSheetNames): SheetLayout {
  const b = new SheetBuilder();
  b.text(0, 0, "差异阈值（分）", "totalLabel");
  const threshold = abs(0, 1);
  b.put(0, 1, num(s.threshold.toNumber()), "score", "0.##");
  b.text(0, 2, "差异的绝对值达到阈值（含本数）或等级发生变化即标记", "note");
  b.headings(1, [
    "文件",
    "工作表",
    "项目名称",
    "主管部门",
    "自评得分",
    "复核得分",
    "差异",
    "自评等级",
    "复核等级",
    "等级变化",
    "标记",
    "复核文件",
  ]);
  recheck.pairs.forEach((p, i) => {
    const r = i + 2;
    const [E, F, G, H, I, J] = [4, 5, 6, 7, 8, 9].map((c) => address(r, c));
    b.text(r, 0, p.original.file);
    b.text(r, 1, p.original.sheet);
    b.text(r, 2, p.original.name);
    b.text(r, 3, p.original.department);
    b.number(r, 4, p.original.score, "0.00");
    b.number(r, 5, p.review.score, "0.00", "score");
    b.put(
      r,
      6,
      formula(`IF(AND(ISNUMBER(${E}),ISNUMBER(${F})),ROUND(${F}-${E},9),"")`, p.diff === null ? "" : p.diff.toNumber()),
      "weight",
      "0.00",
    );
    b.text(r, 7, p.original.grade ?? NO_GRADE, "weight");
    b.text(r, 8, p.review.grade ?? NO_GRADE, "weight");
    const none = str(NO_GRADE);
    b.put(
      r,
      9,
      formula(`IF(AND(${H}<>${none},${I}<>${none},${H}<>${I}),"是","否")`, p.gradeChanged ? "是" : "否"),
      "weight",
    );
    b.put(
      r,
      10,
      formula(
        `IF(OR(AND(ISNUMBER(${G}),ABS(N(${G}))>=${threshold}),${J}="是"),"需关注","")`,
        p.flagged ? "需关注" : "",
      ),
      "check",
    );
    b.text(r, 11, p.review.file);
  });
  const n = recheck.pairs.length;
  const after = n + 2;
  const col = (c: number) => (n ? `${address(2, c)}:${address(after - 1, c)}` : null);
  const facts: [string, string, number][] = [
    ["复核项目数", n ? `COUNTA(${col(0)})` : "0", n],
    [
      "相差达到阈值的项目数",
      n ? `COUNTIF(${col(6)},">="&${threshold})+COUNTIF(${col(6)},"<="&-${threshold})` : "0",
      recheck.pairs.filter((p) => p.diff !== null && p.diff.abs().gte(s.threshold)).length,
    ],
    ["等级变化的项目数", n ? `COUNTIF(${col(9)},"是")` : "0", recheck.pairs.filter((p) => p.gradeChanged).length],
    ["标记需关注的项目数", n ? `COUNTIF(${col(10)},"需关注")` : "0", recheck.pairs.filter((p) => p.flagged).length],
  ];
  facts.forEach(([label, f, v], i) => {
    b.text(after + 1 + i, 0, label, "totalLabel");
    b.put(after + 1 + i, 1, formula(f, v), "total", "0");
  });
  const end = sentencesAt(b, after + 2 + facts.length, s.sentences);
  return b.sheet(names.recheck, [28, 14, 30, 22, 10, 10, 9, 9, 9, 9, 9, 28], end, 2);
}

/** The summary workbook: 项目汇总, 等级分布, 问题清单, 无法读取, and 复核清单 / 复核对比 when asked for. */
export function layoutReview(s: ReviewSummary, names: ReviewSheetNames = REVIEW_SHEETS): WorkbookLayout {
  const sheets = [
    projectsSheet(s.projects, names),
    gradesSheet(s, names),
    issuesSheet(s.projects, names),
    unreadableSheet(s.unreadable, names),
  ];
  if (s.sample) sheets.push(sampleSheet(s, s.sample, names));
  if (s.recheck) sheets.push(recheckSheet(s, s.recheck, names));
  return { sheets, names: [] };
}
