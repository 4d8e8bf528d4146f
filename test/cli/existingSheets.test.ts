import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  handmadeXlsx,
  REPEATED_WITH_UNITS,
  SEED_000_MERGED,
  SEED_002_BLANK_BELOW,
  SEED_003_SPLIT,
  WEIGHTS_IN_NAMES,
  type HandSheet,
} from "../fixtures/handmade";
import { jx } from "./runJx";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-sheets-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function file(name: string, ...sheets: HandSheet[]): Promise<string> {
  const f = path.join(dir, name);
  fs.writeFileSync(f, await handmadeXlsx(...sheets));
  return f;
}

/** A copy of a hand-made sheet with some cells changed: [row, col] 1-based. */
function broken(sheet: HandSheet, edits: [number, number, string | number | null][]): HandSheet {
  const rows = sheet.rows.map((r) => [...r]);
  for (const [r, c, v] of edits) rows[r - 1][c - 1] = v;
  return { ...sheet, rows };
}

describe("jx score reads the seeds' sheets as people keep them and reproduces their totals", () => {
  test.each([
    [
      "seed 000, parents merged",
      SEED_000_MERGED,
      93,
      "优",
      [
        ["投入", 20, 20],
        ["过程", 20, 18],
        ["产出", 30, 28],
        ["效果", 30, 27],
      ],
    ],
    [
      "seed 002, blank below",
      SEED_002_BLANK_BELOW,
      91.3,
      "优",
      [
        ["决策", 15, 12],
        ["管理", 25, 21.9],
        ["产出", 30, 30],
        ["效益", 30, 27.4],
      ],
    ],
    [
      "seed 003, split over pages",
      SEED_003_SPLIT,
      98,
      "优",
      [
        ["决策", 18, 18],
        ["过程", 22, 21],
        ["产出", 30, 30],
        ["效益", 30, 29],
      ],
    ],
  ] as const)("%s", async (label, sheet, total, grade, levels) => {
    const f = await file(`${label}.xlsx`, sheet);
    const r = await jx("score", f, "--json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.problems).toEqual([]);
    expect([out.total, out.grade]).toEqual([total, grade]);
    expect(out.levels.map((l: { name: string; weight: number; score: number }) => [l.name, l.weight, l.score])).toEqual(
      levels,
    );
  });

  test("seed 002's rates: 80 %, 87.6 %, 100 %, 91.33 %", async () => {
    const out = JSON.parse((await jx("score", await file("m.xlsx", SEED_002_BLANK_BELOW), "--json")).out);
    expect(out.levels.map((l: { rate: number }) => Math.round(l.rate * 10000) / 10000)).toEqual([
      0.8, 0.876, 1, 0.9133,
    ]);
  });

  test("parents repeated on each row, weights as 12分 and 30%, a 不适用 leaf rescaled to 100", async () => {
    const out = JSON.parse((await jx("score", await file("rep.xlsx", REPEATED_WITH_UNITS), "--json")).out);
    expect(out.levels.map((l: { name: string; weight: number }) => [l.name, l.weight])).toEqual([
      ["决策", 20],
      ["过程", 30],
      ["产出与效益", 50],
    ]);
    expect([out.total, out.grade, out.problems]).toEqual([95.13, "优", []]);
  });

  test("weights inside the names, codes kept, top-level weights implied by their children", async () => {
    const f = await file("names.xlsx", WEIGHTS_IN_NAMES);
    const out = JSON.parse((await jx("score", f, "--json")).out);
    expect(out.levels.map((l: { name: string; weight: number }) => [l.name, l.weight])).toEqual([
      ["决策", 15],
      ["过程", 35],
      ["产出", 30],
      ["效益", 20],
    ]);
    expect([out.total, out.grade]).toEqual([92.5, "优"]);
    expect((await jx("check", f)).code).toBe(0);
    const t = path.join(dir, "names.json");
    expect((await jx("export", f, "--out", t)).code).toBe(0);
    const tree = JSON.parse(fs.readFileSync(t, "utf8"));
    expect(tree.indicators[0]).toMatchObject({ code: "A", name: "决策", weight: 15 });
    expect(tree.indicators[0].children[0]).toMatchObject({ code: "A1", name: "项目立项", weight: 12 });
    expect(tree.indicators[0].children[0].children[1]).toMatchObject({
      code: "A12",
      name: "立项程序规范性",
      weight: 6,
      score: 5,
      note: "程序材料不全",
    });
  });
});

describe("jx check catches broken copies at the right cells", () => {
  test("a parent weight that is not the sum of its children: its cell, and the 合计", async () => {
    const f = await file("b1.xlsx", broken(SEED_000_MERGED, [[11, 4, 9]])); // 资金落实 8 → 9
    const r = await jx("check", f, "--json");
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out);
    expect(out.ok).toBe(false);
    expect(out.problems.map((p: { cell: string; message: string }) => `${p.cell} ${p.message}`)).toEqual([
      "B5 投入 权重 20 ≠ 下级合计 21",
      "D11 资金落实 权重 9 ≠ 下级合计 8",
    ]);
  });

  test("a leaf weight changed in a blank-below sheet: the parent's cell", async () => {
    const out = JSON.parse(
      (await jx("check", await file("b2.xlsx", broken(SEED_002_BLANK_BELOW, [[7, 8, 3]])), "--json")).out,
    );
    expect(out.problems.map((p: { cell: string; message: string }) => `${p.cell} ${p.message}`)).toEqual([
      "F6 目标设置 权重 6 ≠ 下级合计 7",
    ]);
  });

  test("a top level that does not sum to 100 is reported at the 合计 cell", async () => {
    const out = JSON.parse(
      (
        await jx(
          "check",
          await file(
            "b3.xlsx",
            broken(SEED_003_SPLIT, [
              [8, 2, 17],
              [8, 4, 3],
              [8, 6, 3],
              [8, 8, 3],
              [8, 12, 3],
            ]),
          ),
          "--json",
        )
      ).out,
    );
    expect(out.problems.map((p: { cell: string; message: string }) => `${p.cell} ${p.message}`)).toEqual([
      "B7 一级指标权重合计 99 ≠ 100",
    ]);
  });

  test("text in a weight cell", async () => {
    const out = JSON.parse(
      (await jx("check", await file("b4.xlsx", broken(SEED_002_BLANK_BELOW, [[13, 8, "十二"]])), "--json")).out,
    );
    expect(out.problems[0]).toMatchObject({ cell: "H13", message: "权重“十二”不是数字" });
  });

  test("a leaf whose weight was deleted (its score kept)", async () => {
    const out = JSON.parse(
      (await jx("check", await file("b5.xlsx", broken(SEED_002_BLANK_BELOW, [[21, 8, null]])), "--json")).out,
    );
    expect(out.problems.map((p: { cell: string }) => p.cell)).toContain("H21");
  });

  test("jx score lists a score above its weight, a missing score and a negative one, and the printed total and grade it cannot reproduce, exit 1", async () => {
    const f = await file(
      "b6.xlsx",
      broken(SEED_002_BLANK_BELOW, [
        [5, 10, 5],
        [6, 10, null],
        [7, 10, -1],
      ]),
    );
    const r = await jx("score", f, "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).problems.map((p: { cell: string; message: string }) => `${p.cell} ${p.message}`)).toEqual([
      "J5 论证充分性 得分 5 超过分值 4",
      "J6 完整性 缺少得分",
      "J7 合理性 得分 -1 为负数",
      // The printed total and grade are compared whatever else is wrong: a figure we cannot reproduce is said.
      "J26 合计得分 91.3 与各指标得分之和 88.3 不一致",
      "J27 评价等级“优”与得分对应的等级“良”不一致",
    ]);
  });

  test("a printed total that disagrees with the scores", async () => {
    const r = await jx("score", await file("b7.xlsx", broken(SEED_002_BLANK_BELOW, [[26, 10, 92.3]])), "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).problems).toEqual([expect.objectContaining({ cell: "J26", kind: "totalMismatch" })]);
  });

  test("several files: one verdict line each, then a summary; the worst status wins", async () => {
    const good = await file("g.xlsx", SEED_000_MERGED);
    const bad = await file("b.xlsx", broken(SEED_000_MERGED, [[11, 4, 9]]));
    const r = await jx("check", good, bad);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split("\n");
    expect(lines[0]).toMatch(/^✓ g\.xlsx/);
    expect(lines[1]).toMatch(/^✗ b\.xlsx.*2 处问题/);
    expect(lines[2]).toContain("B5");
    expect(lines[lines.length - 1]).toMatch(/^共 2 个文件：1 个通过，1 个有问题，0 个无法读取/);
  });
});

describe("bad files", () => {
  test.each([
    ["not an xlsx", "plain.xlsx", Buffer.from("这不是表格"), "不是 .xlsx 文件"],
    ["damaged", "cut.xlsx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "文件已损坏"],
    [
      "password-protected or .xls",
      "locked.xlsx",
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      "受密码保护",
    ],
  ])("%s: exit 2 with a Chinese message naming the file", async (_label, name, bytes, words) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, bytes);
    for (const cmd of ["check", "score"]) {
      const r = await jx(cmd, f);
      expect(r.code).toBe(2);
      expect(r.out + r.err).toContain(name);
      expect(r.out + r.err).toContain(words);
    }
  });

  test("a workbook without an indicator table, and a missing sheet name: exit 2", async () => {
    const f = await file("none.xlsx", {
      name: "Sheet1",
      rows: [
        ["项目名称", "金额"],
        ["办公设备", 1200],
      ],
    });
    expect((await jx("check", f)).code).toBe(2);
    expect((await jx("score", f)).err).toContain("找不到指标表");
    const g = await file("one.xlsx", SEED_000_MERGED);
    const r = await jx("check", g, "--sheet", "评分表二");
    expect(r.code).toBe(2);
    expect(r.err).toContain("没有名为“评分表二”的工作表");
    expect(r.out).toBe("");
  });
});
