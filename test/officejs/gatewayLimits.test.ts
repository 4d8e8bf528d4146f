import { insertTable } from "../../taskpane/gateway/excelGateway";
import { limitProblems, LIMITS, queueSheet } from "../../taskpane/gateway/writeLayout";
import type { AreaValidation, LayoutCell, SheetLayout } from "../../src/layout/model";
import { presetById, PRESETS } from "../../src/kinds/table/presets";
import { layoutWorkbook } from "../../src/layout/workbook";
import { FORM_PRESETS } from "../../src/kinds/form/presets";
import { layoutForm } from "../../src/kinds/form/layout";
import { leavesOf, type Template } from "../../src/kinds/table/model";
import { installOfficeStub, recordingContext } from "../taskpane/recordingContext";
import { syntheticTree } from "../bench/checkBench";

/* Excel's limits, enforced at the gateway before anything is queued: a table Excel would refuse
 * half-way is refused whole, with the cells named, Chinese first. */

installOfficeStub();
const guangdong = presetById("guangdong-2022")?.template;
if (!guangdong) throw new Error("preset");

function sheet(cells: LayoutCell[], name = "评分表", validations: AreaValidation[] = []): SheetLayout {
  return {
    name,
    cells,
    merges: [],
    columns: [],
    rowCount: 1,
    colCount: 1,
    frozenRows: 0,
    problemFormats: [],
    validations,
    print: null,
  };
}
const validation = (f: string): AreaValidation => ({
  area: { top: 0, left: 0, bottom: 9, right: 0 },
  formula: f,
  errorTitle: "t",
  error: "e",
  promptTitle: "p",
  prompt: "p",
});
const text = (row: number, col: number, t: string): LayoutCell => ({
  row,
  col,
  content: { kind: "text", text: t },
  style: "text",
});
const formula = (row: number, col: number, f: string): LayoutCell => ({
  row,
  col,
  content: { kind: "formula", formula: f, result: null },
  style: "total",
});

describe("Excel's limits at the gateway", () => {
  test.each([
    ["cell text of 32,767 characters passes", [text(0, 0, "字".repeat(LIMITS.cellText))], []],
    [
      "cell text of 32,768 fails, with its address",
      [text(1, 2, "字".repeat(LIMITS.cellText + 1))],
      [
        {
          zh: "评分表!C2：单元格文字 32768 个字符，超过 Excel 的 32767",
          en: "评分表!C2: cell text of 32768 characters, over Excel's 32767",
        },
      ],
    ],
    ["a formula of 8,192 characters passes", [formula(0, 0, `${"1+".repeat(4095)}1`)], []],
    [
      "a formula of 8,194 fails",
      [formula(0, 0, `${"1+".repeat(4096)}1`)],
      [
        {
          zh: "评分表!A1：公式 8194 个字符，超过 Excel 的 8192",
          en: "评分表!A1: formula of 8194 characters, over Excel's 8192",
        },
      ],
    ],
    ["text of 255 characters inside a formula passes", [formula(0, 0, `IF(A1="${"名".repeat(255)}",1,0)`)], []],
    [
      "text of 256 characters inside a formula fails",
      [formula(4, 0, `IF(A1="${"名".repeat(256)}",1,0)`)],
      [
        {
          zh: "评分表!A5：公式中的文字 256 个字符，超过 Excel 的 255",
          en: "评分表!A5: text of 256 characters inside a formula, over Excel's 255",
        },
      ],
    ],
    ["doubled quotes count once", [formula(0, 0, `"${'""'.repeat(127)}"`)], []],
  ])("%s", (_, cells, problems) => {
    expect(limitProblems(sheet(cells))).toEqual(problems);
  });

  test.each([
    ["a validation formula of 255 characters passes", validation("1".repeat(254)), []],
    [
      "a validation formula of 256 characters fails, at its area's top-left",
      validation("1".repeat(255)),
      [
        {
          zh: "评分表!A1：数据验证公式 256 个字符，超过 Excel 的 255",
          en: "评分表!A1: validation formula of 256 characters, over Excel's 255",
        },
      ],
    ],
  ])("%s", (_, v, problems) => {
    expect(limitProblems(sheet([text(0, 0, "a")], "评分表", [v]))).toEqual(problems);
  });

  test.each([
    ["x".repeat(31), 0],
    ["x".repeat(32), 1],
    ["评分[1]", 1],
    ["评分表 (2)", 0],
  ])("sheet name %j: %i problem(s)", (name, count) => {
    expect(limitProblems(sheet([text(0, 0, "a")], name))).toHaveLength(count);
  });

  test("queueSheet refuses before queueing anything", () => {
    const { context, rec } = recordingContext({ sheets: ["Sheet1"] });
    const ws = context.workbook.worksheets.getItem("Sheet1");
    expect(() => queueSheet(ws, sheet([text(0, 0, "ok"), text(1, 0, "字".repeat(40000))]))).toThrow(
      /^Excel 无法写入此表：\n评分表!A2：单元格文字 40000 个字符.* Excel cannot take this table:\n评分表!A2: cell text of 40000 characters/s,
    );
    expect(rec.log.filter((e) => e.op === "set")).toEqual([]);
  });

  // The layout keeps such tables within Excel's limits (a long name is referenced by its cell, over-long text is cut,
  // and the template check lists both first); the gateway's own check then finds nothing left to refuse.
  test("a template whose indicator name would go into a formula as over 255 characters is written within the limits", async () => {
    const t: Template = JSON.parse(JSON.stringify(guangdong));
    t.indicators[0].name = "决".repeat(300);
    expect(layoutWorkbook(t).sheets.flatMap(limitProblems)).toEqual([]);
    const { context } = recordingContext({ sheets: ["Sheet1"] });
    await expect(insertTable(context, t, [], "newSheet", false)).resolves.toMatchObject({ status: "written" });
  });

  test("a 40,000-character 评分标准 is cut to Excel's 32,767 before it reaches the gateway", async () => {
    const t: Template = JSON.parse(JSON.stringify(guangdong));
    leavesOf(t.indicators)[0].leaf.criteria = "标".repeat(40000);
    expect(layoutWorkbook(t).sheets.flatMap(limitProblems)).toEqual([]);
    const { context } = recordingContext({ sheets: ["Sheet1"] });
    await expect(insertTable(context, t, [], "newSheet", false)).resolves.toMatchObject({ status: "written" });
  });

  test("a 500-leaf table: one validation and a few conditional formats over ranges, every sheet in one request well under Excel on the web's 5 MB", async () => {
    const { context, rec } = recordingContext({ sheets: ["Sheet1"] });
    await insertTable(context, syntheticTree(5, 10, 10), [], "newSheet", false);
    const write = rec.log.filter((e) => e.batch === 1);
    const bytes = Buffer.byteLength(JSON.stringify(write));
    expect(write.filter((e) => e.name === "rule").length).toBe(1);
    expect(write.filter((e) => e.name === "add" && e.path.endsWith("conditionalFormats")).length).toBe(4); // leaves, two levels of parents, the weight total
    expect(bytes).toBeLessThan(2.5 * 1024 * 1024); // half of the 5 MB request limit, as the recording's JSON
  });

  test("every preset and self-evaluation form is within the limits", () => {
    const layouts = [...PRESETS.map((p) => layoutWorkbook(p.template)), ...FORM_PRESETS.map((p) => layoutForm(p.form))];
    expect(layouts.length).toBeGreaterThan(6);
    expect(layouts.flatMap((l) => l.sheets.flatMap(limitProblems))).toEqual([]);
  });
});
