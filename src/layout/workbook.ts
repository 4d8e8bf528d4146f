import type { Problem } from "../tree/checkTree";
import type { Template } from "../kinds/table/model";
import { text, type SheetLayout, type WorkbookLayout } from "./model";
import type { ScoringRules } from "../kinds/form/scoringRules";
import { EXCEL_LIMITS } from "./excelLimits";
import { checkSettings } from "./checkSettings";
import { layoutScoringSheet, SCORING_SHEET } from "../kinds/table/layout";
import { layoutSummarySheet } from "../kinds/table/summarySheet";

export const SETTINGS_SHEET = "_jixiao";

/** What a workbook keeps of its template beyond the table: read back by `jx score` and `jx export`. */
export interface WorkbookSettings {
  format: "jixiao-settings";
  version: 1;
  /** A self-evaluation form's rule set (财预〔2020〕10号 or 〔2021〕101号), read back by `jx score` and 汇总. */
  scoring?: ScoringRules;
  title: string;
  levelNames?: string[];
  total?: number;
  grades?: Template["grades"];
  decimals?: Template["decimals"];
}

/**
 * The settings kept in a workbook's settings cell (null when the text is not ours), and what was wrong in them
 * and ignored, at the settings cell: for the person, never dropped.
 */
export function settingsOfText(text: string): { settings: WorkbookSettings | null; problems: Problem[] } {
  return checkSettings(text, `${SETTINGS_SHEET}!A1`);
}

export function settingsOf(t: Template): WorkbookSettings {
  return {
    format: "jixiao-settings",
    version: 1,
    title: t.title,
    levelNames: t.levelNames,
    total: t.total,
    grades: t.grades,
    decimals: t.decimals,
  };
}

/** The settings as the text of one cell: a title too long for it is shortened there (the sheet's title cell keeps it). */
function settingsText(settings: WorkbookSettings): string {
  const json = JSON.stringify(settings);
  return json.length <= EXCEL_LIMITS.cellChars
    ? json
    : JSON.stringify({ ...settings, title: settings.title.slice(0, 1000) });
}

/** The hidden sheet that keeps a workbook's settings as JSON in its first cell (the pane keeps its template below: templateStore.ts). */
export function settingsSheet(settings: WorkbookSettings): SheetLayout {
  return {
    name: SETTINGS_SHEET,
    cells: [{ row: 0, col: 0, content: text(settingsText(settings)), style: "note" }],
    merges: [],
    columns: [{ width: 40 }],
    rowCount: 1,
    colCount: 1,
    frozenRows: 0,
    problemFormats: [],
    print: null,
    hidden: true,
  };
}

/** Where the scoring sheet goes: its sheet's name, the summary sheet's, and the table's top-left cell. */
export interface Placement {
  readonly scoringSheet?: string;
  readonly summarySheet?: string;
  readonly origin?: { readonly row: number; readonly col: number };
}

/** The whole scoring workbook of a template: 评分表, 汇总, a hidden settings sheet, and the JX_* names. */
export function layoutWorkbook(
  t: Template,
  problems: readonly Problem[] = [],
  placement: Placement = {},
): WorkbookLayout {
  const scoringName = placement.scoringSheet ?? SCORING_SHEET;
  const { sheet, refs } = layoutScoringSheet(t, problems, { sheetName: scoringName, origin: placement.origin });
  const summary = layoutSummarySheet(t, refs, { scoring: scoringName, summary: placement.summarySheet });
  const settings = settingsSheet(settingsOf(t));
  return {
    sheets: [sheet, summary, settings],
    names: [
      { name: "JX_TOTAL", sheet: scoringName, ...refs.total },
      { name: "JX_GRADE", sheet: scoringName, ...refs.grade },
      { name: "JX_WEIGHT_TOTAL", sheet: scoringName, ...refs.weightTotal },
    ],
  };
}
