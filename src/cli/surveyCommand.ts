import type { Dec } from "../decimal";
import type { SurveySheet } from "../kinds/survey/read";
import { surveyChoice, surveySheetIn, withQuestions } from "../kinds/survey/options";
import { computeSurvey, scaleText, type SurveyResult } from "../kinds/survey/score";
import { SurveySpecError } from "../kinds/survey/presets";
import { layoutSurveyWorkbook } from "../kinds/survey/layout";
import { xlsxBytes } from "../xlsx/writeWorkbook";
import { UnreadableWorkbook, type ReadWorkbook } from "../xlsx/readWorkbook";
import { loadWorkbook, writeOut } from "./files";
import { fileLabel } from "./eachFile";
import { EXIT, UsageError, checkStdio, reportOf, shownName, type Io } from "./io";
import { options } from "./options";

/** The survey sheet of a workbook: the named one, or the first whose columns hold questions. */
export function surveySheetOf(wb: ReadWorkbook, sheet?: string): SurveySheet {
  return surveySheetIn(wb.sheets, sheet);
}

export { surveyChoice, withQuestions };

const n = (d: Dec | null): number | null => (d === null ? null : d.toNumber());

/** The --json shape: rates as decimal fractions. */
export function surveyJson(r: SurveyResult) {
  return {
    sheet: r.sheet,
    respondents: r.respondents,
    method: r.scale.method,
    questions: r.questions.map((q) => ({
      column: q.column,
      text: q.text,
      counts: q.counts,
      answered: q.answered,
      skipped: q.skipped,
      rate: n(q.rate),
      ...(q.mean ? { mean: n(q.mean) } : {}),
    })),
    rate: n(r.rate),
    score: n(r.score),
    ...(r.offScale.length ? { offScale: r.offScale } : {}),
  };
}

const pct = (d: Dec | null, digits: number): string => (d === null ? "—" : `${d.times(100).toFixed(digits)}%`);

/**
 * `jx survey FILE.xlsx [--sheet NAME] [--questions 7-12] [--method weighted|share|mean] [--levels …] [--satisfied …]
 * [--max 7] [--weights …] [--points 10] [--digits 2] [--json] [--out FILE.xlsx [--overwrite]]`: the answer counts and
 * satisfaction rate of each question, the overall rate and score; with --out the 问卷数据 and 满意度统计 sheets.
 * Exit 2 when the file cannot be read, has no question columns, or the options do not fit the answers. `-` as
 * FILE reads standard input; `--out -` writes the workbook to standard output and the summary to stderr.
 */
export async function surveyCommand(args: readonly string[], io: Io): Promise<number> {
  const spec = { type: "string" } as const;
  const { values, positionals } = options(
    args,
    {
      sheet: spec,
      questions: spec,
      method: spec,
      levels: spec,
      satisfied: spec,
      max: spec,
      weights: spec,
      points: spec,
      digits: spec,
      out: spec,
      overwrite: { type: "boolean" },
      json: { type: "boolean" },
    },
    "survey",
  );
  if (positionals.length !== 1) throw UsageError.because("needsOneFile", { command: "survey" });
  const file = positionals[0];
  checkStdio([file], values.out, values.json);
  const say = reportOf(io, values.out);
  try {
    const choice = surveyChoice(values, values.questions !== undefined);
    const survey = withQuestions(surveySheetOf(await loadWorkbook(file, io), values.sheet), values.questions);
    const result = computeSurvey(survey, choice);
    if (values.out)
      writeOut(
        values.out,
        await xlsxBytes(layoutSurveyWorkbook(survey, result, choice)),
        values.overwrite === true,
        io,
      );
    if (values.json) {
      io.out(JSON.stringify(surveyJson(result)));
      return EXIT.ok;
    }
    const d = result.digits;
    say(
      `${fileLabel(file)}［${result.sheet}］答卷 ${result.respondents} 份 / ${result.respondents} respondents；${scaleText(result.scale)}`,
    );
    for (const q of result.questions) {
      const counts = Object.entries(q.counts)
        .map(([k, v]) => `${k} ${v}`)
        .join("，");
      say(
        `  ${q.column}  ${q.text}：${counts}；有效 ${q.answered}，跳过 ${q.skipped}；${q.mean ? `平均 ${q.mean.toFixed(2)}，` : ""}满意度 ${pct(q.rate, d)}`,
      );
    }
    for (const o of result.offScale)
      say(
        `? ${o.column}  ${o.text}：答案不在量表中，未计入（可用 --questions 指定）/ answers off the scale, not counted`,
      );
    say(`  满意度 Rate：${pct(result.rate, d)}${result.score ? `    得分 Score：${result.score.toFixed(d)}` : ""}`);
    if (values.out)
      say(`✓ 已写入 ${shownName(values.out, "out")}（问卷数据、满意度统计）。Wrote ${shownName(values.out, "out")}.`);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof UnreadableWorkbook || e instanceof SurveySpecError) {
      io.err(`jx survey：${e instanceof UnreadableWorkbook ? `${fileLabel(file)} ` : ""}${e.zh} ${e.en}`);
      return EXIT.unusable;
    }
    throw e;
  }
}
