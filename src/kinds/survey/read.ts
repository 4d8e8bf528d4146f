import { columnLetters, type SheetGrid } from "../../sheet/grid";
import { readAnswer, SCALE_WORDS, type Answer } from "./model";

/** A question column of a survey export: its heading, its question number and every respondent's answer. */
export interface QuestionColumn {
  /** 0-based column on the sheet. */
  readonly col: number;
  /** Its letter ("H"), as `--json` reports it. */
  readonly column: string;
  readonly text: string;
  /** The question's number from its heading (`7、…`, `Q7`, `第7题`); matrix rows share their question's. */
  readonly number: number | null;
  readonly answers: readonly Answer[];
}

/** A survey export read: the heading row, how many respondents, and the question columns. */
export interface SurveySheet {
  readonly sheet: string;
  readonly headingRow: number;
  readonly respondents: number;
  readonly questions: readonly QuestionColumn[];
  /** Columns passed over as metadata or free text — by heading only (their contents are never kept). */
  readonly passedOver: readonly {
    readonly column: string;
    readonly heading: string;
    readonly why: "metadata" | "personal" | "free text";
  }[];
}

/** What survey services put beside the answers: time, source, IP, numbering. */
const METADATA =
  /^(序号|编号|答卷编号|答卷序号|ID|用户ID|提交答卷时间|提交时间|开始时间|结束时间|开始答题时间|结束答题时间|答题时间|答题时长|所用时间|填写时长|来源|来源详情|来自IP|IP|IP地址|IP属地|地理位置|省份|城市|填写设备|设备|操作系统|浏览器|总分|得分|分数|状态|渠道|自定义字段)$/i;
/** Headings of a respondent's own data: never read, never copied. */
const PERSONAL = /姓名|名字|称呼|昵称|电话|手机|联系方式|身份证|证件|住址|地址|邮箱|e-?mail|微信号|QQ/i;
/** A question's number at the start of its heading: 7、 7. 7． Q7 第7题 (7). */
const NUMBERED = /^\s*(?:Q|第)?\s*[(（]?(\d{1,3})\s*(?:[)）]|[、.．:：]|题|\s)/i;
/** More distinct answers than a scale has: a question answered in the respondent's own words. */
const MAX_OPTIONS = 12;

export function questionNumber(heading: string): number | null {
  const m = NUMBERED.exec(heading);
  return m ? Number(m[1]) : null;
}

/** The heading row: the first of the top rows holding a metadata heading or a numbered question, else the first. */
function headingRowOf(grid: SheetGrid): number {
  for (let r = 0; r < Math.min(5, grid.cells.length); r++) {
    const texts = (grid.cells[r] ?? []).map((v) => (typeof v === "string" ? v.trim() : ""));
    if (texts.some((t) => METADATA.test(t)) || texts.filter((t) => questionNumber(t) !== null).length >= 2) return r;
  }
  return 0;
}

/** A choice question's answers: few distinct options, each an option number or a short option text. */
function choiceLike(answers: readonly Answer[]): { choice: boolean; scaleLike: boolean } {
  const keys = new Set<string>();
  let scaleLike = true;
  for (const a of answers) {
    if (a.kind !== "answer") continue;
    keys.add(a.key);
    if (a.number === null ? !SCALE_WORDS.has(a.key) : !(a.number.isInteger() && a.number.gte(0) && a.number.lte(100)))
      scaleLike = false;
    if (a.number === null && a.key.length > 12) return { choice: false, scaleLike: false };
    if (a.number !== null && !(a.number.isInteger() && a.number.gte(0) && a.number.lte(100)))
      return { choice: false, scaleLike: false };
  }
  return { choice: keys.size > 0 && keys.size <= MAX_OPTIONS, scaleLike: keys.size > 0 && scaleLike };
}

/**
 * Finds the question columns of a survey export (one row per respondent, the question text as
 * heading): metadata (time, source, IP), a respondent's own data (name, phone) and questions answered
 * in free words are passed over. A column counts as a question when its heading is numbered or its
 * answers are scale words or option numbers, and it has at most 12 distinct answers.
 */
export function findQuestions(grid: SheetGrid): SurveySheet {
  const headingRow = headingRowOf(grid);
  const headings = grid.cells[headingRow] ?? [];
  const rows = grid.cells.slice(headingRow + 1);
  // A respondent is a row with anything in it (exports end without trailing blank rows, but pasted sheets may).
  const respondentRows = rows.filter((row) =>
    row.some((v) => v !== null && v !== undefined && String(v).trim() !== ""),
  );
  const questions: QuestionColumn[] = [];
  const passedOver: SurveySheet["passedOver"][number][] = [];
  for (let c = 0; c < headings.length; c++) {
    const heading =
      typeof headings[c] === "string"
        ? (headings[c] as string).trim()
        : headings[c] === null || headings[c] === undefined
          ? ""
          : String(headings[c]);
    if (heading === "") continue;
    const column = columnLetters(c);
    if (METADATA.test(heading)) {
      passedOver.push({ column, heading, why: "metadata" });
      continue;
    }
    const number = questionNumber(heading);
    // A short heading about the respondent (7、姓名, 联系电话), not a longer question that mentions an address.
    if (PERSONAL.test(heading) && heading.replace(NUMBERED, "").length <= 12) {
      passedOver.push({ column, heading, why: "personal" });
      continue;
    }
    const answers = respondentRows.map((row) => readAnswer(row[c]));
    const { choice, scaleLike } = choiceLike(answers);
    if (!choice || (number === null && !scaleLike)) {
      passedOver.push({ column, heading, why: "free text" });
      continue;
    }
    questions.push({ col: c, column, text: heading, number, answers });
  }
  return { sheet: grid.name, headingRow, respondents: respondentRows.length, questions, passedOver };
}

/**
 * Picks questions by `--questions 7-12` / `7,9,11-12`: by the number in their headings (a matrix
 * question's rows all come with it), or by their order among the questions when headings carry none.
 * Null when a number picks nothing (the caller names it).
 */
export function pickQuestions(
  all: readonly QuestionColumn[],
  spec: string,
): { picked: QuestionColumn[]; missing: number[] } | null {
  const wanted: number[] = [];
  for (const part of spec
    .split(/[,，]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(\d+)(?:\s*[-–~～]\s*(\d+))?$/.exec(part);
    if (!m) return null;
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (b < a) return null;
    for (let n = a; n <= b; n++) wanted.push(n);
  }
  if (!wanted.length) return null;
  const byHeading = all.some((q) => q.number !== null);
  const numberOf = (q: QuestionColumn, i: number): number => (byHeading ? (q.number ?? -1) : i + 1);
  const picked = all.filter((q, i) => wanted.includes(numberOf(q, i)));
  const missing = wanted.filter((n) => !all.some((q, i) => numberOf(q, i) === n));
  return { picked, missing };
}
