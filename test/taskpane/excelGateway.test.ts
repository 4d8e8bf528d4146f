import { insertForm, insertSummary, insertTable, freeName, readSheet } from "../../taskpane/gateway/excelGateway";
import { formPresetById } from "../../src/kinds/form/presets";
import { asText } from "../../taskpane/gateway/writeLayout";
import { layoutWorkbook } from "../../src/layout/workbook";
import { readTable } from "../../src/kinds/table/read";
import { checkTable } from "../../src/kinds/table/check";
import { presetById } from "../../src/kinds/table/presets";
import { syntheticTree } from "../bench/checkBench";
import { installOfficeStub, recordingContext, type Entry, type Recording } from "./recordingContext";

installOfficeStub();
const guangdong = presetById("guangdong-2022")?.template;
if (!guangdong) throw new Error("preset");

const sets = (rec: Recording, name: string): Entry[] => rec.log.filter((e) => e.op === "set" && e.name === name);
const calls = (rec: Recording, name: string): Entry[] => rec.log.filter((e) => e.op === "call" && e.name === name);

describe("inserting a table through Office.js", () => {
  test("into a new sheet: one 2-D write of formats and formulas, merges, names, in 2 syncs", async () => {
    const { context, rec } = recordingContext({ sheets: ["Sheet1"] });
    const out = await insertTable(context, guangdong, [], "newSheet", false);
    expect(out).toEqual({ status: "written", sheet: "评分表", address: "评分表!A1", syncs: 2 });
    expect(rec.syncs).toBe(2);
    const layout = layoutWorkbook(guangdong);
    const scoring = layout.sheets[0];
    const formulas = sets(rec, "formulas").find((e) => e.path.includes("add(评分表)"));
    expect(formulas?.path).toContain(`getRangeByIndexes(0,0,${scoring.rowCount},${scoring.colCount - 0})`);
    const matrix = formulas?.value as (string | number)[][];
    expect(matrix[0][0]).toBe(guangdong.title);
    expect(matrix[1][0]).toBe("一级指标");
    expect(matrix[3][0]).toBe("投入");
    expect(matrix[3][1]).toBe(20);
    expect(
      matrix.flat().some((v) => typeof v === "string" && v.startsWith("=IF(COUNT(") && v.includes("ROUND(IF(COUNTIF(")),
    ).toBe(true);
    // Formats go before formulas, in the same batch.
    const order = rec.log
      .filter(
        (e) => e.op === "set" && (e.name === "numberFormat" || e.name === "formulas") && e.path.includes("add(评分表)"),
      )
      .map((e) => e.name);
    expect(order.slice(0, 2)).toEqual(["numberFormat", "formulas"]);
    expect(calls(rec, "merge").filter((e) => e.path.includes("add(评分表)")).length).toBe(scoring.merges.length);
    expect(
      calls(rec, "add")
        .filter((e) => e.path.endsWith("names"))
        .map((e) => e.args?.[0]),
    ).toEqual(["JX_TOTAL", "JX_GRADE", "JX_WEIGHT_TOTAL"]);
    expect(
      calls(rec, "add")
        .filter((e) => e.path.endsWith("worksheets"))
        .map((e) => e.args?.[0]),
    ).toEqual(["评分表", "汇总", "_jixiao"]);
    // One validation per run of leaves (not one per leaf score cell), over the run's whole area, prompt titled 得分.
    expect(sets(rec, "rule").length).toBe(scoring.validations?.length);
    expect(scoring.validations?.length).toBeLessThan(18);
    expect(sets(rec, "prompt").map((e) => (e.value as { title: string }).title)).toEqual(
      scoring.validations?.map(() => "得分"),
    );
    expect(calls(rec, "setPrintTitleRows").map((e) => e.args?.[0])).toContain("$2:$3");
    expect(sets(rec, "visibility").map((e) => e.value)).toEqual(["Hidden"]);
    // Nothing is queued after the last sync.
    expect(rec.log.filter((e) => e.batch >= 2)).toEqual([]);
  });

  test.each([10, 100, 500])("costs the same 2 syncs for %i leaves", async (leaves) => {
    const tree =
      leaves === 10 ? syntheticTree(2, 1, 5) : leaves === 100 ? syntheticTree(4, 5, 5) : syntheticTree(5, 10, 10);
    const { context, rec } = recordingContext({ sheets: ["Sheet1"] });
    expect((await insertTable(context, tree, [], "newSheet", false)).status).toBe("written");
    expect(rec.syncs).toBe(2);
    // All leaves stand at the same level one after another: one validation and one red flag for all of them.
    expect(sets(rec, "rule").length).toBe(1);
    expect(sets(rec, "rule")[0].path).toContain(`getRangeByIndexes(3,6,${leaves},1)`);
    expect(calls(rec, "add").filter((e) => e.path.endsWith("conditionalFormats")).length).toBe(4); // leaves, the parents of each of two levels, the weight total
  });

  test("never over a person's cells: an occupied selection is refused after one look, nothing written", async () => {
    const { context, rec } = recordingContext({
      sheets: ["Sheet1"],
      selection: { sheet: "Sheet1", row: 4, col: 2, address: "Sheet1!C5" },
      targetOccupied: true,
    });
    const out = await insertTable(context, guangdong, [], "selection", false);
    if (out.status !== "occupied") throw new Error(`expected occupied, got ${out.status}`);
    expect(out.address).toMatch(/^Sheet1!C5:[A-Z]+\d+$/);
    expect(rec.syncs).toBe(1);
    expect(rec.log.filter((e) => e.op === "set")).toEqual([]);
    expect(rec.log.filter((e) => e.op === "call" && ["add", "merge", "delete"].includes(e.name))).toEqual([]);
  });

  test("at an empty selection (or when the person agreed to overwrite): the table starts at that cell, formulas shifted", async () => {
    for (const [occupied, overwrite] of [
      [false, false],
      [true, true],
    ] as const) {
      const { context, rec } = recordingContext({
        sheets: ["Sheet1"],
        selection: { sheet: "Sheet1", row: 4, col: 2, address: "Sheet1!C5" },
        targetOccupied: occupied,
      });
      const out = await insertTable(context, guangdong, [], "selection", overwrite);
      expect(out).toMatchObject({ status: "written", sheet: "Sheet1", syncs: 2 });
      const formulas = sets(rec, "formulas").find((e) => e.path.includes("worksheets.getItem(Sheet1)"));
      expect(formulas?.path).toContain("getRangeByIndexes(4,2,");
      const flat = (formulas?.value as unknown[][]).flat().join(" ");
      expect(flat).toContain("=$D$8+$D$17+$D$21+$D$25"); // the top-level weights moved from B4… to D8…
      expect(
        calls(rec, "add")
          .filter((e) => e.path.endsWith("worksheets"))
          .map((e) => e.args?.[0]),
      ).toEqual(["汇总", "_jixiao"]);
    }
  });

  test("a second insertion takes free sheet names and replaces the JX_* names", async () => {
    const { context, rec } = recordingContext({
      sheets: ["评分表", "汇总", "_jixiao"],
      names: ["JX_TOTAL", "JX_GRADE", "JX_WEIGHT_TOTAL"],
    });
    const out = await insertTable(context, guangdong, [], "newSheet", false);
    expect(out).toMatchObject({ status: "written", sheet: "评分表 (2)" });
    expect(
      calls(rec, "add")
        .filter((e) => e.path.endsWith("worksheets"))
        .map((e) => e.args?.[0]),
    ).toEqual(["评分表 (2)", "汇总 (2)"]);
    expect(calls(rec, "delete").filter((e) => e.path.includes("names.getItemOrNullObject")).length).toBe(3);
    const summary = sets(rec, "formulas").find((e) => e.path.includes("add(汇总 (2))"));
    expect(JSON.stringify(summary?.value)).toContain("'评分表 (2)'!");
  });

  test("text that starts with = + - is written as text", async () => {
    const t = { ...guangdong, title: '=HYPERLINK("x")', indicators: [{ name: "-负面清单", weight: 100 }] };
    const { context, rec } = recordingContext({ sheets: [] });
    await insertTable(context, t, [], "newSheet", false);
    const f = sets(rec, "formulas")[0].value as unknown[][];
    const n = sets(rec, "numberFormat")[0].value as string[][];
    expect([f[0][0], n[0][0]]).toEqual(['\'=HYPERLINK("x")', "@"]);
    expect([f[3][0], n[3][0]]).toEqual(["'-负面清单", "@"]);
    expect(asText("+5%")).toBe("'+5%");
    expect(asText("普通文字")).toBe("普通文字");
  });

  test("free names for sheets", () => {
    expect(freeName("评分表", ["Sheet1"])).toBe("评分表");
    expect(freeName("评分表", ["评分表", "评分表 (2)"])).toBe("评分表 (3)");
  });
});

describe("reading the active sheet through Office.js", () => {
  test("values, origin and merged areas become a grid the reader understands", async () => {
    const values = [
      ["一级指标", "", "二级指标", ""],
      ["名称", "分值", "名称", "分值"],
      ["决策", 15, "项目立项", 12],
      ["", "", "资金落实", 2],
      ["管理", 85, "资金管理", 85],
    ];
    const { context, rec } = recordingContext({
      sheets: ["Sheet1"],
      usedValues: values,
      usedOrigin: { row: 2, col: 1 },
      merged: ["Sheet1!B3:C3", "Sheet1!D3:E3", "Sheet1!B5:B6", "Sheet1!C5:C6"],
    });
    const grid = await readSheet(context, "sheet");
    expect(rec.syncs).toBe(2);
    expect(grid?.origin).toEqual({ row: 2, col: 1 });
    expect(grid?.merges).toContainEqual({ top: 2, left: 0, bottom: 3, right: 0 });
    const table = grid && readTable(grid);
    expect(table && checkTable(table).map((p) => `${p.at} ${p.message}`)).toEqual(["C5 决策 权重 15 ≠ 下级合计 14"]);
  });
});

describe("the summary table and chart, and the self-evaluation form", () => {
  test("汇总: values as one write, percentages formatted, a native bar chart of 得分率, 2 syncs", async () => {
    const { context, rec } = recordingContext({ sheets: ["得分汇总"] });
    const name = await insertSummary(
      context,
      "梅州",
      [
        { name: "决策", weight: 15, score: 12, rate: 0.8 },
        { name: "管理", weight: 25, score: 21.9, rate: 0.876 },
      ],
      91.3,
      "优",
    );
    expect(name).toBe("得分汇总 (2)");
    expect(rec.syncs).toBe(2);
    const values = sets(rec, "values").find((e) => e.path.includes("getRangeByIndexes(1,0,5,4)"))?.value;
    expect(values).toEqual([
      ["评价维度", "分值", "得分", "得分率"],
      ["决策", 15, 12, 0.8],
      ["管理", 25, 21.9, 0.876],
      ["合计", 40, 91.3, 0.913],
      ["等级", "", "优", ""],
    ]);
    expect(calls(rec, "add").find((e) => e.path.endsWith("charts"))?.args?.[0]).toBe("BarClustered");
  });

  test("自评表: a new sheet, the form's formulas in one write, names, 2 syncs", async () => {
    const { context, rec } = recordingContext({ sheets: ["Sheet1"] });
    const out = await insertForm(context, formPresetById("dibao-2022")!.form);
    expect(out).toMatchObject({ status: "written", sheet: "自评表", syncs: 2 });
    expect(rec.syncs).toBe(2);
    const f = sets(rec, "formulas").find((e) => e.path.includes("add(自评表)"))?.value as unknown[][];
    expect(f[0][0]).toBe("项目支出绩效自评表");
    expect(f.flat().some((v) => typeof v === "string" && v.includes("IFERROR(ROUND("))).toBe(true);
    expect(
      calls(rec, "add")
        .filter((e) => e.path.endsWith("names"))
        .map((e) => e.args?.[0]),
    ).toEqual(["JX_TOTAL", "JX_GRADE", "JX_WEIGHT_TOTAL"]);
  });

  test("自评表: its rule set goes into the hidden settings sheet, or into the settings the workbook already keeps (3 syncs)", async () => {
    const fresh = recordingContext({ sheets: ["Sheet1"] });
    await insertForm(fresh.context, formPresetById("self-eval-form-2021")!.form);
    const kept = sets(fresh.rec, "formulas").find((e) => e.path.includes("add(_jixiao)"))?.value as unknown[][];
    expect(JSON.parse(String(kept[0][0]))).toMatchObject({ format: "jixiao-settings", scoring: "2021" });
    expect(sets(fresh.rec, "visibility").find((e) => e.path.includes("add(_jixiao)"))?.value).toBe("Hidden");
    const existing = recordingContext({ sheets: ["Sheet1", "_jixiao"] });
    const out = await insertForm(existing.context, formPresetById("self-eval-form-2021")!.form);
    expect(out).toMatchObject({ status: "written", syncs: 3 });
    const a1 = sets(existing.rec, "values").find((e) => e.path.endsWith("getItemOrNullObject(_jixiao).getRange(A1)"))
      ?.value as unknown[][];
    expect(JSON.parse(String(a1[0][0]))).toMatchObject({ scoring: "2021" });
  });
});
