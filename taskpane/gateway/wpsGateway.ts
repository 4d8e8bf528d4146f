import { REFUSALS, Refused } from "../../src/messages";
import { keptTemplate, templateCells, templateParts } from "../../src/layout/templateStore";
import { shownValue } from "../../src/cells/shownValue";
import type { CellValue } from "../../src/cells/readCell";
import type { CellStyle, SheetLayout, WorkbookLayout } from "../../src/layout/model";
import { abs, onSheet } from "../../src/layout/refs";
import { layoutScoringSheet, SCORING_SHEET } from "../../src/kinds/table/layout";
import { SUMMARY_SHEET } from "../../src/kinds/table/summarySheet";
import { SETTINGS_SHEET, settingsOf, settingsOfText, settingsSheet } from "../../src/layout/workbook";
import { FORM_SHEET, formSettingsOf, layoutForm } from "../../src/kinds/form/layout";
import { layoutScoringWorkbook, type PanelChoice } from "../../src/kinds/panel/layout";
import { RESPONSES_SHEET, SURVEY_SHEET } from "../../src/kinds/survey/layout";
import { layoutSurveyWrite, type SurveyWrite } from "../../src/kinds/survey/surveyWrite";
import type { SelfEvalForm } from "../../src/kinds/form/model";
import { DEFAULT_SCORING } from "../../src/kinds/form/scoringRules";
import { address, columnLetters, type Area } from "../../src/sheet/grid";
import type { Problem } from "../../src/tree/checkTree";
import type { Template } from "../../src/kinds/table/model";
import { freeName } from "./excelGateway";
import type { ActiveGrid, Gateway, InsertOutcome, InsertTarget, SummaryRow } from "./gateway";
import { FONT, LOOKS, PROBLEM_LOOK } from "../../src/layout/looks";
import { areasOf, cellInput, groupBy, limitProblems, overLimits, WRITTEN } from "./writeLayout";
import { bgr, XL, type EtApplication, type EtRange, type EtWorkbook, type EtWorksheet } from "./wpsModel";
import { SCORE_SUMMARY_SHEET, summaryBody, summaryTitle } from "./summarySheet";

/*
 * The gateway inside WPS 表格: the same layout model (src/layout/) written and read through the WPS
 * spreadsheet objects. Their calls are synchronous and in-process, so an outcome's `syncs` is 0; what
 * counts is the number of calls, kept low by whole-range 2-D writes of Formula and Value2.
 * A validation or conditional format covers an area with one formula written for its top-left cell;
 * Validation.Add and FormatConditions.Add read relative references from the active cell, as Excel's COM
 * model does, so that cell is selected before each rule is added.
 */

const NAMES = ["JX_TOTAL", "JX_GRADE", "JX_WEIGHT_TOTAL"] as const;
/** Excel's COM model takes a Range address of at most 255 characters. */
const MAX_ADDRESS = 255;

/** Cell functions (JIXIAO.*) need Excel's custom-functions runtime, which WPS add-ins do not have. */
export const NO_CELL_FUNCTIONS = REFUSALS.wpsNoCellFunctions;

/** A1:C3 of a 0-based area. */
export function rangeOf(a: Area): string {
  const first = address(a.top, a.left);
  return a.bottom === a.top && a.right === a.left ? first : `${first}:${address(a.bottom, a.right)}`;
}

/** Value2 or Formula as rows × cols: one cell gives back a single value, more give a 2-D array. */
export function grid2d(v: unknown, rows: number, cols: number): unknown[][] {
  const out = Array.isArray(v)
    ? v.map((row: unknown) => (Array.isArray(row) ? (row as unknown[]) : [row]))
    : rows === 1 && cols === 1
      ? [[v]]
      : null;
  if (!out || out.length !== rows || out.some((row) => row.length !== cols)) {
    throw Refused.because("hostBadCells", { rows, cols });
  }
  return out;
}

/** Address lists no longer than a Range takes, joined by commas. */
function addressLists(areas: readonly string[]): string[] {
  const out: string[] = [];
  let cur = "";
  for (const a of areas) {
    if (cur && cur.length + a.length + 1 > MAX_ADDRESS) {
      out.push(cur);
      cur = "";
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}

function workbookOf(app: EtApplication): EtWorkbook {
  const wb = app.ActiveWorkbook;
  if (!wb) throw Refused.because("wpsNoWorkbook");
  return wb;
}

function sheetsOf(wb: EtWorkbook): EtWorksheet[] {
  return Array.from({ length: wb.Worksheets.Count }, (_, i) => wb.Worksheets.Item(i + 1));
}

function findSheet(wb: EtWorkbook, name: string): EtWorksheet | null {
  return sheetsOf(wb).find((s) => s.Name === name) ?? null;
}

/** A new sheet after the last one, named. */
function addSheet(wb: EtWorkbook, name: string): EtWorksheet {
  const ws = wb.Worksheets.Add(undefined, wb.Worksheets.Item(wb.Worksheets.Count));
  ws.Name = name;
  return ws;
}

function applyLook(r: EtRange, style: CellStyle): void {
  const look = LOOKS[style];
  r.Font.Name = FONT;
  r.Font.Size = look.size;
  if (look.bold) r.Font.Bold = true;
  if (look.italic) r.Font.Italic = true;
  if (look.color) r.Font.Color = bgr(look.color);
  if (look.fill) r.Interior.Color = bgr(look.fill);
  r.HorizontalAlignment = look.align === "center" ? XL.center : XL.left;
  r.VerticalAlignment = look.vertical === "middle" ? XL.center : XL.top;
  r.WrapText = true;
  if (look.border) r.Borders.LineStyle = XL.continuous;
}

/**
 * Writes one sheet of the layout model: number formats by area (text first, so nothing typed as text
 * becomes a formula), one 2-D Formula write of the whole block, merges, styles by area, validation,
 * conditional formats, widths, frozen rows, print setup and visibility.
 */
/** Refuses a sheet WPS would not take (Excel's limits, which WPS shares), before anything is written. */
function refuseOverLimits(s: SheetLayout): void {
  const problems = limitProblems(s);
  if (problems.length) throw overLimits("WPS", WRITTEN.table, problems);
}

export function writeSheet(app: EtApplication, ws: EtWorksheet, s: SheetLayout): void {
  if (!s.cells.length) return;
  refuseOverLimits(s);
  const top = Math.min(...s.cells.map((c) => c.row));
  const left = Math.min(...s.cells.map((c) => c.col));
  const bottom = Math.max(...s.cells.map((c) => c.row), ...s.merges.map((m) => m.bottom));
  const right = Math.max(...s.cells.map((c) => c.col), ...s.merges.map((m) => m.right));
  const inputs: (string | number)[][] = Array.from({ length: bottom - top + 1 }, () =>
    Array<string | number>(right - left + 1).fill(""),
  );
  for (const c of s.cells) inputs[c.row - top][c.col - left] = cellInput(c);
  const block = ws.Range(rangeOf({ top, left, bottom, right }));
  block.NumberFormat = "General";
  const byFormat = groupBy(s.cells, (c) => (c.content?.kind === "text" ? "@" : (c.numFmt ?? "General")));
  for (const fmt of ["@", ...[...byFormat.keys()].filter((f) => f !== "@" && f !== "General")]) {
    for (const list of addressLists(areasOf(byFormat.get(fmt) ?? [], []))) ws.Range(list).NumberFormat = fmt;
  }
  block.Formula = inputs;
  for (const m of s.merges) ws.Range(rangeOf(m)).Merge();
  for (const [style, cells] of groupBy(s.cells, (c) => c.style)) {
    for (const list of addressLists(areasOf(cells, s.merges))) applyLook(ws.Range(list), style);
  }
  const validations = s.validations ?? [];
  if (validations.length || s.problemFormats.length) ws.Activate();
  // Relative references are read from the active cell: the rule's top-left is selected first.
  const fromTopLeft = (a: Area): EtRange => {
    ws.Range(address(a.top, a.left)).Select();
    return ws.Range(rangeOf(a));
  };
  for (const rule of validations) {
    const v = fromTopLeft(rule.area).Validation;
    v.Delete();
    v.Add(XL.validateCustom, XL.validAlertStop, XL.between, `=${rule.formula}`);
    v.ErrorTitle = rule.errorTitle;
    v.ErrorMessage = rule.error;
    v.InputTitle = rule.promptTitle;
    v.InputMessage = rule.prompt;
    v.ShowError = true;
    v.ShowInput = true;
  }
  for (const p of s.problemFormats) {
    const fc = fromTopLeft(p.area).FormatConditions.Add(XL.expression, undefined, `=${p.formula}`);
    fc.Interior.Color = bgr(PROBLEM_LOOK.fill);
    fc.Font.Color = bgr(PROBLEM_LOOK.color);
    fc.Font.Bold = PROBLEM_LOOK.bold;
  }
  s.columns.forEach((col, c) => {
    if (!col) return;
    const column = ws.Range(`${columnLetters(c)}:${columnLetters(c)}`);
    column.ColumnWidth = col.width;
    if (col.hidden) column.EntireColumn.Hidden = true;
  });
  if (s.frozenRows) {
    ws.Activate();
    const win = app.ActiveWindow;
    win.FreezePanes = false;
    win.SplitColumn = 0;
    win.SplitRow = s.frozenRows;
    win.FreezePanes = true;
  }
  if (s.print) {
    const p = ws.PageSetup;
    p.Orientation = XL.landscape;
    p.PaperSize = XL.paperA4;
    p.Zoom = false;
    p.FitToPagesWide = 1;
    p.FitToPagesTall = false;
    p.PrintTitleRows = `$${s.print.titleRows[0] + 1}:$${s.print.titleRows[1] + 1}`;
  }
  if (s.hidden) ws.Visible = XL.sheetHidden;
}

/** Replaces the workbook's JX_* names with the layout's. */
function putNames(wb: EtWorkbook, layout: WorkbookLayout): void {
  for (let i = wb.Names.Count; i >= 1; i--) {
    const n = wb.Names.Item(i);
    if ((NAMES as readonly string[]).includes(n.Name)) n.Delete();
  }
  for (const n of layout.names) wb.Names.Add(n.name, `=${onSheet(n.sheet, abs(n.row, n.col))}`);
}

/** Whether any cell of the range holds a value or a formula. */
function occupied(r: EtRange): boolean {
  return grid2d(r.Formula, r.Rows.Count, r.Columns.Count).some((row) =>
    row.some((v) => v !== "" && v !== null && v !== undefined),
  );
}

function withScreenOff<T>(app: EtApplication, work: () => T): T {
  app.ScreenUpdating = false;
  try {
    return work();
  } finally {
    app.ScreenUpdating = true;
  }
}

/** Writes the scoring workbook of a template; an occupied selection is refused after one look, nothing written. */
export function insertTable(
  app: EtApplication,
  template: Template,
  problems: readonly Problem[],
  target: InsertTarget,
  overwrite: boolean,
  panel?: PanelChoice,
): InsertOutcome {
  const wb = workbookOf(app);
  // A panel's sheet (experts' columns beside the table) always goes into a new sheet.
  const withPanel = panel !== undefined && panel.experts > 0;
  const size = layoutScoringSheet(template, problems).sheet;
  let anchor: { ws: EtWorksheet; row: number; col: number; address: string } | null = null;
  if (target === "selection" && !withPanel) {
    const ws = app.ActiveSheet;
    const sel = app.Selection;
    const row = sel.Row - 1;
    const col = sel.Column - 1;
    const area = rangeOf({ top: row, left: col, bottom: row + size.rowCount - 1, right: col + size.colCount - 1 });
    if (!overwrite && occupied(ws.Range(area))) return { status: "occupied", address: `${ws.Name}!${area}`, syncs: 0 };
    anchor = { ws, row, col, address: `${ws.Name}!${address(row, col)}` };
  }
  const taken = sheetsOf(wb).map((s) => s.Name);
  const scoringSheet = anchor ? anchor.ws.Name : freeName(SCORING_SHEET, taken);
  const summarySheet = freeName(SUMMARY_SHEET, [...taken, scoringSheet]);
  const layout = layoutScoringWorkbook(
    template,
    problems,
    { scoringSheet, summarySheet, origin: anchor ? { row: anchor.row, col: anchor.col } : undefined },
    panel,
  );
  layout.sheets.forEach(refuseOverLimits); // every sheet, before the first is written
  const settings = findSheet(wb, SETTINGS_SHEET);
  withScreenOff(app, () => {
    for (const s of layout.sheets) {
      const ws =
        s.name === SETTINGS_SHEET
          ? (settings ?? addSheet(wb, SETTINGS_SHEET))
          : anchor && s.name === scoringSheet
            ? anchor.ws
            : addSheet(wb, s.name);
      writeSheet(app, ws, anchor && s.name === scoringSheet ? { ...s, frozenRows: 0 } : s);
    }
    putNames(wb, layout);
    (anchor?.ws ?? wb.Worksheets.Item(scoringSheet)).Activate();
  });
  return { status: "written", sheet: scoringSheet, address: anchor ? anchor.address : `${scoringSheet}!A1`, syncs: 0 };
}

/** Writes a self-evaluation form into a new sheet; its rule set goes into the settings the workbook keeps. */
export function insertForm(app: EtApplication, form: SelfEvalForm): InsertOutcome {
  const wb = workbookOf(app);
  const name = freeName(
    FORM_SHEET,
    sheetsOf(wb).map((s) => s.Name),
  );
  const layout = layoutForm(form);
  const settings = findSheet(wb, SETTINGS_SHEET);
  withScreenOff(app, () => {
    const ws = addSheet(wb, name);
    writeSheet(app, ws, { ...layout.sheets[0], name });
    const kept = layout.sheets.find((s) => s.name === SETTINGS_SHEET);
    if (!settings) {
      if (kept) writeSheet(app, addSheet(wb, SETTINGS_SHEET), kept);
    } else {
      const cell = settings.Range("A1");
      const text: unknown = cell.Value2;
      const old = typeof text === "string" ? settingsOfText(text).settings : null;
      cell.NumberFormat = "@";
      cell.Value2 = [[JSON.stringify({ ...(old ?? formSettingsOf(form)), scoring: form.scoring ?? DEFAULT_SCORING })]];
    }
    putNames(wb, { ...layout, names: layout.names.map((n) => ({ ...n, sheet: name })) });
    ws.Activate();
  });
  return { status: "written", sheet: name, address: `${name}!A1`, syncs: 0 };
}

/** A survey's 满意度统计 and 问卷数据 in new sheets, the satisfaction leaf's 得分 linked to the statistics' score when given. */
export function insertSurvey(app: EtApplication, write: SurveyWrite): InsertOutcome {
  const wb = workbookOf(app);
  const taken = sheetsOf(wb).map((s) => s.Name);
  const survey = freeName(SURVEY_SHEET, taken);
  const responses = freeName(RESPONSES_SHEET, [...taken, survey]);
  const { sheets, link } = layoutSurveyWrite(write, { survey, responses });
  sheets.forEach(refuseOverLimits);
  const target = link ? findSheet(wb, link.sheet) : null;
  if (link && !target) throw Refused.because("sheetMissing", { sheet: link.sheet });
  withScreenOff(app, () => {
    // Both sheets exist before any formula names them.
    const added = sheets.map((s) => addSheet(wb, s.name));
    sheets.forEach((s, i) => writeSheet(app, added[i], s));
    if (link && target) target.Range(link.at).Formula = [[`=${link.formula}`]];
    added[0].Activate();
  });
  return { status: "written", sheet: survey, address: `${survey}!A1`, syncs: 0 };
}

/** The 汇总 table on a new sheet: one Value2 write, percentages formatted. WPS draws no chart from here (see README). */
export function insertSummary(
  app: EtApplication,
  title: string,
  rows: readonly SummaryRow[],
  total: number | null,
  grade: string | null,
): string {
  const wb = workbookOf(app);
  const name = freeName(
    SCORE_SUMMARY_SHEET,
    sheetsOf(wb).map((s) => s.Name),
  );
  const body = summaryBody(rows, total, grade);
  withScreenOff(app, () => {
    const ws = addSheet(wb, name);
    ws.Range("A1").Value2 = [[summaryTitle(title)]];
    ws.Range(`A2:A${body.length + 1}`).NumberFormat = "@";
    ws.Range(`C3:C${body.length + 1}`).NumberFormat = "0.00";
    ws.Range(`D3:D${rows.length + 3}`).NumberFormat = "0.00%";
    ws.Range(`A2:D${body.length + 1}`).Value2 = body;
    ws.Range("A:D").ColumnWidth = 14;
    ws.Activate();
  });
  return name;
}

/** Each cell's number format, in as few reads as the range allows: one when they agree, else by column, else by numeric cell. */
function formatsOf(ws: EtWorksheet, r: EtRange, values: unknown[][]): (string | undefined)[][] {
  const whole = r.NumberFormat;
  if (typeof whole === "string") return values.map((row) => row.map(() => whole));
  const top = r.Row - 1;
  const left = r.Column - 1;
  const byCol =
    values[0]?.map(
      (_, c) =>
        ws.Range(rangeOf({ top, left: left + c, bottom: top + values.length - 1, right: left + c })).NumberFormat,
    ) ?? [];
  return values.map((row, i) =>
    row.map((v, c) => {
      const f = byCol[c];
      if (typeof f === "string") return f;
      if (typeof v !== "number") return undefined;
      const one = ws.Range(address(top + i, left + c)).NumberFormat;
      return typeof one === "string" ? one : undefined;
    }),
  );
}

/** The merged areas that start inside the range, relative to its first cell. */
function mergesOf(ws: EtWorksheet, r: EtRange, values: unknown[][]): Area[] {
  if (r.MergeCells === false) return [];
  const top = r.Row - 1;
  const left = r.Column - 1;
  const out: Area[] = [];
  values.forEach((row, i) =>
    row.forEach((v, c) => {
      if (v === "" || v === null || v === undefined) return; // a merged area keeps its value in its first cell
      const cell = ws.Range(address(top + i, left + c));
      if (!cell.MergeCells) return;
      const m = cell.MergeArea;
      if (m.Row !== cell.Row || m.Column !== cell.Column) return;
      out.push({ top: i, left: c, bottom: i + m.Rows.Count - 1, right: c + m.Columns.Count - 1 });
    }),
  );
  return out;
}

/** The active sheet's used range (or the selection) with its merged areas and the workbook's settings. */
export function readSheet(app: EtApplication, scope: "sheet" | "selection"): ActiveGrid | null {
  const ws = app.ActiveSheet;
  return app.ActiveWorkbook
    ? gridOfSheet(app, ws, scope === "selection" ? app.Selection : ws.UsedRange, scope === "sheet")
    : null;
}

/** Every visible sheet of the workbook with something in it (one project per sheet), with the workbook's settings. */
export function readSheets(app: EtApplication): ActiveGrid[] {
  const wb = app.ActiveWorkbook;
  if (!wb) return [];
  return sheetsOf(wb)
    .filter((ws) => ws.Name !== SETTINGS_SHEET && ws.Visible !== 0)
    .map((ws) => gridOfSheet(app, ws, ws.UsedRange, true))
    .filter((g): g is ActiveGrid => g !== null);
}

function gridOfSheet(
  app: EtApplication,
  ws: EtWorksheet,
  r: ReturnType<EtWorksheet["Range"]>,
  skipEmpty: boolean,
): ActiveGrid | null {
  const wb = workbookOf(app);
  const values = grid2d(r.Value2, r.Rows.Count, r.Columns.Count);
  const empty = (v: unknown): boolean => v === "" || v === null || v === undefined;
  if (skipEmpty && values.every((row) => row.every(empty))) return null;
  const formats = formatsOf(ws, r, values);
  const merges = mergesOf(ws, r, values);
  const cells = values.map((row, i) =>
    row.map((v, c) => (empty(v) ? null : shownValue(v as CellValue, formats[i]?.[c]))),
  );
  const settingsWs = findSheet(wb, SETTINGS_SHEET);
  const kept: unknown = settingsWs?.Range("A1").Value2;
  const { settings, problems: settingsProblems } = settingsWs
    ? settingsOfText(typeof kept === "string" ? kept : "")
    : { settings: null, problems: [] };
  return { name: ws.Name, cells, merges, origin: { row: r.Row - 1, col: r.Column - 1 }, settings, settingsProblems };
}

const partsKept = (ws: EtWorksheet): number => templateParts(ws.Range("A2").Value2);

/** Keeps the template in the hidden settings sheet (made when the workbook has none), one Value2 write. */
export function saveTemplate(app: EtApplication, template: Template): void {
  const wb = workbookOf(app);
  let ws = findSheet(wb, SETTINGS_SHEET);
  if (!ws) {
    ws = addSheet(wb, SETTINGS_SHEET);
    writeSheet(app, ws, settingsSheet(settingsOf(template)));
  }
  const cells = templateCells(template, partsKept(ws));
  const r = ws.Range(`A2:A${cells.length + 1}`);
  r.NumberFormat = "@";
  r.Value2 = cells;
}

/** The template kept in the workbook, read as any template file is; null when there is none, refused when it is damaged. */
export function loadTemplate(app: EtApplication): Template | null {
  const wb = app.ActiveWorkbook;
  const ws = wb && findSheet(wb, SETTINGS_SHEET);
  if (!ws) return null;
  const n = partsKept(ws);
  if (!n) return null;
  const text = grid2d(ws.Range(`A3:A${n + 2}`).Value2, n, 1)
    .map((row) => String(row[0] ?? ""))
    .join("");
  return keptTemplate(text);
}

/** The ET application of the WPS add-in: `window.Application`, or `wps.EtApplication()`. */
export function etApplication(): EtApplication {
  const g = globalThis as { Application?: EtApplication; wps?: { EtApplication?: () => EtApplication } };
  const app = g.Application ?? g.wps?.EtApplication?.();
  if (!app) throw Refused.because("notInWps");
  return app;
}

/** The gateway inside WPS 表格. `app` is looked up on each call, as a pane may open before a workbook. */
export function wpsGateway(appOf: () => EtApplication = etApplication): Gateway {
  const marked = new Map<string, Map<string, number | null>>(); // sheet → address → fill before marking (null: none)
  return {
    kind: "wps",
    insertFormula(formula) {
      if (/\bJIXIAO\./i.test(formula)) return Promise.reject(Refused.because("wpsNoCellFunctions"));
      const app = appOf();
      const cell = app.ActiveCell;
      cell.Formula = formula;
      return Promise.resolve(`${app.ActiveSheet.Name}!${address(cell.Row - 1, cell.Column - 1)}`);
    },
    insertTable: async (template, problems, target, overwrite, panel) =>
      insertTable(appOf(), template, problems, target, overwrite, panel),
    insertForm: async (form) => insertForm(appOf(), form),
    readSheet: async (scope) => readSheet(appOf(), scope),
    readSheets: async () => readSheets(appOf()),
    async selectCell(sheet, at) {
      const ws = workbookOf(appOf()).Worksheets.Item(sheet);
      ws.Activate();
      ws.Range(at).Select();
    },
    async markCells(sheet, addresses) {
      const ws = workbookOf(appOf()).Worksheets.Item(sheet);
      const before = marked.get(sheet) ?? new Map<string, number | null>();
      for (const a of addresses) {
        const r = ws.Range(a);
        if (!before.has(a)) before.set(a, r.Interior.ColorIndex === XL.colorIndexNone ? null : r.Interior.Color);
        r.Interior.Color = bgr("#FFC7CE");
      }
      marked.set(sheet, before);
    },
    async clearMarks(sheet) {
      const ws = workbookOf(appOf()).Worksheets.Item(sheet);
      for (const [a, color] of marked.get(sheet) ?? []) {
        if (color === null) ws.Range(a).Interior.ColorIndex = XL.colorIndexNone;
        else ws.Range(a).Interior.Color = color;
      }
      marked.delete(sheet);
    },
    insertSummary: async (title, rows, total, grade) => insertSummary(appOf(), title, rows, total, grade),
    insertSurvey: async (write) => insertSurvey(appOf(), write),
    saveTemplate: async (template) => saveTemplate(appOf(), template),
    loadTemplate: async () => loadTemplate(appOf()),
  };
}
