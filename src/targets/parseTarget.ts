import { Dec, cellPrecision } from "../decimal";
import { normalizeText } from "../cells/normalizeText";

/** The direction of a target: at least (≥), at most (≤) or exactly (=). Strict `>`/`<` score as ≥/≤. */
export type Direction = ">=" | "<=" | "=";

export type Target =
  | {
      readonly kind: "quantity";
      readonly direction: Direction;
      readonly value: Dec;
      /** Canonical unit ("%", "人", "元/户", "工作日" …), "" when none was written. */
      readonly unit: string;
      readonly text: string;
    }
  | {
      readonly kind: "date";
      readonly direction: Direction;
      readonly day: number;
      readonly text: string;
      readonly yearless?: boolean;
    }
  | { readonly kind: "qualitative"; readonly text: string };

const AT_LEAST_PREFIX = /^(>=|≥|≧|>|不低于|不少于|不小于|大于等于|大于或等于|高于或等于|大于|高于|至少|达到|超过)/;
const AT_MOST_PREFIX = /^(<=|≤|≦|<|不超过|不高于|不多于|不大于|小于等于|小于或等于|低于或等于|小于|低于|至多|控制在)/;
const EXACTLY_PREFIX = /^(==|=|等于)/;
const AT_LEAST_SUFFIX = /(及以上|以上|之上)$/;
const AT_MOST_SUFFIX = /(及以内|以内|之内|内|及以下|以下|之前|前)$/;
const NUMBER = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(.*)$/;
const DATE = /^(\d{4})\s*(?:年|-|\/|\.)\s*(\d{1,2})\s*(?:月|-|\/|\.)\s*(\d{1,2})\s*日?$/;
/** A deadline written without its year, as goal tables often do: 12月31日前. */
const DATE_NO_YEAR = /^(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/;
const MONEY: Record<string, number> = { 元: 1, 万元: 1e4, 亿元: 1e8 };

/** Unit spelling folded to one form: 天 → 日, 个工作日 → 工作日, 万元/户 → 元/户 with a scale. */
export function canonicalUnit(raw: string): { unit: string; scale: Dec } {
  let unit = raw.replace(/\s+/g, "").replace(/^个(?=[\u4e00-\u9fff])/, "");
  if (unit === "天" || unit === "日") unit = "日";
  if (unit === "个工作日" || unit === "工作日") unit = "工作日";
  const money = /^(亿元|万元|元)(.*)$/.exec(unit);
  if (money) return { unit: `元${money[2]}`, scale: new Dec(MONEY[money[1]]) };
  return { unit, scale: new Dec(1) };
}

/**
 * Reads a target as goal tables write it: `≥90%`, `>=95`, `不低于95%`, `达到90%以上`, `≤30日`,
 * `不超过13.75万元`, `3个工作日内`, `2023年12月30日前`, `100%`, `51223 人`, `=0`. A plain value means ≥.
 * Text with no number (`应保尽保`, `有所提升`, `不低于上年`) is qualitative.
 */
export function parseTarget(input: string): Target {
  const text = normalizeText(input);
  let rest = text.replace(/\s+/g, "").replace(/(\d)(百分比|百分率)/g, "$1%");
  let direction: Direction | null = null;
  const pre = AT_LEAST_PREFIX.exec(rest) ?? AT_MOST_PREFIX.exec(rest) ?? EXACTLY_PREFIX.exec(rest);
  if (pre) {
    direction = AT_LEAST_PREFIX.test(rest) ? ">=" : AT_MOST_PREFIX.test(rest) ? "<=" : "=";
    rest = rest.slice(pre[0].length);
  }
  const post = AT_LEAST_SUFFIX.exec(rest) ?? AT_MOST_SUFFIX.exec(rest);
  if (post) {
    const stripped = rest.slice(0, rest.length - post[0].length);
    if (NUMBER.test(stripped) || DATE.test(stripped) || DATE_NO_YEAR.test(stripped)) {
      direction ??= AT_LEAST_SUFFIX.test(rest) ? ">=" : "<=";
      rest = stripped;
    }
  }
  const date = DATE.exec(rest);
  if (date) {
    const day = Number(date[1]) * 10000 + Number(date[2]) * 100 + Number(date[3]);
    return { kind: "date", direction: direction ?? "<=", day, text };
  }
  const monthDay = DATE_NO_YEAR.exec(rest);
  if (monthDay)
    return {
      kind: "date",
      direction: direction ?? "<=",
      day: Number(monthDay[1]) * 100 + Number(monthDay[2]),
      text,
      yearless: true,
    };
  const m = NUMBER.exec(rest);
  if (!m || /[\u4e00-\u9fff]{3,}/.test(m[2].replace(/^(个工作日|工作日)/, ""))) return { kind: "qualitative", text };
  let value = new Dec(m[1].replace(/,/g, ""));
  let unitText = m[2];
  if (unitText.startsWith("%")) {
    value = value.div(100);
    unitText = "%" + unitText.slice(1);
  }
  const { unit, scale } = canonicalUnit(unitText);
  return { kind: "quantity", direction: direction ?? ">=", value: cellPrecision(value.times(scale)), unit, text };
}
