import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { jx } from "../cli/runJx";
import { PERSONAL, SEED_002, writeExport, type ExportQuestion } from "./exports";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-survey-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function exportFile(name: string, questions: readonly ExportQuestion[]): Promise<string> {
  const file = path.join(dir, name);
  await writeExport(file, questions);
  return file;
}

async function json(...argv: string[]): Promise<Record<string, unknown>> {
  const r = await jx("survey", ...argv, "--json");
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as Record<string, unknown>;
}

// Two single-choice questions as text, a matrix question of two rows with skipped answers.
const TEXT_QUESTIONS: ExportQuestion[] = [
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
    heading: "2、您对补助发放的及时性是否满意",
    runs: [
      ["非常满意", 50],
      ["满意", 40],
      ["基本满意", 10],
    ],
  },
  {
    heading: "3、您对以下方面的评价—服务态度",
    runs: [
      ["满意", 50],
      ["非常满意", 50],
      ["(跳过)", 10],
    ],
  },
  {
    heading: "3、您对以下方面的评价—办事效率",
    runs: [
      ["基本满意", 20],
      ["不满意", 20],
      ["非常满意", 60],
      [null, 10],
    ],
  },
];

describe("jx survey: seed 002's 4.4 from a 1–7 scale", () => {
  test("759 answers whose counts give the mean 6.11 → 6.11 / 7 × 5 = 4.4; skipped (-3 and blank) excluded and counted", async () => {
    const file = await exportFile("seed002.xlsx", [SEED_002]);
    const r = await json(file, "--max", "7", "--points", "5", "--digits", "1");
    expect(r.respondents).toBe(769);
    expect(r.method).toBe("mean");
    const [q] = r.questions as {
      column: string;
      counts: Record<string, number>;
      answered: number;
      skipped: number;
      rate: number;
      mean: number;
    }[];
    expect(q.column).toBe("H");
    expect(q.counts).toEqual({ "1": 3, "2": 2, "3": 4, "4": 43, "5": 125, "6": 252, "7": 330 });
    expect([q.answered, q.skipped]).toEqual([759, 10]);
    // Σ level × count = 4638; 4638 / 759 = 6.1106…; ÷ 7 = 0.87295…
    expect(q.mean.toFixed(2)).toBe("6.11");
    expect(q.rate).toBeCloseTo(4638 / 759 / 7, 12);
    expect(r.score).toBe(4.4);
    expect((await json(file, "--max", "7", "--points", "5")).score).toBe(4.36); // 23190 / 5313 = 4.3647…
  });

  test("the text report says the same", async () => {
    const file = path.join(dir, "seed002.xlsx");
    const r = await jx("survey", file, "--max", "7", "--points", "5", "--digits", "1");
    expect(r.code).toBe(0);
    expect(r.out).toContain("答卷 769 份");
    expect(r.out).toContain("有效 759，跳过 10；平均 6.11，满意度 87.3%");
    expect(r.out).toContain("得分 Score：4.4");
  });
});

describe("jx survey: the three methods on option text, option numbers and a matrix question", () => {
  test("weighted (default levels 100/80/60/0): 0.888, 0.88, 0.9, 0.72 → mean 0.847 → 8.47 of 10", async () => {
    const file = await exportFile("text.xlsx", TEXT_QUESTIONS);
    const r = await json(file, "--method", "weighted", "--points", "10");
    const qs = r.questions as {
      column: string;
      text: string;
      counts: Record<string, number>;
      answered: number;
      skipped: number;
      rate: number;
    }[];
    expect(qs.map((q) => q.column)).toEqual(["H", "I", "J", "K"]);
    expect(qs.map((q) => q.rate)).toEqual([0.888, 0.88, 0.9, 0.72]);
    expect(r.respondents).toBe(110);
    expect(qs.map((q) => [q.answered, q.skipped])).toEqual([
      [100, 10],
      [100, 10],
      [100, 10],
      [100, 10],
    ]);
    expect(qs[2]).toMatchObject({
      text: "3、您对以下方面的评价—服务态度",
      counts: { 非常满意: 50, 满意: 50, 基本满意: 0, 不满意: 0 },
    });
    // (0.888 + 0.88 + 0.9 + 0.72) / 4 = 0.847
    expect(r.rate).toBe(0.847);
    expect(r.score).toBe(8.47);
  });

  test("--levels makes weighted the default; --weights weighs the questions", async () => {
    const file = path.join(dir, "text.xlsx");
    const r = await json(
      file,
      "--levels",
      "非常满意:100%,满意:80%,基本满意:60%,不满意:0",
      "--weights",
      "0.4,0.2,0.2,0.2",
      "--points",
      "10",
    );
    expect(r.method).toBe("weighted");
    // 0.4 × 0.888 + 0.2 × (0.88 + 0.9 + 0.72) = 0.3552 + 0.5 = 0.8552
    expect(r.rate).toBe(0.8552);
    expect(r.score).toBe(8.55);
  });

  test("share: 非常满意 and 满意 over the answers (满意人数 ÷ 调查人数)", async () => {
    const file = path.join(dir, "text.xlsx");
    const r = await json(file, "--satisfied", "非常满意,满意", "--questions", "1-2");
    expect(r.method).toBe("share");
    expect((r.questions as { rate: number }[]).map((q) => q.rate)).toEqual([0.9, 0.9]);
    expect(r.rate).toBe(0.9);
    expect(r.score).toBeNull();
  });

  test("--questions 3 takes both rows of the matrix question", async () => {
    const r = await json(path.join(dir, "text.xlsx"), "--questions", "3", "--method", "weighted");
    expect((r.questions as { column: string }[]).map((q) => q.column)).toEqual(["J", "K"]);
    expect(r.rate).toBe(0.81); // (0.9 + 0.72) / 2
  });

  test("option numbers stand for the n-th level of --levels: the same rates as the text download", async () => {
    const numbered = TEXT_QUESTIONS.map((q) => ({
      ...q,
      runs: q.runs.map(
        ([a, n]) =>
          [
            a === "(跳过)"
              ? -3
              : a === null
                ? null
                : ["非常满意", "满意", "基本满意", "不满意"].indexOf(a as string) + 1,
            n,
          ] as const,
      ),
    }));
    const file = await exportFile("numbers.xlsx", numbered);
    const r = await json(file, "--levels", "非常满意:1,满意:0.8,基本满意:0.6,不满意:0", "--points", "10");
    expect((r.questions as { rate: number; counts: Record<string, number> }[]).map((q) => q.rate)).toEqual([
      0.888, 0.88, 0.9, 0.72,
    ]);
    expect((r.questions as { counts: Record<string, number> }[])[0].counts).toEqual({
      非常满意: 60,
      满意: 30,
      基本满意: 8,
      不满意: 2,
    });
    expect(r.score).toBe(8.47);
    const share = await json(
      file,
      "--levels",
      "非常满意:1,满意:0.8,基本满意:0.6,不满意:0",
      "--method",
      "share",
      "--satisfied",
      "非常满意,满意",
    );
    expect((share.questions as { rate: number }[]).map((q) => q.rate)).toEqual([0.9, 0.9, 1, 0.6]);
  });

  test("metadata, name, phone and the free-text question are not questions", async () => {
    const r = await jx("survey", path.join(dir, "text.xlsx"), "--method", "weighted");
    for (const p of PERSONAL) expect(r.out).not.toContain(p);
    expect(r.out).not.toContain("意见和建议");
  });
});

describe("jx survey: clear errors, exit 2, Chinese then English", () => {
  test("a file with no question columns", async () => {
    const file = path.join(dir, "none.xlsx");
    await writeExport(file, []);
    const r = await jx("survey", file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^jx survey：none\.xlsx 工作簿中找不到问卷题目列.*The workbook has no question columns/);
    expect(r.out).toBe("");
  });

  test.each([
    [["--method", "median"], /--method 应为 weighted、share 或 mean.*--method should be/],
    [["--levels", "非常满意"], /--levels 的“非常满意”应写成.*should read option:value/],
    [["--weights", "0.5,0.5"], /--weights 给了 2 个权重，题目有 4 个.*has 2 weights for 4 questions/],
    [["--questions", "9"], /没有第 9 题.*No question 9/],
    [["--questions", "1", "--satisfied", "1,2"], /答案 “非常满意”.*不在量表中.*not on the scale/],
    [["--method", "mean"], /平均分法需要满分等级.*needs the top level/],
    [["--digits", "12"], /--digits 应为 0 到 9.*--digits should be/],
  ])("%j", async (args, message) => {
    const r = await jx("survey", path.join(dir, "text.xlsx"), ...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  test("option numbers with nothing to say what they mean", async () => {
    const r = await jx("survey", path.join(dir, "seed002.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/答案是选项序号.*--max 7.*The answers are option numbers/);
  });
});
