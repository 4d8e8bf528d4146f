import type { Problem } from "../tree/checkTree";
import type { Template } from "../tree/template";
import { text, type WorkbookLayout } from "./model";
import { EXCEL_LIMITS } from "./excelLimits";
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

/** The settings as the text of one cell: a title too long for it is shortened there (the sheet's title cell keeps it). */
function settingsText(t: Template): string {
  const json = JSON.stringify(settingsOf(t));
  return json.length <= EXCEL_LIMITS.cellChars ? json : JSON.stringify({ ...settingsOf(t), title: t.title.slice(0, 1000) });
}

/** Where the scoring sheet goes: its sheet's name, the summary sheet's, and the table's top-left cell. */
export interface Placement {
  readonly scoringSheet?: string;
  readonly summarySheet?: string;
  readonly origin?: { readonly row: number; readonly col: number };
}

/** The whole scoring workbook of a template: 评分表, 汇总, a hidden settings sheet, and the JX_* names. */
export function layoutWorkbook(t: Template, problems: readonly Problem[] = [], placement: Placement = {}): WorkbookLayout {
  const scoringName = placement.scoringSheet ?? SCORING_SHEET;
  const { sheet, refs } = layoutScoringSheet(t, problems, { sheetName: scoringName, origin: placement.origin });
  const summary = layoutSummarySheet(t, refs, { scoring: scoringName, summary: placement.summarySheet });
  const settings = {
    name: SETTINGS_SHEET,
    cells: [{ row: 0, col: 0, content: text(settingsText(t)), style: "note" as const }],
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
      { name: "JX_TOTAL", sheet: scoringName, ...refs.total },
      { name: "JX_GRADE", sheet: scoringName, ...refs.grade },
      { name: "JX_WEIGHT_TOTAL", sheet: scoringName, ...refs.weightTotal },
    ],
  };
}
