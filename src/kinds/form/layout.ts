import { Dec, decimalOf } from "../../decimal";
import { DEFAULT_BANDS } from "../../grades";
import { bandsInWords, gradeFormula } from "../table/layout";
import { rowHeightsOf } from "../../layout/rowHeights";
import { formula, num, text, type CellContent, type LayoutCell, type ProblemFormat, type SheetLayout, type WorkbookLayout } from "../../layout/model";
import { abs, colRange, str } from "../../layout/refs";
import type { Area } from "../../sheet/grid";
import { QUALITATIVE, type SelfEvalForm } from "./model";
import { scoreForm } from "./score";
import { storedOf } from "./targetOf";
import { parseTarget } from "../../targets/parseTarget";
import { layoutFundsDetail } from "./fundsDetail";
import { settingsSheet, type WorkbookSettings } from "../../layout/workbook";
import { QUALITATIVE_BANDS } from "../../rules/scoring";
import { COMPLETED_NO, COMPLETED_YES, DEFAULT_SCORING, EXECUTION_BANDS, PASS_LINE, RULES_SOURCE, SATISFACTION_BANDS, isSatisfactionRow, type ScoringRules, type ShareBand } from "./scoringRules";

export const FORM_SHEET = "自评表";
export const NEEDS_PERSON = "需人工判断";

// Columns of the 绩效指标 part (0-based): the funds part reuses them.
const C = { level1: 0, level2: 1, name: 2, symbol: 3, value: 4, unit: 5, actual: 6, weight: 7, band: 8, factor: 9, score: 10, reason: 11 } as const;
const LAST = C.reason;

/** A value compared as every rule compares: at 9 decimals. */
const at9 = (x: string) => `ROUND(${x},9)`;

/** The share of a banded rule as nested IFs over the same constants the scorer reads (highest band first, 0 below all). */
function bandFormula(value: string, bands: readonly ShareBand[]): string {
  const sorted = [...bands].sort((a, b) => b.min.comparedTo(a.min));
  return sorted.reduceRight((rest, b) => `IF(${at9(value)}>=${b.min.toFixed()},${b.share.toFixed()},${rest})`, "0");
}

/** PASSLINE as a formula over a completion: 0 below the line, 1 from 100 %, (x − line) ÷ (1 − line) between. */
function passLineFormula(x: string): string {
  const line = PASS_LINE.toFixed();
  return `IF(${at9(x)}<${line},0,IF(${at9(x)}>=1,1,(${x}-${line})/(1-${line})))`;
}

/** The printed note: which rules the form follows and how each row is scored. */
export function formNote(scoring: ScoringRules): string {
  const qualitative = "定性指标填写完成档次和系数（达成/基本达成目标 80%–100%，部分达成/部分实现目标 60%–80%，未达成/实现目标程度较低 0–60%）";
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

/**
 * Lays out the national 项目支出绩效自评表: header, funds with 执行率 × 10 (capped), 年度总体目标, and
 * 绩效指标 with 年度指标值 as 符号 / 值 / 单位. Every score is a native formula — ≥ targets actual ÷ target,
 * ≤ targets target ÷ actual, capped at the points; qualitative rows the person's band × factor (validated
 * to lie in the band) — and a row short of its target flags its 偏差原因 cell as required.
 */
export function layoutForm(form: SelfEvalForm): WorkbookLayout {
  const scoring = form.scoring ?? DEFAULT_SCORING;
  const d = form.decimals?.score ?? 2;
  const dt = form.decimals?.total ?? 2;
  const computed = scoreForm(form);
  const cells: LayoutCell[] = [];
  const merges: Area[] = [];
  const formats: ProblemFormat[] = [];
  const put = (row: number, col: number, content: CellContent | null, style: LayoutCell["style"], extra: Partial<LayoutCell> = {}) => cells.push({ row, col, content, style, ...extra });
  const merge = (top: number, left: number, bottom: number, right: number) => {
    if (bottom > top || right > left) merges.push({ top, left, bottom, right });
  };
  const A = abs;

  put(0, 0, text(form.title ?? "项目支出绩效自评表"), "title");
  merge(0, 0, 0, LAST);
  put(1, 0, text(`（${form.project.year ?? ""}年度）`), "note");
  merge(1, 0, 1, LAST);
  put(2, 0, text("项目名称"), "heading");
  put(2, 1, text(form.project.name), "name");
  merge(2, 1, 2, LAST);
  put(3, 0, text("主管部门"), "heading");
  put(3, 1, text(form.project.department ?? ""), "name");
  merge(3, 1, 3, 5);
  put(3, 6, text("实施单位"), "heading");
  merge(3, 6, 3, 7);
  put(3, 8, text(form.project.unit ?? ""), "name");
  merge(3, 8, 3, LAST);

  // 项目资金（万元）: rows 4 (headings) and 5–8.
  put(4, 0, text("项目资金（万元）"), "heading");
  merge(4, 0, 8, 0);
  // Under 2021 the 得分 column gives way to 项目已完成 (是/否) beside it, which the 执行率 bands need.
  const fundHead: [number, number, string][] = [[1, 2, ""], [3, 4, "年初预算数"], [5, 6, "全年预算数"], [7, 7, "全年执行数"], [8, 8, "分值"], [9, 9, "执行率"], ...(scoring === "2021" ? ([[10, 10, "得分"], [11, 11, "项目已完成"]] as [number, number, string][]) : [[10, 11, "得分"] as [number, number, string]])];
  for (const [l, r, h] of fundHead) {
    put(4, l, text(h), "heading");
    merge(4, l, 4, r);
  }
  form.funds.rows.slice(0, 4).forEach((f, i) => {
    const r = 5 + i;
    put(r, 1, text(f.label), "name");
    merge(r, 1, r, 2);
    const money = (c: number, v: number | undefined) => put(r, c, v === undefined ? null : num(v), "score", { numFmt: "#,##0.00" });
    money(3, f.initial);
    merge(r, 3, r, 4);
    money(5, f.annual);
    merge(r, 5, r, 6);
    money(7, f.executed);
    const annual = A(r, 5);
    const executed = A(r, 7);
    const rate = f.annual && f.executed !== undefined ? decimalOf(f.executed).div(decimalOf(f.annual)).toNumber() : "";
    put(r, 9, formula(`IF(AND(ISNUMBER(${annual}),${annual}>0,ISNUMBER(${executed})),${executed}/${annual},"")`, rate), "rate", { numFmt: "0.00%" });
    if (i === 0) {
      put(r, 8, num(form.funds.weight), "weight");
      const [R, W, D] = [A(r, 9), A(r, 8), A(r, 11)];
      const score =
        scoring === "2021"
          ? `IF(ISNUMBER(${R}),IF(${D}=${str(COMPLETED_YES)},IF(${at9(R)}<=1,${W},${str(NEEDS_PERSON)}),IF(${D}=${str(COMPLETED_NO)},ROUND(${bandFormula(R, EXECUTION_BANDS)}*${W},${d}),${str(NEEDS_PERSON)})),"")`
          : `IF(ISNUMBER(${R}),ROUND(MIN(${R},1)*${W},${d}),"")`;
      put(r, 10, formula(score, computed.fundsScore?.toNumber() ?? (computed.fundsRate === null ? "" : NEEDS_PERSON)), "total", { numFmt: d > 0 ? `0.${"0".repeat(d)}` : "0" });
      if (scoring === "2021") {
        const done = form.funds.completed === undefined ? null : text(form.funds.completed ? COMPLETED_YES : COMPLETED_NO);
        put(r, 11, done, "score", { validation: { formula: `OR(${D}=${str(COMPLETED_YES)},${D}=${str(COMPLETED_NO)})`, errorTitle: "项目已完成", error: "请填写 是 或 否。Use 是 (yes) or 否 (no).", prompt: "项目是否已完成：是 / 否（2021 年版按此给预算执行率计分）" } });
        formats.push({ area: { top: r, left: 10, bottom: r, right: 10 }, formula: `${A(r, 10)}=${str(NEEDS_PERSON)}` });
      }
    } else {
      put(r, 8, text("—"), "weight");
      put(r, 10, text("—"), "weight");
      if (scoring === "2021") put(r, 11, text("—"), "weight");
    }
    if (scoring !== "2021") merge(r, 10, r, 11);
  });

  // 年度总体目标.
  put(9, 0, text("年度总体目标"), "heading");
  merge(9, 0, 10, 0);
  put(9, 1, text("预期目标"), "heading");
  merge(9, 1, 9, 6);
  put(9, 7, text("实际完成情况"), "heading");
  merge(9, 7, 9, LAST);
  put(10, 1, text(form.goals?.expected ?? ""), "text");
  merge(10, 1, 10, 6);
  put(10, 7, text(form.goals?.actual ?? ""), "text");
  merge(10, 7, 10, LAST);

  // 绩效指标 headings: rows 11–12.
  const heads: [number, string][] = [[C.level1, "一级指标"], [C.level2, "二级指标"], [C.name, "三级指标"], [C.actual, "实际完成值"], [C.weight, "分值"], [C.band, "完成档次（定性）"], [C.factor, "系数（定性）"], [C.score, "得分"], [C.reason, "偏差原因分析及改进措施"]];
  for (const [c, h] of heads) {
    put(11, c, text(h), "heading");
    merge(11, c, 12, c);
  }
  put(11, C.symbol, text("年度指标值"), "heading");
  merge(11, C.symbol, 11, C.unit);
  put(12, C.symbol, text("符号"), "heading");
  put(12, C.value, text("值"), "heading");
  put(12, C.unit, text("单位"), "heading");

  const first = 13;
  form.indicators.forEach((ind, i) => {
    const r = first + i;
    const t = storedOf(ind.target);
    const percent = t.unit === "%";
    put(r, C.level1, text(ind.level1), "name");
    put(r, C.level2, text(ind.level2), "name");
    put(r, C.name, text(ind.name), "name");
    // The symbol prints as reports write it (≥, ≤); the formulas and the reader take >= and <= too.
    const sign = t.symbol === ">=" ? "≥" : t.symbol === "<=" ? "≤" : t.symbol;
    const Y = A(r, C.symbol);
    put(r, C.symbol, text(sign), "weight", { validation: { formula: `OR(${Y}="≥",${Y}="≤",${Y}=">=",${Y}="<=",${Y}="=",${Y}=${str(QUALITATIVE)})`, errorTitle: "符号", error: "符号应为 ≥、≤、= 或 定性。Use ≥, ≤, = or 定性.", prompt: "≥ 越大越好，≤ 越小越好，定性 为文字目标" } });
    put(r, C.value, t.symbol === QUALITATIVE ? text(t.text ?? "") : num(t.value ?? 0), t.symbol === QUALITATIVE ? "name" : "weight", percent ? { numFmt: "0.00%" } : {});
    put(r, C.unit, text(t.unit ?? ""), "weight");
    // A reported number ("60%", "≥85%", "48000人") goes in as a number the formulas can use; words stay words.
    const reported = typeof ind.actual === "string" && t.symbol !== QUALITATIVE ? parseTarget(ind.actual) : null;
    const actual =
      ind.actual === undefined ? null : typeof ind.actual === "number" ? num(ind.actual) : reported?.kind === "quantity" ? num(reported.value.toNumber()) : text(ind.actual);
    put(r, C.actual, actual, "score", percent ? { numFmt: "0.00%" } : {});
    put(r, C.weight, num(ind.weight), "weight");
    const [B, F] = [A(r, C.band), A(r, C.factor)];
    // Each band by its 2020 word or the 2021 guide's (基本达成目标 / 部分实现目标 / 实现目标程度较低), from the bands QUALSCORE reads.
    const named = (b: (typeof QUALITATIVE_BANDS)[number]) => `OR(${b.words.slice(0, 2).map((w) => `${B}=${str(w)}`).join(",")})`;
    const bandWords = QUALITATIVE_BANDS.map((b) => b.words.slice(0, 2).join("/")).join("、");
    put(r, C.band, ind.band ? text(ind.band) : null, "score", { validation: { formula: `OR(${QUALITATIVE_BANDS.map(named).join(",")})`, errorTitle: "完成档次", error: `请填写 ${bandWords}。`, prompt: scoring === "2021" ? "定性指标：基本达成目标 / 部分实现目标 / 实现目标程度较低" : "定性指标：达成 / 部分达成 / 未达成" } });
    put(r, C.factor, ind.factor === undefined ? null : num(ind.factor), "score", {
      numFmt: "0%",
      validation: {
        formula: `AND(ISNUMBER(${F}),OR(${QUALITATIVE_BANDS.map((b) => `AND(${named(b)},${F}>=${b.min},${F}${b.maxIncluded ? "<=" : "<"}${b.max})`).join(",")}))`,
        errorTitle: "系数不在所选档次内",
        error: "达成（基本达成目标）80%–100%，部分达成（部分实现目标）60%（含）–80%，未达成（实现目标程度较低）0–60%。",
        prompt: "系数须在所选档次的区间内",
      },
    });
    const [S, V, G, W] = [A(r, C.symbol), A(r, C.value), A(r, C.actual), A(r, C.weight)];
    const ratio = `IF(OR(${S}="<=",${S}="≤"),IF(${G}<=${V},1,${V}/${G}),IF(${V}=0,1,MIN(${G}/${V},1)))`;
    // 2020: completion × points, capped; 2021: PASSLINE over the completion, or a 满意度 rate (in %) in its bands.
    const share = scoring === "2021" ? passLineFormula(ratio) : ratio;
    const quantitative = scoring === "2021" && isSatisfactionRow(ind) ? `IF(${A(r, C.unit)}="%",${bandFormula(G, SATISFACTION_BANDS)},${share})` : share;
    const score =
      `IF(${S}=${str(QUALITATIVE)},IF(AND(${B}<>"",ISNUMBER(${F})),ROUND(${W}*${F},${d}),IF(AND(${G}<>"",${G}=${V}),${W},"")),` +
      `IF(OR(${G}="",${V}=""),"",IFERROR(ROUND(${quantitative}*${W},${d}),${str(NEEDS_PERSON)})))`;
    const rowScore = computed.rows[i];
    put(r, C.score, formula(score, rowScore.score?.toNumber() ?? (ind.actual === undefined ? "" : NEEDS_PERSON)), "total", { numFmt: d > 0 ? `0.${"0".repeat(d)}` : "0" });
    put(r, C.reason, ind.reason ? text(ind.reason) : null, "text");
    const K = A(r, C.score);
    formats.push({ area: { top: r, left: C.reason, bottom: r, right: C.reason }, formula: `AND(${A(r, C.reason)}="",OR(AND(ISNUMBER(${K}),${K}<${W}),${K}=${str(NEEDS_PERSON)}))` });
    formats.push({ area: { top: r, left: C.score, bottom: r, right: C.score }, formula: `${K}=${str(NEEDS_PERSON)}` });
  });
  const last = first + form.indicators.length - 1;
  // One-level merges down equal consecutive 一级/二级 names, as printed forms do.
  for (const c of [C.level1, C.level2]) {
    let start = first;
    for (let r = first + 1; r <= last + 1; r++) {
      const key = (x: number) => form.indicators[x - first] && `${form.indicators[x - first].level1}|${c === C.level2 ? form.indicators[x - first].level2 : ""}`;
      if (r > last || key(r) !== key(start)) {
        merge(start, c, r - 1, c);
        start = r;
      }
    }
  }

  const totalRow = last + 1;
  const gradeRow = last + 2;
  const scores = colRange(C.score, first, last);
  put(totalRow, 0, text("总分"), "totalLabel");
  merge(totalRow, 0, totalRow, C.weight - 1);
  put(totalRow, C.weight, formula(`${A(5, 8)}+SUM(${colRange(C.weight, first, last)})`, decimalOf(form.funds.weight).plus(form.indicators.reduce((s, r) => s.plus(decimalOf(r.weight)), new Dec(0))).toNumber()), "total");
  // 总分 and 等级 stay blank until 执行率 and every indicator are scored: an unfilled form never prints 0 and 差.
  const complete = computed.fundsScore !== null && computed.rows.every((r) => r.score !== null);
  const filled = `AND(ISNUMBER(${A(5, 10)}),COUNT(${scores})=${form.indicators.length})`;
  const totalRef = A(totalRow, C.score);
  put(totalRow, C.score, formula(`IF(${filled},ROUND(${A(5, 10)}+SUM(${scores}),${dt}),"")`, complete ? computed.total.toNumber() : ""), "total", { numFmt: dt > 0 ? `0.${"0".repeat(dt)}` : "0" });
  const fundsPending = scoring === "2021" ? `+(${A(5, 10)}=${str(NEEDS_PERSON)})` : "";
  const pending = computed.rows.some((r) => r.score === null) || (scoring === "2021" && computed.fundsRate !== null && computed.fundsScore === null);
  put(totalRow, C.reason, formula(`IF(COUNTIF(${scores},${str(NEEDS_PERSON)})+COUNTBLANK(${scores})${fundsPending}>0,"有指标待评分或需人工判断","")`, pending ? "有指标待评分或需人工判断" : ""), "check");
  put(gradeRow, 0, text("等级"), "totalLabel");
  merge(gradeRow, 0, gradeRow, C.weight - 1);
  put(gradeRow, C.score, formula(`IF(ISNUMBER(${totalRef}),${gradeFormula(totalRef, form.grades ?? DEFAULT_BANDS)},"")`, complete ? (computed.grade ?? "") : ""), "total");
  // 总分 and 等级 are boxed across the whole width, as printed forms are.
  for (const r of [totalRow, gradeRow]) {
    for (let c = 0; c <= LAST; c++) {
      const taken = cells.some((x) => x.row === r && x.col === c) || merges.some((m) => m.top <= r && m.bottom >= r && m.left <= c && m.right >= c);
      if (!taken) put(r, c, null, "total");
    }
  }
  put(gradeRow + 1, 0, text(`${formNote(scoring).replace(/。$/, "")}；全部指标评分后显示总分和等级：${bandsInWords(form.grades ?? DEFAULT_BANDS)}。`), "note");
  merge(gradeRow + 1, 0, gradeRow + 1, LAST);

  // 全年执行数 (column H) holds amounts such as 109,805.66: wide enough that they never print as ###.
  const columns = [10, 12, 24, 6, 10, 8, 12, 12, 10, 9, 9, 30].map((width) => ({ width }));
  const rowCount = gradeRow + 2;
  const sheet: SheetLayout = {
    name: FORM_SHEET,
    cells,
    merges,
    columns,
    rowCount,
    colCount: LAST + 1,
    frozenRows: 0,
    problemFormats: formats,
    print: { titleRows: [11, 12], area: { top: 0, left: 0, bottom: rowCount - 1, right: LAST } },
    rowHeights: rowHeightsOf({ cells, merges, columns, rowCount }),
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
