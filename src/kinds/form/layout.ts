import { Dec, decimalOf } from "../../decimal";
import { DEFAULT_BANDS } from "../../grades";
import { bandsInWords, gradeFormula } from "../table/layout";
import { rowHeightsOf } from "../../layout/rowHeights";
import { columnArea, SheetDraft } from "../../layout/draft";
import { formula, num, text, type SheetLayout, type WorkbookLayout } from "../../layout/model";
import { abs, address, colRange, str } from "../../layout/refs";
import { stepsFormula } from "../../layout/thresholds";
import { QUALITATIVE, type SelfEvalForm } from "./model";
import { scoreForm } from "./score";
import { storedOf } from "./targetOf";
import { parseTarget } from "../../targets/parseTarget";
import { layoutFundsDetail } from "./fundsDetail";
import { settingsSheet, type WorkbookSettings } from "../../layout/workbook";
import { QUALITATIVE_BANDS } from "../../rules/scoring";
import {
  COMPLETED_NO,
  COMPLETED_YES,
  DEFAULT_SCORING,
  EXECUTION_BANDS,
  PASS_LINE,
  RULES_SOURCE,
  SATISFACTION_BANDS,
  isSatisfactionRow,
  type ScoringRules,
  type ShareBand,
} from "./scoringRules";

export const FORM_SHEET = "自评表";
export const NEEDS_PERSON = "需人工判断";

// Columns of the 绩效指标 part (0-based): the funds part reuses them.
const C = {
  level1: 0,
  level2: 1,
  name: 2,
  symbol: 3,
  value: 4,
  unit: 5,
  actual: 6,
  weight: 7,
  band: 8,
  factor: 9,
  score: 10,
  reason: 11,
} as const;
const LAST = C.reason;
/** The first indicator row. */
const FIRST = 13;
const cellArea = (row: number, col: number) => ({ top: row, left: col, bottom: row, right: col });

/** A value compared as every rule compares: at 9 decimals. */
const at9 = (x: string) => `ROUND(${x},9)`;

/** The share of a banded rule as nested IFs over the same constants the scorer reads (highest band first, 0 below all). */
function bandFormula(value: string, bands: readonly ShareBand[]): string {
  const sorted = [...bands].sort((a, b) => b.min.comparedTo(a.min));
  return stepsFormula(
    value,
    sorted.map((b) => ({ min: b.min.toFixed(), result: b.share.toFixed() })),
    "0",
  );
}

/** PASSLINE as a formula over a completion: 0 below the line, 1 from 100 %, (x − line) ÷ (1 − line) between. */
function passLineFormula(x: string): string {
  const line = PASS_LINE.toFixed();
  return `IF(${at9(x)}<${line},0,IF(${at9(x)}>=1,1,(${x}-${line})/(1-${line})))`;
}

const percent = (x: string): string => (new Dec(x).isZero() ? "0" : `${new Dec(x).times(100).toFixed()}%`);

/**
 * The qualitative bands as the forms state them, from the bands QUALSCORE reads: each band's 2020 word, the
 * 2021 guide's in brackets, and the factors it allows (达成（基本达成目标）80%–100%，部分达成（部分实现目标）60%（含）–80%，…).
 */
export function qualitativeBandsInWords(): string {
  return QUALITATIVE_BANDS.map((b) => {
    const low = new Dec(b.min).isZero() || b.maxIncluded ? percent(b.min) : `${percent(b.min)}（含）`;
    return `${b.words[0]}（${b.words[1]}）${low}–${percent(b.max)}`;
  }).join("，");
}

/** The band words a person types into 完成档次 under a rule set: the 2020 words, or the 2021 guide's. */
const bandWords = (scoring: ScoringRules): string =>
  QUALITATIVE_BANDS.map((b) => b.words[scoring === "2021" ? 1 : 0]).join(" / ");

/** The printed note: which rules the form follows and how each row is scored. */
export function formNote(scoring: ScoringRules): string {
  const qualitative = `定性指标填写完成档次和系数（${qualitativeBandsInWords()}）`;
  if (scoring === "2021") {
    const pct = (d: { toFixed(): string; times(n: number): { toFixed(): string } }) => `${d.times(100).toFixed()}%`;
    const exec = EXECUTION_BANDS.map((b) => `≥${pct(b.min)} 得 ${pct(b.share)}`).join("，");
    const sat = SATISFACTION_BANDS.map((b) => `≥${pct(b.min)} 得 ${pct(b.share)}`).join("，");
    return (
      `说明：本表按${RULES_SOURCE["2021"]}计分。预算执行率：项目已完成且执行数未超出全年预算得满分，未完成的按执行率分档（${exec}，以下不得分）；` +
      `定量指标完成率低于 ${pct(PASS_LINE)} 不得分，其上按 (完成率 − ${pct(PASS_LINE)}) ÷ (1 − ${pct(PASS_LINE)}) × 分值 计分（≥ 指标 实际÷目标、≤ 指标 目标÷实际），封顶为分值；` +
      `满意度指标按满意度分档（${sat}，以下不得分）；${qualitative}；未达到目标的指标须填写偏差原因；执行率 = 全年执行数 ÷ 全年预算数。`
    );
  }
  return `说明：本表按${RULES_SOURCE["2020"]}计分。≥ 指标按 实际÷目标、≤ 指标按 目标÷实际 计分，封顶为分值；${qualitative}；未达到目标的指标须填写偏差原因；执行率 = 全年执行数 ÷ 全年预算数。`;
}

/** What a form's workbook keeps in its settings sheet: its rule set, grades and decimals. */
export function formSettingsOf(form: SelfEvalForm): WorkbookSettings {
  return {
    format: "jixiao-settings",
    version: 1,
    title: form.title ?? "项目支出绩效自评表",
    scoring: form.scoring ?? DEFAULT_SCORING,
    ...(form.grades ? { grades: form.grades } : {}),
    ...(form.decimals ? { decimals: form.decimals } : {}),
  };
}

const scoreFormat = (d: number): string => (d > 0 ? `0.${"0".repeat(d)}` : "0");

/** Title, year, 项目名称, 主管部门 and 实施单位: rows 0–3. */
function putHeader(draft: SheetDraft, form: SelfEvalForm): void {
  draft.put(0, 0, text(form.title ?? "项目支出绩效自评表"), "title");
  draft.merge(0, 0, 0, LAST);
  draft.put(1, 0, text(`（${form.project.year ?? ""}年度）`), "note");
  draft.merge(1, 0, 1, LAST);
  draft.put(2, 0, text("项目名称"), "heading");
  draft.put(2, 1, text(form.project.name), "name");
  draft.merge(2, 1, 2, LAST);
  draft.put(3, 0, text("主管部门"), "heading");
  draft.put(3, 1, text(form.project.department ?? ""), "name");
  draft.merge(3, 1, 3, 5);
  draft.put(3, 6, text("实施单位"), "heading");
  draft.merge(3, 6, 3, 7);
  draft.put(3, 8, text(form.project.unit ?? ""), "name");
  draft.merge(3, 8, 3, LAST);
}

/** The 执行率 score (row 5) as a native formula: capped share under 2020, 项目已完成 and the EXECUTION_BANDS under 2021. */
function fundsScoreFormula(scoring: ScoringRules, r: number, d: number): string {
  const [R, W, D] = [abs(r, 9), abs(r, 8), abs(r, 11)];
  return scoring === "2021"
    ? `IF(ISNUMBER(${R}),IF(${D}=${str(COMPLETED_YES)},IF(${at9(R)}<=1,${W},${str(NEEDS_PERSON)}),IF(${D}=${str(COMPLETED_NO)},ROUND(${bandFormula(R, EXECUTION_BANDS)}*${W},${d}),${str(NEEDS_PERSON)})),"")`
    : `IF(ISNUMBER(${R}),ROUND(MIN(${R},1)*${W},${d}),"")`;
}

/** 项目资金（万元）: headings on row 4, the funds on rows 5–8 with 执行率, the points and the score on the first. */
function putFunds(
  draft: SheetDraft,
  form: SelfEvalForm,
  scoring: ScoringRules,
  computed: ReturnType<typeof scoreForm>,
  d: number,
): void {
  draft.put(4, 0, text("项目资金（万元）"), "heading");
  draft.merge(4, 0, 8, 0);
  // Under 2021 the 得分 column gives way to 项目已完成 (是/否) beside it, which the 执行率 bands need.
  const fundHead: [number, number, string][] = [
    [1, 2, ""],
    [3, 4, "年初预算数"],
    [5, 6, "全年预算数"],
    [7, 7, "全年执行数"],
    [8, 8, "分值"],
    [9, 9, "执行率"],
    ...(scoring === "2021"
      ? ([
          [10, 10, "得分"],
          [11, 11, "项目已完成"],
        ] as [number, number, string][])
      : [[10, 11, "得分"] as [number, number, string]]),
  ];
  for (const [l, r, h] of fundHead) {
    draft.put(4, l, text(h), "heading");
    draft.merge(4, l, 4, r);
  }
  form.funds.rows.slice(0, 4).forEach((f, i) => {
    const r = 5 + i;
    draft.put(r, 1, text(f.label), "name");
    draft.merge(r, 1, r, 2);
    const money = (c: number, v: number | undefined) =>
      draft.put(r, c, v === undefined ? null : num(v), "score", "#,##0.00");
    money(3, f.initial);
    draft.merge(r, 3, r, 4);
    money(5, f.annual);
    draft.merge(r, 5, r, 6);
    money(7, f.executed);
    const [annual, executed] = [abs(r, 5), abs(r, 7)];
    const rate = f.annual && f.executed !== undefined ? decimalOf(f.executed).div(decimalOf(f.annual)).toNumber() : "";
    draft.put(
      r,
      9,
      formula(`IF(AND(ISNUMBER(${annual}),${annual}>0,ISNUMBER(${executed})),${executed}/${annual},"")`, rate),
      "rate",
      "0.00%",
    );
    if (i === 0) {
      draft.put(r, 8, num(form.funds.weight), "weight");
      draft.put(
        r,
        10,
        formula(
          fundsScoreFormula(scoring, r, d),
          computed.fundsScore?.toNumber() ?? (computed.fundsRate === null ? "" : NEEDS_PERSON),
        ),
        "total",
        scoreFormat(d),
      );
      if (scoring === "2021") {
        draft.put(
          r,
          11,
          form.funds.completed === undefined ? null : text(form.funds.completed ? COMPLETED_YES : COMPLETED_NO),
          "score",
        );
        const D = address(r, 11);
        draft.validate({
          area: cellArea(r, 11),
          formula: `OR(${D}=${str(COMPLETED_YES)},${D}=${str(COMPLETED_NO)})`,
          errorTitle: "项目已完成",
          error: "请填写 是 或 否。Use 是 (yes) or 否 (no).",
          promptTitle: "项目已完成",
          prompt: "项目是否已完成：是 / 否（2021 年版按此给预算执行率计分）",
        });
        draft.flag(cellArea(r, 10), `${address(r, 10)}=${str(NEEDS_PERSON)}`);
      }
    } else {
      draft.put(r, 8, text("—"), "weight");
      draft.put(r, 10, text("—"), "weight");
      if (scoring === "2021") draft.put(r, 11, text("—"), "weight");
    }
    if (scoring !== "2021") draft.merge(r, 10, r, 11);
  });
}

/** 年度总体目标: rows 9–10. */
function putGoals(draft: SheetDraft, form: SelfEvalForm): void {
  draft.put(9, 0, text("年度总体目标"), "heading");
  draft.merge(9, 0, 10, 0);
  draft.put(9, 1, text("预期目标"), "heading");
  draft.merge(9, 1, 9, 6);
  draft.put(9, 7, text("实际完成情况"), "heading");
  draft.merge(9, 7, 9, LAST);
  draft.put(10, 1, text(form.goals?.expected ?? ""), "text");
  draft.merge(10, 1, 10, 6);
  draft.put(10, 7, text(form.goals?.actual ?? ""), "text");
  draft.merge(10, 7, 10, LAST);
}

/** 绩效指标 headings: rows 11–12. */
function putIndicatorHeadings(draft: SheetDraft): void {
  const heads: [number, string][] = [
    [C.level1, "一级指标"],
    [C.level2, "二级指标"],
    [C.name, "三级指标"],
    [C.actual, "实际完成值"],
    [C.weight, "分值"],
    [C.band, "完成档次（定性）"],
    [C.factor, "系数（定性）"],
    [C.score, "得分"],
    [C.reason, "偏差原因分析及改进措施"],
  ];
  for (const [c, h] of heads) {
    draft.put(11, c, text(h), "heading");
    draft.merge(11, c, 12, c);
  }
  draft.put(11, C.symbol, text("年度指标值"), "heading");
  draft.merge(11, C.symbol, 11, C.unit);
  draft.put(12, C.symbol, text("符号"), "heading");
  draft.put(12, C.value, text("值"), "heading");
  draft.put(12, C.unit, text("单位"), "heading");
}

/** A row's score as a native formula (absolute references): qualitative band × factor, or the quantitative share × points. */
function indicatorScoreFormula(
  ind: SelfEvalForm["indicators"][number],
  r: number,
  scoring: ScoringRules,
  d: number,
): string {
  const [S, V, G, W, B, F] = [
    abs(r, C.symbol),
    abs(r, C.value),
    abs(r, C.actual),
    abs(r, C.weight),
    abs(r, C.band),
    abs(r, C.factor),
  ];
  const ratio = `IF(OR(${S}="<=",${S}="≤"),IF(${G}<=${V},1,${V}/${G}),IF(${V}=0,1,MIN(${G}/${V},1)))`;
  // 2020: completion × points, capped; 2021: PASSLINE over the completion, or a 满意度 rate (in %) in its bands.
  const share = scoring === "2021" ? passLineFormula(ratio) : ratio;
  const quantitative =
    scoring === "2021" && isSatisfactionRow(ind)
      ? `IF(${abs(r, C.unit)}="%",${bandFormula(G, SATISFACTION_BANDS)},${share})`
      : share;
  return (
    `IF(${S}=${str(QUALITATIVE)},IF(AND(${B}<>"",ISNUMBER(${F})),ROUND(${W}*${F},${d}),IF(AND(${G}<>"",${G}=${V}),${W},"")),` +
    `IF(OR(${G}="",${V}=""),"",IFERROR(ROUND(${quantitative}*${W},${d}),${str(NEEDS_PERSON)})))`
  );
}

/** One row per indicator from row 13: names, 年度指标值 as 符号 / 值 / 单位, the actual value, the qualitative inputs and the score. */
function putIndicatorRows(
  draft: SheetDraft,
  form: SelfEvalForm,
  scoring: ScoringRules,
  computed: ReturnType<typeof scoreForm>,
  d: number,
): void {
  form.indicators.forEach((ind, i) => {
    const r = FIRST + i;
    const t = storedOf(ind.target);
    const percentTarget = t.unit === "%";
    draft.put(r, C.level1, text(ind.level1), "name");
    draft.put(r, C.level2, text(ind.level2), "name");
    draft.put(r, C.name, text(ind.name), "name");
    // The symbol prints as reports write it (≥, ≤); the formulas and the reader take >= and <= too.
    draft.put(r, C.symbol, text(t.symbol === ">=" ? "≥" : t.symbol === "<=" ? "≤" : t.symbol), "weight");
    draft.put(
      r,
      C.value,
      t.symbol === QUALITATIVE ? text(t.text ?? "") : num(t.value ?? 0),
      t.symbol === QUALITATIVE ? "name" : "weight",
      percentTarget ? "0.00%" : undefined,
    );
    draft.put(r, C.unit, text(t.unit ?? ""), "weight");
    // A reported number ("60%", "≥85%", "48000人") goes in as a number the formulas can use; words stay words.
    const reported = typeof ind.actual === "string" && t.symbol !== QUALITATIVE ? parseTarget(ind.actual) : null;
    const actual =
      ind.actual === undefined
        ? null
        : typeof ind.actual === "number"
          ? num(ind.actual)
          : reported?.kind === "quantity"
            ? num(reported.value.toNumber())
            : text(ind.actual);
    draft.put(r, C.actual, actual, "score", percentTarget ? "0.00%" : undefined);
    draft.put(r, C.weight, num(ind.weight), "weight");
    draft.put(r, C.band, ind.band ? text(ind.band) : null, "score");
    draft.put(r, C.factor, ind.factor === undefined ? null : num(ind.factor), "score", "0%");
    const rowScore = computed.rows[i];
    draft.put(
      r,
      C.score,
      formula(
        indicatorScoreFormula(ind, r, scoring, d),
        rowScore.score?.toNumber() ?? (ind.actual === undefined ? "" : NEEDS_PERSON),
      ),
      "total",
      scoreFormat(d),
    );
    draft.put(r, C.reason, ind.reason ? text(ind.reason) : null, "text");
  });
}

/**
 * What may be typed in the indicator rows (符号, 完成档次, 系数 in the chosen band, each prompt titled for its
 * column) and the red flags (得分 needing a person, 偏差原因 required): one rule per column over every row,
 * written for the first row with relative references.
 */
function putIndicatorRules(draft: SheetDraft, rows: { top: number; bottom: number }, scoring: ScoringRules): void {
  if (rows.bottom < rows.top) return;
  const at = (c: number): string => address(rows.top, c);
  const [Y, B, F, K, W, L] = [at(C.symbol), at(C.band), at(C.factor), at(C.score), at(C.weight), at(C.reason)];
  const area = (c: number) => columnArea(c, rows);
  draft.validate({
    area: area(C.symbol),
    formula: `OR(${Y}="≥",${Y}="≤",${Y}=">=",${Y}="<=",${Y}="=",${Y}=${str(QUALITATIVE)})`,
    errorTitle: "符号",
    error: "符号应为 ≥、≤、= 或 定性。Use ≥, ≤, = or 定性.",
    promptTitle: "符号",
    prompt: "≥ 越大越好，≤ 越小越好，定性 为文字目标",
  });
  // Each band by its 2020 word or the 2021 guide's (基本达成目标 / 部分实现目标 / 实现目标程度较低), from the bands QUALSCORE reads.
  const named = (b: (typeof QUALITATIVE_BANDS)[number]) =>
    `OR(${b.words
      .slice(0, 2)
      .map((w) => `${B}=${str(w)}`)
      .join(",")})`;
  const accepted = QUALITATIVE_BANDS.map((b) => b.words.slice(0, 2).join("/")).join("、");
  draft.validate({
    area: area(C.band),
    formula: `OR(${QUALITATIVE_BANDS.map(named).join(",")})`,
    errorTitle: "完成档次",
    error: `请填写 ${accepted}。`,
    promptTitle: "完成档次",
    prompt: `定性指标：${bandWords(scoring)}`,
  });
  draft.validate({
    area: area(C.factor),
    formula: `AND(ISNUMBER(${F}),OR(${QUALITATIVE_BANDS.map((b) => `AND(${named(b)},${F}>=${b.min},${F}${b.maxIncluded ? "<=" : "<"}${b.max})`).join(",")}))`,
    errorTitle: "系数不在所选档次内",
    error: `${qualitativeBandsInWords()}。`,
    promptTitle: "系数",
    prompt: "系数须在所选档次的区间内",
  });
  draft.flag(area(C.reason), `AND(${L}="",OR(AND(ISNUMBER(${K}),${K}<${W}),${K}=${str(NEEDS_PERSON)}))`);
  draft.flag(area(C.score), `${K}=${str(NEEDS_PERSON)}`);
}

/** One-level merges down equal consecutive 一级/二级 names, as printed forms do. */
function mergeLevels(draft: SheetDraft, form: SelfEvalForm, last: number): void {
  for (const c of [C.level1, C.level2]) {
    const key = (x: number) =>
      form.indicators[x - FIRST] &&
      `${form.indicators[x - FIRST].level1}|${c === C.level2 ? form.indicators[x - FIRST].level2 : ""}`;
    let start = FIRST;
    for (let r = FIRST + 1; r <= last + 1; r++) {
      if (r > last || key(r) !== key(start)) {
        draft.merge(start, c, r - 1, c);
        start = r;
      }
    }
  }
}

/** 总分, the pending check and 等级 under the indicators, boxed across the width; the note under them. Returns the rows of 总分 and 等级. */
function putTotals(
  draft: SheetDraft,
  form: SelfEvalForm,
  scoring: ScoringRules,
  computed: ReturnType<typeof scoreForm>,
  last: number,
): { totalRow: number; gradeRow: number } {
  const dt = form.decimals?.total ?? 2;
  const bands = form.grades ?? DEFAULT_BANDS;
  const totalRow = last + 1;
  const gradeRow = last + 2;
  const scores = colRange(C.score, FIRST, last);
  const fundsScore = abs(5, 10);
  draft.put(totalRow, 0, text("总分"), "totalLabel");
  draft.merge(totalRow, 0, totalRow, C.weight - 1);
  draft.put(
    totalRow,
    C.weight,
    formula(
      `${abs(5, 8)}+SUM(${colRange(C.weight, FIRST, last)})`,
      decimalOf(form.funds.weight)
        .plus(form.indicators.reduce((s, r) => s.plus(decimalOf(r.weight)), new Dec(0)))
        .toNumber(),
    ),
    "total",
  );
  // 总分 and 等级 stay blank until 执行率 and every indicator are scored: an unfilled form never prints 0 and 差.
  const complete = computed.fundsScore !== null && computed.rows.every((r) => r.score !== null);
  const filled = `AND(ISNUMBER(${fundsScore}),COUNT(${scores})=${form.indicators.length})`;
  const totalRef = abs(totalRow, C.score);
  draft.put(
    totalRow,
    C.score,
    formula(`IF(${filled},ROUND(${fundsScore}+SUM(${scores}),${dt}),"")`, complete ? computed.total.toNumber() : ""),
    "total",
    scoreFormat(dt),
  );
  const fundsPending = scoring === "2021" ? `+(${fundsScore}=${str(NEEDS_PERSON)})` : "";
  const pending =
    computed.rows.some((r) => r.score === null) ||
    (scoring === "2021" && computed.fundsRate !== null && computed.fundsScore === null);
  const message = "有指标待评分或需人工判断";
  draft.put(
    totalRow,
    C.reason,
    formula(
      `IF(COUNTIF(${scores},${str(NEEDS_PERSON)})+COUNTBLANK(${scores})${fundsPending}>0,${str(message)},"")`,
      pending ? message : "",
    ),
    "check",
  );
  draft.put(gradeRow, 0, text("等级"), "totalLabel");
  draft.merge(gradeRow, 0, gradeRow, C.weight - 1);
  draft.put(
    gradeRow,
    C.score,
    formula(`IF(ISNUMBER(${totalRef}),${gradeFormula(totalRef, bands)},"")`, complete ? (computed.grade ?? "") : ""),
    "total",
  );
  // 总分 and 等级 are boxed across the whole width, as printed forms are.
  for (const r of [totalRow, gradeRow]) draft.box(r, 0, LAST, "total");
  draft.put(
    gradeRow + 1,
    0,
    text(`${formNote(scoring).replace(/。$/, "")}；全部指标评分后显示总分和等级：${bandsInWords(bands)}。`),
    "note",
  );
  draft.merge(gradeRow + 1, 0, gradeRow + 1, LAST);
  return { totalRow, gradeRow };
}

/**
 * Lays out the national 项目支出绩效自评表: header, funds with 执行率 × 10 (capped), 年度总体目标, and
 * 绩效指标 with 年度指标值 as 符号 / 值 / 单位. Every score is a native formula — ≥ targets actual ÷ target,
 * ≤ targets target ÷ actual, capped at the points; qualitative rows the person's band × factor (validated
 * to lie in the band) — and a row short of its target flags its 偏差原因 cell as required.
 */
export function layoutForm(form: SelfEvalForm): WorkbookLayout {
  const scoring = form.scoring ?? DEFAULT_SCORING;
  const d = form.decimals?.score ?? 2;
  const computed = scoreForm(form);
  const draft = new SheetDraft();
  putHeader(draft, form);
  putFunds(draft, form, scoring, computed, d);
  putGoals(draft, form);
  putIndicatorHeadings(draft);
  putIndicatorRows(draft, form, scoring, computed, d);
  const last = FIRST + form.indicators.length - 1;
  putIndicatorRules(draft, { top: FIRST, bottom: last }, scoring);
  mergeLevels(draft, form, last);
  const { totalRow, gradeRow } = putTotals(draft, form, scoring, computed, last);

  // 全年执行数 (column H) holds amounts such as 109,805.66: wide enough that they never print as ###.
  const columns = [10, 12, 24, 6, 10, 8, 12, 12, 10, 9, 9, 30].map((width) => ({ width }));
  const rowCount = gradeRow + 2;
  const body = draft.at({ row: 0, col: 0 });
  const sheet: SheetLayout = {
    name: FORM_SHEET,
    ...body,
    columns,
    rowCount,
    colCount: LAST + 1,
    frozenRows: 0,
    print: { titleRows: [11, 12], area: { top: 0, left: 0, bottom: rowCount - 1, right: LAST } },
    rowHeights: rowHeightsOf({ cells: body.cells, merges: body.merges, columns, rowCount }),
  };
  return {
    // The rule set is kept in the hidden settings sheet, where `jx score` reads it back.
    sheets: [
      sheet,
      ...(form.fundsDetail ? [layoutFundsDetail(form.fundsDetail, form.project.name)] : []),
      settingsSheet(formSettingsOf(form)),
    ],
    names: [
      { name: "JX_TOTAL", sheet: FORM_SHEET, row: totalRow, col: C.score },
      { name: "JX_GRADE", sheet: FORM_SHEET, row: gradeRow, col: C.score },
      { name: "JX_WEIGHT_TOTAL", sheet: FORM_SHEET, row: totalRow, col: C.weight },
    ],
  };
}
