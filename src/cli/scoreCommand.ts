import * as path from "path";
import { GRADE_SCHEMES, type GradeBand } from "../grades";
import { scoreTable } from "../sheet/checkTable";
import { UnreadableWorkbook } from "../xlsx/readWorkbook";
import { findTable, formIn, loadWorkbook } from "./files";
import { scoreReading } from "../selfeval/scoreReading";
import { fundsFigures, readFundsDetail, type FundsDetail } from "../selfeval/fundsDetail";

/** The 自评基础数据表's figures for --json: amounts, rates and the deduction the adjustment would cost. */
function fundsJson(detail: FundsDetail) {
  const f = fundsFigures(detail.rows[0]);
  const n = (x: { toNumber(): number } | null) => (x === null ? null : x.toNumber());
  return { budget: f.budget.toNumber(), arrived: f.arrived.toNumber(), spent: f.spent.toNumber(), arrivalRate: n(f.arrivalRate), executionRate: n(f.executionRate), adjustmentRate: n(f.adjustmentRate), deductionIfNotPolicy: f.deduction.toNumber() };
}
import { EXIT, UsageError, type Io } from "./io";
import { options } from "./options";
import { problemJson, problemLine } from "./problemsText";

const pct = (r: number | null): string => (r === null ? "—" : `${(Math.round(r * 10000) / 100).toFixed(2)}%`);

/**
 * `jx score FILE [--sheet NAME] [--grades SCHEME] [--json]`: each top-level indicator's 分值, 得分 and
 * 得分率, the total and the grade. Exit 1 when a score is missing, negative or above its weight (each
 * listed with its cell), 2 when the file cannot be read or has no table.
 */
export async function scoreCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = options(args, { sheet: { type: "string" }, grades: { type: "string" }, json: { type: "boolean" } }, "score");
  if (positionals.length !== 1) throw new UsageError("jx score 需要一个 .xlsx 文件。jx score takes one .xlsx file.");
  const file = positionals[0];
  let bands: readonly GradeBand[] | undefined;
  if (values.grades) {
    bands = GRADE_SCHEMES.find((g) => g.id === values.grades)?.bands;
    if (!bands) throw new UsageError(`没有等级方案 ${values.grades}；可用：${GRADE_SCHEMES.map((g) => g.id).join(", ")}。Unknown grade scheme.`);
  }
  try {
    const wb = await loadWorkbook(file, io);
    // A self-evaluation form or goal table is scored by the TARGETSCORE rules; any other sheet as an indicator table.
    const form = formIn(wb, values.sheet);
    if (form) {
      const report = scoreReading(form, bands ?? wb.settings?.grades);
      const detail = wb.sheets.map(readFundsDetail).find((x) => x !== null) ?? null;
      const funds = detail ? fundsJson(detail.detail) : null;
      if (values.json) io.out(JSON.stringify({ kind: "selfeval", ...report, judgement: report.judgement.map((p) => problemJson(p)), problems: report.problems.map((p) => problemJson(p)), ...(funds ? { funds } : {}) }));
      else {
        io.out(`${path.basename(file)}［${form.sheet}］${form.weighted ? "自评表 self-evaluation form" : "绩效目标表 goal table"}`);
        for (const r of report.rows) {
          const figure = r.score !== null ? `得分 ${r.score}` : r.ratio !== null ? `完成率 ${pct(r.ratio)}` : "需人工判断";
          io.out(`  ${r.cell}  ${r.name}：${r.target} → ${r.actual || "（未填）"}　${figure}${r.status === "printed" ? "（表中得分）" : ""}`);
        }
        if (report.total !== null) io.out(`  总分 Total：${report.total}    等级 Grade：${report.grade ?? "—"}`);
        if (funds) io.out(`  基础数据表：实际预算数 ${funds.budget}，到位率 ${pct(funds.arrivalRate)}，执行率 ${pct(funds.executionRate)}，预算调整率 ${pct(funds.adjustmentRate)}（非统一政策原因时扣 ${funds.deductionIfNotPolicy} 分）`);
        for (const j of report.judgement) io.out(`! ${j.at}  ${j.message}`);
        for (const p of report.problems) io.out(problemLine(p));
      }
      return report.problems.length ? EXIT.problems : EXIT.ok;
    }
    const table = findTable(wb, values.sheet);
    const { score, problems } = scoreTable(table, bands ?? wb.settings?.grades, wb.settings?.decimals?.total);
    const levels = score.levels.map((l) => ({ name: l.name, weight: l.weight.toNumber(), score: l.score.toNumber(), rate: l.rate === null ? null : l.rate.toNumber() }));
    if (values.json) {
      io.out(JSON.stringify({ total: score.total?.toNumber() ?? null, grade: score.grade, levels, problems: problems.map((p) => problemJson(p)) }));
    } else {
      io.out(`${path.basename(file)}［${table.sheet}］`);
      const w = Math.max(4, ...levels.map((l) => l.name.length * 2));
      io.out(`  ${"指标".padEnd(w - 2)}  ${"分值".padStart(6)}  ${"得分".padStart(8)}  ${"得分率".padStart(7)}`);
      for (const l of levels) io.out(`  ${l.name.padEnd(w - l.name.length)}  ${String(l.weight).padStart(8)}  ${String(l.score).padStart(10)}  ${pct(l.rate).padStart(10)}`);
      io.out(`  合计 Total：${score.total?.toFixed() ?? "—"}    等级 Grade：${score.grade ?? "—"}`);
      if (problems.length) {
        io.out(`✗ ${problems.length} 处问题，得分不能成立 / ${problems.length} problem(s):`);
        for (const p of problems) io.out(problemLine(p));
      }
    }
    return problems.length ? EXIT.problems : EXIT.ok;
  } catch (e) {
    if (!(e instanceof UnreadableWorkbook)) throw e;
    io.err(`jx score：${path.basename(file)} ${e.zh} ${e.en}`);
    return EXIT.unusable;
  }
}
