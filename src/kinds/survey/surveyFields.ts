import { Dec, roundHalfUp } from "../../decimal";
import { UnreadableWorkbook } from "../../xlsx/unreadable";
import type { SurveySheet } from "./read";
import { surveyChoice, withQuestions } from "./options";
import { computeSurvey, type QuestionResult, type SurveyChoice, type SurveyResult } from "./score";
import { DEFAULT_LEVELS, DEFAULT_SATISFIED, SurveySpecError, type SurveyMethod } from "./presets";
import type { SatisfactionLeaf } from "./surveyWrite";

/* The 满意度 page's fields: the options `jx survey` takes, as the person types them, computed by the same code. */

/** What the person typed, one text per `jx survey` option (blank = not given). */
export interface SurveyFields {
  readonly method: SurveyMethod;
  readonly levels: string;
  readonly satisfied: string;
  readonly max: string;
  /** The mean method's level numbers for option text (非常满意:5,满意:4,…): its --levels. */
  readonly meanLevels: string;
  readonly questions: string;
  readonly weights: string;
  readonly points: string;
  readonly digits: string;
}

/** The fields a page starts with: weighted by 非常满意 100 %, 满意 80 %, 基本满意 60 %, 不满意 0, two decimals. */
export const INITIAL_FIELDS: SurveyFields = {
  method: "weighted",
  levels: DEFAULT_LEVELS,
  satisfied: DEFAULT_SATISFIED,
  max: "",
  meanLevels: "",
  questions: "",
  weights: "",
  points: "",
  digits: "2",
};

/** Which fields a method reads: the others are kept but not passed on. */
export const METHOD_FIELDS: Readonly<Record<SurveyMethod, readonly ("levels" | "satisfied" | "max" | "meanLevels")[]>> =
  {
    weighted: ["levels"],
    share: ["satisfied"],
    mean: ["max", "meanLevels"],
  };

export type SurveyOutcome =
  | { readonly ok: true; readonly survey: SurveySheet; readonly choice: SurveyChoice; readonly result: SurveyResult }
  | { readonly ok: false; readonly zh: string; readonly en: string };

/**
 * The survey computed from the page's fields, as `jx survey --method … --levels … --questions …` computes it.
 * With a satisfaction leaf to link, its points are the score's (score = rate × the leaf's points) and its
 * sheet's score decimals, when known, the score's decimals, as `jx template --survey-leaf` does. A bad field is an outcome with the words for the person, never a throw.
 */
export function surveyFromFields(
  survey: SurveySheet,
  f: SurveyFields,
  leaf: SatisfactionLeaf | null = null,
): SurveyOutcome {
  try {
    const uses = METHOD_FIELDS[f.method];
    // A field left blank is an option not given (the command line's blank option is an error instead).
    const given = (v: string): string | undefined => (v.trim() === "" ? undefined : v);
    const parsed = surveyChoice(
      {
        method: f.method,
        levels: given(uses.includes("levels") ? f.levels : uses.includes("meanLevels") ? f.meanLevels : ""),
        satisfied: uses.includes("satisfied") ? given(f.satisfied) : undefined,
        max: uses.includes("max") ? given(f.max) : undefined,
        weights: given(f.weights),
        points: leaf ? undefined : given(f.points),
        digits: given(f.digits),
      },
      given(f.questions) !== undefined,
    );
    const choice: SurveyChoice = leaf
      ? { ...parsed, points: leaf.points, ...(leaf.digits !== undefined ? { digits: leaf.digits } : {}) }
      : parsed;
    const picked = withQuestions(survey, given(f.questions));
    return { ok: true, survey: picked, choice, result: computeSurvey(picked, choice) };
  } catch (e) {
    if (e instanceof SurveySpecError || e instanceof UnreadableWorkbook) return { ok: false, zh: e.zh, en: e.en };
    throw e;
  }
}

/** A question's answers with their shares of the answered (0–1), in the order the counts come. */
export function answerShares(q: QuestionResult): { answer: string; count: number; share: Dec | null }[] {
  return Object.entries(q.counts).map(([answer, count]) => ({
    answer,
    count,
    share: q.answered ? new Dec(count).div(q.answered) : null,
  }));
}

/** A rate as a percentage with `digits` decimals, rounded half-up ("94.16%"); "—" for none. */
export function percentText(rate: Dec | null, digits: number): string {
  return rate === null ? "—" : `${roundHalfUp(rate.times(100), digits).toFixed(digits)}%`;
}
