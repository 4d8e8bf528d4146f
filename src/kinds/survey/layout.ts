import { Dec } from "../../decimal";
import type { Area } from "../../sheet/grid";
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

/**
 * The 满意度统计 sheet: one row per question with the count of each option (COUNTIF over the
 * responses sheet's whole column, so pasted rows count), 有效答卷, 跳过, 未识别, the question's rate
 * (SUMPRODUCT of the option values and counts), then the overall rate and the score.
 */
export function layoutSurveySheet(
  result: SurveyResult,
  choice: SurveyChoice,
  names: SurveySheetNames = SURVEY_SHEET_NAMES,
): { sheet: SheetLayout; refs: SurveyRefs } {
  const options = optionsOf(result);
  const cells: LayoutCell[] = [];
  const put = (
    row: number,
    col: number,
    content: LayoutCell["content"],
    style: LayoutCell["style"],
    numFmt?: string,
  ): void => void cells.push({ row, col, content, style, ...(numFmt ? { numFmt } : {}) });
  const first = 2; // first option column
  const validCol = first + options.length;
  const skippedCol = validCol + 1;
  const unknownCol = validCol + 2;
  const rateCol = validCol + 3;
  const weightCol = validCol + 4;
  const lastCol = weightCol;
  const data = (col: number): string =>
    onSheet(names.responses, `$${address(0, col).replace(/\d+$/, "")}:$${address(0, col).replace(/\d+$/, "")}`);
  const respondentsRef = abs(3 + result.questions.length + 1, 2);
  const pctFmt = `0.${"0".repeat(result.digits)}%`.replace(".%", "%");

  put(0, 0, text(SURVEY_SHEET), "title");
  put(
    1,
    0,
    text(
      `计算方法：${scaleText(result.scale)}；跳过的题不计入有效答卷。在“${names.responses}”中粘贴更多答卷（A 列填序号）后自动更新。`,
    ),
    "note",
  );
  ["列", "题目", ...options.map((o) => o.heading), "有效答卷", "跳过", "未识别", "满意度", "权重"].forEach((h, c) =>
    put(2, c, text(h), "heading"),
  );
  put(3, 0, text(""), "heading");
  put(
    3,
    1,
    text(result.scale.method === "share" ? "计为满意（1 是 0 否）" : result.scale.method === "mean" ? "分值" : "权重"),
    "heading",
  );
  options.forEach((o, i) => put(3, first + i, num(o.value.toNumber()), "weight"));
  const valueRow = `${abs(3, first)}:${abs(3, validCol - 1)}`;
  const max = result.scale.max;
  result.questions.forEach((q, i) => {
    const r = 4 + i;
    const col = data(i + 1);
    put(r, 0, text(q.column), "weight");
    put(r, 1, text(q.text), "name");
    options.forEach((o, k) =>
      put(
        r,
        first + k,
        formula(o.criteria.map((c) => `COUNTIF(${col},${c})`).join("+"), q.counts[o.heading] ?? 0),
        "weight",
      ),
    );
    const counts = `${address(r, first)}:${address(r, validCol - 1)}`;
    const valid = address(r, validCol);
    put(r, validCol, formula(`SUM(${counts})`, q.answered), "weight");
    const marks = [...SKIP_TEXTS.map((t) => `COUNTIF(${col},${str(t)})`), `COUNTIF(${col},${SKIP_NUMBER})`].join("+");
    put(r, skippedCol, formula(`${respondentsRef}-(COUNTA(${col})-1)+${marks}`, q.skipped), "weight");
    put(r, unknownCol, formula(`COUNTA(${col})-1-(${marks})-${valid}`, 0), "weight");
    const rate = `SUMPRODUCT(${valueRow},${counts})/${valid}${max ? `/${max.toFixed()}` : ""}`;
    put(r, rateCol, formula(`IF(${valid}=0,"",${rate})`, q.rate?.toNumber() ?? ""), "rate", pctFmt);
    put(r, weightCol, num(choice.weights?.[i]?.toNumber() ?? 1), "weight");
  });
  const last = 4 + result.questions.length - 1;
  const totalRow = last + 1;
  const rates = `${abs(4, rateCol)}:${abs(last, rateCol)}`;
  const weights = `${abs(4, weightCol)}:${abs(last, weightCol)}`;
  put(totalRow, 0, text("答卷份数"), "totalLabel");
  put(totalRow, 2, formula(`COUNT(${data(0)})`, result.respondents), "total");
  put(totalRow, rateCol - 1, text("总体满意度"), "totalLabel");
  put(
    totalRow,
    rateCol,
    formula(
      `IF(SUMPRODUCT(ISNUMBER(${rates})*${weights})=0,"",SUMPRODUCT(${rates},${weights})/SUMPRODUCT(ISNUMBER(${rates})*${weights}))`,
      result.rate?.toNumber() ?? "",
    ),
    "total",
    pctFmt,
  );
  let score: SurveyRefs["score"] = null;
  if (choice.points) {
    score = { row: totalRow + 1, col: rateCol };
    put(totalRow + 1, rateCol - 1, text(`得分（${choice.points.toFixed()} 分）`), "totalLabel");
    put(
      totalRow + 1,
      rateCol,
      formula(
        `IF(${abs(totalRow, rateCol)}="","",ROUND(${abs(totalRow, rateCol)}*${choice.points.toFixed()},${result.digits}))`,
        result.score?.toNumber() ?? "",
      ),
      "total",
      result.digits ? `0.${"0".repeat(result.digits)}` : "0",
    );
  }
  // Answers the options do not cover are shown in red: they are not counted.
  const unknownArea: Area = { top: 4, left: unknownCol, bottom: last, right: unknownCol };
  return {
    sheet: {
      name: names.survey,
      cells,
      merges: [
        { top: 0, left: 0, bottom: 0, right: lastCol },
        { top: 1, left: 0, bottom: 1, right: lastCol },
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
      colCount: lastCol + 1,
      frozenRows: 4,
      problemFormats: [{ area: unknownArea, formula: `${address(4, unknownCol)}>0` }],
      print: { titleRows: [2, 3] },
    },
    refs: { sheet: names.survey, rate: { row: totalRow, col: rateCol }, score },
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
