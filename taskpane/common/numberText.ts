import { parseNumericText } from "../../src/cells/readCell";

/** What a number field holds: nothing, a number the person typed, or text that is not an acceptable number. */
export type NumberReading =
  | { readonly kind: "blank" }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "error"; readonly reason: "notNumber" | "percent" | "notPositive" | "negative" | "required" };

export interface NumberRule {
  /** Blank is an error (a 分值 must be there); otherwise blank stays blank. */
  readonly required?: boolean;
  /** "positive": above 0 (分值); "nonNegative": 0 or more (money). */
  readonly sign?: "positive" | "nonNegative";
}

/**
 * Reads a number field with the core's one number rule (`1,234.5`, `５２０．２５`, ` 17.5 `), so the pane
 * stores exactly what the person typed or nothing at all. A percentage is refused: these fields hold amounts and points.
 */
export function readNumberText(text: string, rule: NumberRule = {}): NumberReading {
  if (text.trim() === "") return rule.required ? { kind: "error", reason: "required" } : { kind: "blank" };
  const parsed = parseNumericText(text);
  if (!parsed) return { kind: "error", reason: "notNumber" };
  if (parsed.percent) return { kind: "error", reason: "percent" };
  if (rule.sign === "positive" && !parsed.value.gt(0)) return { kind: "error", reason: "notPositive" };
  if (rule.sign === "nonNegative" && parsed.value.lt(0)) return { kind: "error", reason: "negative" };
  return { kind: "number", value: parsed.value.toNumber() };
}

/** Whether the text in a field already stands for `value` (so an outside change need not replace what is typed). */
export function textMeans(text: string, value: number | undefined): boolean {
  const reading = readNumberText(text);
  return reading.kind === "blank" ? value === undefined : reading.kind === "number" && reading.value === value;
}
