import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { jx } from "../cli/runJx";
import { recalc } from "../workbook/recalc";
import { PERSONAL, SEED_002, writeExport, type ExportQuestion } from "./exports";

jest.setTimeout(300_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-survey-recalc-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const QUESTIONS: ExportQuestion[] = [
  {
    heading: "1、您对项目实施的总体满意度",
    runs: [
      ["非常满意", 60],
      ["满意", 30],
      ["基本满意", 8],
      ["不满意", 2],
    ],
  },
  {
    heading: "2、您对以下方面的评价—服务态度",
    runs: [
      ["满意", 50],
      ["非常满意", 50],
      ["(跳过)", 10],
    ],
  },
];
/** Rows pasted later into 问卷数据, one answer per question (undefined leaves the cell blank). */
const PASTED: readonly (readonly (string | number | undefined)[])[] = [
  ["不满意", "基本满意"],
  ["不满意", "(跳过)"],
  ["满意", undefined],
  ["非常满意", "不满意"],
];

function value(ws: ExcelJS.Worksheet, row: number, col: number): unknown {
  const v = ws.getCell(row, col).value;
  return v && typeof v === "object" && "formula" in v ? ws.getCell(row, col).result : v;
}

/** The statistics sheet's figures: per question [有效, 跳过, 未识别, 满意度], then the overall rate and score. */
async function figures(
  file: string,
): Promise<{ rows: unknown[][]; rate: unknown; score: unknown; respondents: unknown }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("满意度统计") as ExcelJS.Worksheet;
  const headings = (ws.getRow(3).values as unknown[]).map(String);
  const col = (h: string): number => headings.indexOf(h);
  const rows: unknown[][] = [];
  for (let r = 5; String(value(ws, r, 1) ?? "") !== "答卷份数"; r++)
    rows.push(["有效答卷", "跳过", "未识别", "满意度"].map((h) => value(ws, r, col(h))));
  const total = 5 + rows.length;
  return {
    rows,
    respondents: value(ws, total, 3),
    rate: value(ws, total, col("满意度")),
    score: value(ws, total + 1, col("满意度")),
  };
}

describe("jx survey --out: the 满意度统计 sheet computes by itself in LibreOffice", () => {
  test("weighted levels: the written figures, and after rows are pasted the figures of the longer export", async () => {
    const file = path.join(dir, "export.xlsx");
    await writeExport(file, QUESTIONS);
    const out = path.join(dir, "survey.xlsx");
    const run = await jx("survey", file, "--method", "weighted", "--points", "10", "--out", out);
    expect(run.code).toBe(0);
    expect(await figures(out)).toEqual({
      rows: [
        [100, 10, 0, 0.888],
        [100, 10, 0, 0.9],
      ],
      respondents: 110,
      rate: 0.894,
      score: 8.94,
    });

    // Paste rows under the responses, then let LibreOffice recalculate.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("问卷数据") as ExcelJS.Worksheet;
    PASTED.forEach((answers, i) => {
      const row = ws.getRow(112 + i);
      row.getCell(1).value = 111 + i;
      answers.forEach((a, c) => (row.getCell(c + 2).value = a ?? null));
    });
    const pasted = path.join(dir, "pasted.xlsx");
    await wb.xlsx.writeFile(pasted);
    const recalculated = await recalc(pasted);

    // The same answers as one longer export, through jx survey.
    const longer = path.join(dir, "longer.xlsx");
    await writeExport(
      longer,
      QUESTIONS.map((q, i) => ({ ...q, runs: [...q.runs, ...PASTED.map((p) => [p[i] ?? null, 1] as const)] })),
    );
    const expected = JSON.parse(
      (await jx("survey", longer, "--method", "weighted", "--points", "10", "--json")).out,
    ) as {
      questions: { answered: number; skipped: number; rate: number }[];
      rate: number;
      score: number;
      respondents: number;
    };
    // By hand: Q1 (88.8 + 0 + 0 + 0.8 + 1) / 104; Q2 (90 + 0.6 + 0) / 102, skipped 10 + (跳过) + a blank.
    expect(expected.questions.map((q) => [q.answered, q.skipped])).toEqual([
      [104, 10],
      [102, 12],
    ]);
    expect(expected.questions[0].rate).toBeCloseTo(90.6 / 104, 12);
    expect(expected.questions[1].rate).toBeCloseTo(90.6 / 102, 12);
    expect(expected.score).toBe(8.8); // (0.87115… + 0.88823…) / 2 × 10 = 8.7969… → 8.80
    const got = await figures(recalculated);
    expect(got.respondents).toBe(114);
    got.rows.forEach((row, i) => {
      expect(row.slice(0, 3)).toEqual([expected.questions[i].answered, expected.questions[i].skipped, 0]);
      expect(row[3] as number).toBeCloseTo(expected.questions[i].rate, 12);
    });
    expect(got.rate as number).toBeCloseTo(expected.rate, 12);
    expect(got.score).toBe(expected.score);
  });

  test("mean level (seed 002): 4.36 of 5 before and after LibreOffice recalculates", async () => {
    const file = path.join(dir, "seed002.xlsx");
    await writeExport(file, [SEED_002]);
    const out = path.join(dir, "seed002-survey.xlsx");
    expect((await jx("survey", file, "--max", "7", "--points", "5", "--out", out)).code).toBe(0);
    const written = await figures(out);
    const recalculated = await figures(await recalc(out));
    for (const f of [written, recalculated]) {
      expect(f.rows[0].slice(0, 3)).toEqual([759, 10, 0]);
      expect(f.rows[0][3] as number).toBeCloseTo(4638 / 759 / 7, 12);
      expect(f.score).toBe(4.36);
    }
  });

  test("option numbers standing for --levels: COUNTIF counts the option text and its number alike", async () => {
    const numbered = QUESTIONS.map((q) => ({
      ...q,
      runs: q.runs.map(
        ([a, n]) =>
          [a === "(跳过)" ? -3 : ["非常满意", "满意", "基本满意", "不满意"].indexOf(a as string) + 1, n] as const,
      ),
    }));
    const file = path.join(dir, "numbers.xlsx");
    await writeExport(file, numbered);
    const out = path.join(dir, "numbers-survey.xlsx");
    expect(
      (
        await jx(
          "survey",
          file,
          "--levels",
          "非常满意:1,满意:0.8,基本满意:0.6,不满意:0",
          "--points",
          "10",
          "--out",
          out,
        )
      ).code,
    ).toBe(0);
    const expected = {
      rows: [
        [100, 10, 0, 0.888],
        [100, 10, 0, 0.9],
      ],
      respondents: 110,
      rate: 0.894,
      score: 8.94,
    };
    expect(await figures(out)).toEqual(expected);
    expect(await figures(await recalc(out))).toEqual(expected);
  });

  test("the written workbook holds no respondent's own text (name, phone, IP, suggestions)", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "survey.xlsx"));
    const texts: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => void texts.push(String(cell.value)))));
    const all = texts.join("\n");
    for (const p of PERSONAL) expect(all).not.toContain(p);
    for (const meta of ["提交答卷时间", "手机提交", "意见和建议", "窗口"]) expect(all).not.toContain(meta);
  });
});
