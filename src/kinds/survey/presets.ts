import { Dec } from "../../decimal";
import { Refused } from "../../messages";

/** How a question's answers become its satisfaction rate (the three ways reports compute it). */
export type SurveyMethod = "weighted" | "share" | "mean";

/** One level of a scale: the option as answered, and what it counts (a weight 0–1, or a level number). */
export interface ScaleLevel {
  readonly answer: string;
  readonly value: Dec;
}

/** The default weights for --method weighted: 非常满意 100 %, 满意 80 %, 基本满意 60 %, 不满意 0. */
export const DEFAULT_LEVELS = "非常满意:1,满意:0.8,基本满意:0.6,不满意:0";
/** Who counts as satisfied for --method share when --satisfied is not given. */
export const DEFAULT_SATISFIED = "非常满意,满意,比较满意";

/** A bad option value: the words for the person, in both languages (`SurveySpecError.because(reason, …)`). */
export class SurveySpecError extends Refused {}

/** `非常满意:1,满意:0.8,…` (also `5:100%`, full-width colons and commas) → levels in the order written. */
export function parseLevels(spec: string): ScaleLevel[] {
  const levels: ScaleLevel[] = [];
  for (const part of spec
    .split(/[,，]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(.+?)\s*[:：=]\s*([+-]?\d+(?:\.\d+)?)\s*(%)?$/.exec(part);
    if (!m) throw SurveySpecError.because("levelsEntry", { part });
    const value = new Dec(m[2]).div(m[3] ? 100 : 1);
    if (value.isNeg()) throw SurveySpecError.because("levelsNegative", { part });
    if (levels.some((l) => l.answer === m[1])) throw SurveySpecError.because("levelsTwice", { answer: m[1] });
    levels.push({ answer: m[1], value });
  }
  if (!levels.length) throw SurveySpecError.because("optionEmpty", { option: "--levels" });
  return levels;
}

/** `非常满意,满意` → the options counted as satisfied. */
export function parseList(spec: string, option: string): string[] {
  const list = spec
    .split(/[,，]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!list.length) throw SurveySpecError.because("optionEmpty", { option });
  return list;
}

/** `0.2,0.2,0.6` → question weights (0 or more, not all 0). */
export function parseWeights(spec: string): Dec[] {
  const weights = parseList(spec, "--weights").map((w) => {
    const m = /^\d+(?:\.\d+)?(%)?$/.exec(w);
    if (!m) throw SurveySpecError.because("weightsEntry", { entry: w });
    return new Dec(w.replace("%", "")).div(m[1] ? 100 : 1);
  });
  if (weights.every((w) => w.isZero())) throw SurveySpecError.because("weightsAllZero");
  return weights;
}

/** A positive number option (--max, --points). */
export function parsePositive(spec: string, option: string): Dec {
  if (!/^\d+(?:\.\d+)?$/.test(spec.trim()) || new Dec(spec.trim()).isZero())
    throw SurveySpecError.because("optionNotPositive", { option, got: spec });
  return new Dec(spec.trim());
}
