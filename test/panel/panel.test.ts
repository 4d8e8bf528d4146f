import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { jx } from "../cli/runJx";
import { recalc } from "../workbook/recalc";

jest.setTimeout(300_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-panel-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Leaves in reading order with their weights: 目标设定 10, 资金分配 10, 资金管理 15, 组织实施 15, 数量 15, 质量 15, 满意度 20. */
function template(scores: readonly number[] | null, change: (t: Record<string, unknown>) => void = () => {}): string {
  const leaf = (name: string, weight: number, i: number) => ({ name, weight, ...(scores ? { score: scores[i] } : {}) });
  const t = {
    format: "jixiao-template",
    version: 1,
    title: "专家评分测试",
    indicators: [
      { name: "决策", weight: 20, children: [leaf("目标设定", 10, 0), leaf("资金分配", 10, 1)] },
      { name: "过程", weight: 30, children: [leaf("资金管理", 15, 2), leaf("组织实施", 15, 3)] },
      { name: "产出", weight: 30, children: [leaf("数量", 15, 4), leaf("质量", 15, 5)] },
      { name: "效益", weight: 20, children: [leaf("满意度", 20, 6)] },
    ],
  };
  change(t);
  return JSON.stringify(t);
}

const EXPERTS = [
  [9, 8, 14, 12, 15, 13, 18],
  [8, 8, 13, 12, 14, 13, 17],
  [10, 5, 15, 12, 15, 14, 19],
  [6, 9, 12, 11, 15, 12, 20],
  [9, 7, 14, 13, 13, 13, 16],
];

/** One expert's copy of the template, scored, as `jx template --from` writes it. */
async function expertFile(name: string, json: string): Promise<string> {
  const from = path.join(dir, `${name}.json`);
  fs.writeFileSync(from, json);
  const out = path.join(dir, `${name}.xlsx`);
  const r = await jx("template", "--from", from, "--out", out, "--overwrite");
  expect(r.code).toBe(0);
  return out;
}

/** The 评分表's 得分 of each leaf (E4:E10), the 专家分歧 column and JX_TOTAL, as cached in the file. */
async function sheetFigures(
  file: string,
  flagCol: number,
): Promise<{ scores: unknown[]; flags: unknown[]; total: unknown }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("评分表") as ExcelJS.Worksheet;
  const v = (r: number, c: number): unknown => {
    const value = ws.getCell(r, c).value;
    return value && typeof value === "object" && "formula" in value ? ws.getCell(r, c).result : value;
  };
  const rows = [4, 5, 6, 7, 8, 9, 10];
  return { scores: rows.map((r) => v(r, 5)), flags: rows.map((r) => v(r, flagCol) ?? ""), total: v(11, 5) };
}

// By hand, three experts' means rounded to 2 decimals: 27/3, 21/3, 42/3, 36/3, 44/3, 40/3, 54/3.
const THREE = { scores: [9, 7, 14, 12, 14.67, 13.33, 18], total: 88 };
// Five experts, highest and lowest set aside: 26/3, 23/3, 41/3, 36/3, 44/3, 39/3, 54/3 → total 87.68.
const FIVE = { scores: [8.67, 7.67, 13.67, 12, 14.67, 13, 18], total: 87.68 };
// Flagged where highest − lowest > 20 % of the points: 资金分配 (8 − 5 = 3 > 2); with five also 目标设定 (10 − 6 = 4 > 2).
const THREE_FLAGS = ["", "需讨论", "", "", "", "", ""];
const FIVE_FLAGS = ["需讨论", "需讨论", "", "", "", "", ""];
// Columns: A–D names and weights, E 得分, F 得分率, G 评分说明, H 权重校验, I (hidden) 适用分值, then the experts, then 专家分歧.
const FLAG_COL = (n: number): number => 10 + n;

describe("jx panel: the experts' files merged into the panel's scores", () => {
  test("three experts: the means by hand, the spread flagged, LibreOffice recalculates the same", async () => {
    const files = await Promise.all(EXPERTS.slice(0, 3).map((s, i) => expertFile(`expert${i + 1}`, template(s))));
    const out = path.join(dir, "综合评分表.xlsx");
    const r = await jx("panel", ...files, "--out", out, "--json");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      experts: number;
      total: number;
      leaves: { name: string; at: string; score: number; flag: string }[];
    };
    expect(json.experts).toBe(3);
    expect(json.total).toBe(THREE.total);
    expect(json.leaves.map((l) => l.score)).toEqual(THREE.scores);
    expect(json.leaves.filter((l) => l.flag).map((l) => [l.at, l.name, l.flag])).toEqual([
      ["E5", "资金分配", "需讨论"],
    ]);
    expect(await sheetFigures(out, FLAG_COL(3))).toEqual({ ...THREE, flags: THREE_FLAGS });
    expect(await sheetFigures(await recalc(out), FLAG_COL(3))).toEqual({ ...THREE, flags: THREE_FLAGS });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("汇总")?.getCell("A9").value).toBe(
      "得分为 3 位专家评分的平均分。Scores are the mean of 3 experts.",
    );
    expect(String(wb.getWorksheet("评分表")?.getCell("A14").value)).toContain(
      "专家评分：3 位专家，得分取平均分（保留 2 位小数）；专家间相差超过分值的 20% 标为“需讨论”。专家1：expert1.xlsx",
    );
    // The merged workbook reads back through jx score with the panel's total.
    const score = JSON.parse((await jx("score", out, "--json")).out) as {
      total: number;
      unread: { cell: string; why: string }[];
      panel: unknown;
    };
    expect(score.total).toBe(88);
    // The reader recognises the panel: each leaf's 得分 checked as the mean of its experts' scores, so every figure is used.
    expect(score.panel).toEqual({ experts: 3, scored: 3, method: "mean", columns: ["J", "K", "L"] });
    expect(score.unread).toEqual([]);
  });

  test("five experts, trimmed mean (--panel trimmed)", async () => {
    const files = await Promise.all(EXPERTS.map((s, i) => expertFile(`five${i + 1}`, template(s))));
    const out = path.join(dir, "five.xlsx");
    const r = await jx("panel", ...files, "--out", out, "--panel", "trimmed");
    expect(r.code).toBe(0);
    expect(r.out).toContain("5 位专家，得分取去掉最高最低分后的平均分，合计 87.68");
    expect(r.out).toContain(
      "! E4  目标设定：需讨论（five1.xlsx 9，five2.xlsx 8，five3.xlsx 10，five4.xlsx 6，five5.xlsx 9）",
    );
    expect(await sheetFigures(out, FLAG_COL(5))).toEqual({ ...FIVE, flags: FIVE_FLAGS });
    expect(await sheetFigures(await recalc(out), FLAG_COL(5))).toEqual({ ...FIVE, flags: FIVE_FLAGS });
  });

  test("templates that differ are refused with every difference and its cells, nothing written", async () => {
    const a = await expertFile("same", template(EXPERTS[0]));
    const b = await expertFile(
      "weights",
      template(EXPERTS[1], (t) => {
        const d = (t.indicators as { children: { weight: number; name: string }[] }[])[0].children;
        d[0].weight = 8;
        d[1].weight = 12;
      }),
    );
    const c = await expertFile(
      "renamed",
      template(EXPERTS[2], (t) => {
        const e = (t.indicators as { children: { name: string }[] }[])[3].children;
        e[0].name = "群众满意度";
      }),
    );
    const out = path.join(dir, "refused.xlsx");
    const r = await jx("panel", a, b, c, "--out", out);
    expect(r.code).toBe(1);
    expect(fs.existsSync(out)).toBe(false);
    expect(r.err).toContain("各专家的评分表指标或分值不一致，未合并（共 3 处）");
    expect(r.err).toContain("same.xlsx D4 ↔ weights.xlsx D4：“目标设定”的分值不同：10 ≠ 8");
    expect(r.err).toContain("same.xlsx D5 ↔ weights.xlsx D5：“资金分配”的分值不同：10 ≠ 12");
    expect(r.err).toContain("same.xlsx C10 ↔ renamed.xlsx C10：指标名称不同：“满意度” ≠ “群众满意度”");
  });

  test("usage: a trimmed mean needs five experts; one file is not a panel", async () => {
    const a = path.join(dir, "expert1.xlsx");
    expect((await jx("panel", a, a, a, "--out", path.join(dir, "x.xlsx"), "--panel", "trimmed")).err).toMatch(
      /至少 5 位专家.*at least 5 experts/,
    );
    expect((await jx("panel", a, "--out", path.join(dir, "x.xlsx"))).code).toBe(2);
  });
});

describe("jx template --experts: one score column per expert, the panel's score in native formulas", () => {
  test("--experts 5 --panel trimmed, filled in by hand and recalculated by LibreOffice", async () => {
    const from = path.join(dir, "blank.json");
    fs.writeFileSync(from, template(null));
    const out = path.join(dir, "panel-form.xlsx");
    const r = await jx("template", "--from", from, "--out", out, "--experts", "5", "--panel", "trimmed");
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("评分表") as ExcelJS.Worksheet;
    expect([10, 11, 12, 13, 14, 15].map((c) => ws.getCell(2, c).value)).toEqual([
      "专家1",
      "专家2",
      "专家3",
      "专家4",
      "专家5",
      "专家分歧",
    ]);
    expect(ws.getCell(5, 5).formula).toBe(
      'IF(COUNTIF($J$5:$N$5,"不适用")=5,"不适用",IF(COUNT($J$5:$N$5)<5,"",ROUND((SUM($J$5:$N$5)-MAX($J$5:$N$5)-MIN($J$5:$N$5))/3,2)))',
    );
    EXPERTS.forEach((scores, e) => scores.forEach((s, i) => (ws.getCell(4 + i, 10 + e).value = s)));
    const filled = path.join(dir, "panel-filled.xlsx");
    await wb.xlsx.writeFile(filled);
    expect(await sheetFigures(await recalc(filled), FLAG_COL(5))).toEqual({ ...FIVE, flags: FIVE_FLAGS });
  });

  test("--experts 3 gives the mean; --panel trimmed with 3 is refused; --panel without --experts is refused", async () => {
    const from = path.join(dir, "blank.json");
    const out = path.join(dir, "three-form.xlsx");
    expect((await jx("template", "--from", from, "--out", out, "--experts", "3")).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("评分表")?.getCell(6, 5).formula).toBe(
      'IF(COUNTIF($J$6:$L$6,"不适用")=3,"不适用",IF(COUNT($J$6:$L$6)<3,"",ROUND(AVERAGE($J$6:$L$6),2)))',
    );
    expect(
      (await jx("template", "--from", from, "--out", out, "--overwrite", "--experts", "3", "--panel", "trimmed")).err,
    ).toMatch(/至少 5 位专家/);
    expect((await jx("template", "--from", from, "--out", out, "--overwrite", "--panel", "mean")).code).toBe(2);
  });
});
