import ExcelJS from "exceljs";
import { FONT, LOOKS, PROBLEM_LOOK, type Look } from "../layout/looks";
import type { CellStyle, LayoutCell, SheetLayout, WorkbookLayout } from "../layout/model";
import { abs, onSheet } from "../layout/refs";
import { address, type Area } from "../sheet/grid";
import { withCharts } from "./withCharts";

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** exceljs's spelling of a look from the one style table (src/layout/looks.ts). */
function styleOf(look: Look): Partial<ExcelJS.Style> {
  return {
    font: {
      name: FONT,
      size: look.size,
      ...(look.bold ? { bold: true } : {}),
      ...(look.italic ? { italic: true } : {}),
      ...(look.color ? { color: { argb: `FF${look.color}` } } : {}),
    },
    alignment: { horizontal: look.align, vertical: look.vertical, wrapText: true },
    ...(look.border ? { border: THIN } : {}),
    ...(look.fill ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${look.fill}` } } } : {}),
  };
}

/**
 * One style object per look and number format, shared by every cell that wears it (exceljs writes one
 * xf for each distinct style, so styles.xml keeps a handful whatever the size of the sheet).
 */
class SharedStyles {
  private readonly byKey = new Map<string, Partial<ExcelJS.Style>>();

  of(style: CellStyle, numFmt: string | undefined): Partial<ExcelJS.Style> {
    const key = `${style}|${numFmt ?? ""}`;
    let s = this.byKey.get(key);
    if (!s) {
      s = Object.freeze({ ...styleOf(LOOKS[style]), ...(numFmt ? { numFmt } : {}) });
      this.byKey.set(key, s);
    }
    return s;
  }
}

const PROBLEM_STYLE: Partial<ExcelJS.Style> = {
  fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${PROBLEM_LOOK.fill}` } },
  font: { color: { argb: `FF${PROBLEM_LOOK.color}` }, bold: PROBLEM_LOOK.bold },
};

/** `cachedResults: false` leaves formula results out, so only a spreadsheet's own recalculation can fill them (tests). */
export interface WriteOptions {
  readonly cachedResults?: boolean;
}

function writeCell(ws: ExcelJS.Worksheet, c: LayoutCell, styles: SharedStyles, opts: WriteOptions): void {
  const cell = ws.getCell(c.row + 1, c.col + 1);
  // Text is always a string in a text-formatted cell: text starting with = + - stays text.
  cell.style = styles.of(c.style, c.content?.kind === "text" ? "@" : c.numFmt);
  if (c.content?.kind === "text") {
    cell.value = c.content.text;
  } else if (c.content?.kind === "number") {
    cell.value = c.content.value;
  } else if (c.content?.kind === "formula") {
    const result = opts.cachedResults === false ? undefined : (c.content.result ?? undefined);
    cell.value = { formula: c.content.formula, result } as ExcelJS.CellFormulaValue;
  }
}

const rangeOf = (a: Area): string =>
  a.top === a.bottom && a.left === a.right
    ? address(a.top, a.left)
    : `${address(a.top, a.left)}:${address(a.bottom, a.right)}`;

function writeSheet(wb: ExcelJS.Workbook, s: SheetLayout, opts: WriteOptions): void {
  const ws = wb.addWorksheet(s.name, {
    state: s.hidden ? "hidden" : "visible",
    views: s.frozenRows ? [{ state: "frozen", ySplit: s.frozenRows }] : [],
  });
  s.columns.forEach((col, i) => {
    if (!col) return;
    const c = ws.getColumn(i + 1);
    c.width = col.width;
    if (col.hidden) c.hidden = true;
  });
  const styles = new SharedStyles();
  for (const c of s.cells) writeCell(ws, c, styles, opts);
  // Borders on every cell of the table body, so merged areas print as one box: the merged cells wear the top-left's style.
  for (const m of s.merges) {
    const style = ws.getCell(m.top + 1, m.left + 1).style;
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) ws.getCell(r + 1, c + 1).style = style;
    ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  // exceljs takes a range's validation whole (its types only declare the per-cell one).
  const validations = (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  for (const v of s.validations ?? []) {
    validations.add(rangeOf(v.area), {
      type: "custom",
      allowBlank: true,
      formulae: [v.formula],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: v.errorTitle,
      error: v.error,
      showInputMessage: true,
      promptTitle: v.promptTitle,
      prompt: v.prompt,
    });
  }
  if (s.autoFilter)
    ws.autoFilter = `${address(s.autoFilter.top, s.autoFilter.left)}:${address(s.autoFilter.bottom, s.autoFilter.right)}`;
  for (const f of s.problemFormats) {
    ws.addConditionalFormatting({
      ref: rangeOf(f.area),
      rules: [{ type: "expression", priority: 1, formulae: [f.formula], style: PROBLEM_STYLE }],
    });
  }
  s.rowHeights?.forEach((h, r) => {
    if (h !== null) ws.getRow(r + 1).height = h;
  });
  if (s.print) {
    ws.pageSetup = {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${s.print.titleRows[0] + 1}:${s.print.titleRows[1] + 1}`,
      // exceljs puts a $ before each part; the row needs its own $ for LibreOffice to take the area.
      ...(s.print.area
        ? {
            printArea: [address(s.print.area.top, s.print.area.left), address(s.print.area.bottom, s.print.area.right)]
              .map((a) => a.replace(/^([A-Z]+)(\d+)$/, "$1$$$2"))
              .join(":"),
          }
        : {}),
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    };
    ws.headerFooter = { oddFooter: "第 &P 页，共 &N 页" };
  }
}

/** Writes the layout model into a new exceljs workbook (the same model the task pane writes into Excel). */
export function workbookOf(layout: WorkbookLayout, opts: WriteOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "绩效评价助手 Jixiao";
  wb.calcProperties.fullCalcOnLoad = true;
  for (const s of layout.sheets) writeSheet(wb, s, opts);
  for (const n of layout.names) wb.definedNames.add(onSheet(n.sheet, abs(n.row, n.col)), n.name);
  return wb;
}

/** The .xlsx bytes of a layout; its charts, which exceljs cannot write, added to the zip afterwards. */
export async function xlsxBytes(layout: WorkbookLayout, opts: WriteOptions = {}): Promise<Uint8Array> {
  const buffer = await workbookOf(layout, opts).xlsx.writeBuffer();
  return withCharts(new Uint8Array(buffer as ArrayBuffer), layout);
}
