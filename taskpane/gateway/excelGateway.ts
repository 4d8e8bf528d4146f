/* eslint-disable office-addins/no-navigational-load -- the loads below name exactly what is read */
import { layoutScoringSheet, SCORING_SHEET } from "../../src/kinds/table/layout";
import { SETTINGS_SHEET, settingsOfText, settingsOf, settingsSheet } from "../../src/layout/workbook";
import { keptTemplate, TEMPLATE_AT, templateCells, templateParts } from "../../src/layout/templateStore";
import { shownValue } from "../../src/cells/shownValue";
import { SUMMARY_SHEET } from "../../src/kinds/table/summarySheet";
import { parseAddress, type Area } from "../../src/sheet/grid";
import type { Template } from "../../src/kinds/table/model";
import type { ActiveGrid, Gateway, InsertOutcome, InsertTarget, ReviewDoor, ReviewSaved, SummaryRow } from "./gateway";
import { layoutReview, reviewSheetNames, type ReviewSummary } from "../../src/review/layoutReview";
import { limitProblems, overLimits, queueChart, queueSheet, WRITTEN } from "./writeLayout";
import { cellBytes, REQUEST_BUDGET, rowBands } from "./rowBands";
import { rateChart } from "../../src/layout/charts";
import type { Problem } from "../../src/tree/checkTree";
import type { SelfEvalForm } from "../../src/kinds/form/model";
import { FORM_SHEET, formSettingsOf, layoutForm } from "../../src/kinds/form/layout";
import { layoutScoringWorkbook, type PanelChoice } from "../../src/kinds/panel/layout";
import { RESPONSES_SHEET, SURVEY_SHEET } from "../../src/kinds/survey/layout";
import { layoutSurveyWrite, type SurveyWrite } from "../../src/kinds/survey/surveyWrite";
import { DEFAULT_SCORING } from "../../src/kinds/form/scoringRules";
import { SCORE_SUMMARY_SHEET, summaryBody, summaryTitle } from "./summarySheet";

/** Where older versions kept the template: a custom XML part of this namespace (read, then removed on the next save). */
const LEGACY_NAMESPACE = "urn:jixiao:template:v1";
const NAMES = ["JX_TOTAL", "JX_GRADE", "JX_WEIGHT_TOTAL"] as const;

/** A sheet name not yet taken: 评分表, 评分表 (2), … */
export function freeName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) if (!lower.has(`${wanted} (${i})`.toLowerCase())) return `${wanted} (${i})`;
}

/**
 * Writes a self-evaluation form into a new sheet, in two round trips (three when the workbook already keeps
 * settings, which then gain the form's rule set), so that `jx score` and 汇总 score it by its rules.
 */
export async function insertForm(context: Excel.RequestContext, form: SelfEvalForm): Promise<InsertOutcome> {
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load("items/name");
  const oldNames = NAMES.map((n) => wb.names.getItemOrNullObject(n));
  const settings = sheets.getItemOrNullObject(SETTINGS_SHEET);
  await context.sync();
  let syncs = 2;
  const name = freeName(
    FORM_SHEET,
    sheets.items.map((x) => x.name),
  );
  const layout = layoutForm(form);
  const ws = sheets.add(name);
  queueSheet(ws, { ...layout.sheets[0], name });
  const kept = layout.sheets.find((s) => s.name === SETTINGS_SHEET);
  if (settings.isNullObject) {
    if (kept) queueSheet(sheets.add(SETTINGS_SHEET), kept);
  } else {
    const cell = settings.getRange("A1");
    cell.load("values");
    await context.sync();
    syncs++;
    const text: unknown = cell.values?.[0]?.[0];
    const old = typeof text === "string" ? settingsOfText(text).settings : null;
    cell.values = [[JSON.stringify({ ...(old ?? formSettingsOf(form)), scoring: form.scoring ?? DEFAULT_SCORING })]];
  }
  oldNames.forEach((n) => {
    if (!n.isNullObject) n.delete();
  });
  for (const n of layout.names) wb.names.add(n.name, ws.getRangeByIndexes(n.row, n.col, 1, 1));
  ws.activate();
  await context.sync();
  return { status: "written", sheet: name, address: `${name}!A1`, syncs };
}

/**
 * Writes a survey's 满意度统计 and 问卷数据 (question columns only) into new sheets, and links the satisfaction
 * leaf's 得分 to the statistics' score when one is given, in two round trips: one to look at the sheet names, one to write.
 */
export async function insertSurvey(context: Excel.RequestContext, write: SurveyWrite): Promise<InsertOutcome> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const taken = sheets.items.map((s) => s.name);
  const survey = freeName(SURVEY_SHEET, taken);
  const responses = freeName(RESPONSES_SHEET, [...taken, survey]);
  const { sheets: layouts, link } = layoutSurveyWrite(write, { survey, responses });
  // Both sheets exist before any formula names them.
  const added = layouts.map((s) => sheets.add(s.name));
  layouts.forEach((s, i) => queueSheet(added[i], s));
  if (link) sheets.getItem(link.sheet).getRange(link.at).formulas = [[`=${link.formula}`]];
  added[0].activate();
  await context.sync();
  return { status: "written", sheet: survey, address: `${survey}!A1`, syncs: 2 };
}

/** Inserts the 汇总 table and a native bar chart of 得分率 on a new sheet, in two round trips. */
export async function insertSummary(
  context: Excel.RequestContext,
  title: string,
  rows: readonly SummaryRow[],
  total: number | null,
  grade: string | null,
): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const name = freeName(
    SCORE_SUMMARY_SHEET,
    sheets.items.map((s) => s.name),
  );
  const ws = sheets.add(name);
  const body = summaryBody(rows, total, grade);
  ws.getRange("A1").values = [[summaryTitle(title)]];
  const table = ws.getRangeByIndexes(1, 0, body.length, 4);
  table.numberFormat = body.map((_, i) => [
    "@",
    "General",
    "0.00",
    i > 0 && i <= rows.length + 1 ? "0.00%" : "General",
  ]);
  table.values = body;
  table.format.autofitColumns();
  queueChart(ws, rateChart(rows.length));
  ws.activate();
  await context.sync();
  return name;
}

/**
 * Writes the review (项目汇总, 等级分布 with its chart, 问题清单, 无法读取, 复核清单 when sampled) as new sheets of the
 * open workbook: one round trip to see the sheet names, then one to write — more only for a review too large for
 * one request (Excel on the web takes 5 MB), cut into bands of rows of at most `budget` bytes each. A workbook that
 * already has one of these names gets them all with one suffix (项目汇总 (2), …), so no sheet of it is overwritten.
 */
export async function writeReview(
  context: Excel.RequestContext,
  summary: ReviewSummary,
  budget = REQUEST_BUDGET,
): Promise<ReviewSaved & { syncs: number }> {
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load("items/name");
  await context.sync();
  let syncs = 1;
  const layout = layoutReview(summary, reviewSheetNames(sheets.items.map((s) => s.name)));
  // Everything Excel would refuse is found before the first band is sent, so no review is left half written.
  const refused = layout.sheets.flatMap(limitProblems);
  if (refused.length) throw overLimits("Excel", WRITTEN.review, refused);
  const quiet = (): void => {
    if (Office.context.requirements.isSetSupported("ExcelApi", "1.9"))
      wb.application.suspendScreenUpdatingUntilNextSync();
    wb.application.suspendApiCalculationUntilNextSync();
  };
  quiet();
  let pending = 0;
  let first: Excel.Worksheet | null = null;
  for (const s of layout.sheets) {
    const ws = sheets.add(s.name);
    first ??= ws;
    for (const band of rowBands(s, budget)) {
      const bytes = band.cells.reduce((a, c) => a + cellBytes(c), 0);
      if (pending > 0 && pending + bytes > budget) {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- only when the next band would take the request over Excel's limit
        await context.sync();
        syncs++;
        quiet();
        pending = 0;
      }
      queueSheet(ws, band);
      pending += bytes;
    }
  }
  first?.activate();
  await context.sync();
  return { status: "written", sheets: layout.sheets.map((s) => s.name), syncs: syncs + 1 };
}

/** Queues a look at the selection: its top-left cell and whether the area a table of this size needs is empty. */
function lookAtSelection(wb: Excel.Workbook, rows: number, cols: number) {
  const anchor = wb.getSelectedRange().getCell(0, 0);
  anchor.load("rowIndex,columnIndex,address,worksheet/name");
  const range = anchor.getResizedRange(rows - 1, cols - 1);
  range.load("address");
  const used = range.getUsedRangeOrNullObject(true);
  used.load("address");
  return { anchor, range, used };
}

/**
 * Writes the scoring workbook into Excel in two round trips, whatever the size: one to look (sheet
 * names, existing JX_* names, and with `selection` whether the target range is empty), one to write.
 */
export async function insertTable(
  context: Excel.RequestContext,
  template: Template,
  problems: readonly Problem[],
  target: InsertTarget,
  overwrite: boolean,
  panel?: PanelChoice,
): Promise<InsertOutcome> {
  // A panel's sheet (experts' columns beside the table) always goes into a new sheet.
  const withPanel = panel !== undefined && panel.experts > 0;
  let syncs = 0;
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load("items/name");
  const oldNames = NAMES.map((n) => wb.names.getItemOrNullObject(n));
  const settings = sheets.getItemOrNullObject(SETTINGS_SHEET);
  const size = layoutScoringSheet(template, problems).sheet;
  const selection = target === "selection" && !withPanel ? lookAtSelection(wb, size.rowCount, size.colCount) : null;
  await context.sync();
  syncs++;
  if (selection && !selection.used.isNullObject && !overwrite)
    return { status: "occupied", address: selection.range.address, syncs };
  const anchor = selection?.anchor ?? null;
  const taken = sheets.items.map((s) => s.name);
  const scoringSheet = anchor ? anchor.worksheet.name : freeName(SCORING_SHEET, taken);
  const scoringWs = anchor ? sheets.getItem(scoringSheet) : null;
  const summarySheet = freeName(SUMMARY_SHEET, [...taken, scoringSheet]);
  const layout = layoutScoringWorkbook(
    template,
    problems,
    {
      scoringSheet,
      summarySheet,
      origin: anchor ? { row: anchor.rowIndex, col: anchor.columnIndex } : undefined,
    },
    panel,
  );
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.9"))
    wb.application.suspendScreenUpdatingUntilNextSync();
  wb.application.suspendApiCalculationUntilNextSync();
  for (const s of layout.sheets) {
    let ws: Excel.Worksheet;
    if (s.name === SETTINGS_SHEET) {
      ws = settings.isNullObject ? sheets.add(SETTINGS_SHEET) : settings;
    } else if (scoringWs && s.name === scoringSheet) {
      ws = scoringWs;
    } else {
      ws = sheets.add(s.name);
    }
    queueSheet(ws, anchor && s.name === scoringSheet ? { ...s, frozenRows: 0 } : s);
  }
  oldNames.forEach((n) => {
    if (!n.isNullObject) n.delete();
  });
  for (const n of layout.names) {
    wb.names.add(n.name, sheets.getItem(n.sheet).getRangeByIndexes(n.row, n.col, 1, 1));
  }
  (scoringWs ?? sheets.getItem(scoringSheet)).activate();
  await context.sync();
  syncs++;
  return { status: "written", sheet: scoringSheet, address: anchor ? anchor.address : `${scoringSheet}!A1`, syncs };
}

function areaOf(a: string, origin: { row: number; col: number }): Area | null {
  const [p, q] = a.split(":");
  const s = parseAddress(p);
  const e = parseAddress(q ?? p);
  return s && e
    ? { top: s.row - origin.row, left: s.col - origin.col, bottom: e.row - origin.row, right: e.col - origin.col }
    : null;
}

/** Reads the used range (or the selection) with its merged areas, in two round trips. */
export async function readSheet(
  context: Excel.RequestContext,
  scope: "sheet" | "selection",
): Promise<ActiveGrid | null> {
  const ws = context.workbook.worksheets.getActiveWorksheet();
  ws.load("name");
  const range = scope === "selection" ? context.workbook.getSelectedRange() : ws.getUsedRangeOrNullObject(true);
  range.load("values,numberFormat,rowIndex,columnIndex");
  const settingsSheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  const settingsCell = settingsSheet.getRange("A1");
  settingsCell.load("values");
  await context.sync();
  if (range.isNullObject) return null;
  const origin = { row: range.rowIndex, col: range.columnIndex };
  const merges: Area[] = [];
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.13")) {
    const areas = range.getMergedAreasOrNullObject();
    areas.load("areas/items/address");
    await context.sync();
    if (!areas.isNullObject) {
      for (const r of areas.areas.items) {
        const a = areaOf(r.address.split("!").pop() ?? "", origin);
        if (a) merges.push(a);
      }
    }
  }
  const formats = range.numberFormat as unknown as (string | undefined)[][] | undefined;
  const cells = range.values.map((row, r) =>
    row.map((v: unknown, c) => (v === "" ? null : shownValue(v as string | number | boolean, formats?.[r]?.[c]))),
  );
  const { settings, problems: settingsProblems } = settingsSheet.isNullObject
    ? { settings: null, problems: [] }
    : settingsOfText(String(settingsCell.values?.[0]?.[0] ?? ""));
  return { name: ws.name, cells, merges, origin, settings, settingsProblems };
}

/** Every visible sheet's used range as a grid, with merges where ExcelApi 1.13 gives them and the workbook's settings. */
export async function readSheets(context: Excel.RequestContext): Promise<ActiveGrid[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const settingsSheet = sheets.getItemOrNullObject(SETTINGS_SHEET);
  const settingsCell = settingsSheet.getRange("A1");
  settingsCell.load("values");
  await context.sync();
  const visible = sheets.items.filter((ws) => ws.visibility === "Visible" && ws.name !== SETTINGS_SHEET);
  const ranges = visible.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("values,numberFormat,rowIndex,columnIndex");
    return { ws, range };
  });
  await context.sync();
  let areas: (Excel.RangeAreas | null)[] = ranges.map(() => null);
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.13")) {
    areas = ranges.map(({ range }) => {
      if (range.isNullObject) return null;
      const a = range.getMergedAreasOrNullObject();
      a.load("areas/items/address");
      return a;
    });
    await context.sync();
  }
  const { settings, problems: settingsProblems } = settingsSheet.isNullObject
    ? { settings: null, problems: [] }
    : settingsOfText(String(settingsCell.values?.[0]?.[0] ?? ""));
  const grids: ActiveGrid[] = [];
  ranges.forEach(({ ws, range }, i) => {
    if (range.isNullObject) return;
    const origin = { row: range.rowIndex, col: range.columnIndex };
    const found = areas[i];
    const merges =
      found && !found.isNullObject
        ? found.areas.items
            .map((r) => areaOf(r.address.split("!").pop() ?? "", origin))
            .filter((a): a is Area => a !== null)
        : [];
    const formats = range.numberFormat as unknown as (string | undefined)[][] | undefined;
    const cells = range.values.map((row, r) =>
      row.map((v: unknown, c) => (v === "" ? null : shownValue(v as string | number | boolean, formats?.[r]?.[c]))),
    );
    grids.push({ name: ws.name, cells, merges, origin, settings, settingsProblems });
  });
  return grids;
}

/** The JSON text of an older workbook's custom XML part (`<jixiao xmlns="urn:jixiao:template:v1">…</jixiao>`), unescaped by the browser's XML parser. */
export function textOfLegacyXml(xml: string): string {
  return new DOMParser().parseFromString(xml, "application/xml").documentElement.textContent ?? "";
}

/** Keeps the template in the hidden settings sheet (made, with the template's settings, when the workbook has none). */
export async function saveTemplate(context: Excel.RequestContext, template: Template): Promise<void> {
  const sheets = context.workbook.worksheets;
  const settings = sheets.getItemOrNullObject(SETTINGS_SHEET);
  // An older workbook's custom XML part goes: the template has one place.
  const legacy = context.workbook.customXmlParts.getByNamespace(LEGACY_NAMESPACE);
  legacy.load("items");
  await context.sync();
  legacy.items.forEach((p) => p.delete());
  let ws = settings;
  let oldParts = 0;
  if (settings.isNullObject) {
    ws = sheets.add(SETTINGS_SHEET);
    queueSheet(ws, settingsSheet(settingsOf(template)));
  } else {
    const mark = settings.getRange("A2");
    mark.load("values");
    await context.sync();
    oldParts = templateParts(mark.values[0]?.[0]);
  }
  const cells = templateCells(template, oldParts);
  const column = ws.getRangeByIndexes(TEMPLATE_AT.row, TEMPLATE_AT.col, cells.length, 1);
  column.numberFormat = cells.map(() => ["@"]);
  column.values = cells;
  await context.sync();
}

/**
 * The template kept in the workbook's settings sheet, read as a template file is (an older workbook's custom XML
 * part when the sheet keeps none); null when there is none, refused with its problems when it is damaged.
 */
export async function loadTemplate(context: Excel.RequestContext): Promise<Template | null> {
  const settings = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  const legacy = context.workbook.customXmlParts.getByNamespace(LEGACY_NAMESPACE).getOnlyItemOrNullObject();
  await context.sync();
  if (!settings.isNullObject) {
    const mark = settings.getRange("A2");
    mark.load("values");
    await context.sync();
    const parts = templateParts(mark.values[0]?.[0]);
    if (parts) {
      const column = settings.getRangeByIndexes(TEMPLATE_AT.row + 1, TEMPLATE_AT.col, parts, 1);
      column.load("values");
      await context.sync();
      return keptTemplate(column.values.map((row) => String(row[0] ?? "")).join(""));
    }
  }
  if (legacy.isNullObject) return null;
  const xml = legacy.getXml();
  await context.sync();
  // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by the sync above
  return keptTemplate(textOfLegacyXml(xml.value));
}

const marked = new Map<string, Map<string, string>>(); // sheet → address → fill before marking

/** The gateway inside Excel: every Office.js call of the task pane goes through here. */
export function excelGateway(): Gateway & ReviewDoor {
  return {
    kind: "excel",
    async insertFormula(formula) {
      return Excel.run(async (context) => {
        const cell = context.workbook.getActiveCell();
        cell.formulas = [[formula]];
        cell.load("address");
        await context.sync();
        return cell.address;
      });
    },
    insertTable: (template, problems, target, overwrite, panel) =>
      Excel.run({ delayForCellEdit: true }, (context) =>
        insertTable(context, template, problems, target, overwrite, panel),
      ),
    insertForm: (form) => Excel.run({ delayForCellEdit: true }, (context) => insertForm(context, form)),
    readSheet: (scope) => Excel.run((context) => readSheet(context, scope)),
    readSheets: () => Excel.run((context) => readSheets(context)),
    async selectCell(sheet, address) {
      await Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
      });
    },
    async markCells(sheet, addresses) {
      await Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        const ranges = addresses.map((a) => {
          const r = ws.getRange(a);
          r.format.fill.load("color");
          return [a, r] as const;
        });
        await context.sync();
        const before = marked.get(sheet) ?? new Map<string, string>();
        for (const [a, r] of ranges) {
          if (!before.has(a)) before.set(a, r.format.fill.color);
          r.format.fill.color = "#FFC7CE";
        }
        marked.set(sheet, before);
        await context.sync();
      });
    },
    async clearMarks(sheet) {
      await Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        for (const [a, color] of marked.get(sheet) ?? []) {
          if (!color || color === "#FFFFFF") ws.getRange(a).format.fill.clear();
          else ws.getRange(a).format.fill.color = color;
        }
        marked.delete(sheet);
        await context.sync();
      });
    },
    insertSummary: (title, rows, total, grade) =>
      Excel.run((context) => insertSummary(context, title, rows, total, grade)),
    async reviewFiles(files, options, onProgress) {
      const { reviewChosenFiles } = await import("../../src/review/reviewFiles");
      return reviewChosenFiles(files, options, onProgress);
    },
    saveReview: (summary) => Excel.run({ delayForCellEdit: true }, (context) => writeReview(context, summary)),
    insertSurvey: (write) => Excel.run({ delayForCellEdit: true }, (context) => insertSurvey(context, write)),
    saveTemplate: (template) => Excel.run((context) => saveTemplate(context, template)),
    loadTemplate: () => Excel.run((context) => loadTemplate(context)),
  };
}
