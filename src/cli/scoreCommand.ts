import { decimalOf, roundHalfUp, type Dec } from "../decimal";
import { GRADE_SCHEMES, parseGradeSpec, type GradeBand } from "../grades";
import { scoreWorkbook, type ScoredSheet } from "../readers/scoreWorkbook";
import { loadWorkbook, readingsOf } from "./files";
import { fundsFigures, readFundsDetail, type FundsDetail } from "../kinds/form/fundsDetail";
import { RULES_SOURCE } from "../kinds/form/scoringRules";

/** The 自评基础数据表's figures for --json: amounts, rates and the deduction the adjustment would cost. */
function fundsJson(detail: FundsDetail) {
  const f = fundsFigures(detail.rows[0]);
  const n = (x: { toNumber(): number } | null) => (x === null ? null : x.toNumber());
  return {
    budget: f.budget.toNumber(),
    arrived: f.arrived.toNumber(),
    spent: f.spent.toNumber(),
    arrivalRate: n(f.arrivalRate),
    executionRate: n(f.executionRate),
    adjustmentRate: n(f.adjustmentRate),
    deductionIfNotPolicy: f.deduction.toNumber(),
  };
}
import { eachFile, fileLabel, printJson } from "./eachFile";
import { EXIT, UsageError, checkStdio, type Io } from "./io";
import { options } from "./options";
import { problemJson, problemLine } from "./problemsText";

const pct = (r: number | null): string => (r === null ? "—" : `${roundHalfUp(decimalOf(r).times(100), 2).toFixed(2)}%`);

/** `--grades`: a scheme's id (`five-tier`) or bands written inline (`优秀:90,良好:75,合格:60,不合格`). */
export function gradesOption(value: string | undefined): readonly GradeBand[] | undefined {
  if (value === undefined) return undefined;
  const scheme = GRADE_SCHEMES.find((g) => g.id === value)?.bands ?? parseGradeSpec(value);
  if (!scheme) {
    throw UsageError.because("gradesUnreadable", { value, schemes: GRADE_SCHEMES.map((g) => g.id).join(", ") });
  }
  return scheme;
}

const num = (d: Dec | null): number | null => (d === null ? null : d.toNumber());

interface ScoreOptions {
  readonly sheet?: string;
  readonly scoreColumn?: string;
  readonly bands?: readonly GradeBand[];
  readonly explain: boolean;
  readonly json: boolean;
}

/**
 * `jx score FILE... [--sheet NAME] [--grades SCHEME] [--score-column NAME] [--explain] [--json]`: for each
 * workbook (`-`: standard input), each top-level indicator's 分值, 得分 and 得分率, the total and the grade,
 * every number the reader did not use, and with --explain what it understood; several files end with a
 * summary line, and `--json` gives one object per file (an array; one file: its object alone). Exit 1 when a
 * score is missing, negative or above its weight, or a printed figure cannot be reproduced (each listed with
 * its cell), 2 when a file cannot be read or has no table (listed on stderr; the rest are still scored).
 */
export async function scoreCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals: files } = options(
    args,
    {
      sheet: { type: "string" },
      grades: { type: "string" },
      "score-column": { type: "string" },
      explain: { type: "boolean" },
      json: { type: "boolean" },
    },
    "score",
  );
  if (!files.length) throw UsageError.because("needsFiles", { command: "score" });
  checkStdio(files);
  const opts: ScoreOptions = {
    sheet: values.sheet,
    scoreColumn: values["score-column"],
    bands: gradesOption(values.grades),
    explain: values.explain === true,
    json: values.json === true,
  };
  const run = await eachFile(files, io, "score", opts.json, (file) => scoreOne(file, opts, io));
  if (opts.json) printJson(io, run);
  return run.status;
}

/** Scores one workbook: prints its verdict (text mode) and returns its status and `--json` object. */
async function scoreOne(
  file: string,
  values: ScoreOptions,
  io: Io,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const wb = await loadWorkbook(file, io, { settingsNotes: true });
  const readings = readingsOf(wb, { sheet: values.sheet, scoreColumn: values.scoreColumn });
  const reading = readings[0];
  const scored = scoreWorkbook(reading, wb.settings, { bands: values.bands });
  const others = readings.slice(1).map((r) => r.sheet);
  const unread = scored.unread;
  const levels = scored.levels.map((l) => ({
    name: l.name,
    weight: l.weight.toNumber(),
    score: l.score.toNumber(),
    rate: num(l.rate),
  }));
  const status = scored.problems.length === 0 ? EXIT.ok : EXIT.problems;
  if (reading.kind === "form" || reading.kind === "goals") {
    const detail = wb.sheets.map(readFundsDetail).find((x) => x !== null) ?? null;
    const funds = detail ? fundsJson(detail.detail) : null;
    if (!values.json) {
      io.out(
        `${fileLabel(file)}［${scored.sheet}］${reading.kind === "form" ? "自评表 self-evaluation form" : "绩效目标表 goal table"}`,
      );
      if (scored.scoring) io.out(`  计分规则 Scoring：${scored.scoring} 年版（${RULES_SOURCE[scored.scoring]}）`);
      if (scored.scoringNote) io.out(`! ${scored.scoringNote.zh}${scored.scoringNote.en}`);
      for (const r of scored.rows ?? []) {
        const figure =
          r.score !== null ? `得分 ${r.score}` : r.ratio !== null ? `完成率 ${pct(r.ratio)}` : "需人工判断";
        io.out(
          `  ${r.cell}  ${r.name}：${r.target} → ${r.actual || "（未填）"}　${figure}${r.status === "printed" ? "（表中得分）" : ""}`,
        );
      }
      if (scored.total !== null)
        io.out(`  总分 Total：${scored.total.toFixed()}    等级 Grade：${scored.grade ?? "—"}`);
      if (funds)
        io.out(
          `  基础数据表：实际预算数 ${funds.budget}，到位率 ${pct(funds.arrivalRate)}，执行率 ${pct(funds.executionRate)}，预算调整率 ${pct(funds.adjustmentRate)}（非统一政策原因时扣 ${funds.deductionIfNotPolicy} 分）`,
        );
      for (const j of scored.judgement) io.out(`! ${j.at}  ${j.message}`);
      for (const p of scored.problems) io.out(problemLine(p));
      writeTail(io, scored, others, values.explain);
    }
    return {
      status,
      json: {
        kind: "selfeval",
        sheet: scored.sheet,
        scoring: scored.scoring,
        scoringNote: scored.scoringNote ? `${scored.scoringNote.zh}${scored.scoringNote.en}` : "",
        total: num(scored.total),
        grade: scored.grade,
        levels,
        rows: scored.rows,
        judgement: scored.judgement.map((p) => problemJson(p)),
        problems: scored.problems.map((p) => problemJson(p)),
        unread,
        ...(values.explain ? { explain: scored.explain } : {}),
        ...(others.length ? { otherSheets: others } : {}),
        ...(funds ? { funds } : {}),
      },
    };
  }
  if (!values.json) {
    io.out(`${fileLabel(file)}［${scored.sheet}］`);
    const w = Math.max(4, ...levels.map((l) => l.name.length * 2));
    io.out(`  ${"指标".padEnd(w - 2)}  ${"分值".padStart(6)}  ${"得分".padStart(8)}  ${"得分率".padStart(7)}`);
    for (const l of levels)
      io.out(
        `  ${l.name.padEnd(w - l.name.length)}  ${String(l.weight).padStart(8)}  ${String(l.score).padStart(10)}  ${pct(l.rate).padStart(10)}`,
      );
    if (scored.panel)
      io.out(
        `  专家评分 Panel：${scored.panel.experts} 位专家，${scored.panel.scored} 位已评分 / ${scored.panel.experts} experts, ${scored.panel.scored} scored`,
      );
    io.out(
      `  合计 Total：${scored.total?.toFixed() ?? "—"}    等级 Grade：${scored.grade ?? "—"}（${scored.bandsSource === "default" ? "默认等级" : scored.bandsSource === "note" ? "按表下注释的等级标准" : scored.bandsSource === "settings" ? "按工作簿的等级方案" : "按 --grades"}）`,
    );
    if (status !== EXIT.ok) {
      io.out(`✗ ${scored.problems.length} 处问题，得分不能成立 / ${scored.problems.length} problem(s):`);
      for (const p of scored.problems) io.out(problemLine(p));
    }
    writeTail(io, scored, others, values.explain);
  }
  return {
    status,
    json: {
      total: num(scored.total),
      grade: scored.grade,
      levels,
      problems: scored.problems.map((p) => problemJson(p)),
      sheet: scored.sheet,
      unread,
      bands: { source: scored.bandsSource, bands: scored.bands },
      ...(scored.panel
        ? {
            panel: {
              experts: scored.panel.experts,
              scored: scored.panel.scored,
              method: scored.panel.method,
              columns: scored.panel.columns,
            },
          }
        : {}),
      ...(values.explain ? { explain: scored.explain } : {}),
      ...(others.length ? { otherSheets: others } : {}),
    },
  };
}

/** The numbers not read, the other sheets, and with --explain what the reader understood. */
function writeTail(io: Io, scored: ScoredSheet, others: readonly string[], explain: boolean): void {
  if (scored.unread.length) {
    io.out(`? ${scored.unread.length} 个数字未读取，请核对 / ${scored.unread.length} number(s) not read:`);
    for (const u of scored.unread) io.out(`    ${u.cell}  ${u.value}：${u.why}（${u.whyEn}）`);
  }
  if (others.length)
    io.out(
      `  另有可评分的工作表：${others.join("、")}（用 --sheet 指定）/ other sheets to score: ${others.join(", ")} (use --sheet)`,
    );
  if (explain) {
    io.out("读取说明 / what was read:");
    for (const line of scored.explain) io.out(`  · ${line.zh}（${line.en}）`);
  }
}
