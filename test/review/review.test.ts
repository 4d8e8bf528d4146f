import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { Dec } from "../../src/decimal";
import { DEFAULT_BANDS } from "../../src/grades";
import type { ProjectRow } from "../../src/review/projects";
import { allocate, drawSample, parseShare, seededRandom, strata } from "../../src/review/sample";
import { compareRecheck, recheckSentences } from "../../src/review/recheck";
import {
  handmadeXlsx,
  SEED_000_MERGED,
  SEED_002_BLANK_BELOW,
  SEED_003_SPLIT,
  type HandSheet,
} from "../fixtures/handmade";
import { FILLED_FORM, FUNDS_TABLE, GOAL_TABLE } from "../fixtures/forms";
import { forms } from "../corpus/forms";
import { tables } from "../corpus/tables";
import { jx } from "../cli/runJx";
import { recalc } from "../workbook/recalc";

jest.setTimeout(300_000);

/** A sheet with one cell changed (1-based row and column), as a re-scorer would. */
function edited(sheet: HandSheet, changes: [number, number, HandSheet["rows"][number][number]][]): HandSheet {
  const rows = sheet.rows.map((r) => [...r]);
  for (const [r, c, v] of changes) rows[r - 1][c - 1] = v;
  return { ...sheet, rows };
}

interface ReviewJson {
  projects: {
    file: string;
    sheet: string;
    kind: string;
    name: string | null;
    department: string | null;
    unit: string | null;
    budget: number | null;
    spent: number | null;
    rate: number | null;
    score: number | null;
    grade: string | null;
    problems: unknown[];
    findings: unknown[];
    unread: unknown[];
  }[];
  grades: Record<string, { count: number; funds: number }>;
  unreadable: { file: string; error: string }[];
  sample: { file: string; sheet: string }[];
  recheck: {
    file: string;
    sheet: string;
    self: number | null;
    review: number | null;
    diff: number | null;
    gradeChanged: boolean;
    flagged: boolean;
  }[];
}

let dir: string;
let root: string;
let recheckDir: string;
const sheetsOf: Record<string, string[]> = {};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-review-"));
  root = path.join(dir, "各部门");
  recheckDir = path.join(dir, "复核");
  fs.mkdirSync(path.join(root, "corpus", "deeper"), { recursive: true });
  fs.mkdirSync(recheckDir);
  const put = async (rel: string, ...sheets: HandSheet[]) => {
    fs.writeFileSync(path.join(root, rel), await handmadeXlsx(...sheets));
    sheetsOf[rel] = sheets.map((s) => s.name);
  };
  await put("filled.xlsx", FILLED_FORM);
  await put("goals.xlsx", GOAL_TABLE, FUNDS_TABLE);
  await put("seed000.xlsx", SEED_000_MERGED);
  await put("two.xlsx", SEED_002_BLANK_BELOW, { ...SEED_003_SPLIT, name: "评分表2" });
  for (const e of [...forms, ...tables]) await put(`corpus/${e.id}.xlsx`, e.sheet);
  fs.writeFileSync(path.join(root, "corpus", "deeper", "broken.xlsx"), "PK this is no zip");
  fs.writeFileSync(path.join(root, "说明.txt"), "not a workbook");
  // The re-scored copies: the form renamed (matched by 项目名称 + 主管部门), the tables under their own file names.
  // seed000: 完成及时性 23 → 10, so 93 → 80 (优 → 良): −13, flagged. two.xlsx 评分表2 is not re-scored.
  fs.writeFileSync(
    path.join(recheckDir, "医保复核.xlsx"),
    await handmadeXlsx(
      edited(FILLED_FORM, [
        [17, 11, 12],
        [17, 10, 0.6],
        [20, 11, 88.78],
      ]),
    ),
  );
  fs.writeFileSync(
    path.join(recheckDir, "seed000.xlsx"),
    await handmadeXlsx(
      edited(SEED_000_MERGED, [
        [20, 9, 10],
        [26, 9, { formula: "SUM(I5:I25)", result: 80 }],
      ]),
    ),
  );
  fs.writeFileSync(path.join(recheckDir, "two.xlsx"), await handmadeXlsx(SEED_002_BLANK_BELOW));
  fs.writeFileSync(path.join(recheckDir, "无关项目.xlsx"), await handmadeXlsx({ ...SEED_003_SPLIT, name: "别的表" }));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function review(...args: string[]): Promise<{ code: number; json: ReviewJson; err: string }> {
  const r = await jx("review", ...args, "--json");
  return { code: r.code, json: JSON.parse(r.out) as ReviewJson, err: r.err };
}

describe("jx review: every project of a folder in one summary", () => {
  test("every readable sheet is one project with the figures jx score gives; broken files listed; other files and lock files left out", async () => {
    const { code, json } = await review(root);
    expect(code).toBe(1); // a broken file, and scores with problems
    const expected = Object.entries(sheetsOf).flatMap(([rel, sheets]) =>
      sheets.filter((s) => s !== FUNDS_TABLE.name).map((sheet) => ({ file: `各部门/${rel}`, sheet })),
    );
    expect(json.projects.map((p) => ({ file: p.file, sheet: p.sheet }))).toEqual(expect.arrayContaining(expected));
    expect(json.projects).toHaveLength(expected.length);
    const files = json.projects.map((p) => p.file);
    expect(files).toEqual([...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const p of json.projects) {
      const s = await jx("score", path.join(dir, p.file), "--sheet", p.sheet, "--json");
      const scored = JSON.parse(s.out) as { total: number | null; grade: string | null };
      expect({ file: p.file, sheet: p.sheet, score: p.score, grade: p.grade }).toEqual({
        file: p.file,
        sheet: p.sheet,
        score: scored.total,
        grade: scored.grade,
      });
    }
    expect(json.unreadable).toEqual([
      { file: "各部门/corpus/deeper/broken.xlsx", error: expect.stringContaining("不是 .xlsx 文件") },
    ]);
    expect(files.some((f) => f.endsWith(".txt"))).toBe(false);
  });

  test("a form's project, department, unit and funds as the form prints them; rates as fractions; null where missing", async () => {
    const { json } = await review(
      path.join(root, "filled.xlsx"),
      path.join(root, "goals.xlsx"),
      path.join(root, "seed000.xlsx"),
    );
    const [filled, goals, seed] = json.projects;
    expect(filled).toMatchObject({
      kind: "form",
      name: "城乡居民基本医疗保险补助",
      department: "某县医疗保障局",
      unit: "某县医疗保障局",
      budget: 1250,
      spent: 1187.5,
      rate: 0.95,
      score: 90.78,
      grade: "优",
    });
    // A goal table: the amounts from its 自评基础数据表 (实际预算数 652.18, 实际支出 652.18), no total.
    expect(goals).toMatchObject({
      kind: "goals",
      name: null,
      department: null,
      budget: 652.18,
      spent: 652.18,
      rate: 1,
      score: null,
      grade: null,
    });
    expect(goals.findings.length).toBeGreaterThan(0);
    expect(seed).toMatchObject({
      kind: "table",
      name: null,
      budget: null,
      spent: null,
      rate: null,
      score: 93,
      grade: "优",
    });
    // Grade counts and funds, worked out by hand: 优 90.78 (1250) and 93 (no budget); one goal table ungraded (652.18).
    expect(json.grades).toEqual({
      优: { count: 2, funds: 1250 },
      良: { count: 0, funds: 0 },
      中: { count: 0, funds: 0 },
      差: { count: 0, funds: 0 },
      未评定: { count: 1, funds: 652.18 },
    });
    expect(json.sample).toEqual([]);
    expect(json.recheck).toEqual([]);
  });

  test("a blank 主管部门 is no department (the reader's next label is not taken for one)", async () => {
    const { json } = await review(path.join(root, "corpus", "f07-tianchang-2022-flood.xlsx"));
    expect(json.projects[0]).toMatchObject({ department: null, unit: "天长市水利局" });
  });

  test("grade counts and funds add up to the projects", async () => {
    const { json } = await review(root);
    const tally: Record<string, { count: number; funds: number }> = {};
    for (const p of json.projects) {
      const g = (tally[p.grade ?? "未评定"] ??= { count: 0, funds: 0 });
      g.count++;
      g.funds = new Dec(g.funds).plus(p.budget ?? 0).toNumber();
    }
    for (const [label, g] of Object.entries(json.grades))
      expect([label, g]).toEqual([label, tally[label] ?? { count: 0, funds: 0 }]);
    expect(Object.values(json.grades).reduce((a, g) => a + g.count, 0)).toBe(json.projects.length);
  });

  test("the sample is reproducible, of the asked share, and the same whatever order the paths are given in", async () => {
    const a = await review(root, "--sample", "30%", "--seed", "42");
    const b = await review(path.join(root, "two.xlsx"), root, "--sample", "30%", "--seed", "42");
    expect(a.json.sample).toEqual(b.json.sample);
    expect(a.json.sample).toHaveLength(Math.ceil(0.3 * a.json.projects.length));
    const c = await review(root, "--sample", "30%", "--seed", "43");
    expect(c.json.sample).toHaveLength(a.json.sample.length);
    const f = await review(root, "--sample-funds", "50%", "--seed", "42");
    const budget = (s: { file: string; sheet: string }) =>
      f.json.projects.find((p) => p.file === s.file && p.sheet === s.sheet)?.budget ?? 0;
    const total = f.json.projects.reduce((x, p) => x.plus(p.budget ?? 0), new Dec(0));
    expect(f.json.sample.reduce((x, s) => x.plus(budget(s)), new Dec(0)).gte(total.times(0.5))).toBe(true);
    expect(f.json.sample.every((s) => budget(s) > 0)).toBe(true);
  });

  test("the re-scored copies: matched by 项目名称 + 主管部门 or file name, differences and flags as worked out by hand", async () => {
    const r = await jx("review", root, "--recheck", recheckDir, "--threshold", "10");
    const { json } = await review(root, "--recheck", recheckDir);
    const by = (file: string, sheet: string) => json.recheck.find((x) => x.file === file && x.sheet === sheet);
    // 群众就医负担 14 → 12 (系数 0.7 → 0.6): 90.78 → 88.78, only −2 but 优 → 良: flagged for the grade.
    expect(by("各部门/filled.xlsx", "自评表")).toEqual({
      file: "各部门/filled.xlsx",
      sheet: "自评表",
      self: 90.78,
      review: 88.78,
      diff: -2,
      gradeChanged: true,
      flagged: true,
    });
    // 完成及时性 23 → 10: 93 → 80, −13, 优 → 良.
    expect(by("各部门/seed000.xlsx", "自评表")).toEqual({
      file: "各部门/seed000.xlsx",
      sheet: "自评表",
      self: 93,
      review: 80,
      diff: -13,
      gradeChanged: true,
      flagged: true,
    });
    expect(by("各部门/two.xlsx", "评分表")).toEqual({
      file: "各部门/two.xlsx",
      sheet: "评分表",
      self: 91.3,
      review: 91.3,
      diff: 0,
      gradeChanged: false,
      flagged: false,
    });
    expect(json.recheck).toHaveLength(3);
    // 3 of all the projects the folder holds (the corpus grows; the share follows it).
    expect(r.out).toContain(
      `抽查复核 3 个项目，占项目总数的 ${new Dec(300).div(json.projects.length).toFixed(2)}%、资金的 `,
    );
    expect(r.out).toContain("其中 1 个项目复核得分与自评得分相差 10 分以上，2 个项目等级发生变化");
    expect(r.out).toContain("1 份复核文件找不到对应的项目");
  });

  test("the progress bar: on a terminal's stderr only, never with --json, never when stderr is piped", async () => {
    const tty = Object.getOwnPropertyDescriptor(process.stderr, "isTTY");
    const writes: string[] = [];
    const spy = jest
      .spyOn(process.stderr, "write")
      .mockImplementation((chunk: string | Uint8Array) => (writes.push(String(chunk)), true));
    try {
      Object.defineProperty(process.stderr, "isTTY", { value: true, configurable: true });
      await jx("review", path.join(root, "corpus"));
      const files = forms.length + tables.length + 1; // the corpus and one broken file
      expect(writes.some((w) => new RegExp(`读取 ${files - 1}/${files} \\[#+\\.*\\]`).test(w))).toBe(true);
      writes.length = 0;
      // Writing the workbook is said where the bar was, and the line is cleared before the summary.
      const out = path.join(dir, "进度.xlsx");
      await jx("review", path.join(root, "corpus"), "--out", out);
      const writing = writes.findIndex((w) => w.includes(`正在写出 ${out}… Writing ${out}…`));
      expect(writing).toBeGreaterThan(0);
      expect(writes[writing + 1]).toBe("\r\x1b[2K");
      writes.length = 0;
      await jx("review", path.join(root, "corpus"), "--json");
      expect(writes).toEqual([]);
      Object.defineProperty(process.stderr, "isTTY", { value: false, configurable: true });
      await jx("review", path.join(root, "corpus"));
      expect(writes).toEqual([]);
    } finally {
      spy.mockRestore();
      if (tty) Object.defineProperty(process.stderr, "isTTY", tty);
      else delete (process.stderr as { isTTY?: boolean }).isTTY;
    }
  });

  test("bad usage: both sample kinds, a bad share, an existing --out", async () => {
    expect((await jx("review", root, "--sample", "20%", "--sample-funds", "20%")).code).toBe(2);
    expect((await jx("review", root, "--sample", "120%")).err).toContain("抽样比例");
    const out = path.join(dir, "exists.xlsx");
    fs.writeFileSync(out, "x");
    const r = await jx("review", root, "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain("已存在");
    expect((await jx("review", path.join(dir, "空"))).code).toBe(2);
  });
});

describe("the sample, worked out by hand", () => {
  const project = (department: string | null, i: number, budget: number | null = 10): ProjectRow => ({
    file: `f${String(i).padStart(3, "0")}.xlsx`,
    sheet: "自评表",
    kind: "form",
    name: `项目${i}`,
    department,
    unit: null,
    budget: budget === null ? null : new Dec(budget),
    spent: null,
    rate: null,
    score: new Dec(90),
    grade: "优",
    bands: DEFAULT_BANDS,
    problems: [],
    findings: [],
    unread: [],
  });
  const portfolio = [
    ...Array.from({ length: 10 }, (_, i) => project("甲局", i)),
    ...Array.from({ length: 6 }, (_, i) => project("乙局", 10 + i)),
    ...Array.from({ length: 4 }, (_, i) => project(null, 16 + i)),
  ];

  test.each([
    ["20%", "0.2"],
    ["12.5％", "0.125"],
    ["0.3", "0.3"],
    ["100%", "1"],
  ])("share %s is %s", (text, share) => expect(parseShare(text)?.toString()).toBe(share));
  test.each(["0", "0%", "120%", "abc", "-5%", "2"])("share %s is refused", (text) =>
    expect(parseShare(text)).toBeNull(),
  );

  test("Hamilton's method: 4 of 10 / 6 / 4 gives 2 / 1 / 1 (the larger remainder 0.8 before 1.2's 0.2)", () => {
    expect(allocate([10, 6, 4], 4)).toEqual([2, 1, 1]);
    expect(allocate([10, 6, 4], 20)).toEqual([10, 6, 4]);
    expect(allocate([1, 1, 1], 2)).toEqual([1, 1, 0]);
  });

  test("the generator is our own and fixed: mulberry32's first numbers for seed 1", () => {
    const r = seededRandom(1);
    expect([r(), r(), r()].map((x) => Math.round(x * 1e9))).toEqual([627073941, 2735721, 527447040]);
  });

  test("stratified by 主管部门: each department's share, the same for the same seed whatever the order", () => {
    const s = drawSample(portfolio, { by: "projects", share: new Dec("0.2"), seed: 9 });
    expect(s.filter((p) => p.department === "甲局")).toHaveLength(2);
    expect(s.filter((p) => p.department === "乙局")).toHaveLength(1);
    expect(s.filter((p) => p.department === null)).toHaveLength(1);
    expect(drawSample([...portfolio].reverse(), { by: "projects", share: new Dec("0.2"), seed: 9 })).toEqual(s);
    expect(strata(portfolio).map(([d, ps]) => [d, ps.length])).toEqual([
      ["乙局", 6],
      ["甲局", 10],
      ["（未填主管部门）", 4],
    ]);
  });

  test("by funds: each department drawn until its budgets reach the share, projects without a budget never drawn", () => {
    const mixed = [
      project("甲局", 1, 100),
      project("甲局", 2, 50),
      project("甲局", 3, 30),
      project("甲局", 4, 20),
      project("甲局", 5, null),
    ];
    for (const seed of [1, 2, 3, 4, 5]) {
      const s = drawSample(mixed, { by: "funds", share: new Dec("0.3"), seed });
      const sum = s.reduce((a, p) => a + (p.budget?.toNumber() ?? 0), 0);
      expect(sum).toBeGreaterThanOrEqual(60);
      expect(s.every((p) => p.budget !== null)).toBe(true);
      // Drawn until reached: no project could be dropped without falling below 30% of 200 — unless it was not the last drawn.
      expect(s.length).toBeLessThanOrEqual(3);
    }
  });

  test("comparison: |diff| at the threshold counts (以上 includes the number); a grade change flags; no score → no diff", () => {
    const mk = (file: string, score: number | null, grade: string | null, name: string | null = null) => ({
      ...project("甲局", 0),
      file,
      name,
      score: score === null ? null : new Dec(score),
      grade,
    });
    const originals = [
      mk("a.xlsx", 90, "优", "甲"),
      mk("b.xlsx", 85, "良"),
      mk("c.xlsx", 70, "中"),
      mk("d.xlsx", null, null),
    ];
    const again = [
      mk("x/甲的复核.xlsx", 80, "良", "甲"),
      mk("b.xlsx", 75.5, "中"),
      mk("c.xlsx", 79.99, "中"),
      mk("d.xlsx", 60, "中"),
    ];
    const r = compareRecheck(originals, again, new Dec(10));
    expect(
      r.pairs.map((p) => [p.original.file, p.matchedBy, p.diff?.toNumber() ?? null, p.gradeChanged, p.flagged]),
    ).toEqual([
      ["a.xlsx", "name", -10, true, true],
      ["b.xlsx", "file", -9.5, true, true],
      ["c.xlsx", "file", 9.99, false, false],
      ["d.xlsx", "file", null, false, false],
    ]);
    const [line] = recheckSentences(originals, null, r, new Dec(10));
    expect(line.zh).toBe(
      "抽查复核 4 个项目，占项目总数的 100.00%、资金的 100.00%；其中 1 个项目复核得分与自评得分相差 10 分以上，2 个项目等级发生变化。",
    );
  });
});

describe("the summary workbook", () => {
  test("LibreOffice recalculates 项目汇总's summary to the same totals, and follows a row the bureau edits (one recalculation)", async () => {
    const out = path.join(dir, "汇总.xlsx");
    const r = await jx("review", root, "--out", out, "--sample", "25%", "--seed", "3", "--recheck", recheckDir);
    expect(r.code).toBe(1);
    const { json } = await review(root, "--sample", "25%", "--seed", "3", "--recheck", recheckDir);
    const { writeFileSync } = fs;
    // Recalculate a copy written without cached results, so only LibreOffice's own figures can be there.
    const bare = path.join(dir, "bare.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (c.type === ExcelJS.ValueType.Formula)
            c.value = { formula: (c.value as ExcelJS.CellFormulaValue).formula } as ExcelJS.CellFormulaValue;
        }),
      ),
    );
    // The bureau edits two rows: seed000's score 93 → 85 (优 → 良), filled.xlsx's 全年预算数 1250 → 1000.
    const list = wb.getWorksheet("项目汇总") as ExcelJS.Worksheet;
    const rowOf = (file: string) => json.projects.findIndex((p) => p.file === file) + 2;
    list.getCell(rowOf("各部门/seed000.xlsx"), 10).value = 85;
    list.getCell(rowOf("各部门/filled.xlsx"), 7).value = 1000;
    const edited = json.projects.map((p) =>
      p.file === "各部门/seed000.xlsx"
        ? { ...p, score: 85, grade: "良" }
        : p.file === "各部门/filled.xlsx"
          ? { ...p, budget: 1000, rate: 1.1875 }
          : p,
    );
    const grades: Record<string, { count: number; funds: number }> = {};
    for (const label of Object.keys(json.grades)) grades[label] = { count: 0, funds: 0 };
    for (const p of edited) {
      const g = grades[p.grade ?? "未评定"];
      g.count++;
      g.funds = new Dec(g.funds).plus(p.budget ?? 0).toNumber();
    }
    expect(grades["优"].count).toBe(json.grades["优"].count - 1);
    expect(grades["良"].count).toBe(json.grades["良"].count + 1);
    writeFileSync(bare, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const done = new ExcelJS.Workbook();
    await done.xlsx.readFile(await recalc(bare));
    const value = (sheet: string, row: number, col: number): unknown => {
      const cell = done.getWorksheet(sheet)?.getCell(row, col);
      return cell?.type === ExcelJS.ValueType.Formula ? cell.result : cell?.value;
    };
    expect(done.getWorksheet("等级分布")).toBeDefined();
    const labels = Object.keys(json.grades);
    labels.forEach((label, i) => {
      expect(value("等级分布", i + 3, 1)).toBe(label);
      expect(value("等级分布", i + 3, 2)).toBe(grades[label].count);
      expect(Number(value("等级分布", i + 3, 3))).toBeCloseTo(grades[label].funds, 6);
    });
    const totalRow = labels.length + 3;
    expect(value("等级分布", totalRow, 2)).toBe(json.projects.length);
    const funds = edited.reduce((a, p) => a.plus(p.budget ?? 0), new Dec(0)).toNumber();
    expect(Number(value("等级分布", totalRow, 3))).toBeCloseTo(funds, 6);
    expect(value("等级分布", totalRow + 2, 2)).toBe(json.projects.length); // 项目数 over the whole column
    expect(value("等级分布", totalRow + 7, 2)).toBe(json.unreadable.length);
    // 项目汇总's 执行率 column and 复核对比's flags, recomputed.
    edited.forEach((p, i) => {
      expect(value("项目汇总", i + 2, 11)).toBe(p.grade ?? "未评定");
      const rate = value("项目汇总", i + 2, 9);
      if (p.rate === null) expect(rate === "" || rate === null || rate === undefined).toBe(true);
      else expect(Number(rate)).toBeCloseTo(p.rate, 9);
    });
    json.recheck.forEach((p, i) => {
      expect(Number(value("复核对比", i + 3, 7))).toBeCloseTo(p.diff ?? NaN, 9);
      expect(value("复核对比", i + 3, 10)).toBe(p.gradeChanged ? "是" : "否");
      expect(value("复核对比", i + 3, 11) ?? "").toBe(p.flagged ? "需关注" : "");
    });
    expect(value("复核清单", json.sample.length + 3, 2)).toBe(json.sample.length);
    expect(done.worksheets.map((w) => w.name)).toEqual([
      "项目汇总",
      "等级分布",
      "问题清单",
      "无法读取",
      "复核清单",
      "复核对比",
    ]);
    expect(done.getWorksheet("无法读取")?.getCell(2, 1).text).toBe("各部门/corpus/deeper/broken.xlsx");
  });
});
