import ExcelJS from "exceljs";
import * as fs from "fs";

/** A respondent's own data in the synthetic exports: none of it may reach anything jx writes. */
export const PERSONAL = ["张三丰", "13800138000", "李四光", "13912345678", "10.1.2.3"];

type Answer = string | number | null;

/** A question of a synthetic export: its heading and its answers as (answer, how many) runs. */
export interface ExportQuestion {
  readonly heading: string;
  readonly runs: readonly (readonly [Answer, number])[];
}

/**
 * Writes a survey export as 问卷星/腾讯问卷 download one: 序号, 提交答卷时间, 所用时间, 来源, 来自IP,
 * 姓名, 联系电话, the questions, and a free-text suggestion question; one row per respondent.
 */
export async function writeExport(
  file: string,
  questions: readonly ExportQuestion[],
  opts: { sheet?: string } = {},
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.sheet ?? "Sheet1");
  ws.addRow([
    "序号",
    "提交答卷时间",
    "所用时间",
    "来源",
    "来自IP",
    "姓名",
    "联系电话",
    ...questions.map((q) => q.heading),
    `${questions.length + 1}、您的意见和建议`,
  ]);
  const columns = questions.map((q) => q.runs.flatMap(([a, n]) => Array<Answer>(n).fill(a)));
  const rows = Math.max(...columns.map((c) => c.length));
  for (let r = 0; r < rows; r++) {
    const who = r % 2;
    ws.addRow([
      r + 1,
      "2023/5/6 10:11:12",
      "95秒",
      "手机提交",
      `${PERSONAL[4]}(广东-梅州)`,
      PERSONAL[who * 2],
      PERSONAL[who * 2 + 1],
      ...columns.map((c) => c[r] ?? null),
      r % 3 === 0 ? `希望窗口多开几个，联系我 ${PERSONAL[1]}` : "(跳过)",
    ]);
  }
  fs.writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

/** Seed 002's shares (0.3 %, 0.2 %, 0.4 %, 4.3 %, 12.5 %, 25.2 %, 33 %) as counts of 759 answers on 1–7, ten skipped. */
export const SEED_002: ExportQuestion = {
  heading: "5、您对您（家庭）获得的社会救助力度给予总体评价（1-7分，7分评价最高）",
  runs: [
    [7, 330],
    [6, 252],
    [5, 125],
    [4, 43],
    [3, 4],
    [2, 2],
    [1, 3],
    [-3, 5],
    [null, 5],
  ],
};
