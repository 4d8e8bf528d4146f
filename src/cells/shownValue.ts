import { decimalOf } from "../decimal";
import type { CellValue } from "./readCell";

/** Whether a number format shows a percentage: a % outside quoted text and [bracketed] parts. */
export function isPercentFormat(format: string | null | undefined): boolean {
  return (
    typeof format === "string" &&
    /%/.test(
      format
        .replace(/"[^"]*"/g, "")
        .replace(/\[[^\]]*\]/g, "")
        .replace(/\\%/g, ""),
    )
  );
}

/**
 * A cell as the readers must see it: a number shown as a percentage is read as its percent text (0.9 → "90%"),
 * so a 90 % typed in Excel keeps its unit whichever door the sheet came through; everything else as it is.
 */
export function shownValue(value: CellValue, format: string | null | undefined): CellValue {
  if (typeof value !== "number" || !Number.isFinite(value) || !isPercentFormat(format)) return value;
  return `${decimalOf(value).times(100).toFixed()}%`;
}
