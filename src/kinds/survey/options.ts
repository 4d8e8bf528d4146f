import type { SheetGrid } from "../../sheet/grid";
import { UnreadableWorkbook } from "../../xlsx/unreadable";
import { findQuestions, pickQuestions, type SurveySheet } from "./read";
import type { SurveyChoice } from "./score";
import { SurveySpecError, parseLevels, parseList, parsePositive, parseWeights, type SurveyMethod } from "./presets";
import { refusalWords } from "../../messages";

/* The survey's options as a person writes them — on `jx survey`'s command line or in the pane's fields —
 * parsed once for every door. */

export const SURVEY_METHODS: readonly SurveyMethod[] = ["weighted", "share", "mean"];

/** The options as written: `jx survey`'s flags, or the pane's fields (blank = not given). */
export type SurveyOptionTexts = {
  readonly [K in "method" | "levels" | "satisfied" | "max" | "weights" | "points" | "digits"]?:
    string | boolean | undefined;
};

/** The survey sheet among `grids`: the named one, or the first whose columns hold questions. */
export function surveySheetIn(grids: readonly SheetGrid[], sheet?: string): SurveySheet {
  const chosen = sheet === undefined ? grids : grids.filter((s) => s.name === sheet);
  if (sheet !== undefined && !chosen.length)
    throw UnreadableWorkbook.because("noSheet", {
      sheet,
      sheets: { zh: grids.map((s) => s.name).join("、"), en: grids.map((s) => s.name).join(", ") },
    });
  for (const grid of chosen) {
    const found = findQuestions(grid);
    if (found.questions.length) return found;
  }
  const where = sheet === undefined ? refusalWords("whereWorkbook") : refusalWords("whereSheet", { sheet });
  throw UnreadableWorkbook.because("surveyNoColumns", { where });
}

/** The parsed options; `named` when the questions were named (--questions). An option given blank is an error, as on the command line. */
export function surveyChoice(values: SurveyOptionTexts, named: boolean): SurveyChoice {
  const opt = (k: keyof SurveyOptionTexts): string | undefined => {
    const v = values[k];
    return typeof v === "string" ? v : undefined;
  };
  const method = opt("method");
  if (method !== undefined && !SURVEY_METHODS.includes(method as SurveyMethod))
    throw SurveySpecError.because("surveyMethod", { got: method });
  const digits = opt("digits");
  if (digits !== undefined && !/^\d$/.test(digits.trim()))
    throw SurveySpecError.because("surveyDigits", { got: digits });
  return {
    method: method as SurveyMethod | undefined,
    levels: opt("levels") === undefined ? undefined : parseLevels(opt("levels") as string),
    satisfied: opt("satisfied") === undefined ? undefined : parseList(opt("satisfied") as string, "--satisfied"),
    max: opt("max") === undefined ? undefined : parsePositive(opt("max") as string, "--max"),
    weights: opt("weights") === undefined ? undefined : parseWeights(opt("weights") as string),
    points: opt("points") === undefined ? undefined : parsePositive(opt("points") as string, "--points"),
    digits: digits === undefined ? undefined : Number(digits.trim()),
    named,
  };
}

/** The survey sheet with only the questions `spec` names (7-12, 7,9,11-12); all of them without it. */
export function withQuestions(survey: SurveySheet, spec: string | undefined): SurveySheet {
  if (spec === undefined) return survey;
  const picked = pickQuestions(survey.questions, spec);
  if (!picked) throw SurveySpecError.because("surveyQuestions", { got: spec });
  if (picked.missing.length)
    throw SurveySpecError.because("surveyNoQuestion", {
      numbers: { zh: picked.missing.join("、"), en: picked.missing.join(", ") },
      columns: {
        zh: survey.questions.map((q) => `${q.column} ${q.text}`).join("；"),
        en: survey.questions.map((q) => `${q.column} ${q.text}`).join("; "),
      },
    });
  return { ...survey, questions: picked.picked };
}
