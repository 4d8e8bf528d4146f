import ExcelJS from "exceljs";
import type { CellValue } from "../../src/cells/readCell";
import { shownValue } from "../../src/cells/shownValue";
import { parseAddress } from "../../src/sheet/grid";

/**
 * The reading path before our own reader: exceljs's model of the workbook turned into grids the same way, kept
 * here only as the oracle our reader is compared with (exceljs still writes workbooks; it no longer reads them).
 */
export interface OracleWorkbook {
  readonly sheets: { name: string; rows: CellValue[][]; merges: string[] }[];
  readonly hidden: string[];
  readonly names: Record<string, CellValue>;
}

function dateText(d: Date): string {
  return Number.isNaN(d.getTime()) ? "（无效日期 invalid date）" : d.toISOString().slice(0, 10);
}

function valueOf(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : "（无效数字 invalid number）";
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateText(v);
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("formula" in v || "sharedFormula" in v) {
    const r = (v as ExcelJS.CellFormulaValue).result;
    if (r === undefined || r === null) return null;
    if (typeof r === "object" && "error" in r) return String(r.error);
    return r instanceof Date ? dateText(r) : (r as CellValue);
  }
  if ("text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  if ("error" in v) return String((v as ExcelJS.CellErrorValue).error);
  return String(v);
}

function cellValue(cell: ExcelJS.Cell): CellValue {
  const v =
    cell.type === ExcelJS.ValueType.Formula ? valueOf((cell.result ?? null) as ExcelJS.CellValue) : valueOf(cell.value);
  return shownValue(v, cell.numFmt);
}

export async function oracleRead(bytes: Uint8Array): Promise<OracleWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheets: OracleWorkbook["sheets"] = [];
  const hidden: string[] = [];
  wb.eachSheet((ws) => {
    if (ws.state !== "visible") {
      hidden.push(ws.name);
      return;
    }
    const merges = ((ws.model as { merges?: string[] }).merges ?? []).slice();
    const covered = new Set<string>();
    for (const m of merges) {
      const [a, b] = m.split(":");
      const p = parseAddress(a)!;
      const q = parseAddress(b ?? a)!;
      for (let r = p.row; r <= q.row; r++)
        for (let c = p.col; c <= q.col; c++) if (r !== p.row || c !== p.col) covered.add(`${r},${c}`);
    }
    const rows: CellValue[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (covered.has(`${r - 1},${c - 1}`)) return;
        (rows[r - 1] ??= [])[c - 1] = cellValue(cell);
      });
    });
    sheets.push({ name: ws.name, rows, merges });
  });
  const names: Record<string, CellValue> = {};
  for (const name of ["JX_TOTAL", "JX_GRADE", "JX_WEIGHT_TOTAL"]) {
    const ref = wb.definedNames.getRanges(name).ranges[0];
    if (!ref) continue;
    const bang = ref.lastIndexOf("!");
    const ws = wb.getWorksheet(ref.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'"));
    const at = parseAddress(ref.slice(bang + 1));
    if (ws && at) names[name] = cellValue(ws.getCell(at.row + 1, at.col + 1));
  }
  return { sheets, hidden, names };
}

/** Rows as plain arrays: trailing empty rows and cells dropped, holes and nulls alike as null. */
export function normalRows(rows: readonly (readonly CellValue[] | undefined)[]): CellValue[][] {
  const out = Array.from({ length: rows.length }, (_, r) => {
    const row = rows[r] ?? [];
    const cells = Array.from({ length: row.length }, (_, c) => row[c] ?? null);
    while (cells.length && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}
