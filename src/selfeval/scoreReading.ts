import { ZERO, decimalOf, forComparison, roundHalfUp } from "../decimal";
import { DEFAULT_BANDS, gradeOf, type GradeBand } from "../grades";
import { problem, type Problem } from "../tree/checkTree";
import { completionRatio } from "../rules/targetScore";
import { formatMessage } from "../messages";
import type { FormReading } from "./readForm";
import { actualTarget, fundsScoreOf, levelsOf, scoreRow } from "./scoreForm";
import { targetOf, storedText } from "./targetOf";
import type { StoredTarget } from "./form";

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
export function scoreReading(reading: FormReading, bands: readonly GradeBand[] = DEFAULT_BANDS, decimals = 2): FormScoreReport {
  const judgement: Problem[] = [];
  const problems: Problem[] = [];
  const form = reading.form;
  const rows: ScoredRow[] = form.indicators.map((row, i) => {
    const cells = reading.cells[i];
    const target = textOfTarget(row.target);
    const percent = typeof row.target !== "string" ? row.target.unit === "%" : /%/.test(row.target);
    const actual = row.actual === undefined ? "" : typeof row.actual === "number" && percent ? `${decimalOf(row.actual).times(100).toFixed()}%` : String(row.actual);
    if (!reading.weighted) {
      const a = actualTarget(row.actual);
      const ratio = a === null ? null : completionRatio(targetOf(row.target), a);
      if (!ratio || !ratio.ok) {
        const why = ratio ? formatMessage(ratio, "zh") : "实际完成值未填写";
        judgement.push(problem(cells.actual, "scoreMissing", `${row.name}：${why}`, `${row.name}: needs a person's judgement`));
        return { name: row.name, target, actual, weight: null, score: null, ratio: null, status: "needsPerson", note: why, cell: cells.actual };
      }
      return { name: row.name, target, actual, weight: null, score: null, ratio: ratio.value.num.div(ratio.value.den).toNumber(), status: "formula", note: "", cell: cells.actual };
    }
    const r = scoreRow(row, i, decimals);
    const printed = cells.printedScore;
    let score = r.score;
    let status: ScoredRow["status"] = r.status;
    if (r.status === "needsPerson") {
      if (printed !== null && printed.gte(0) && forComparison(printed).lte(forComparison(decimalOf(row.weight)))) {
        score = printed;
        status = "printed";
        judgement.push(problem(cells.score ?? cells.actual, "scoreMissing", `${row.name}：${r.note}；按表中得分 ${printed.toFixed()} 计，请复核`, `${row.name}: scored as printed (${printed.toFixed()}), to be reviewed`));
      } else {
        // An empty 实际完成值 asks for the value; only a result no formula can read asks for a person's 完成档次.
        if (r.note === "实际完成值未填写") problems.push(problem(cells.actual, "scoreMissing", `${row.name} 的实际完成值未填写，请填写`, `${row.name}: the actual value is blank; fill it in`));
        else problems.push(problem(cells.actual, "scoreMissing", `${row.name} 无法按公式评分（${r.note}），需人工判断并填写完成档次和系数`, `${row.name} cannot be scored by formula: a person must judge it`));
      }
    } else if (printed !== null && score !== null && !roundHalfUp(score, printed.decimalPlaces()).eq(printed)) {
      problems.push(problem(cells.score ?? cells.actual, "totalMismatch", `${row.name} 表中得分 ${printed.toFixed()} 与计算得分 ${score.toFixed()} 不一致`, `${row.name}: printed ${printed.toFixed()}, computed ${score.toFixed()}`));
    }
    const short = score !== null && score.lt(decimalOf(row.weight));
    if (short && !row.reason && cells.reason) {
      problems.push(problem(cells.reason, "scoreMissing", `${row.name} 未达到目标，须填写偏差原因分析及改进措施`, `${row.name} falls short: its 偏差原因 is required`));
    }
    return { name: row.name, target, actual, weight: row.weight, score: score?.toNumber() ?? null, ratio: null, status, note: r.note, cell: cells.score ?? cells.actual };
  });
  if (!reading.weighted) return { total: null, grade: null, levels: [], rows, judgement, problems };

  const fundsScore = fundsScoreOf(form, decimals).score;
  const levels = levelsOf(
    { weight: decimalOf(form.funds.weight), score: fundsScore },
    form.indicators.map((row, i) => ({ level1: row.level1, weight: decimalOf(row.weight), score: rows[i].score === null ? null : decimalOf(rows[i].score as number) })),
  )
    .filter((_, i) => i > 0 || form.funds.weight > 0)
    .map((l) => ({ name: l.name, weight: l.weight.toNumber(), score: l.score.toNumber(), rate: l.rate === null ? null : l.rate.toNumber() }));
  const raw = rows.reduce((s, r) => s.plus(r.score === null ? ZERO : decimalOf(r.score)), fundsScore ?? ZERO);
  const total = roundHalfUp(raw, decimals);
  if (reading.printedTotal && !problems.length && !roundHalfUp(total, reading.printedTotal.value.decimalPlaces()).eq(reading.printedTotal.value)) {
    problems.push(problem(reading.printedTotal.at, "totalMismatch", `总分 ${reading.printedTotal.value.toFixed()} 与计算总分 ${total.toFixed()} 不一致`, `the printed total differs from the computed ${total.toFixed()}`));
  }
  return { total: total.toNumber(), grade: gradeOf(total, bands), levels, rows, judgement, problems };
}
