import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { jx } from "../cli/runJx";
import { recalc } from "../workbook/recalc";
import { SEED_002, writeExport } from "./exports";

jest.setTimeout(300_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-template-survey-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const TEMPLATE = {
  format: "jixiao-template",
  version: 1,
  title: "满意度链接测试",
  indicators: [
    {
      name: "决策",
      weight: 40,
      children: [
        { name: "目标设定", weight: 20, score: 18 },
        { name: "资金分配", weight: 20, score: 15 },
      ],
    },
    {
      name: "效益",
      weight: 60,
      children: [
        { name: "产出", weight: 40, score: 36 },
        { name: "满意度", weight: 20 },
      ],
    },
  ],
};

async function cell(file: string, sheet: string, address: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet) as ExcelJS.Worksheet;
  const value = ws.getCell(address).value;
  return value && typeof value === "object" && "formula" in value
    ? { formula: value.formula, result: ws.getCell(address).result }
    : value;
}

describe("jx template --survey: the satisfaction leaf's score linked to the 满意度统计 sheet", () => {
  test("seed 002's scale on a leaf of 20 points: 4638 / 759 / 7 × 20 = 17.46, total 86.46, the same after LibreOffice", async () => {
    const from = path.join(dir, "t.json");
    fs.writeFileSync(from, JSON.stringify(TEMPLATE));
    const survey = path.join(dir, "export.xlsx");
    await writeExport(survey, [SEED_002]);
    const out = path.join(dir, "linked.xlsx");
    const r = await jx(
      "template",
      "--from",
      from,
      "--out",
      out,
      "--survey",
      survey,
      "--survey-leaf",
      "满意度",
      "--max",
      "7",
    );
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    // 满意度 is the fourth leaf (row 7): its 得分 is the statistics sheet's score cell.
    const leaf = (await cell(out, "评分表", "E7")) as { formula: string; result: number };
    expect(leaf).toEqual({ formula: "'满意度统计'!$M$7", result: 17.46 });
    const score = JSON.parse((await jx("score", out, "--json")).out) as { total: number };
    expect(score.total).toBe(86.46); // 18 + 15 + 36 + 17.46
    const recalculated = await recalc(out);
    expect(await cell(recalculated, "评分表", "E7")).toMatchObject({ result: 17.46 });
    expect(await cell(recalculated, "评分表", "E8")).toMatchObject({ result: 86.46 });
  });

  test("a leaf that is not there, and --survey-leaf without --survey", async () => {
    const from = path.join(dir, "t.json");
    const r = await jx(
      "template",
      "--from",
      from,
      "--out",
      path.join(dir, "x.xlsx"),
      "--survey",
      path.join(dir, "export.xlsx"),
      "--survey-leaf",
      "群众满意度",
      "--max",
      "7",
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('没有名为“群众满意度”的末级指标。 No leaf is named "群众满意度".');
    expect(
      (await jx("template", "--from", from, "--out", path.join(dir, "x.xlsx"), "--survey-leaf", "满意度")).code,
    ).toBe(2);
    expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });
});
