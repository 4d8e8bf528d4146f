import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { runsOf } from "../../src/layout/draft";
import { layoutWorkbook } from "../../src/layout/workbook";
import type { SheetLayout } from "../../src/layout/model";
import {
  ADJUSTMENT_TIERS,
  adjustmentFormula,
  adjustmentInWords,
  fundsFigures,
  layoutFundsDetail,
} from "../../src/kinds/form/fundsDetail";
import { formNote, layoutForm, qualitativeBandsInWords } from "../../src/kinds/form/layout";
import { formPresetById } from "../../src/kinds/form/presets";
import { QUALITATIVE_BANDS } from "../../src/rules/scoring";
import type { Template } from "../../src/kinds/table/model";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { xlsxBytes } from "../../src/xlsx/writeWorkbook";
import { growthTree } from "../bench/filesBench";
import { recalc } from "./recalc";

jest.setTimeout(200_000);

/** The parts of a written workbook a spreadsheet opening it has to read: validations, conditional formats, styles. */
async function partsOf(bytes: Uint8Array): Promise<{ sheet: string; styles: string }> {
  const zip = await JSZip.loadAsync(bytes);
  return {
    sheet: (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "",
    styles: (await zip.file("xl/styles.xml")?.async("string")) ?? "",
  };
}
const count = (xml: string, tag: string): number =>
  xml.split(`<${tag} `).length - 1 + (xml.split(`<${tag}>`).length - 1);
const attr = (xml: string, name: string): string | undefined => new RegExp(`<${name} count="(\\d+)"`).exec(xml)?.[1];

describe("generated workbooks stay light for other spreadsheets", () => {
  test("2,000 leaves: one validation and four conditional formats over ranges, a handful of styles", async () => {
    const { sheet, styles } = await partsOf(await xlsxBytes(layoutWorkbook(growthTree(2000))));
    expect(count(sheet, "dataValidation")).toBe(1);
    // One rule over the 得分 column of every leaf, its references relative to the run's first cell.
    expect(sheet).toMatch(
      /<dataValidation type="custom" allowBlank="1" showInputMessage="1" promptTitle="得分" prompt="[^"]+" showErrorMessage="1" errorStyle="stop" errorTitle="得分超出范围" error="[^"]+" sqref="G4:G2003"><formula1>OR\(G4=&quot;不适用&quot;,AND\(ISNUMBER\(G4\),G4&gt;=0,G4&lt;=\$F4\)\)<\/formula1>/,
    );
    // Leaves, the parents of each of two levels, the weight total.
    expect(count(sheet, "conditionalFormatting")).toBe(4);
    expect(sheet).toContain('<conditionalFormatting sqref="G4:G2003">');
    expect(sheet).toContain("AND(ISNUMBER(G4),OR(G4&lt;0,G4&gt;$F4))");
    // Parents of one level with equal spans share a rule summing the next level's 分值 down their span.
    expect(sheet).toContain('<conditionalFormatting sqref="B4:B2003">');
    expect(sheet).toContain("ROUND(B4,9)&lt;&gt;ROUND(SUM(D4:D203),9)");
    expect(sheet).toContain("ROUND(D4,9)&lt;&gt;ROUND(SUM(F4:F23),9)");
    expect(Number(attr(styles, "dxfs"))).toBe(4);
    expect(Number(attr(styles, "cellXfs"))).toBeLessThanOrEqual(16);
  });

  test("a leaf standing above the deepest level breaks the run: each run has its own rule with its own 分值 column", () => {
    const t: Template = {
      format: "jixiao-template",
      version: 1,
      title: "混合层级",
      indicators: [
        {
          name: "甲",
          weight: 50,
          children: [
            { name: "甲1", weight: 20 },
            { name: "甲2", weight: 30 },
          ],
        },
        { name: "乙", weight: 30 },
        { name: "丙", weight: 20, children: [{ name: "丙1", weight: 20, rows: ["丙1 第二行"] }] },
      ],
    };
    const sheet = layoutWorkbook(t).sheets[0];
    expect(sheet.validations?.map((v) => [v.area, v.formula])).toEqual([
      [{ top: 3, left: 4, bottom: 4, right: 4 }, 'OR(E4="不适用",AND(ISNUMBER(E4),E4>=0,E4<=$D4))'],
      // 丙1 spans two rows (its extra label): the run ends at its last row.
      [{ top: 6, left: 4, bottom: 7, right: 4 }, 'OR(E7="不适用",AND(ISNUMBER(E7),E7>=0,E7<=$D7))'],
      [{ top: 5, left: 4, bottom: 5, right: 4 }, 'OR(E6="不适用",AND(ISNUMBER(E6),E6>=0,E6<=$B6))'],
    ]);
    // 甲 spans 2 rows, 丙 2 rows: one rule over both would not be contiguous (乙 stands between), so two.
    expect(sheet.problemFormats.filter((f) => f.area.left === 1).map((f) => [f.area, f.formula])).toEqual([
      [{ top: 3, left: 1, bottom: 4, right: 1 }, "ROUND(B4,9)<>ROUND(SUM(D4:D5),9)"],
      [{ top: 6, left: 1, bottom: 7, right: 1 }, "ROUND(B7,9)<>ROUND(SUM(D7:D8),9)"],
      [{ top: 8, left: 1, bottom: 8, right: 1 }, "ROUND($B$9,9)<>100"],
    ]);
  });

  test.each([
    ["no cells", [], []],
    ["one cell", [{ top: 3, bottom: 3 }], [{ top: 3, bottom: 3 }]],
    [
      "merged cells one after another",
      [
        { top: 5, bottom: 6 },
        { top: 3, bottom: 4 },
      ],
      [{ top: 3, bottom: 6 }],
    ],
    [
      "a gap breaks the run",
      [
        { top: 3, bottom: 3 },
        { top: 5, bottom: 5 },
        { top: 6, bottom: 8 },
      ],
      [
        { top: 3, bottom: 3 },
        { top: 5, bottom: 8 },
      ],
    ],
  ])("runsOf: %s", (_what, cells, runs) => expect(runsOf(cells)).toEqual(runs));

  test("the table placed at an origin: every cell, merge and rule moved once, the formulas naming the moved cells", () => {
    const t = growthTree(100);
    const at0 = layoutWorkbook(t).sheets[0];
    const moved = layoutWorkbook(t, [], { origin: { row: 2, col: 1 } }).sheets[0];
    expect(moved.cells.map((c) => [c.row, c.col, c.style])).toEqual(
      at0.cells.map((c) => [c.row + 2, c.col + 1, c.style]),
    );
    expect(moved.merges).toEqual(
      at0.merges.map((m) => ({ top: m.top + 2, left: m.left + 1, bottom: m.bottom + 2, right: m.right + 1 })),
    );
    expect(moved.validations?.map((v) => [v.area.top, v.area.left, v.formula])).toEqual([
      [5, 7, 'OR(H6="不适用",AND(ISNUMBER(H6),H6>=0,H6<=$G6))'],
    ]);
    expect(moved.problemFormats.map((f) => f.area.top - 2)).toEqual(at0.problemFormats.map((f) => f.area.top));
  });
});

describe("each validation prompt is titled for its cells", () => {
  const titles = (s: SheetLayout) => (s.validations ?? []).map((v) => [v.area.left, v.promptTitle, v.errorTitle]);
  test.each([
    [
      "2020",
      [
        [3, "符号", "符号"],
        [8, "完成档次", "完成档次"],
        [9, "系数", "系数不在所选档次内"],
      ],
    ],
    [
      "2021",
      [
        [11, "项目已完成", "项目已完成"],
        [3, "符号", "符号"],
        [8, "完成档次", "完成档次"],
        [9, "系数", "系数不在所选档次内"],
      ],
    ],
  ] as const)("the %s form", (scoring, expected) => {
    const form = { ...structuredClone(formPresetById("dibao-2022")!.form), scoring };
    const [sheet, funds] = layoutForm(form).sheets;
    expect(titles(sheet)).toEqual(expected);
    // One rule per column over every indicator row, written for the first (row 14).
    const rows = sheet.validations?.filter((v) => v.area.left === 3).map((v) => [v.area.top, v.area.bottom]);
    expect(rows).toEqual([[13, 12 + form.indicators.length]]);
    expect(funds.name).toBe("基础数据表");
    expect(titles(funds)).toEqual([[1, "统一政策调整", "是/否"]]);
  });

  test("the scoring sheet's score cells", () => {
    expect(titles(layoutWorkbook(growthTree(100)).sheets[0])).toEqual([[6, "得分", "得分超出范围"]]);
  });
});

describe("banded formulas and their words come from the core's declarations", () => {
  test("预算调整: the formula and the note from ADJUSTMENT_TIERS", () => {
    expect(adjustmentFormula("M3")).toBe(
      "IF(ROUND(M3,9)>=0.5,3,IF(ROUND(M3,9)>=0.2,2,IF(ROUND(M3,9)>=0.1,1,IF(ROUND(M3,9)>0,0.5,0))))",
    );
    expect(adjustmentInWords()).toBe(
      "大于 0 小于 10% 扣 0.5 分，10%（含）–20% 扣 1 分，20%（含）–50% 扣 2 分，50% 及以上扣 3 分",
    );
    expect(ADJUSTMENT_TIERS.map((t) => t.points)).toEqual([0.5, 1, 2, 3]);
  });

  test("the qualitative bands: the notes, the factor message and the validation from QUALITATIVE_BANDS", () => {
    expect(qualitativeBandsInWords()).toBe(
      "达成（基本达成目标）80%–100%，部分达成（部分实现目标）60%（含）–80%，未达成（实现目标程度较低）0–60%",
    );
    for (const scoring of ["2020", "2021"] as const)
      expect(formNote(scoring)).toContain(`定性指标填写完成档次和系数（${qualitativeBandsInWords()}）`);
    const form = layoutForm(structuredClone(formPresetById("dibao-2022")!.form)).sheets[0];
    const factor = form.validations?.find((v) => v.promptTitle === "系数");
    expect(factor?.error).toBe(`${qualitativeBandsInWords()}。`);
    for (const b of QUALITATIVE_BANDS)
      expect(factor?.formula).toContain(`J14>=${b.min},J14${b.maxIncluded ? "<=" : "<"}${b.max}`);
  });

  test("LibreOffice takes off what fundsFigures takes off, at each end of every tier", async () => {
    const rates = [0, 5, 9.99, 10, 19.99, 20, 49.99, 50, 80];
    const rows = rates.map((r) => ({
      source: `调整 ${r}%`,
      initial: 100,
      adjustment: r,
      arrivedCounty: 100,
      spentCounty: 100,
    }));
    const sheet = layoutFundsDetail({ rows, policyAdjustment: false }, "分档");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-tiers-"));
    const file = path.join(dir, "tiers.xlsx");
    fs.writeFileSync(file, await xlsxBytes({ sheets: [sheet], names: [] }, { cachedResults: false }));
    const wb = await readWorkbook(fs.readFileSync(await recalc(file)));
    const got = wb.sheets[0].cells.slice(2, 2 + rates.length).map((r) => Number(r[13]));
    expect(got).toEqual(rows.map((r) => fundsFigures(r).deduction.toNumber()));
    expect(got).toEqual([0, 0.5, 0.5, 1, 1, 2, 2, 3, 3]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
