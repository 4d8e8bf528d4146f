import type { Dec } from "../../decimal";
import { readCell, type CellValue } from "../../cells/readCell";

/** One respondent's answer to one question, read once: skipped, or an answer with its key. */
export type Answer =
  | { readonly kind: "skipped" }
  /** `key` is the option as the counts show it ("满意", "7"); `number` is set for an option number. */
  | { readonly kind: "answer"; readonly key: string; readonly number: Dec | null };

const SKIPPED: Answer = { kind: "skipped" };

/** How survey services mark a question not answered: (跳过) in text downloads, -3 in number downloads (the sheet's formulas count the same). */
const SKIP_MARKS = new Set(["(跳过)", "（跳过）"]);

/** The marks, as formulas count them (COUNTIF criteria). */
export const SKIP_TEXTS = ["(跳过)", "（跳过）"] as const;
export const SKIP_NUMBER = -3;

/**
 * Reads an answer cell: blank or a skip mark is skipped; an option number is kept as its number;
 * option text loses what the respondent typed beside it (`其他〖自填内容〗` → `其他`), so a
 * respondent's own words never reach the counts.
 */
export function readAnswer(raw: CellValue): Answer {
  const cell = readCell(raw);
  if (cell.kind === "blank") return SKIPPED;
  if (cell.kind === "number") {
    if (cell.value.eq(SKIP_NUMBER)) return SKIPPED;
    return { kind: "answer", key: cell.value.toFixed(), number: cell.value };
  }
  if (cell.kind === "bool") return { kind: "answer", key: cell.value ? "TRUE" : "FALSE", number: null };
  const text = cell.text.replace(/〖[^〗]*〗/g, "").trim();
  if (text === "" || SKIP_MARKS.has(text)) return SKIPPED;
  return { kind: "answer", key: text, number: null };
}

/** The scale words people download (for telling a question column from other text). */
export const SCALE_WORDS = new Set([
  "非常满意",
  "满意",
  "比较满意",
  "较满意",
  "基本满意",
  "一般",
  "不太满意",
  "较不满意",
  "比较不满意",
  "不满意",
  "非常不满意",
  "很满意",
  "很不满意",
  "非常同意",
  "同意",
  "一般同意",
  "不同意",
  "非常不同意",
  "是",
  "否",
  "了解",
  "不了解",
  "基本了解",
  "非常了解",
  "知晓",
  "不知晓",
]);
