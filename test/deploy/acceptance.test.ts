import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { jx } from "../cli/runJx";
import { scoredPreset } from "../template/seedScores";
import { readTable } from "../../src/kinds/table/read";
import { checkTable } from "../../src/kinds/table/check";

/* docs/ACCEPTANCE.md tells a person with Excel what must be seen. What can be had without Excel is
 * checked here, so that the script never asks for a figure the project does not produce. */

const ROOT = path.join(__dirname, "../..");
const doc = fs.readFileSync(path.join(ROOT, "docs/ACCEPTANCE.md"), "utf8");
const zh = doc.slice(0, doc.indexOf('<a id="english"></a>'));
const en = doc.slice(doc.indexOf('<a id="english"></a>'));
let dir = "";

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-acceptance-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("docs/ACCEPTANCE.md", () => {
  test("Chinese first, then English, ten steps each, for desktop Excel and Excel on the web", () => {
    expect(zh.length).toBeGreaterThan(2000);
    expect(en.length).toBeGreaterThan(2000);
    for (let n = 1; n <= 10; n++) {
      expect(zh).toContain(`**${n}. `);
      expect(en).toContain(`**${n}. `);
    }
    expect(zh).toContain("Windows 桌面版 Excel");
    expect(zh).toContain("Excel 网页版");
    expect(en).toContain("desktop Excel on Windows");
    expect(en).toContain("Excel on the web");
    expect((zh.match(/应看到/g) ?? []).length).toBeGreaterThanOrEqual(15);
    expect((en.match(/Must see/g) ?? []).length).toBeGreaterThanOrEqual(15);
  });

  test.each([
    ["EXECRATE", ["987.91", "1000"], "0.98791"],
    ["GRADE", ["91.3"], "优"],
    ["WEIGHTEDSCORE", ["[1,1,1]", "[33.3,33.3,33.4]"], "100"],
    ["EXECRATE", ["109805.66", "135528.71", "3", "1"], "2.4"],
  ])("step 2/10: %s(%s) is %s, as written in both languages", async (name, args, result) => {
    expect(await jx("fn", name, ...args)).toMatchObject({ code: 0, out: `${result}\n` });
    expect((zh.match(new RegExp(`JIXIAO\\.${name}\\(`, "g")) ?? []).length).toBeGreaterThan(0);
    expect(zh).toContain(`\`${result}\``);
    expect(en).toContain(`\`${result}\``);
  });

  test("step 2: the two errors and the message quoted", async () => {
    const bad = await jx("fn", "EXECRATE", "abc", "1000");
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(
      '#VALUE! 参数「实际支出」应为数字，收到“abc”。argument spent must be a number, got "abc".',
    );
    expect(zh).toContain('参数「实际支出」应为数字，收到“abc”。argument spent must be a number, got "abc".');
    expect(en).toContain('参数「实际支出」应为数字，收到“abc”。argument spent must be a number, got "abc".');
    expect((await jx("fn", "EXECRATE", "100", "0")).err).toMatch(/^#DIV\/0! /);
  });

  test("steps 3 and 4: the Meizhou preset gives 4 top-level and 20 leaf indicators; H4 5 instead of 4 flags F4", async () => {
    const file = path.join(dir, "meizhou.xlsx");
    expect((await jx("template", "--preset", "meizhou-2021", "--out", file)).code).toBe(0);
    expect((await jx("check", file)).out).toContain("4 个一级指标、20 个末级指标");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("评分表");
    if (!ws) throw new Error("评分表");
    expect([ws.getCell("G4").value, ws.getCell("H4").value, ws.getCell("E4").value, ws.getCell("F4").value]).toEqual([
      "论证充分性",
      4,
      "论证决策",
      4,
    ]);
    ws.getCell("H4").value = 5;
    await wb.xlsx.writeFile(file);
    const checked = await jx("check", file);
    expect(checked.code).toBe(1);
    expect(checked.out).toContain("F4  论证决策 权重 4 ≠ 下级合计 5");
    expect(zh).toContain("F4 论证决策 权重 4 ≠ 下级合计 5");
    expect(en).toContain("F4 论证决策 权重 4 ≠ 下级合计 5");
  });

  test("step 6: the hand-typed sheet has one problem at B3, and none once D4 is 3", () => {
    const cells: (string | number | null)[][] = [
      ["一级指标", null, "二级指标", null],
      ["名称", "分值", "名称", "分值"],
      ["决策", 15, "项目立项", 12],
      [null, null, "资金落实", 2],
      ["管理", 85, "资金管理", 85],
    ];
    const merged = [
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 1, bottom: 3, right: 1 },
    ];
    for (const merges of [[], merged]) {
      const table = readTable({ name: "Sheet2", cells, merges, origin: { row: 0, col: 0 } });
      expect(table && checkTable(table).map((p) => `${p.at} ${p.message}`)).toEqual(["B3 决策 权重 15 ≠ 下级合计 14"]);
    }
    cells[3][3] = 3;
    const fixed = readTable({ name: "Sheet2", cells, merges: [], origin: { row: 0, col: 0 } });
    expect(fixed && checkTable(fixed)).toEqual([]);
    expect(fixed?.tree.nodes.length).toBe(2);
    expect(zh).toContain("B3 决策 权重 15 ≠ 下级合计 14");
    expect(zh).toContain("权重一致：2 个一级指标、3 个末级指标。");
  });

  test("step 7: the scored file is the Meizhou seed's scores, and scores 12 / 21.9 / 30 / 27.4, 91.3, 优", async () => {
    const json = JSON.parse(fs.readFileSync(path.join(ROOT, "docs/acceptance/meizhou-2021-scored.json"), "utf8"));
    expect(json).toEqual(scoredPreset("meizhou-2021"));
    const file = path.join(dir, "scored.xlsx");
    expect(
      (await jx("template", "--from", path.join(ROOT, "docs/acceptance/meizhou-2021-scored.json"), "--out", file)).code,
    ).toBe(0);
    const scored = await jx("score", file, "--json");
    const report = JSON.parse(scored.out);
    const sheet = Array.isArray(report) ? report[0] : report;
    const text = JSON.stringify(sheet);
    for (const figure of ["12", "21.9", "27.4", "91.3", "优"]) expect(text).toContain(figure);
    for (const row of [
      "| 决策 | 15 | 12 | 80.00% |",
      "| 管理 | 25 | 21.9 | 87.60% |",
      "| 产出 | 30 | 30 | 100.00% |",
      "| 效益 | 30 | 27.4 | 91.33% |",
    ]) {
      expect(zh).toContain(row);
      expect(en).toContain(row);
    }
    const human = await jx("score", file);
    expect(human.out).toMatch(/决策\s+15\s+12\s+80\.00%/);
    expect(human.out).toMatch(/效益\s+30\s+27\.4\s+91\.33%/);
    expect(human.out).toContain("合计 Total：91.3");
    expect(human.out).toContain("等级 Grade：优");
  });
});
