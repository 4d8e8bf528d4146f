import ExcelJS from "exceljs";
import type { CellStyle, LayoutCell, SheetLayout, WorkbookLayout } from "../layout/model";
import { abs, onSheet } from "../layout/refs";
import { address } from "../sheet/grid";
import { withCharts } from "./withCharts";

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
const CENTER: Partial<ExcelJS.Alignment> = { horizontal: "center", vertical: "middle", wrapText: true };
const LEFT: Partial<ExcelJS.Alignment> = { horizontal: "left", vertical: "middle", wrapText: true };
const FONT = "宋体";

/** How each kind of cell looks: the printed tables' plain grid, headings shaded, score inputs tinted. */
const STYLES: Record<CellStyle, Partial<ExcelJS.Style>> = {
  title: { font: { name: FONT, bold: true, size: 14 }, alignment: CENTER },
  heading: { font: { name: FONT, bold: true, size: 10 }, alignment: CENTER, border: THIN, fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFEDEDED" } } },
  name: { font: { name: FONT, size: 10 }, alignment: LEFT, border: THIN },
  weight: { font: { name: FONT, size: 10 }, alignment: CENTER, border: THIN },
  score: { font: { name: FONT, size: 10 }, alignment: CENTER, border: THIN, fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF8E1" } } },
  rate: { font: { name: FONT, size: 10 }, alignment: CENTER, border: THIN },
  text: { font: { name: FONT, size: 9 }, alignment: { horizontal: "left", vertical: "top", wrapText: true }, border: THIN },
  totalLabel: { font: { name: FONT, bold: true, size: 10 }, alignment: CENTER, border: THIN },
  total: { font: { name: FONT, bold: true, size: 10 }, alignment: CENTER, border: THIN },
  check: { font: { name: FONT, size: 9, color: { argb: "FFC00000" } }, alignment: LEFT, border: THIN },
  note: { font: { name: FONT, size: 9, italic: true, color: { argb: "FF595959" } }, alignment: { horizontal: "left", vertical: "top", wrapText: true } },
};

/** `cachedResults: false` leaves formula results out, so only a spreadsheet's own recalculation can fill them (tests). */
export interface WriteOptions {
  readonly cachedResults?: boolean;
}

function writeCell(ws: ExcelJS.Worksheet, c: LayoutCell, opts: WriteOptions): void {
  const cell = ws.getCell(c.row + 1, c.col + 1);
  cell.style = { ...STYLES[c.style] };
  if (c.content?.kind === "text") {
    cell.value = c.content.text; // always a string: text starting with = + - stays text
    cell.numFmt = "@";
  } else if (c.content?.kind === "number") {
    cell.value = c.content.value;
  } else if (c.content?.kind === "formula") {
    const result = opts.cachedResults === false ? undefined : (c.content.result ?? undefined);
    cell.value = { formula: c.content.formula, result } as ExcelJS.CellFormulaValue;
  }
  if (c.numFmt) cell.numFmt = c.numFmt;
  if (c.validation) {
    cell.dataValidation = {
      type: "custom",
      allowBlank: true,
      formulae: [c.validation.formula],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: c.validation.errorTitle,
      error: c.validation.error,
      showInputMessage: true,
      prompt: c.validation.prompt,
    };
  }
}

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
  // Borders on every cell of the table body, so merged areas print as one box.
  for (const c of s.cells) writeCell(ws, c, opts);
  for (const m of s.merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) ws.getCell(r + 1, c + 1).style = { ...ws.getCell(m.top + 1, m.left + 1).style };
    ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  if (s.autoFilter) ws.autoFilter = `${address(s.autoFilter.top, s.autoFilter.left)}:${address(s.autoFilter.bottom, s.autoFilter.right)}`;
  for (const f of s.problemFormats) {
    ws.addConditionalFormatting({
      ref: `${address(f.area.top, f.area.left)}:${address(f.area.bottom, f.area.right)}`,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [f.formula],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } }, font: { color: { argb: "FF9C0006" }, bold: true } },
        },
      ],
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
      ...(s.print.area ? { printArea: [address(s.print.area.top, s.print.area.left), address(s.print.area.bottom, s.print.area.right)].map((a) => a.replace(/^([A-Z]+)(\d+)$/, "$1$$$2")).join(":") } : {}),
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
