import { decimalOf } from "../../decimal";
import { canonicalUnit, parseTarget, type Target } from "../../targets/parseTarget";
import type { StoredTarget } from "./model";

/** A form's target (text or 符号/值/单位) as the TARGETSCORE rules read it. */
export function targetOf(t: string | StoredTarget): Target {
  if (typeof t === "string") return parseTarget(t);
  if (t.symbol === "定性" || t.value === undefined) return { kind: "qualitative", text: t.text ?? "" };
  const { unit, scale } = canonicalUnit(t.unit ?? "");
  return {
    kind: "quantity",
    direction: t.symbol === "<=" ? "<=" : ">=",
    value: decimalOf(t.value).times(scale),
    unit,
    text: storedText(t),
  };
}

/** 符号/值/单位 for the sheet: a text target split as budget systems store it (qualitative stays text). */
export function storedOf(t: string | StoredTarget): StoredTarget {
  if (typeof t !== "string") return t;
  const parsed = parseTarget(t);
  if (parsed.kind !== "quantity") return { symbol: "定性", text: parsed.text };
  const percent = parsed.unit === "%";
  const m = /^[^0-9]*([0-9][0-9,.]*)\s*(.*?)\s*(以上|以内|及以上|及以下|以下|内|前)?$/.exec(t.replace(/\s+/g, ""));
  const unitWritten = m ? m[2].replace(/^%/, "") : "";
  return {
    symbol: parsed.direction,
    value: parsed.value.toNumber(),
    unit: percent
      ? "%"
      : unitWritten.startsWith("万元") || unitWritten.startsWith("亿元")
        ? "元" + unitWritten.slice(2)
        : unitWritten || parsed.unit,
  };
}

/** How a stored target reads: ≥90%, ≤30日. */
export function storedText(t: StoredTarget): string {
  if (t.symbol === "定性" || t.value === undefined) return t.text ?? "";
  const v = t.unit === "%" ? `${decimalOf(t.value).times(100).toFixed()}%` : `${t.value}${t.unit ?? ""}`;
  return `${t.symbol === ">=" ? "≥" : t.symbol === "<=" ? "≤" : ""}${v}`;
}
