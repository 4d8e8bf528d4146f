import { FONT, LOOKS, PROBLEM_LOOK } from "../../src/layout/looks";
import { Refused, refusalWords, type Lang, type Words } from "../../src/messages";
import type { ChartLayout, LayoutCell, SheetLayout } from "../../src/layout/model";
import { address, type Area } from "../../src/sheet/grid";

/* Queues one sheet of the layout model into Excel without syncing: a single 2-D write of number
 * formats and formulas, then merges, styles by area, one validation and one problem flag per area of
 * the model (their relative references read from the area's top-left, as in the file), widths, row
 * heights by runs, and print setup. The caller syncs once for everything. Office enums are written as
 * their string values. */

/** Office.js's spelling of the one style table's alignments. */
export const OFFICE_ALIGN = { center: "Center", left: "Left" } as const;
export const OFFICE_VERTICAL = { middle: "Center", top: "Top" } as const;

/** Text Excel would take for a formula or number is written with a leading apostrophe (and the cell formatted as text). */
export function asText(text: string): string {
  return /^[=+\-@']/.test(text) ? `'${text}` : text;
}

/** What goes into the one `formulas` write for a cell. */
export function cellInput(c: LayoutCell): string | number {
  if (!c.content) return "";
  if (c.content.kind === "text") return asText(c.content.text);
  if (c.content.kind === "number") return c.content.value;
  return `=${c.content.formula}`;
}

/** Groups cells by a key, keeping first-seen order. */
export function groupBy<K>(cells: readonly LayoutCell[], key: (c: LayoutCell) => K): Map<K, LayoutCell[]> {
  const out = new Map<K, LayoutCell[]>();
  for (const c of cells) {
    const k = key(c);
    const list = out.get(k);
    if (list) list.push(c);
    else out.set(k, [c]);
  }
  return out;
}

/** Cells of one style as few rectangles as possible: runs down each column. */
export function areasOf(cells: readonly LayoutCell[], merges: SheetLayout["merges"]): string[] {
  const byCol = new Map<number, number[]>();
  const spanOf = new Map<string, { bottom: number; right: number }>();
  for (const m of merges) spanOf.set(`${m.top},${m.left}`, { bottom: m.bottom, right: m.right });
  for (const [col, list] of groupBy(cells, (c) => c.col))
    byCol.set(
      col,
      list.map((c) => c.row),
    );
  const out: string[] = [];
  for (const [col, rows] of byCol) {
    rows.sort((a, b) => a - b);
    let start = rows[0];
    let end = spanOf.get(`${start},${col}`)?.bottom ?? start;
    let right = spanOf.get(`${start},${col}`)?.right ?? col;
    const flush = (): void =>
      void out.push(
        start === end && right === col ? address(start, col) : `${address(start, col)}:${address(end, right)}`,
      );
    for (const r of rows.slice(1)) {
      const span = spanOf.get(`${r},${col}`);
      if (r === end + 1 && (span?.right ?? col) === right) end = span?.bottom ?? r;
      else {
        flush();
        start = r;
        end = span?.bottom ?? r;
        right = span?.right ?? col;
      }
    }
    flush();
  }
  return out;
}

/** Address lists short enough for one getRanges call each. */
function chunks(areas: string[], max = 2000): string[] {
  const out: string[] = [];
  let cur = "";
  for (const a of areas) {
    if (cur && cur.length + a.length + 1 > max) {
      out.push(cur);
      cur = "";
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}

/** Excel's limits on what one write may hold (Microsoft's "Excel specifications and limits"). */
export const LIMITS = {
  sheetName: 31,
  cellText: 32767,
  formula: 8192,
  formulaText: 255,
  validationFormula: 255,
} as const;

/** Every cell of a sheet Excel would refuse, with its address, Chinese first: nothing is queued when there is one. */
export function limitProblems(s: SheetLayout): Words[] {
  const out: Words[] = [];
  if (s.name.length > LIMITS.sheetName || /[[\]:*?/\\]/.test(s.name))
    out.push(refusalWords("limitSheetName", { name: s.name, limit: LIMITS.sheetName }));
  for (const v of s.validations ?? []) {
    const at = `${s.name}!${address(v.area.top, v.area.left)}`;
    if (v.formula.length + 1 > LIMITS.validationFormula) {
      out.push(
        refusalWords("limitValidationFormula", { at, length: v.formula.length + 1, limit: LIMITS.validationFormula }),
      );
    }
  }
  for (const c of s.cells) {
    const at = `${s.name}!${address(c.row, c.col)}`;
    const input = cellInput(c);
    if (typeof input !== "string") continue;
    if (c.content?.kind === "formula") {
      if (input.length > LIMITS.formula)
        out.push(refusalWords("limitFormula", { at, length: input.length, limit: LIMITS.formula }));
      const long = (input.match(/"(?:[^"]|"")*"/g) ?? []).find((lit) => lit.length - 2 > LIMITS.formulaText);
      if (long) out.push(refusalWords("limitFormulaText", { at, length: long.length - 2, limit: LIMITS.formulaText }));
    } else if (input.length > LIMITS.cellText) {
      out.push(refusalWords("limitCellText", { at, length: input.length, limit: LIMITS.cellText }));
    }
  }
  return out;
}

/** The refusal of a layout the host cannot take: the first five places over a limit, and how many in all. */
export function overLimits(host: string, thing: Words, problems: readonly Words[]): Refused {
  const lines = (lang: Lang): string =>
    [
      ...problems.slice(0, 5).map((p) => p[lang]),
      ...(problems.length > 5 ? [refusalWords("hostMore", { count: problems.length })[lang]] : []),
    ].join("\n");
  return Refused.because("hostCannotTake", { host, thing, what: { zh: lines("zh"), en: lines("en") } });
}

/** The words for a table and for a review in `overLimits`. */
export const WRITTEN = {
  table: { zh: "此表", en: "this table" },
  review: { zh: "此汇总", en: "this review" },
} as const;

const rangeAt = (ws: Excel.Worksheet, a: Area): Excel.Range =>
  ws.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1);

/** Rows of one height one after another, as one write each (null rows keep the default). */
export function heightRuns(heights: readonly (number | null)[]): { top: number; bottom: number; height: number }[] {
  const runs: { top: number; bottom: number; height: number }[] = [];
  heights.forEach((h, r) => {
    if (h === null) return;
    const last = runs[runs.length - 1];
    if (last && last.bottom === r - 1 && last.height === h) last.bottom = r;
    else runs.push({ top: r, bottom: r, height: h });
  });
  return runs;
}

export function queueSheet(ws: Excel.Worksheet, s: SheetLayout): void {
  if (!s.cells.length) return;
  const problems = limitProblems(s);
  if (problems.length) throw overLimits("Excel", WRITTEN.table, problems);
  const top = Math.min(...s.cells.map((c) => c.row));
  const left = Math.min(...s.cells.map((c) => c.col));
  const bottom = Math.max(...s.cells.map((c) => c.row), ...s.merges.map((m) => m.bottom));
  const right = Math.max(...s.cells.map((c) => c.col), ...s.merges.map((m) => m.right));
  const rows = bottom - top + 1;
  const cols = right - left + 1;
  // null leaves a cell of the block that the layout does not use as it is (Office.js skips nulls in a 2-D write).
  const formats: (string | null)[][] = Array.from({ length: rows }, () => Array<string | null>(cols).fill(null));
  const inputs: (string | number)[][] = Array.from({ length: rows }, () => Array<string | number>(cols).fill(""));
  for (const c of s.cells) {
    formats[c.row - top][c.col - left] = c.content?.kind === "text" ? "@" : (c.numFmt ?? "General");
    inputs[c.row - top][c.col - left] = cellInput(c);
  }
  const block = ws.getRangeByIndexes(top, left, rows, cols);
  block.numberFormat = formats; // text format first, so nothing typed as text becomes a formula
  block.formulas = inputs;
  for (const m of s.merges)
    ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);

  for (const [style, cells] of groupBy(s.cells, (c) => c.style)) {
    const look = LOOKS[style];
    for (const list of chunks(areasOf(cells, s.merges))) {
      const f = ws.getRanges(list).format;
      f.font.name = FONT;
      f.font.size = look.size;
      if (look.bold) f.font.bold = true;
      if (look.italic) f.font.italic = true;
      if (look.color) f.font.color = `#${look.color}`;
      if (look.fill) f.fill.color = `#${look.fill}`;
      f.horizontalAlignment = OFFICE_ALIGN[look.align];
      f.verticalAlignment = OFFICE_VERTICAL[look.vertical];
      f.wrapText = true;
      if (look.border) {
        for (const edge of [
          "EdgeTop",
          "EdgeBottom",
          "EdgeLeft",
          "EdgeRight",
          "InsideHorizontal",
          "InsideVertical",
        ] as const) {
          f.borders.getItem(edge).style = "Continuous";
        }
      }
    }
  }
  for (const v of s.validations ?? []) {
    const dv = rangeAt(ws, v.area).dataValidation;
    dv.rule = { custom: { formula: `=${v.formula}` } };
    dv.errorAlert = { showAlert: true, style: "Stop", title: v.errorTitle, message: v.error };
    dv.prompt = { showPrompt: true, title: v.promptTitle, message: v.prompt };
  }
  for (const p of s.problemFormats) {
    const cf = rangeAt(ws, p.area).conditionalFormats.add("Custom");
    cf.custom.rule.formula = `=${p.formula}`;
    cf.custom.format.fill.color = `#${PROBLEM_LOOK.fill}`;
    cf.custom.format.font.color = `#${PROBLEM_LOOK.color}`;
    cf.custom.format.font.bold = PROBLEM_LOOK.bold;
  }
  s.columns.forEach((col, c) => {
    if (!col) return;
    const column = ws.getRangeByIndexes(0, c, 1, 1).getEntireColumn();
    column.format.columnWidth = col.width * 6;
    if (col.hidden) column.columnHidden = true;
  });
  for (const run of heightRuns(s.rowHeights ?? []))
    ws.getRangeByIndexes(run.top, 0, run.bottom - run.top + 1, 1).format.rowHeight = run.height;
  if (s.frozenRows) ws.freezePanes.freezeRows(s.frozenRows);
  const f = s.autoFilter;
  if (f) ws.autoFilter.apply(ws.getRangeByIndexes(f.top, f.left, f.bottom - f.top + 1, f.right - f.left + 1));
  if (s.print) {
    ws.pageLayout.orientation = "Landscape";
    ws.pageLayout.paperSize = "A4";
    ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    ws.pageLayout.setPrintTitleRows(`$${s.print.titleRows[0] + 1}:$${s.print.titleRows[1] + 1}`);
    const a = s.print.area;
    if (a) ws.pageLayout.setPrintArea(ws.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1));
  }
  for (const chart of s.charts ?? []) queueChart(ws, chart);
  if (s.hidden) ws.visibility = "Hidden";
}

/** The layout's chart kinds as Excel's chart types. */
const CHART_TYPES: Record<ChartLayout["kind"], Excel.ChartType | "ColumnClustered" | "BarClustered"> = {
  column: "ColumnClustered",
  bar: "BarClustered",
};

/**
 * Queues a native chart of the layout: one series from the values' column (named by the heading's text), the
 * categories set from their column, placed over the anchor's cells — the chart the .xlsx writer adds as parts.
 */
export function queueChart(ws: Excel.Worksheet, chart: ChartLayout): Excel.Chart {
  const column = (a: ChartLayout["values"]) => ws.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, 1);
  const c = ws.charts.add(CHART_TYPES[chart.kind], column(chart.values), "Columns");
  const series = c.series.getItemAt(0);
  series.name = chart.seriesName.text;
  series.setXAxisValues(column(chart.categories));
  c.title.text = chart.title;
  c.legend.visible = false;
  c.dataLabels.showValue = true;
  c.dataLabels.numberFormat = chart.numFmt;
  c.axes.valueAxis.numberFormat = chart.numFmt;
  if (chart.kind === "bar") c.axes.categoryAxis.reversePlotOrder = true; // the first indicator on top, as in the table
  c.setPosition(address(chart.anchor.top, chart.anchor.left), address(chart.anchor.bottom, chart.anchor.right));
  return c;
}
