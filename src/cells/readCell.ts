import { Dec, cellPrecision, decimalOf } from "../decimal";
import { normalizeText } from "./normalizeText";

/** A cell value as Excel, exceljs or `jx fn` hands it over. */
export type CellValue = number | string | boolean | null | undefined;

/** What a cell holds, read once. */
export type ReadCell =
  | { readonly kind: "blank" }
  | { readonly kind: "number"; readonly value: Dec; readonly percent: boolean }
  | { readonly kind: "bool"; readonly value: boolean }
  | { readonly kind: "text"; readonly text: string };

const BLANK: ReadCell = { kind: "blank" };

// 1234.5, 1,234.5, .5, -3, +3, 98.79%, 1e3 — after full-width folding; the thousands groups must be whole.
const NUMERIC = /^([+-])?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?\s*(%)?$/;

/**
 * Reads a number from text: `"98.79%"` → 0.9879, `"1,234.5"`, `" 12 "`, `"９８．７９％"`.
 * Read as a cell reads a number typed in: cut to 15 significant digits. Returns null when the text is not a number.
 */
export function parseNumericText(text: string): { value: Dec; percent: boolean } | null {
  const match = NUMERIC.exec(normalizeText(text));
  if (!match) return null;
  const [, sign, digits, exponent, percent] = match;
  let value = new Dec(`${sign ?? ""}${digits.replace(/,/g, "")}${exponent ? `e${exponent}` : ""}`);
  if (percent) value = value.div(100);
  return { value: cellPrecision(value), percent: percent !== undefined };
}

/** Reads any cell value into one of four kinds. Non-finite numbers come back as text so a rule can refuse them. */
export function readCell(raw: CellValue): ReadCell {
  if (raw === null || raw === undefined) return BLANK;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { kind: "text", text: String(raw) };
    return { kind: "number", value: decimalOf(raw), percent: false };
  }
  if (typeof raw === "boolean") return { kind: "bool", value: raw };
  const text = normalizeText(raw);
  if (text === "") return BLANK;
  const numeric = parseNumericText(text);
  if (numeric) return { kind: "number", value: numeric.value, percent: numeric.percent };
  return { kind: "text", text };
}

/**
 * A weight or score as printed, in points: `12`, `12分`, `12%`, `12.5 分`. A weight is points that sum to 100,
 * so `12%` is 12 points, not the fraction 0.12 (the one meaning in sheets, files and the pane's weight fields).
 * A dash or a slash is blank; anything else that is not a number is unreadable.
 */
export function readPoints(v: CellValue): { value: Dec | null; unreadable: boolean } {
  if (v === null || v === undefined) return { value: null, unreadable: false };
  if (typeof v === "number")
    return Number.isFinite(v) ? { value: decimalOf(v), unreadable: false } : { value: null, unreadable: true };
  if (typeof v === "boolean") return { value: null, unreadable: true };
  const text = normalizeText(v).replace(/\s+/g, "");
  if (text === "" || text === "-" || text === "—" || text === "/") return { value: null, unreadable: false };
  const m = /^([+-]?[\d.,]+)(分|%)?$/.exec(text);
  const n = m ? parseNumericText(m[1]) : null;
  return n ? { value: n.value, unreadable: false } : { value: null, unreadable: true };
}

/** Yes/no words people put in checklists: TRUE/FALSE, 是/否, √/×, ✓/✗, 对/错, 有/无, Y/N. */
const YES = new Set(["TRUE", "是", "√", "✓", "✔", "对", "有", "Y", "YES"]);
const NO = new Set(["FALSE", "否", "×", "✗", "✘", "X", "错", "无", "N", "NO"]);

/** A fulfilment from 0 to 1, or null when the cell says something else. Blank is not read here. */
export function readFulfilment(cell: ReadCell): Dec | null {
  if (cell.kind === "bool") return new Dec(cell.value ? 1 : 0);
  if (cell.kind === "number") return cell.value;
  if (cell.kind === "text") {
    const word = cell.text.toUpperCase();
    if (YES.has(word)) return new Dec(1);
    if (NO.has(word)) return new Dec(0);
  }
  return null;
}

/** How a cell value looks in a message: text in quotes as typed, numbers plainly. */
export function shown(raw: CellValue): string {
  if (raw === null || raw === undefined) return "（空）";
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  return String(raw);
}
