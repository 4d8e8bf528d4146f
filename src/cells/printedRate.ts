import { decimalOf, type Dec } from "../decimal";
import { normalizeText } from "./normalizeText";
import { parseNumericText, type CellValue } from "./readCell";

/** A rate as a sheet prints it, and the decimals it shows. */
export interface PrintedRate {
  readonly value: Dec;
  /** Decimals of the fraction the print shows: "97.80%" shows 4 (its trailing zero counts), 0.9 shows 1. */
  readonly places: number;
  /** Written with a %. */
  readonly percent: boolean;
}

/**
 * A printed 得分率 or 执行率: text such as "97.80%" or "0.978", or a number — a fraction, or percent points when
 * above `pointsAbove` (97.8 → 0.978). Null for anything else.
 */
export function printedRate(v: CellValue, pointsAbove: number): PrintedRate | null {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return null;
    const value = v > pointsAbove ? decimalOf(v).div(100) : decimalOf(v);
    return { value, places: value.decimalPlaces(), percent: false };
  }
  if (typeof v !== "string") return null;
  const read = parseNumericText(v);
  if (!read) return null;
  const shown = /\.(\d+)/.exec(normalizeText(v))?.[1].length ?? 0;
  return { value: read.value, places: shown + (read.percent ? 2 : 0), percent: read.percent };
}
