import * as fs from "fs";
import { layoutWorkbook } from "../../src/layout/workbook";
import { EXCEL_LIMITS } from "../../src/layout/excelLimits";
import { checkTemplateData } from "../../src/template/checkTemplate";
import { checkFormData } from "../../src/kinds/form/readFormFile";
import { FORM_PRESETS } from "../../src/kinds/form/presets";
import type { Template } from "../../src/kinds/table/model";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { xlsxBytes } from "../../src/xlsx/writeWorkbook";
import { recalc } from "../workbook/recalc";
import { tempDir } from "./craft";

// Generated workbooks stay within Excel's limits: formulas ≤ 8,192 characters, text constants in formulas
// ≤ 255, cells ≤ 32,767 characters; what would go beyond is reported before anything is written.
const t = tempDir("jx-hostile-excel-");
afterAll(() => fs.rmSync(t.dir, { recursive: true, force: true }));

const children = (n: number, weight: number, score: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `子项${i + 1}`, weight, score }));

const WIDE: Template = {
  format: "jixiao-template",
  version: 1,
  title: "一千二百个下级指标",
  indicators: [
    { name: "产出", weight: 60, children: children(1200, 0.05, 0.04) },
    { name: "效益", weight: 40, children: [{ name: "满意度", weight: 40, score: 30 }] },
  ],
};

const MANY_TOPS: Template = {
  format: "jixiao-template",
  version: 1,
  title: "一千二百个一级指标",
  total: 1200,
  indicators: children(1200, 1, 1),
};

function formulasOf(tpl: Template, problems = checkTemplateData(tpl).problems): string[] {
  const layout = layoutWorkbook(tpl, problems);
  return layout.sheets.flatMap((s) => [
    ...s.cells.flatMap((c) => (c.content?.kind === "formula" ? [c.content.formula] : [])),
    ...s.problemFormats.map((f) => f.formula),
    ...(s.validations ?? []).map((v) => v.formula),
  ]);
}

const textConstants = (f: string): string[] =>
  [...f.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));

describe("formulas within 8,192 characters", () => {
  test.each([
    ["a parent with 1,200 children", WIDE],
    ["1,200 top-level indicators", MANY_TOPS],
  ])("%s", (_what, tpl) => {
    expect(checkTemplateData(tpl).problems).toEqual([]);
    const longest = Math.max(...formulasOf(tpl).map((f) => f.length));
    expect(longest).toBeLessThanOrEqual(1100);
  });

  test("LibreOffice computes the same total and finds the weights consistent", async () => {
    const file = t.write("wide.xlsx", await xlsxBytes(layoutWorkbook(WIDE), { cachedResults: false }));
    const after = await readWorkbook(fs.readFileSync(await recalc(file)));
    expect(after.names.JX_TOTAL).toBe(78);
    expect(after.names.JX_WEIGHT_TOTAL).toBe(100);
    const scoring = after.sheets.find((s) => s.name === "评分表");
    const checkCol = scoring?.cells[1].indexOf("权重校验") ?? -1;
    expect(
      scoring?.cells
        .slice(3)
        .map((r) => r[checkCol] ?? "")
        .filter((v) => v !== ""),
    ).toEqual([]);
  }, 180_000);
});

describe("names over 255 characters are referenced, not quoted", () => {
  const longName = "很长的指标名称".repeat(50);
  const WRONG: Template = {
    format: "jixiao-template",
    version: 1,
    title: "长名称",
    indicators: [
      {
        name: longName,
        weight: 20,
        children: [
          { name: "立项", weight: 12, score: 10 },
          { name: "资金", weight: 6, score: 6 },
        ],
      },
      { name: "产出", weight: 80, children: [{ name: "数量", weight: 80, score: 70 }] },
    ],
  };
  test("no text constant in any formula is longer than 255", () => {
    for (const f of formulasOf(WRONG))
      for (const s of textConstants(f)) expect(s.length).toBeLessThanOrEqual(EXCEL_LIMITS.formulaText);
  });
  test("LibreOffice shows the long name in the check", async () => {
    const file = t.write(
      "long.xlsx",
      await xlsxBytes(layoutWorkbook(WRONG, checkTemplateData(WRONG).problems), { cachedResults: false }),
    );
    const after = await readWorkbook(fs.readFileSync(await recalc(file)));
    const scoring = after.sheets.find((s) => s.name === "评分表");
    const checkCol = scoring?.cells[1].indexOf("权重校验") ?? -1;
    expect(scoring?.cells[3][checkCol]).toBe(`${longName} 权重≠下级合计；`);
  }, 180_000);
});

describe("text beyond what a cell holds is reported, and cut if written anyway", () => {
  const huge = "说".repeat(EXCEL_LIMITS.cellChars + 10);
  const LONG_TEXT: Template = {
    ...WIDE,
    title: huge,
    indicators: [{ name: "决策", weight: 100, children: [{ name: "立项", weight: 100, score: 90, criteria: huge }] }],
  };
  test("the template check names each text at its path", () => {
    const problems = checkTemplateData(LONG_TEXT).problems;
    expect(problems.map((p) => p.at)).toEqual(["/title", "/indicators/0/children/0/criteria"]);
    expect(problems[0].message).toBe("文字有 32777 个字符，超过 Excel 单元格的上限 32767");
  });
  test("--force: every cell within 32,767 characters, the settings still readable", async () => {
    const layout = layoutWorkbook(LONG_TEXT, checkTemplateData(LONG_TEXT).problems);
    for (const s of layout.sheets)
      for (const c of s.cells)
        if (c.content?.kind === "text") expect(c.content.text.length).toBeLessThanOrEqual(EXCEL_LIMITS.cellChars);
    const wb = await readWorkbook(await xlsxBytes(layout));
    expect(wb.settingsProblems).toEqual([]);
    expect(wb.settings?.title).toBe("说".repeat(1000));
  });
  test("grade labels: at most 255 characters and 64 bands", () => {
    const long = checkTemplateData({
      ...WIDE,
      grades: [
        { label: "优".repeat(256), min: 90 },
        { label: "差", min: 0 },
      ],
    }).problems;
    expect(long.map((p) => p.at)).toEqual(["/grades/0/label"]);
    const many = checkTemplateData({
      ...WIDE,
      grades: Array.from({ length: 65 }, (_, i) => ({ label: `第${i}等`, min: i })),
    }).problems;
    expect(many.map((p) => p.at)).toEqual(["/grades"]);
  });
  test("more than 60,000 indicator rows: refused before anything is laid out (even with --force)", () => {
    const reading = checkTemplateData({ ...MANY_TOPS, total: 60_001, indicators: children(60_001, 1, 1) });
    expect(reading.template).toBeNull();
    expect(reading.problems.map((p) => p.message)).toEqual(["共有 60001 行指标，超过上限 60000 行"]);
    const form = structuredClone(FORM_PRESETS[0].form);
    form.indicators = Array.from({ length: 60_001 }, () => form.indicators[0]);
    expect(checkFormData(form).problems.map((p) => p.at)).toEqual(["/indicators"]);
  });
  test("a form with a text beyond a cell is refused", () => {
    const form = structuredClone(FORM_PRESETS[0].form);
    form.project.name = huge;
    const reading = checkFormData(form);
    expect(reading.form).toBeNull();
    expect(reading.problems.map((p) => p.at)).toEqual(["/project/name"]);
  });
});
