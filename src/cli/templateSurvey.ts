import * as path from "path";
import type { WorkbookLayout } from "../layout/model";
import { computeSurvey } from "../kinds/survey/score";
import { leafLabel, templateScoredBySurvey, withSurveySheets } from "../kinds/survey/templateSurvey";
import { SurveySpecError } from "../kinds/survey/presets";
import { DEFAULT_DECIMALS, leavesOf, type Template } from "../kinds/table/model";
import { decimalOf } from "../decimal";
import { UnreadableWorkbook } from "../xlsx/readWorkbook";
import { loadWorkbook } from "./files";
import { UsageError, shownName, type Io } from "./io";
import { surveyChoice, surveySheetOf, withQuestions } from "./surveyCommand";

/** The options `jx template` takes for a survey: the export, the leaf it scores, and `jx survey`'s scale options. */
export const TEMPLATE_SURVEY_OPTIONS = {
  survey: { type: "string" },
  "survey-leaf": { type: "string" },
  "survey-sheet": { type: "string" },
  questions: { type: "string" },
  method: { type: "string" },
  levels: { type: "string" },
  satisfied: { type: "string" },
  max: { type: "string" },
  weights: { type: "string" },
} as const;

export type SurveyValues = { [K in keyof typeof TEMPLATE_SURVEY_OPTIONS]?: string };

/** The template's leaf named by --survey-leaf (its name, or `code name`), with the label the sheet shows. */
function leafNamed(t: Template, name: string) {
  const hits = leavesOf(t.indicators).filter(
    ({ leaf }) => leaf.name === name || `${leaf.code ?? ""} ${leaf.name}`.trim() === name,
  );
  if (hits.length !== 1) {
    throw UsageError.because(hits.length ? "surveyLeafSeveral" : "surveyLeafNone", { name });
  }
  return hits[0].leaf;
}

/**
 * `jx template … --survey EXPORT.xlsx --survey-leaf 满意度 [scale options]`: the template with the 满意度统计
 * and 问卷数据 sheets added, the leaf's score = the survey's rate × the leaf's points (its 得分 a link to them).
 * Returns the template with that leaf scored and a step that adds and links the sheets; null without --survey.
 */
export async function templateSurvey(
  values: SurveyValues,
  t: Template,
  io: Io,
): Promise<{ template: Template; apply: (layout: WorkbookLayout) => WorkbookLayout } | null> {
  if (values.survey === undefined) {
    if (values["survey-leaf"] !== undefined)
      throw UsageError.because("optionGoesWith", { option: "--survey-leaf", with: "--survey" });
    return null;
  }
  if (!values["survey-leaf"]) throw UsageError.because("surveyNeedsLeaf");
  const template = structuredClone(t);
  const leaf = leafNamed(template, values["survey-leaf"]);
  const digits = { ...DEFAULT_DECIMALS, ...template.decimals }.score;
  try {
    const choice = {
      ...surveyChoice({ ...values, digits: String(digits) }, values.questions !== undefined),
      points: decimalOf(leaf.weight),
    };
    const survey = withQuestions(
      surveySheetOf(await loadWorkbook(values.survey, io), values["survey-sheet"]),
      values.questions,
    );
    const result = computeSurvey(survey, choice);
    const label = leafLabel(leaf);
    return {
      template: templateScoredBySurvey(template, label, result),
      apply(layout) {
        const linked = withSurveySheets(layout, label, { survey, result, choice });
        if (!linked) throw UsageError.because("noScoreCell", { label });
        return linked;
      },
    };
  } catch (e) {
    if (e instanceof UnreadableWorkbook || e instanceof SurveySpecError)
      throw UsageError.because("surveyFile", {
        file: values.survey === "-" ? shownName(values.survey, "in") : path.basename(values.survey),
        why: e,
      });
    throw e;
  }
}
