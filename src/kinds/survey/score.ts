import { Dec, ONE, ZERO, roundHalfUp } from "../../decimal";
import { LIKERTSCORE } from "../../rules/likertScore";
import type { Answer } from "./model";
import type { QuestionColumn, SurveySheet } from "./read";
import {
  DEFAULT_LEVELS,
  DEFAULT_SATISFIED,
  SurveySpecError,
  parseLevels,
  parseList,
  type ScaleLevel,
  type SurveyMethod,
} from "./presets";

/** The person's choices for one satisfaction indicator (the `jx survey` options, already parsed). */
export interface SurveyChoice {
  readonly method?: SurveyMethod;
  readonly levels?: readonly ScaleLevel[];
  readonly satisfied?: readonly string[];
  readonly max?: Dec;
  readonly weights?: readonly Dec[];
  readonly points?: Dec;
  /** Decimals of the score (and of the rates as percentages); 2 when not given. */
  readonly digits?: number;
  /** The questions were named (--questions): an answer off the scale is then an error, not a reason to pass the column over. */
  readonly named?: boolean;
}

/** The scale a method counts with, decided once for every question. */
export interface Scale {
  readonly method: SurveyMethod;
  /** weighted: the weights; mean: the level numbers of text options; share: the levels, if given, for option numbers. */
  readonly levels: readonly ScaleLevel[];
  readonly satisfied: readonly string[];
  readonly max: Dec | null;
  /** How the method was chosen, for the person: "--method", "--levels", "--max", "--satisfied" or "default". */
  readonly chosenBy: string;
}

export interface QuestionResult {
  readonly column: string;
  readonly text: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly answered: number;
  readonly skipped: number;
  /** The question's rate (0–1); null when nobody answered it. */
  readonly rate: Dec | null;
  /** The mean level (--method mean). */
  readonly mean: Dec | null;
  /** Option numbers read as the n-th level of --levels. */
  readonly byPosition: boolean;
}

export interface SurveyResult {
  readonly sheet: string;
  readonly respondents: number;
  readonly scale: Scale;
  readonly questions: readonly QuestionResult[];
  /** The questions' rates combined (their mean, or weighted by --weights); null when no question was answered. */
  readonly rate: Dec | null;
  /** rate × points, rounded half-up to `digits`; null without --points. */
  readonly score: Dec | null;
  readonly digits: number;
  /** Question columns whose answers are not on the scale (not named with --questions): passed over. */
  readonly offScale: readonly { readonly column: string; readonly text: string }[];
}

/** The method in force: --method, else what the other options imply, else share of the usual satisfied words. */
export function scaleOf(choice: SurveyChoice, survey: SurveySheet): Scale {
  const allNumbers = survey.questions.every((q) => q.answers.every((a) => a.kind === "skipped" || a.number !== null));
  let method = choice.method;
  let chosenBy = "--method";
  if (!method) {
    [method, chosenBy] = choice.levels
      ? ["weighted", "--levels"]
      : choice.max
        ? ["mean", "--max"]
        : choice.satisfied
          ? ["share", "--satisfied"]
          : ["share", "default"];
    if (chosenBy === "default" && allNumbers && survey.questions.length) {
      throw SurveySpecError.because("scaleByPosition");
    }
  }
  const levels = choice.levels ?? (method === "weighted" ? parseLevels(DEFAULT_LEVELS) : []);
  const satisfied = choice.satisfied ?? (method === "share" ? parseList(DEFAULT_SATISFIED, "--satisfied") : []);
  let max: Dec | null = null;
  if (method === "mean") {
    max = choice.max ?? (levels.length ? Dec.max(...levels.map((l) => l.value)) : null);
    if (max === null || max.isZero()) throw SurveySpecError.because("meanNeedsMax");
  }
  return { method, levels, satisfied, max, chosenBy };
}

/** The level an answer stands for: its option text in --levels, or its option number as the n-th level. */
function levelOf(
  a: Answer & { kind: "answer" },
  levels: readonly ScaleLevel[],
): { level: ScaleLevel; byPosition: boolean } | null {
  const named = levels.find((l) => l.answer === a.key);
  if (named) return { level: named, byPosition: false };
  const textLevels = levels.every((l) => !/^\d+(\.\d+)?$/.test(l.answer));
  if (a.number !== null && textLevels && a.number.isInteger() && a.number.gte(1) && a.number.lte(levels.length)) {
    return { level: levels[a.number.toNumber() - 1], byPosition: true };
  }
  return null;
}

/** Counts a question's answers: the scale's options first (option numbers under the level they stand for), then numbers ascending, then as met. */
function countsOf(q: QuestionColumn, scale: Scale): { counts: Map<string, number>; answered: number; skipped: number } {
  const seen = new Map<string, number>();
  let answered = 0;
  let skipped = 0;
  for (const a of q.answers) {
    if (a.kind === "skipped") {
      skipped++;
      continue;
    }
    answered++;
    const level = scale.levels.length ? levelOf(a, scale.levels) : null;
    const key = level?.byPosition ? level.level.answer : a.key;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const counts = new Map<string, number>();
  for (const l of scale.levels) counts.set(l.answer, seen.get(l.answer) ?? 0);
  const rest = [...seen.keys()].filter((k) => !counts.has(k));
  const numeric = rest.filter((k) => /^-?\d+(\.\d+)?$/.test(k)).sort((x, y) => new Dec(x).cmp(new Dec(y)));
  for (const k of [...numeric, ...rest.filter((k) => !numeric.includes(k))]) counts.set(k, seen.get(k) ?? 0);
  return { counts, answered, skipped };
}

/** The answers of a question not on the scale (so its rate cannot be computed). */
function offScaleAnswers(q: QuestionColumn, scale: Scale): string[] {
  const off = new Set<string>();
  for (const a of q.answers) {
    if (a.kind !== "answer") continue;
    if (scale.method === "weighted" && !levelOf(a, scale.levels)) off.add(a.key);
    if (scale.method === "mean" && a.number === null && !levelOf(a, scale.levels)) off.add(a.key);
    if (
      scale.method === "mean" &&
      a.number !== null &&
      (a.number.isNeg() || (scale.max !== null && a.number.gt(scale.max)))
    )
      off.add(a.key);
    if (scale.method === "share" && !satisfiedKnown(a, scale)) off.add(a.key);
  }
  return [...off];
}

/** Whether an answer is on a share scale at all: a satisfied option, or another option of a known scale. */
function satisfiedKnown(a: Answer & { kind: "answer" }, scale: Scale): boolean {
  if (isSatisfied(a, scale)) return true;
  if (a.number !== null) return scale.satisfied.some((s) => /^\d+$/.test(s)) || levelOf(a, scale.levels) !== null;
  // Option text against a list of option numbers only is not on the scale: nothing would count as satisfied.
  const textListed = scale.satisfied.some((s) => !/^\d+$/.test(s));
  return scale.levels.some((l) => l.answer === a.key) || (textListed && /满意|同意|了解|知晓|一般|是|否/.test(a.key));
}

function isSatisfied(a: Answer & { kind: "answer" }, scale: Scale): boolean {
  if (scale.satisfied.includes(a.key)) return true;
  const l = levelOf(a, scale.levels);
  return l !== null && l.byPosition && scale.satisfied.includes(l.level.answer);
}

function rateOf(q: QuestionColumn, scale: Scale): { rate: Dec | null; mean: Dec | null; byPosition: boolean } {
  const answered = q.answers.filter((a): a is Answer & { kind: "answer" } => a.kind === "answer");
  if (!answered.length) return { rate: null, mean: null, byPosition: false };
  let byPosition = false;
  if (scale.method === "mean") {
    // LIKERTSCORE from the counts: levels and how many chose each (weight 1 gives mean ÷ max).
    const byLevel = new Map<string, number>();
    for (const a of answered) {
      const level = a.number ?? (levelOf(a, scale.levels)?.level.value as Dec);
      byLevel.set(level.toFixed(), (byLevel.get(level.toFixed()) ?? 0) + 1);
    }
    const levels = [...byLevel.keys()].map(Number);
    const counts = [...byLevel.values()];
    const r = LIKERTSCORE.evaluate([levels, counts, 1, (scale.max as Dec).toNumber()]);
    if (!r.ok) throw SurveySpecError.because("noMean", { column: q.column, code: r.code });
    const rate = r.value as Dec;
    return { rate, mean: rate.times(scale.max as Dec), byPosition };
  }
  let sum = ZERO;
  for (const a of answered) {
    if (scale.method === "weighted") {
      const l = levelOf(a, scale.levels);
      if (!l) continue; // refused before: offScaleAnswers
      byPosition ||= l.byPosition;
      sum = sum.plus(l.level.value);
    } else if (isSatisfied(a, scale)) {
      byPosition ||= !scale.satisfied.includes(a.key);
      sum = sum.plus(ONE);
    }
  }
  return { rate: sum.div(answered.length), mean: null, byPosition };
}

/**
 * The satisfaction of a survey: per question the answer counts (skipped answers excluded and counted)
 * and its rate by the method in force; overall the mean of the question rates, or their weighted mean
 * with --weights; the score = rate × points, rounded half-up.
 */
export function computeSurvey(survey: SurveySheet, choice: SurveyChoice): SurveyResult {
  const scale = scaleOf(choice, survey);
  const digits = choice.digits ?? 2;
  const used: QuestionColumn[] = [];
  const offScale: { column: string; text: string }[] = [];
  for (const q of survey.questions) {
    const off = offScaleAnswers(q, scale);
    if (!off.length) used.push(q);
    else if (choice.named) {
      throw SurveySpecError.because("answersOffScale", {
        column: q.column,
        question: q.text,
        answers: { zh: off.map((o) => `“${o}”`).join("、"), en: off.map((o) => `"${o}"`).join(", ") },
        scale: scaleText(scale),
      });
    } else offScale.push({ column: q.column, text: q.text });
  }
  if (!used.length) {
    throw SurveySpecError.because("noQuestionOnScale", { scale: scaleText(scale) });
  }
  if (choice.weights && choice.weights.length !== used.length) {
    throw SurveySpecError.because("weightsCount", {
      weights: choice.weights.length,
      questions: used.length,
      columns: { zh: used.map((q) => q.column).join("、"), en: used.map((q) => q.column).join(", ") },
    });
  }
  const questions = used.map((q): QuestionResult => {
    const { counts, answered, skipped } = countsOf(q, scale);
    const r = rateOf(q, scale);
    return { column: q.column, text: q.text, counts: Object.fromEntries(counts), answered, skipped, ...r };
  });
  let weighted = ZERO;
  let weightSum = ZERO;
  questions.forEach((q, i) => {
    if (q.rate === null) return;
    const w = choice.weights?.[i] ?? ONE;
    weighted = weighted.plus(q.rate.times(w));
    weightSum = weightSum.plus(w);
  });
  const rate = weightSum.isZero() ? null : weighted.div(weightSum);
  const score = rate !== null && choice.points ? roundHalfUp(rate.times(choice.points), digits) : null;
  return { sheet: survey.sheet, respondents: survey.respondents, scale, questions, rate, score, digits, offScale };
}

/** The scale in words, for messages. */
export function scaleText(scale: Scale): string {
  if (scale.method === "weighted")
    return `加权：${scale.levels.map((l) => `${l.answer} ${l.value.times(100).toFixed()}%`).join("，")}`;
  if (scale.method === "mean") return `平均分 ÷ ${scale.max?.toFixed()}`;
  return `满意：${scale.satisfied.join("、")}`;
}
