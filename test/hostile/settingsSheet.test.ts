import * as fs from "fs";
import { jx } from "../cli/runJx";
import { layoutWorkbook } from "../../src/layout/workbook";
import { text, type WorkbookLayout } from "../../src/layout/model";
import { xlsxBytes } from "../../src/xlsx/writeWorkbook";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { TINY, tempDir } from "./craft";

// A tampered or hand-edited settings sheet (_jixiao!A1) is checked as a template file's same fields are:
// each wrong field is reported at its cell and path and left out, so no figure changes and nothing crashes.
const t = tempDir("jx-hostile-settings-");
afterAll(() => fs.rmSync(t.dir, { recursive: true, force: true }));

const TEMPLATE = {
  ...TINY,
  decimals: { total: 1 },
  grades: [
    { label: "好", min: 80 },
    { label: "差", min: 0 },
  ],
};

async function withSettings(name: string, settings: string): Promise<string> {
  const layout = layoutWorkbook(TEMPLATE);
  const sheets = layout.sheets.map((s) =>
    s.name === "_jixiao" ? { ...s, cells: [{ ...s.cells[0], content: text(settings) }] } : s,
  );
  return t.write(name, await xlsxBytes({ ...layout, sheets } as WorkbookLayout));
}

const own = (fields: Record<string, unknown>) =>
  JSON.stringify({ format: "jixiao-settings", version: 1, title: "小表", grades: TEMPLATE.grades, ...fields });

describe("the settings sheet", () => {
  test("as written: total 80 (one decimal) and grade 好", async () => {
    const s = JSON.parse(
      (
        await jx(
          "score",
          await withSettings("ok.xlsx", own({ decimals: { total: 1 }, grades: TEMPLATE.grades })),
          "--json",
        )
      ).out,
    );
    expect([s.total, s.grade]).toEqual([80, "好"]);
  });

  test.each([
    ["negative decimals", own({ decimals: { total: -1 } }), "_jixiao!A1 /decimals/total", "应不小于 0"],
    ["decimals 100", own({ decimals: { total: 100 } }), "_jixiao!A1 /decimals/total", "应不大于 6"],
    [
      "a grade bound that is not a number",
      own({ grades: [{ label: "好", min: "八十" }] }),
      "_jixiao!A1 /grades/0/min",
      "类型应为 数字",
    ],
    [
      "a grade bound of 1e309",
      own({ grades: [{ label: "好", min: 1e309 }] }).replace("null", "1e309"),
      "_jixiao!A1 /grades/0/min",
      "超出可用范围",
    ],
    ["a total that is not a number", own({ total: "一百" }), "_jixiao!A1 /total", "类型应为 数字"],
  ])("%s: reported and ignored, the figures as without it", async (_what, settings, at, message) => {
    const file = await withSettings("bad.xlsx", settings);
    const r = await jx("score", file);
    // Without its grade bands the printed grade 好 is checked against the default scheme (良): exit 1 then.
    expect(r.code).toBe(at.includes("grades") ? 1 : 0);
    expect(r.err).toContain("工作簿设置有 1 处错误");
    expect(r.err).toContain(at);
    expect(r.err).toContain(message);
    expect(r.err).not.toContain("DecimalError");
    const json = JSON.parse((await jx("score", file, "--json")).out);
    expect(json.total).toBe(80);
    const wb = await readWorkbook(fs.readFileSync(file));
    expect(wb.settingsProblems).toHaveLength(1);
  });

  test("damaged JSON in our settings is reported; another program's text is not ours and says nothing", async () => {
    const damaged = await jx("score", await withSettings("damaged.xlsx", '{"format":"jixiao-settings","decimals":{'));
    expect([damaged.code, damaged.err]).toEqual([1, expect.stringContaining("_jixiao!A1 第 1 行第")]);
    const foreign = await jx("score", await withSettings("foreign.xlsx", "备注：本表由财政局印发"));
    expect([foreign.code, foreign.err]).toEqual([1, ""]); // its printed grade 好 is then checked against the default scheme
  });

  test("jx export leaves a wrong field out of the template it writes", async () => {
    const file = await withSettings("export.xlsx", own({ decimals: { total: 100 }, grades: TEMPLATE.grades }));
    const r = await jx("export", file, "--out", t.at("export.json"));
    expect(r.code).toBe(0);
    expect(r.err).toContain("/decimals/total");
    const exported = JSON.parse(fs.readFileSync(t.at("export.json"), "utf8"));
    expect(exported.decimals).toBeUndefined();
    expect(exported.grades).toEqual(TEMPLATE.grades);
  });
});
