import { Dec } from "../../decimal";
import type { Area } from "../../sheet/grid";
import { SheetDraft } from "../../layout/draft";
import { formula, num, text, type LayoutCell, type SheetLayout, type WorkbookLayout } from "../../layout/model";
import { abs, address, onSheet, str } from "../../layout/refs";
import { SKIP_NUMBER, SKIP_TEXTS } from "./model";
import type { SurveySheet } from "./read";
import { scaleText, type SurveyChoice, type SurveyResult } from "./score";

export const RESPONSES_SHEET = "问卷数据";
export const SURVEY_SHEET = "满意度统计";

/** Where the survey's figures stand, for a scoring sheet's satisfaction leaf to link to. */
export interface SurveyRefs {
  readonly sheet: string;
  readonly rate: { readonly row: number; readonly col: number };
  /** The score cell (rate × points), when --points was given. */
  readonly score: { readonly row: number; readonly col: number } | null;
}

/** The two sheets' names: 满意度统计 and 问卷数据 unless the workbook already has sheets of those names. */
export interface SurveySheetNames {
  readonly survey: string;
  readonly responses: string;
}
export const SURVEY_SHEET_NAMES: SurveySheetNames = { survey: SURVEY_SHEET, responses: RESPONSES_SHEET };

const emptySheet = { merges: [] as Area[], problemFormats: [], print: null } as const;

/**
 * The responses sheet: 序号 in column A (the count of respondents), then the questions counted, one
 * row per respondent. Only the question columns are written: no time, source, IP, name or phone.
 */
export function layoutResponses(
  survey: SurveySheet,
  columns: readonly string[],
  name: string = RESPONSES_SHEET,
): SheetLayout {
  const questions = columns.map((c) => survey.questions.find((q) => q.column === c)).filter((q) => q !== undefined);
  const cells: LayoutCell[] = [{ row: 0, col: 0, content: text("序号"), style: "heading" }];
  questions.forEach((q, i) => cells.push({ row: 0, col: i + 1, content: text(q.text), style: "heading" }));
  for (let r = 0; r < survey.respondents; r++) {
    cells.push({ row: r + 1, col: 0, content: num(r + 1), style: "weight" });
    questions.forEach((q, i) => {
      const a = q.answers[r];
      if (a.kind === "answer")
        cells.push({
          row: r + 1,
          col: i + 1,
          content: a.number !== null ? num(a.number.toNumber()) : text(a.key),
          style: "weight",
        });
    });
  }
  return {
    name,
    cells,
    ...emptySheet,
    columns: [{ width: 6 }, ...questions.map(() => ({ width: 16 }))],
    rowCount: survey.respondents + 1,
    colCount: questions.length + 1,
    frozenRows: 1,
  };
}

/** An option column of the statistics: its heading, what it counts for, and the COUNTIF criteria that find it. */
interface OptionColumn {
  readonly heading: string;
  readonly value: Dec;
  readonly criteria: readonly string[];
}

const isNumberKey = (k: string): boolean => /^-?\d+(\.\d+)?$/.test(k);

function optionsOf(result: SurveyResult): OptionColumn[] {
  const { scale } = result;
  const keys: string[] = [];
  for (const l of scale.levels) keys.push(l.answer);
  if (scale.method === "mean" && scale.max && scale.max.isInteger() && scale.max.lte(20) && !scale.levels.length) {
    for (let k = 1; k <= scale.max.toNumber(); k++) keys.push(String(k));
  }
  for (const q of result.questions) for (const k of Object.keys(q.counts)) if (!keys.includes(k)) keys.push(k);
  const textLevels = scale.levels.length > 0 && scale.levels.every((l) => !isNumberKey(l.answer));
  return keys.map((key) => {
    const at = scale.levels.findIndex((l) => l.answer === key);
    const level = at >= 0 ? scale.levels[at] : undefined;
    // Option numbers stand for the n-th level of text levels: the same column counts both.
    const criteria = [isNumberKey(key) ? key : str(key), ...(textLevels && level ? [String(at + 1)] : [])];
    let value: Dec;
    if (scale.method === "share") value = new Dec(scale.satisfied.includes(key) ? 1 : 0);
    else if (level) value = level.value;
    else value = new Dec(isNumberKey(key) ? key : 0);
    return { heading: key, value, criteria };
  });
}

/** Where the statistics' columns are: 列, 题目, one per option, then 有效答卷, 跳过, 未识别, 满意度 and 权重. */
interface StatisticsColumns {
  readonly first: number;
  readonly valid: number;
  readonly skipped: number;
  readonly unknown: number;
  readonly rate: number;
  readonly weight: number;
}

function statisticsColumns(options: readonly OptionColumn[]): StatisticsColumns {
  const first = 2;
  const valid = first + options.length;
  return { first, valid, skipped: valid + 1, unknown: valid + 2, rate: valid + 3, weight: valid + 4 };
}

/** The first rows a question takes and the statistics' number formats. */
const FIRST_QUESTION_ROW = 4;
const percentFormat = (digits: number): string => `0.${"0".repeat(digits)}%`.replace(".%", "%");

/** Title, how it is computed, the headings, and the row of what each option counts for. */
function putStatisticsHeadings(
  draft: SheetDraft,
  result: SurveyResult,
  options: readonly OptionColumn[],
  cols: StatisticsColumns,
  names: SurveySheetNames,
): void {
  draft.put(0, 0, text(SURVEY_SHEET), "title");
  draft.put(
    1,
    0,
    text(
      `计算方法：${scaleText(result.scale)}；跳过的题不计入有效答卷。在“${names.responses}”中粘贴更多答卷（A 列填序号）后自动更新。`,
    ),
    "note",
  );
  ["列", "题目", ...options.map((o) => o.heading), "有效答卷", "跳过", "未识别", "满意度", "权重"].forEach((h, c) =>
    draft.put(2, c, text(h), "heading"),
  );
  draft.put(3, 0, text(""), "heading");
  const valueWord =
    result.scale.method === "share" ? "计为满意（1 是 0 否）" : result.scale.method === "mean" ? "分值" : "权重";
  draft.put(3, 1, text(valueWord), "heading");
  options.forEach((o, i) => draft.put(3, cols.first + i, num(o.value.toNumber()), "weight"));
}

/**
 * One row per question: the count of each option (COUNTIF over the responses sheet's whole column, so pasted
 * rows count), 有效答卷, 跳过, 未识别, and the question's rate (SUMPRODUCT of the option values and counts).
 */
function putQuestionRows(
  draft: SheetDraft,
  result: SurveyResult,
  choice: SurveyChoice,
  options: readonly OptionColumn[],
  cols: StatisticsColumns,
  names: SurveySheetNames,
): void {
  const column = (col: number): string => responsesColumn(names, col);
  const respondentsRef = abs(FIRST_QUESTION_ROW + result.questions.length, 2);
  const valueRow = `${abs(3, cols.first)}:${abs(3, cols.valid - 1)}`;
  const max = result.scale.max;
  result.questions.forEach((q, i) => {
    const r = FIRST_QUESTION_ROW + i;
    const col = column(i + 1);
    draft.put(r, 0, text(q.column), "weight");
    draft.put(r, 1, text(q.text), "name");
    options.forEach((o, k) =>
      draft.put(
        r,
        cols.first + k,
        formula(o.criteria.map((c) => `COUNTIF(${col},${c})`).join("+"), q.counts[o.heading] ?? 0),
        "weight",
      ),
    );
    const counts = `${address(r, cols.first)}:${address(r, cols.valid - 1)}`;
    const valid = address(r, cols.valid);
    draft.put(r, cols.valid, formula(`SUM(${counts})`, q.answered), "weight");
    const marks = [...SKIP_TEXTS.map((t) => `COUNTIF(${col},${str(t)})`), `COUNTIF(${col},${SKIP_NUMBER})`].join("+");
    draft.put(r, cols.skipped, formula(`${respondentsRef}-(COUNTA(${col})-1)+${marks}`, q.skipped), "weight");
    draft.put(r, cols.unknown, formula(`COUNTA(${col})-1-(${marks})-${valid}`, 0), "weight");
    const rate = `SUMPRODUCT(${valueRow},${counts})/${valid}${max ? `/${max.toFixed()}` : ""}`;
    draft.put(
      r,
      cols.rate,
      formula(`IF(${valid}=0,"",${rate})`, q.rate?.toNumber() ?? ""),
      "rate",
      percentFormat(result.digits),
    );
    draft.put(r, cols.weight, num(choice.weights?.[i]?.toNumber() ?? 1), "weight");
  });
  // Answers the options do not cover are shown in red: they are not counted.
  const last = FIRST_QUESTION_ROW + result.questions.length - 1;
  draft.flag(
    { top: FIRST_QUESTION_ROW, left: cols.unknown, bottom: last, right: cols.unknown },
    `${address(FIRST_QUESTION_ROW, cols.unknown)}>0`,
  );
}

/** 答卷份数, the overall rate (the questions' rates weighted), and the score when the leaf has points. */
function putStatisticsTotals(
  draft: SheetDraft,
  result: SurveyResult,
  choice: SurveyChoice,
  cols: StatisticsColumns,
  names: SurveySheetNames,
): SurveyRefs["score"] {
  const last = FIRST_QUESTION_ROW + result.questions.length - 1;
  const totalRow = last + 1;
  const rates = `${abs(FIRST_QUESTION_ROW, cols.rate)}:${abs(last, cols.rate)}`;
  const weights = `${abs(FIRST_QUESTION_ROW, cols.weight)}:${abs(last, cols.weight)}`;
  draft.put(totalRow, 0, text("答卷份数"), "totalLabel");
  draft.put(totalRow, 2, formula(`COUNT(${responsesColumn(names, 0)})`, result.respondents), "total");
  draft.put(totalRow, cols.rate - 1, text("总体满意度"), "totalLabel");
  const counted = `SUMPRODUCT(ISNUMBER(${rates})*${weights})`;
  draft.put(
    totalRow,
    cols.rate,
    formula(`IF(${counted}=0,"",SUMPRODUCT(${rates},${weights})/${counted})`, result.rate?.toNumber() ?? ""),
    "total",
    percentFormat(result.digits),
  );
  if (!choice.points) return null;
  const overall = abs(totalRow, cols.rate);
  draft.put(totalRow + 1, cols.rate - 1, text(`得分（${choice.points.toFixed()} 分）`), "totalLabel");
  draft.put(
    totalRow + 1,
    cols.rate,
    formula(
      `IF(${overall}="","",ROUND(${overall}*${choice.points.toFixed()},${result.digits}))`,
      result.score?.toNumber() ?? "",
    ),
    "total",
    result.digits ? `0.${"0".repeat(result.digits)}` : "0",
  );
  return { row: totalRow + 1, col: cols.rate };
}

/** A whole column of the responses sheet, as the statistics' formulas count it ($B:$B). */
function responsesColumn(names: SurveySheetNames, col: number): string {
  const letters = address(0, col).replace(/\d+$/, "");
  return onSheet(names.responses, `$${letters}:$${letters}`);
}

/**
 * The 满意度统计 sheet: the headings, one row per question with its counts and rate, then the overall rate and
 * the score. Every figure is a native formula over the responses sheet, with the computed value cached.
 */
export function layoutSurveySheet(
  result: SurveyResult,
  choice: SurveyChoice,
  names: SurveySheetNames = SURVEY_SHEET_NAMES,
): { sheet: SheetLayout; refs: SurveyRefs } {
  const options = optionsOf(result);
  const cols = statisticsColumns(options);
  const draft = new SheetDraft();
  putStatisticsHeadings(draft, result, options, cols, names);
  putQuestionRows(draft, result, choice, options, cols, names);
  const score = putStatisticsTotals(draft, result, choice, cols, names);
  const totalRow = FIRST_QUESTION_ROW + result.questions.length;
  return {
    sheet: {
      name: names.survey,
      cells: draft.cells,
      merges: [
        { top: 0, left: 0, bottom: 0, right: cols.weight },
        { top: 1, left: 0, bottom: 1, right: cols.weight },
      ],
      columns: [
        { width: 5 },
        { width: 36 },
        ...options.map(() => ({ width: 9 })),
        { width: 9 },
        { width: 7 },
        { width: 7 },
        { width: 10 },
        { width: 7 },
      ],
      rowCount: totalRow + 2,
      colCount: cols.weight + 1,
      frozenRows: 4,
      problemFormats: draft.problemFormats,
      print: { titleRows: [2, 3] },
    },
    refs: { sheet: names.survey, rate: { row: totalRow, col: cols.rate }, score },
  };
}

/** The survey workbook of `jx survey --out`: the statistics first, then the responses they count. */
export function layoutSurveyWorkbook(survey: SurveySheet, result: SurveyResult, choice: SurveyChoice): WorkbookLayout {
  const { sheet } = layoutSurveySheet(result, choice);
  return {
    sheets: [
      sheet,
      layoutResponses(
        survey,
        result.questions.map((q) => q.column),
      ),
    ],
    names: [],
  };
}
