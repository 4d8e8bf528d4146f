import { decimalOf } from "../../decimal";
import type { WorkbookLayout } from "../../layout/model";
import { SCORING_SHEET } from "../table/layout";
import { layoutWorkbook } from "../../layout/workbook";
import type { Problem } from "../../tree/checkTree";
import { DEFAULT_DECIMALS, leavesOf, type Template, type TemplateIndicator } from "../table/model";
import type { SurveySheet } from "./read";
import { layoutResponses, layoutSurveySheet } from "./layout";
import { linkLeafToSurvey } from "./linkLeaf";
import type { SurveyChoice, SurveyResult } from "./score";
import type { SatisfactionLeaf } from "./surveyWrite";

/* `jx template --survey EXPORT --survey-leaf NAME` and the browser page's download of the same: the scoring
 * workbook with 满意度统计 and 问卷数据 after 评分表 and 汇总, the leaf's 得分 linked to the survey's score. */

/** How the scoring sheet labels a leaf: `code name`, or its name. */
export const leafLabel = (leaf: TemplateIndicator): string => (leaf.code ? `${leaf.code} ${leaf.name}` : leaf.name);

/** The template's leaves whose names speak of satisfaction, as leaves to link (their 得分 cell is found when laid out). */
export function templateSatisfactionLeaves(t: Template): SatisfactionLeaf[] {
  return leavesOf(t.indicators)
    .map(({ leaf }) => leaf)
    .filter((leaf) => /满意/.test(leaf.name) && leaf.weight > 0)
    .map((leaf) => ({
      sheet: SCORING_SHEET,
      name: leafLabel(leaf),
      at: "",
      points: decimalOf(leaf.weight),
      digits: { ...DEFAULT_DECIMALS, ...t.decimals }.score,
    }));
}

/** The template with that leaf scored by the survey (its 不适用 taken away), so every cached figure of the workbook is the survey's. */
export function templateScoredBySurvey(t: Template, label: string, result: SurveyResult): Template {
  const scored = structuredClone(t);
  const leaf = leavesOf(scored.indicators).find(({ leaf: l }) => leafLabel(l) === label)?.leaf;
  if (!leaf) throw new Error(`no leaf labelled ${label}`);
  delete leaf.notApplicable;
  if (result.score) leaf.score = result.score.toNumber();
  else delete leaf.score;
  return scored;
}

/**
 * The scoring workbook's layout with the survey's two sheets after 评分表 and 汇总 and the leaf's 得分 a link to the
 * statistics' score; null when the scoring sheet shows no score cell for that label.
 */
export function withSurveySheets(
  layout: WorkbookLayout,
  label: string,
  w: { survey: SurveySheet; result: SurveyResult; choice: SurveyChoice },
): WorkbookLayout | null {
  const { sheet, refs } = layoutSurveySheet(w.result, w.choice);
  const withSheets = {
    ...layout,
    sheets: [
      ...layout.sheets.slice(0, 2),
      sheet,
      layoutResponses(
        w.survey,
        w.result.questions.map((q) => q.column),
      ),
      ...layout.sheets.slice(2),
    ],
  };
  return linkLeafToSurvey(withSheets, SCORING_SHEET, label, refs, w.result.score?.toNumber() ?? "");
}

/** The whole workbook of a template scored in part by a survey (the leaf's points must be the choice's points). */
export function layoutTemplateWithSurvey(
  t: Template,
  label: string,
  w: { survey: SurveySheet; result: SurveyResult; choice: SurveyChoice },
  problems: readonly Problem[] = [],
): WorkbookLayout | null {
  return withSurveySheets(layoutWorkbook(templateScoredBySurvey(t, label, w.result), problems), label, w);
}
