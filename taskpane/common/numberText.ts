import type { Dec } from "../../src/decimal";
import { parseNumericText, readPoints } from "../../src/cells/readCell";

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
  /**
   * A weight in points (分值): read as the sheet reader reads a weight, so `12%` and `12分` are 12 points.
   * Without it a percentage is refused: amounts of money are not percentages.
   */
  readonly points?: boolean;
}

/** The text as a decimal by the field's rule, or why not. */
function parse(text: string, rule: NumberRule): { value: Dec } | "notNumber" | "percent" {
  if (rule.points) {
    const read = readPoints(text);
    return read.value ? { value: read.value } : "notNumber";
  }
  const parsed = parseNumericText(text);
  if (!parsed) return "notNumber";
  return parsed.percent ? "percent" : parsed;
}

/**
 * Reads a number field with the core's one number rule (`1,234.5`, `５２０．２５`, ` 17.5 `), so the pane
 * stores exactly what the person typed or nothing at all. A weight field (`points`) reads `12%` as 12 points, as the
 * sheet reader does; other fields refuse a percentage.
 */
export function readNumberText(text: string, rule: NumberRule = {}): NumberReading {
  if (text.trim() === "") return rule.required ? { kind: "error", reason: "required" } : { kind: "blank" };
  const parsed = parse(text, rule);
  if (typeof parsed === "string") return { kind: "error", reason: parsed };
  if (rule.sign === "positive" && !parsed.value.gt(0)) return { kind: "error", reason: "notPositive" };
  if (rule.sign === "nonNegative" && parsed.value.lt(0)) return { kind: "error", reason: "negative" };
  return { kind: "number", value: parsed.value.toNumber() };
}

/** Whether the text in a field already stands for `value` (so an outside change need not replace what is typed). */
export function textMeans(text: string, value: number | undefined, rule: NumberRule = {}): boolean {
  const reading = readNumberText(text, rule);
  return reading.kind === "blank" ? value === undefined : reading.kind === "number" && reading.value === value;
}
