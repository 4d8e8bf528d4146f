import { formula, type WorkbookLayout } from "../../layout/model";
import { abs, onSheet } from "../../layout/refs";
import type { SurveyRefs } from "./layout";

/** The formula a satisfaction leaf's 得分 holds once linked: the 满意度统计 sheet's score cell. Null without a score cell (no points). */
export function surveyScoreLink(refs: SurveyRefs): string | null {
  return refs.score ? onSheet(refs.sheet, abs(refs.score.row, refs.score.col)) : null;
}

/**
 * Links a leaf's 得分 on the scoring sheet to the 满意度统计 sheet's score cell, so the leaf follows the
 * survey when more responses are pasted. The leaf is found by its label (`code name` as the sheet shows it);
 * its score cell is the one styled as a score on that row. Returns null when no such leaf stands there.
 */
export function linkLeafToSurvey(
  layout: WorkbookLayout,
  scoringSheet: string,
  label: string,
  refs: SurveyRefs,
  cached: number | string,
): WorkbookLayout | null {
  const link = surveyScoreLink(refs);
  if (!link) return null;
  const sheet = layout.sheets.find((s) => s.name === scoringSheet);
  const nameCell = sheet?.cells.find(
    (c) => c.style === "name" && c.content?.kind === "text" && c.content.text === label,
  );
  const scoreCell = nameCell && sheet?.cells.find((c) => c.row === nameCell.row && c.style === "score");
  if (!sheet || !scoreCell) return null;
  const linked = { ...scoreCell, content: formula(link, cached), style: "total" as const };
  return {
    ...layout,
    sheets: layout.sheets.map((s) =>
      s === sheet ? { ...s, cells: s.cells.map((c) => (c === scoreCell ? linked : c)) } : s,
    ),
  };
}
