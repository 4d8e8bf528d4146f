import type { Dec } from "../../decimal";
import type { SheetLayout } from "../../layout/model";
import { readSheet, type SheetReading } from "../../readers/readSheet";
import type { WorkbookSettings } from "../../layout/workbook";
import type { SheetGrid } from "../../sheet/grid";
import type { Template } from "../table/model";
import { leafNodes } from "../../tree/node";
import type { SurveySheet } from "./read";
import { layoutResponses, layoutSurveySheet, SURVEY_SHEET_NAMES, type SurveySheetNames } from "./layout";
import { surveyScoreLink } from "./linkLeaf";
import type { SurveyChoice, SurveyResult } from "./score";

/** A satisfaction leaf of a scoring sheet in the workbook, found by the one reader layer: where its 得分 stands and its points. */
export interface SatisfactionLeaf {
  readonly sheet: string;
  readonly name: string;
  /** Its 得分 cell on that sheet ("E20"). */
  readonly at: string;
  readonly points: Dec;
  /** The scoring sheet's score decimals when known (its settings, or the template's): the survey's score is rounded to them. */
  readonly digits?: number;
}

/** What the pane writes for a survey: the export read, the result, the choices, and the leaf to link (if any). */
export interface SurveyWrite {
  readonly survey: SurveySheet;
  readonly result: SurveyResult;
  readonly choice: SurveyChoice;
  readonly leaf: SatisfactionLeaf | null;
  /** The browser page: the template whose scoring workbook is downloaded with the survey, `leaf` naming its leaf by label. */
  readonly template?: Template;
}

/** The leaves of the workbook's scoring tables whose names speak of satisfaction (满意度, 满意率), with their points. */
export function satisfactionLeaves(readings: readonly SheetReading[], digits?: number): SatisfactionLeaf[] {
  const out: SatisfactionLeaf[] = [];
  for (const r of readings) {
    if (r.kind !== "table") continue;
    for (const leaf of leafNodes(r.table.tree.nodes)) {
      if (/满意/.test(leaf.name) && leaf.weight !== null && leaf.weight.gt(0))
        out.push({
          sheet: r.sheet,
          name: leaf.name,
          at: leaf.at.score,
          points: leaf.weight,
          ...(digits !== undefined ? { digits } : {}),
        });
    }
  }
  return out;
}

/** The satisfaction leaves of an open workbook's sheets, each read through the one reader layer with the workbook's settings. */
export function workbookLeaves(
  grids: readonly (SheetGrid & { readonly settings?: WorkbookSettings | null })[],
): SatisfactionLeaf[] {
  const digits = grids.find((g) => g.settings?.decimals?.score !== undefined)?.settings?.decimals?.score;
  return satisfactionLeaves(
    grids.map((g) => readSheet(g, { settings: g.settings ?? null })).filter((r): r is SheetReading => r !== null),
    digits,
  );
}

/**
 * The sheets a survey writes into a workbook — 满意度统计 (native formulas over the responses) and 问卷数据
 * (the question columns only: no time, source, IP, name or phone) under the names given — and, with a leaf,
 * the formula its 得分 takes (the statistics' score cell), with the score as cached.
 */
export function layoutSurveyWrite(
  w: SurveyWrite,
  names: SurveySheetNames = SURVEY_SHEET_NAMES,
): { sheets: SheetLayout[]; link: { sheet: string; at: string; formula: string; cached: number | string } | null } {
  const { sheet, refs } = layoutSurveySheet(w.result, w.choice, names);
  const responses = layoutResponses(
    w.survey,
    w.result.questions.map((q) => q.column),
    names.responses,
  );
  const formula = w.leaf ? surveyScoreLink(refs) : null;
  return {
    sheets: [sheet, responses],
    link:
      w.leaf && formula
        ? { sheet: w.leaf.sheet, at: w.leaf.at, formula, cached: w.result.score?.toNumber() ?? "" }
        : null,
  };
}
