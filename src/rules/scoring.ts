import { Dec, ONE, ZERO, compareAtNine } from "../decimal";
import { cellOf, quotientCell, reachesOne, times, type Scaled } from "../scaled";
import { normalizeText } from "../cells/normalizeText";
import type { ReadCell } from "../cells/readCell";
import { fail, ok, type Result } from "../result";
import { parseTarget, type Target } from "../targets/parseTarget";

/*
 * The scoring steps the rules and the document kinds share: a target's completion ratio, a capped score, the
 * qualitative bands. TARGETSCORE, QUALSCORE, EXECRATE and ARRIVALRATE are built on them, and so are the
 * self-evaluation form's rows (src/selfeval/scoreForm.ts), so a form scores a row exactly as the cell function does.
 */

/** A ratio kept as numerator and denominator, so that a score divides once, last (1 ÷ 3 × 7.5 is exactly 2.5). */
export interface Ratio {
  readonly num: Dec;
  readonly den: Dec;
}

export function ratio(num: Dec, den: Dec): Ratio {
  return { num, den };
}

/**
 * The capped score of a ratio: min(num ÷ den, 1) × weight, the ratio compared with 1 at 9 decimals
 * (a threshold, as every rule compares); without a weight, num ÷ den itself.
 */
export function cappedScore(r: Ratio, weight: Dec | null): Dec {
  if (weight === null) return r.num.div(r.den);
  if (compareAtNine(r.num.div(r.den), 1) >= 0) return weight;
  return weight.times(r.num).div(r.den);
}

/** `cappedScore` on exact scaled decimals, rounded to `digits` when given, as the cell gets it; undefined where unproven. */
export function fastCappedScore(
  num: Scaled,
  den: Scaled,
  weight: Scaled | null,
  digits: number | null,
): number | undefined {
  if (weight === null) return quotientCell(num, den, digits);
  const full = reachesOne(num, den);
  if (full === undefined) return undefined;
  return full ? cellOf(weight, digits) : quotientCell(times(weight, num), den, digits);
}

/** The three bands of 财预〔2020〕10号 第十六条, with the factor range each allows. */
export const QUALITATIVE_BANDS = [
  {
    level: "达成",
    en: "achieved",
    words: ["达成", "基本达成目标", "达成目标", "A", "1"],
    min: "0.8",
    max: "1",
    maxIncluded: true,
  },
  {
    level: "部分达成",
    en: "partly achieved",
    words: ["部分达成", "部分实现目标", "部分达成目标", "B", "2"],
    min: "0.6",
    max: "0.8",
    maxIncluded: false,
  },
  {
    level: "未达成",
    en: "not achieved",
    words: ["未达成", "实现目标程度较低", "未达成目标", "C", "3"],
    min: "0",
    max: "0.6",
    maxIncluded: false,
  },
] as const;

export type QualitativeBand = (typeof QUALITATIVE_BANDS)[number];

/** The band a level word names (达成 / 部分达成 / 未达成, A/B/C, 1/2/3), or null. */
export function bandOf(cell: ReadCell): QualitativeBand | null {
  const word =
    cell.kind === "text" ? normalizeText(cell.text).toUpperCase() : cell.kind === "number" ? cell.value.toFixed() : "";
  return QUALITATIVE_BANDS.find((b) => (b.words as readonly string[]).includes(word)) ?? null;
}

/** Whether a factor lies inside a band (its lower bound included, its upper bound only for 达成). */
export function inBand(band: QualitativeBand, factor: Dec): boolean {
  const lower = compareAtNine(factor, band.min);
  const upper = compareAtNine(factor, band.max);
  return lower >= 0 && (band.maxIncluded ? upper <= 0 : upper < 0);
}

const FULL: Ratio = ratio(ONE, ONE);
const NOTHING: Ratio = ratio(ZERO, ONE);

/** A cell as a target or an actual value: a number (with its % if typed so), or text read by parseTarget. */
export function targetOfCell(cell: ReadCell): Target {
  if (cell.kind === "number")
    return {
      kind: "quantity",
      direction: ">=",
      value: cell.value,
      unit: cell.percent ? "%" : "",
      text: cell.value.toFixed(),
    };
  if (cell.kind === "bool") return { kind: "qualitative", text: cell.value ? "TRUE" : "FALSE" };
  return cell.kind === "text" ? parseTarget(cell.text) : { kind: "qualitative", text: "" };
}

/**
 * The completion ratio of an actual value against a target: ≥ targets actual ÷ target (uncapped),
 * ≤ targets 1 when met, else target ÷ actual. Qualitative targets score 1 when the actual text is the same.
 */
export function completionRatio(target: Target, actual: Target): Result<Ratio> {
  if (target.kind === "qualitative") {
    return actual.text === target.text
      ? ok(FULL)
      : fail("#N/A", "needsJudgement", { target: target.text, got: actual.text });
  }
  if (target.kind === "date") {
    if (actual.kind !== "date") return fail("#VALUE!", "actualUnreadable", { target: target.text, got: actual.text });
    // A deadline without its year (12月31日前) is compared within the year: month and day only.
    const [t, a] =
      target.yearless || actual.yearless ? [target.day % 10000, actual.day % 10000] : [target.day, actual.day];
    const met = target.direction === "<=" ? a <= t : target.direction === "=" ? a === t : a >= t;
    return met ? ok(FULL) : fail("#N/A", "dateLate", { target: target.text, got: actual.text });
  }
  if (actual.kind !== "quantity") return fail("#VALUE!", "actualUnreadable", { target: target.text, got: actual.text });
  if (target.unit !== "" && actual.unit !== "" && target.unit !== actual.unit) {
    return fail("#VALUE!", "unitMismatch", { target: target.text, actual: actual.text });
  }
  if (actual.value.isNeg())
    return fail("#VALUE!", "negative", { arg: "实际值", argEn: "actual", got: actual.value.toFixed() });
  const against = compareAtNine(actual.value, target.value);
  const zeroTarget = compareAtNine(target.value, 0) === 0;
  if (target.direction === ">=") {
    // A ≥ 0 target is met by any actual ≥ 0.
    if (zeroTarget) return ok(FULL);
    return ok(ratio(actual.value, target.value));
  }
  if (target.direction === "=") {
    if (against === 0) return ok(FULL);
    // An = 0 target is met only by 0, otherwise completion 0; another missed exact value needs a person.
    if (zeroTarget) return ok(NOTHING);
    return fail("#N/A", "equalMissed", { target: target.text, got: actual.text });
  }
  // A ≤ target is met at or below it (≤ 0: only by 0); above it target ÷ actual, which is 0 for a target of 0.
  if (against <= 0) return ok(FULL);
  return ok(zeroTarget ? NOTHING : ratio(target.value, actual.value));
}
