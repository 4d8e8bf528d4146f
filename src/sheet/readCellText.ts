import { Dec } from "../decimal";
import type { CellValue } from "../cells/readCell";
import { normalizeText } from "../cells/normalizeText";

const NOT_APPLICABLE = /^(不适用|N\/?A|无此项|不涉及)$/i;

/** Whether a score cell says 不适用. */
export function isNotApplicable(v: CellValue): boolean {
  return typeof v === "string" && NOT_APPLICABLE.test(normalizeText(v).replace(/\s+/g, ""));
}

const WEIGHT_IN_NAME =
  /[（(]\s*(?:权重|分值)?\s*[:：]?\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*(?:分|%|％)?\s*[)）]\s*$/;
const CODE_PREFIX = /^([A-Za-z]{1,2}\d+(?:[.\-]\d+)*|[A-Za-z])(?:\s+|[、.．:：]\s*|(?=[\u4e00-\u9fff]))/;
/** 一、 （一） (1) 1、 1. before a name, as reports number their indicators. */
const NUMBER_PREFIX =
  /^(?:[（(]\s*([一二三四五六七八九十]+|\d{1,2})\s*[)）]|([一二三四五六七八九十]+)\s*[、.．]|(\d{1,2})\s*[、．]|(\d{1,2})\.(?!\d))\s*(?=[\u4e00-\u9fffA-Za-z])/;

/**
 * Splits `A1 政策保障（2）` into code A1, name 政策保障 and weight 2; `项目立项（12分）` into name and 12.
 * The name keeps the person's own characters (full-width brackets stay full-width).
 */
export function splitName(text: string): { name: string; code?: string; weight: Dec | null } {
  let name = text.replace(/\s*[\r\n]+\s*/g, "").trim();
  let weight: Dec | null = null;
  const w = WEIGHT_IN_NAME.exec(name);
  if (w) {
    weight = new Dec(normalizeText(w[1]));
    name = name.slice(0, w.index).trim();
  }
  const n = NUMBER_PREFIX.exec(name);
  if (n) return { name: name.slice(n[0].length).trim(), code: n[1] ?? n[2] ?? n[3] ?? n[4], weight };
  const c = CODE_PREFIX.exec(name);
  if (c && c[0].length < name.length) {
    return { name: name.slice(c[0].length).trim(), code: c[1], weight };
  }
  return { name, weight };
}
