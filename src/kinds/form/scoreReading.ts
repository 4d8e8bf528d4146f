import { ZERO, decimalOf, forComparison, roundHalfUp } from "../../decimal";
import { DEFAULT_BANDS, gradeOf, type GradeBand } from "../../grades";
import { problem, type Problem } from "../../tree/checkTree";
import { completionRatio } from "../../rules/scoring";
import { formatMessage } from "../../messages";
import type { FormReading } from "./read";
import { actualTarget, fundsScoreOf, levelsOf, scoreRow } from "./score";
import { targetOf, storedText } from "./targetOf";
import type { StoredTarget } from "./model";
import { DEFAULT_SCORING, RULES_SOURCE, type ScoringRules } from "./scoringRules";
import { noteWords, type Words } from "../../messages";

export interface ScoredRow {
  readonly name: string;
  readonly target: string;
  readonly actual: string;
  readonly weight: number | null;
  /** The row's score (weighted forms) or completion ratio, uncapped (goal tables); null when a person must decide. */
  readonly score: number | null;
  readonly ratio: number | null;
  readonly status: "formula" | "judged" | "printed" | "needsPerson";
  readonly note: string;
  readonly cell: string;
}

export interface FormScoreReport {
  /** The rule set the form was scored by: the workbook's, or 2020 when it names none. */
  readonly scoring: ScoringRules;
  /** Says so when the workbook names no rule set (scored by 2020); null otherwise. */
  readonly scoringNote: Words | null;
  readonly total: number | null;
  readonly grade: string | null;
  readonly levels: readonly { name: string; weight: number; score: number; rate: number | null }[];
  readonly rows: readonly ScoredRow[];
  /** What no formula can decide, for a person. */
  readonly judgement: readonly Problem[];
  /** What stops the score from standing: rows nobody scored, missing 偏差原因, printed scores that disagree. */
  readonly problems: readonly Problem[];
}

const textOfTarget = (t: string | StoredTarget): string => (typeof t === "string" ? t : storedText(t));

/**
 * Scores a filled form with the TARGETSCORE rules. A row no formula can decide keeps the person's printed
 * score when there is one (listed for review), and is otherwise listed as unscored; a goal table without
 * 分值 gets each row's completion ratio.
 */
export function scoreReading(
  reading: FormReading,
  bands: readonly GradeBand[] = DEFAULT_BANDS,
  decimals = 2,
): FormScoreReport {
  const judgement: Problem[] = [];
  const problems: Problem[] = [];
  const form = reading.form;
  const scoring = form.scoring ?? DEFAULT_SCORING;
  const scoringNote = form.scoring ? null : noteWords("noRulesNamed", { source: RULES_SOURCE["2020"] });
  const rows: ScoredRow[] = form.indicators.map((row, i) => {
    const cells = reading.cells[i];
    const target = textOfTarget(row.target);
    const percent = typeof row.target !== "string" ? row.target.unit === "%" : /%/.test(row.target);
    const actual =
      row.actual === undefined
        ? ""
        : typeof row.actual === "number" && percent
          ? `${decimalOf(row.actual).times(100).toFixed()}%`
          : String(row.actual);
    if (!reading.weighted) {
      const a = actualTarget(row.actual);
      const ratio = a === null ? null : completionRatio(targetOf(row.target), a);
      if (!ratio || !ratio.ok) {
        const why = ratio
          ? { zh: formatMessage(ratio, "zh"), en: formatMessage(ratio, "en") }
          : noteWords("actualBlank");
        judgement.push(problem(cells.actual, "rowNeedsJudgement", { name: row.name, why }));
        return {
          name: row.name,
          target,
          actual,
          weight: null,
          score: null,
          ratio: null,
          status: "needsPerson",
          note: why.zh,
          cell: cells.actual,
        };
      }
      return {
        name: row.name,
        target,
        actual,
        weight: null,
        score: null,
        ratio: ratio.value.num.div(ratio.value.den).toNumber(),
        status: "formula",
        note: "",
        cell: cells.actual,
      };
    }
    if (cells.unit?.needsPerson) {
      judgement.push(
        problem(cells.actual, "rowNeedsJudgement", { name: row.name, why: { zh: cells.unit.zh, en: cells.unit.en } }),
      );
      return {
        name: row.name,
        target,
        actual,
        weight: row.weight,
        score: null,
        ratio: null,
        status: "needsPerson",
        note: cells.unit.zh,
        cell: cells.actual,
      };
    }
    const r = scoreRow(row, i, decimals, scoring);
    const printed = cells.printedScore;
    let score = r.score;
    let status: ScoredRow["status"] = r.status;
    if (r.status === "needsPerson") {
      if (printed !== null && printed.gte(0) && forComparison(printed).lte(forComparison(decimalOf(row.weight)))) {
        score = printed;
        status = "printed";
        judgement.push(
          problem(cells.score ?? cells.actual, "scoredAsPrinted", {
            name: row.name,
            note: r.note,
            printed: printed.toFixed(),
          }),
        );
      } else {
        // An empty 实际完成值 asks for the value; only a result no formula can read asks for a person's 完成档次.
        if (r.note === "实际完成值未填写") problems.push(problem(cells.actual, "actualBlank", { name: row.name }));
        else problems.push(problem(cells.actual, "rowUnscored", { name: row.name, note: r.note }));
      }
    } else if (printed !== null && score !== null && !roundHalfUp(score, printed.decimalPlaces()).eq(printed)) {
      problems.push(
        problem(cells.score ?? cells.actual, "rowScoreMismatch", {
          name: row.name,
          printed: printed.toFixed(),
          score: score.toFixed(),
        }),
      );
    }
    const short = score !== null && score.lt(decimalOf(row.weight));
    if (short && !row.reason && cells.reason) {
      problems.push(problem(cells.reason, "reasonRequired", { name: row.name }));
    }
    return {
      name: row.name,
      target,
      actual,
      weight: row.weight,
      score: score?.toNumber() ?? null,
      ratio: null,
      status,
      note: r.note,
      cell: cells.score ?? cells.actual,
    };
  });
  if (!reading.weighted) {
    if (reading.printedTotal) {
      judgement.push(
        problem(reading.printedTotal.at, "goalTotalUnchecked", { printed: reading.printedTotal.value.toFixed() }),
      );
    }
    return { scoring, scoringNote, total: null, grade: null, levels: [], rows, judgement, problems };
  }

  const funds = fundsScoreOf({ ...form, scoring }, decimals);
  const fundsScore = funds.score;
  if (funds.note) {
    // 2021: the figures are there but no rule decides (项目已完成 not said, or a completed project overspent).
    problems.push(problem(reading.completedAt ?? reading.fundsAt ?? "", "fundsNoRule", { note: funds.note }));
  } else if (form.funds.weight > 0 && fundsScore === null) {
    problems.push(problem(reading.fundsAt ?? "", "fundsNoBudget"));
  }
  if (funds.review)
    judgement.push(problem(reading.completedAt ?? reading.fundsAt ?? "", "fundsReview", { review: funds.review }));
  const pf = reading.printedFunds;
  if (pf && pf.rate !== null && funds.rate !== null && !roundHalfUp(funds.rate, pf.rate.places).eq(pf.rate.value)) {
    problems.push(
      problem(pf.rateAt ?? "", "fundsRateMismatch", {
        printed: pf.rate.value.times(100).toFixed(Math.max(0, pf.rate.places - 2)),
        rate: roundHalfUp(funds.rate.times(100), 2).toFixed(),
      }),
    );
  }
  if (
    pf &&
    pf.score !== null &&
    fundsScore !== null &&
    !roundHalfUp(fundsScore, Math.max(0, pf.score.decimalPlaces())).eq(pf.score)
  ) {
    problems.push(
      problem(pf.scoreAt ?? "", "fundsScoreMismatch", { printed: pf.score.toFixed(), score: fundsScore.toFixed() }),
    );
  }
  const levels = levelsOf(
    { weight: decimalOf(form.funds.weight), score: fundsScore },
    form.indicators.map((row, i) => ({
      level1: row.level1,
      weight: decimalOf(row.weight),
      score: rows[i].score === null ? null : decimalOf(rows[i].score as number),
    })),
  )
    .filter((_, i) => i > 0 || form.funds.weight > 0)
    .map((l) => ({
      name: l.name,
      weight: l.weight.toNumber(),
      score: l.score.toNumber(),
      rate: l.rate === null ? null : l.rate.toNumber(),
    }));
  const raw = rows.reduce((s, r) => s.plus(r.score === null ? ZERO : decimalOf(r.score)), fundsScore ?? ZERO);
  const total = roundHalfUp(raw, decimals);
  if (
    reading.printedTotal &&
    !roundHalfUp(total, reading.printedTotal.value.decimalPlaces()).eq(reading.printedTotal.value)
  ) {
    problems.push(
      problem(reading.printedTotal.at, "formTotalMismatch", {
        printed: reading.printedTotal.value.toFixed(),
        total: total.toFixed(),
      }),
    );
  }
  return {
    scoring,
    scoringNote,
    total: total.toNumber(),
    grade: gradeOf(total, bands),
    levels,
    rows,
    judgement,
    problems,
  };
}
