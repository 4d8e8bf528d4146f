import type { Problem } from "../tree/checkTree";
import type { Template } from "../tree/template";
import { text, type WorkbookLayout } from "./model";
import { layoutScoringSheet, SCORING_SHEET } from "./scoringSheet";
import { layoutSummarySheet } from "./summarySheet";

export const SETTINGS_SHEET = "_jixiao";

/** What a workbook keeps of its template beyond the table: read back by `jx score` and `jx export`. */
export interface WorkbookSettings {
  format: "jixiao-settings";
  version: 1;
  title: string;
  levelNames?: string[];
  total?: number;
  grades?: Template["grades"];
  decimals?: Template["decimals"];
}

export function settingsOf(t: Template): WorkbookSettings {
  return { format: "jixiao-settings", version: 1, title: t.title, levelNames: t.levelNames, total: t.total, grades: t.grades, decimals: t.decimals };
}

/** The whole scoring workbook of a template: 评分表, 汇总, a hidden settings sheet, and the JX_* names. */
export function layoutWorkbook(t: Template, problems: readonly Problem[] = []): WorkbookLayout {
  const { sheet, refs } = layoutScoringSheet(t, problems);
  const summary = layoutSummarySheet(t, refs);
  const settings = {
    name: SETTINGS_SHEET,
    cells: [{ row: 0, col: 0, content: text(JSON.stringify(settingsOf(t))), style: "note" as const }],
    merges: [],
    columns: [{ width: 40 }],
    rowCount: 1,
    colCount: 1,
    frozenRows: 0,
    problemFormats: [],
    print: null,
    hidden: true,
  };
  return {
    sheets: [sheet, summary, settings],
    names: [
      { name: "JX_TOTAL", sheet: SCORING_SHEET, ...refs.total },
      { name: "JX_GRADE", sheet: SCORING_SHEET, ...refs.grade },
      { name: "JX_WEIGHT_TOTAL", sheet: SCORING_SHEET, ...refs.weightTotal },
    ],
  };
}
