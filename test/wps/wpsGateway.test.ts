import {
  grid2d,
  insertForm,
  insertSummary,
  insertTable,
  loadTemplate,
  readSheet,
  readSheets,
  saveTemplate,
  wpsGateway,
  NO_CELL_FUNCTIONS,
} from "../../taskpane/gateway/wpsGateway";
import { templateCells, TEMPLATE_MARK } from "../../src/layout/templateStore";
import { bgr } from "../../taskpane/gateway/wpsModel";
import { layoutWorkbook } from "../../src/layout/workbook";
import { formPresetById } from "../../src/kinds/form/presets";
import { readTable } from "../../src/kinds/table/read";
import { checkTable } from "../../src/kinds/table/check";
import { presetById } from "../../src/kinds/table/presets";
import { syntheticTree } from "../bench/checkBench";
import { MockEt, type Entry } from "./mockEt";

const guangdong = presetById("guangdong-2022")?.template;
if (!guangdong) throw new Error("preset");

const sets = (et: MockEt, name: string, on?: string): Entry[] =>
  et.log.filter((e) => e.op === "set" && e.name === name && (!on || e.on.startsWith(`${on}!`)));
const calls = (et: MockEt, name: string): Entry[] => et.log.filter((e) => e.op === "call" && e.name === name);
const sheetAdds = (et: MockEt): string[] => sets(et, "Name").map((e) => String(e.value));

describe("inserting a table through the WPS objects", () => {
  test("into a new sheet: one 2-D Formula write of the block, formats first, merges, validation, names, print setup, the settings sheet hidden", () => {
    const et = new MockEt({ sheets: ["Sheet1"] });
    const out = insertTable(et.application(), guangdong, [], "newSheet", false);
    expect(out).toEqual({ status: "written", sheet: "评分表", address: "评分表!A1", syncs: 0 });
    const scoring = layoutWorkbook(guangdong).sheets[0];
    const formulas = sets(et, "Formula", "评分表");
    expect(formulas.length).toBe(1);
    expect(formulas[0].on).toBe(`评分表!A1:${String.fromCharCode(64 + scoring.colCount)}${scoring.rowCount}`);
    const matrix = formulas[0].value as (string | number)[][];
    expect([matrix.length, matrix[0].length]).toEqual([scoring.rowCount, scoring.colCount]);
    expect([matrix[0][0], matrix[1][0], matrix[3][0], matrix[3][1]]).toEqual([guangdong.title, "一级指标", "投入", 20]);
    expect(
      matrix.flat().some((v) => typeof v === "string" && v.startsWith("=") && v.includes("ROUND(IF(COUNTIF(")),
    ).toBe(true);
    // Number formats go before the formulas.
    const order = et.log
      .filter((e) => e.on.startsWith("评分表!") && (e.name === "NumberFormat" || e.name === "Formula"))
      .map((e) => e.name);
    expect(order.indexOf("Formula")).toBe(order.length - 1);
    expect(order[0]).toBe("NumberFormat");
    expect(et.sheet("评分表")?.merges.length).toBe(scoring.merges.length);
    expect(
      calls(et, "Add")
        .filter((e) => e.on === "Names")
        .map((e) => (e.value as string[])[0]),
    ).toEqual(["JX_TOTAL", "JX_GRADE", "JX_WEIGHT_TOTAL"]);
    expect(et.names.every((n) => n.refersTo.startsWith("='评分表'!$"))).toBe(true);
    expect(sheetAdds(et)).toEqual(["评分表", "汇总", "_jixiao"]);
    // One validation per run of leaves, not one per leaf score cell; relative references are read from the
    // active cell in WPS as in Excel's COM model, so each rule's top-left is selected just before it is added.
    expect(calls(et, "Validation.Add").length).toBe(scoring.validations?.length);
    expect(scoring.validations?.length).toBeLessThan(18);
    et.log.forEach((e, i) => {
      if (e.name !== "Validation.Add" && e.name !== "FormatConditions.Add") return;
      const selected = et.log
        .slice(0, i)
        .filter((x) => x.name === "Select")
        .pop();
      expect(selected?.on).toBe(e.on.split(":")[0]);
    });
    expect(sets(et, "Validation.InputTitle").map((e) => e.value)).toEqual(scoring.validations?.map(() => "得分"));
    expect(et.sheet("评分表")?.page).toMatchObject({
      Orientation: 2,
      PaperSize: 9,
      FitToPagesWide: 1,
      PrintTitleRows: "$2:$3",
    });
    expect(et.sheet("_jixiao")?.visible).toBe(0);
    expect(JSON.parse(String(et.sheet("_jixiao")?.cells.get("0,0")?.value))).toMatchObject({
      format: "jixiao-settings",
      title: guangdong.title,
    });
    expect(et.sheets[et.active].name).toBe("评分表");
    expect(et.sheet("评分表")?.view).toMatchObject({ SplitRow: scoring.frozenRows, FreezePanes: true });
    // Screen updating is switched off for the writing and back on after.
    expect(sets(et, "ScreenUpdating").map((e) => e.value)).toEqual([false, true]);
    // Conditional formats paint in the same colours as Excel's door.
    expect(et.sheet("评分表")?.conditions.length).toBe(scoring.problemFormats.length);
    expect(sets(et, "FormatCondition.Interior.Color")[0].value).toBe(bgr("#FFC7CE"));
  });

  test.each([10, 100, 500])("writes %i leaves with one Formula write per sheet", (leaves) => {
    const tree =
      leaves === 10 ? syntheticTree(2, 1, 5) : leaves === 100 ? syntheticTree(4, 5, 5) : syntheticTree(5, 10, 10);
    const et = new MockEt();
    expect(insertTable(et.application(), tree, [], "newSheet", false).status).toBe("written");
    expect(sets(et, "Formula").map((e) => e.on.split("!")[0])).toEqual(["评分表", "汇总", "_jixiao"]);
    expect(calls(et, "Validation.Add").length).toBe(1); // the leaves stand one after another at one level
    // Styles and formats go by area, so calls grow with the merges and leaves, not with every cell.
    expect(et.log.length).toBeLessThan(leaves * 40 + 400);
  });

  test("never over a person's cells: an occupied selection is refused after one look, nothing written", () => {
    const et = new MockEt({ values: [["在此的文字"]], at: { row: 6, col: 3 }, selection: "C5" });
    const out = insertTable(et.application(), guangdong, [], "selection", false);
    if (out.status !== "occupied") throw new Error(`expected occupied, got ${out.status}`);
    expect(out.address).toMatch(/^Sheet1!C5:[A-Z]+\d+$/);
    expect(et.log).toEqual([]);
  });

  test("at an empty selection (or when the person agreed to overwrite): the table starts at that cell, formulas shifted", () => {
    for (const occupied of [false, true]) {
      const et = new MockEt({ values: occupied ? [["在此的文字"]] : [], at: { row: 6, col: 3 }, selection: "C5" });
      const out = insertTable(et.application(), guangdong, [], "selection", occupied);
      expect(out).toMatchObject({ status: "written", sheet: "Sheet1", address: "Sheet1!C5" });
      const formulas = sets(et, "Formula", "Sheet1");
      expect(formulas.length).toBe(1);
      expect(formulas[0].on).toMatch(/^Sheet1!C5:/);
      expect((formulas[0].value as unknown[][]).flat().join(" ")).toContain("=$D$8+$D$17+$D$21+$D$25");
      expect(sheetAdds(et)).toEqual(["汇总", "_jixiao"]);
      expect(et.sheet("Sheet1")?.view.FreezePanes).toBe(false); // a table inside a person's sheet freezes nothing
    }
  });

  test("a second insertion takes free sheet names, keeps the one settings sheet and replaces the JX_* names", () => {
    const et = new MockEt({
      sheets: ["评分表", "汇总"],
      names: ["JX_TOTAL", "JX_GRADE", "JX_WEIGHT_TOTAL"],
      settings: "{}",
    });
    const out = insertTable(et.application(), guangdong, [], "newSheet", false);
    expect(out).toMatchObject({ status: "written", sheet: "评分表 (2)" });
    expect(sheetAdds(et)).toEqual(["评分表 (2)", "汇总 (2)"]);
    expect(calls(et, "Delete").filter((e) => e.on === "Names").length).toBe(3);
    expect(et.names.map((n) => n.name)).toEqual(["JX_TOTAL", "JX_GRADE", "JX_WEIGHT_TOTAL"]);
    expect(JSON.stringify(sets(et, "Formula", "汇总 (2)")[0].value)).toContain("'评分表 (2)'!");
  });

  test("text that starts with = + - is written as text, in a cell formatted as text first", () => {
    const t = { ...guangdong, title: '=HYPERLINK("x")', indicators: [{ name: "-负面清单", weight: 100 }] };
    const et = new MockEt();
    insertTable(et.application(), t, [], "newSheet", false);
    const f = sets(et, "Formula")[0].value as unknown[][];
    expect([f[0][0], f[3][0]]).toEqual(['\'=HYPERLINK("x")', "'-负面清单"]);
    const a1 = et.sheet("评分表")?.cells.get("0,0");
    expect(a1).toMatchObject({ value: '=HYPERLINK("x")', format: "@" });
    expect(a1?.formula).toBeUndefined();
  });

  test("no workbook open: a clear message, Chinese first", () => {
    const et = new MockEt({ noWorkbook: true });
    expect(() => insertTable(et.application(), guangdong, [], "newSheet", false)).toThrow(
      /^WPS 表格中没有打开的工作簿.* No workbook is open/,
    );
  });
});

describe("reading the active sheet through the WPS objects", () => {
  const values = [
    ["一级指标", "", "二级指标", ""],
    ["名称", "分值", "名称", "分值"],
    ["决策", 15, "项目立项", 12],
    ["", "", "资金落实", 2],
    ["管理", 85, "资金管理", 85],
  ];

  test("values, origin and merged areas become a grid the reader understands", async () => {
    const et = new MockEt({ values, at: { row: 2, col: 1 }, merges: ["B3:C3", "D3:E3", "B5:B6", "C5:C6"] });
    const grid = await wpsGateway(() => et.application()).readSheet("sheet");
    expect(grid?.origin).toEqual({ row: 2, col: 1 });
    expect(grid?.merges).toContainEqual({ top: 2, left: 0, bottom: 3, right: 0 });
    expect(grid?.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 1 });
    expect(grid?.settings).toBeNull();
    const table = grid && readTable(grid);
    expect(table && checkTable(table).map((p) => `${p.at} ${p.message}`)).toEqual(["C5 决策 权重 15 ≠ 下级合计 14"]);
    expect(et.log.filter((e) => e.op === "set")).toEqual([]); // reading writes nothing
  });

  test("with the workbook's settings from the hidden sheet, and percentages as the sheet shows them", () => {
    const settings = JSON.stringify({
      format: "jixiao-settings",
      version: 1,
      title: "梅州",
      total: 100,
      decimals: { score: 2 },
    });
    const et = new MockEt({
      values: [
        ["得分率", 0.9],
        ["分值", 15],
      ],
      formats: { B1: "0.00%" },
      settings,
    });
    const grid = readSheet(et.application(), "sheet");
    expect(grid?.cells).toEqual([
      ["得分率", "90%"],
      ["分值", 15],
    ]);
    expect(grid?.settings).toMatchObject({ title: "梅州", total: 100 });
    expect(grid?.merges).toEqual([]);
  });

  test("settings that are wrong are ignored and said, at the settings cell, not dropped", () => {
    const settings = JSON.stringify({
      format: "jixiao-settings",
      version: 1,
      title: "梅州",
      grades: [{ label: "好", min: "八十" }],
    });
    const grid = readSheet(new MockEt({ values: [["分值", 15]], settings }).application(), "sheet");
    expect(grid?.settings).toMatchObject({ title: "梅州" });
    expect(grid?.settings?.grades).toBeUndefined();
    expect(grid?.settingsProblems?.map((p) => [p.at, p.kind, p.message])).toEqual([
      ["_jixiao!A1 /grades/0/min", "settingIgnored", "工作簿设置有误，已忽略：类型应为 数字"],
    ]);
  });

  test("every visible sheet is read for 校验所有工作表, the hidden settings sheet left out", () => {
    const et = new MockEt({ sheets: ["Sheet1"] });
    insertTable(et.application(), presetById("self-eval")?.template ?? guangdong, [], "newSheet", false);
    const names = readSheets(et.application()).map((g) => g.name);
    expect(names).toEqual(expect.arrayContaining(["评分表", "汇总"]));
    expect(names).not.toContain("_jixiao");
  });

  test("an empty sheet gives null; the selection is read as it is", () => {
    expect(readSheet(new MockEt().application(), "sheet")).toBeNull();
    const et = new MockEt({ values, selection: "C3:D5" });
    const grid = readSheet(et.application(), "selection");
    expect(grid?.origin).toEqual({ row: 2, col: 2 });
    expect(grid?.cells).toEqual([
      ["项目立项", 12],
      ["资金落实", 2],
      ["资金管理", 85],
    ]);
  });
});

describe("the template kept in the workbook", () => {
  test("kept below the settings in the hidden sheet and reloaded, odd characters included", async () => {
    const et = new MockEt();
    const gateway = wpsGateway(() => et.application());
    await gateway.insertTable(guangdong, [], "newSheet", false);
    const t = { ...guangdong, title: "a < b & c > d ]]> “引号” '单引号'" };
    await gateway.saveTemplate(t);
    expect(String(et.sheet("_jixiao")?.cells.get("1,0")?.value)).toBe(`${TEMPLATE_MARK} 1`);
    expect(JSON.parse(String(et.sheet("_jixiao")?.cells.get("0,0")?.value))).toMatchObject({
      format: "jixiao-settings",
    }); // the settings stay
    expect(await gateway.loadTemplate()).toEqual(t);
  });

  test("a template longer than one cell takes several; a shorter one clears the old parts; a workbook without one gives null; a damaged one is refused", () => {
    const big = { ...guangdong, indicators: syntheticTree(10, 10, 10).indicators };
    expect(templateCells(big).length).toBeGreaterThan(2);
    const et = new MockEt();
    const app = et.application();
    expect(loadTemplate(app)).toBeNull();
    saveTemplate(app, big); // no settings sheet yet: one is made, hidden
    expect(et.sheet("_jixiao")?.visible).toBe(0);
    expect(loadTemplate(app)).toEqual(big);
    saveTemplate(app, guangdong);
    expect(loadTemplate(app)).toEqual(guangdong);
    expect(et.sheet("_jixiao")?.cells.get("3,0")?.value).toBeUndefined();
    // A damaged template is said to the person, not taken for none.
    et.sheet("_jixiao")?.cells.set("2,0", { value: "{damaged" });
    expect(() => loadTemplate(app)).toThrow(
      /^工作簿中保存的模板无法读取，已忽略：第 1 行第 2 列：不是有效的 JSON，有无法识别的字符.* The template kept in the workbook cannot be read and was ignored: line 1, column 2: not valid JSON: a character that cannot be read/,
    );
  });
});

describe("the summary table, the self-evaluation form, marks and cell functions", () => {
  test("汇总: values as one Value2 write, percentages formatted", () => {
    const et = new MockEt({ sheets: ["得分汇总"] });
    const name = insertSummary(
      et.application(),
      "梅州",
      [
        { name: "决策", weight: 15, score: 12, rate: 0.8 },
        { name: "管理", weight: 25, score: 21.9, rate: 0.876 },
      ],
      91.3,
      "优",
    );
    expect(name).toBe("得分汇总 (2)");
    const values = sets(et, "Value2", name).find((e) => e.on === `${name}!A2:D6`)?.value;
    expect(values).toEqual([
      ["评价维度", "分值", "得分", "得分率"],
      ["决策", 15, 12, 0.8],
      ["管理", 25, 21.9, 0.876],
      ["合计", 40, 91.3, 0.913],
      ["等级", "", "优", ""],
    ]);
    expect(et.sheet(name)?.cells.get("2,3")?.format).toBe("0.00%");
    expect(et.sheet(name)?.cells.get("0,0")?.value).toBe("梅州 得分汇总");
  });

  test("自评表: a new sheet, the form's formulas in one write, names; its rule set into the settings the workbook keeps", () => {
    const et = new MockEt();
    const out = insertForm(et.application(), formPresetById("dibao-2022")!.form);
    expect(out).toMatchObject({ status: "written", sheet: "自评表" });
    const f = sets(et, "Formula", "自评表")[0].value as unknown[][];
    expect(f[0][0]).toBe("项目支出绩效自评表");
    expect(f.flat().some((v) => typeof v === "string" && v.includes("IFERROR(ROUND("))).toBe(true);
    expect(et.names.map((n) => n.name)).toEqual(["JX_TOTAL", "JX_GRADE", "JX_WEIGHT_TOTAL"]);
    const existing = new MockEt({ settings: JSON.stringify({ format: "jixiao-settings", version: 1, title: "旧" }) });
    insertForm(existing.application(), formPresetById("self-eval-form-2021")!.form);
    expect(JSON.parse(String(existing.sheet("_jixiao")?.cells.get("0,0")?.value))).toMatchObject({
      title: "旧",
      scoring: "2021",
    });
  });

  test("marks paint problem cells and clearing restores the fill they had", async () => {
    const et = new MockEt({ values: [[1, 2]] });
    et.sheets[0].cells.get("0,1")!.fill = 255;
    const gateway = wpsGateway(() => et.application());
    await gateway.markCells("Sheet1", ["A1", "B1"]);
    expect(et.sheets[0].cells.get("0,0")?.fill).toBe(bgr("#FFC7CE"));
    await gateway.clearMarks("Sheet1");
    expect([et.sheets[0].cells.get("0,0")?.fill, et.sheets[0].cells.get("0,1")?.fill]).toEqual([undefined, 255]);
    await gateway.selectCell("Sheet1", "B1");
    expect(et.selection).toBe("B1");
  });

  test("cell functions: a JIXIAO.* formula is refused with the reason; a native formula goes into the active cell", async () => {
    const et = new MockEt({ selection: "B2" });
    const gateway = wpsGateway(() => et.application());
    expect(gateway.kind).toBe("wps");
    await expect(gateway.insertFormula("=JIXIAO.RATIO(80,100)")).rejects.toThrow(NO_CELL_FUNCTIONS.zh);
    expect(et.log).toEqual([]);
    await expect(gateway.insertFormula("=ROUND(80/100,4)")).resolves.toBe("Sheet1!B2");
    expect(et.sheets[0].cells.get("1,1")?.formula).toBe("=ROUND(80/100,4)");
  });
});

describe("the mock checks shapes as WPS would", () => {
  test("Value2 must match the range, indices are 1-based, merges may not overlap", () => {
    const et = new MockEt();
    const app = et.application();
    const ws = app.ActiveWorkbook!.Worksheets.Item(1);
    expect(() => (ws.Range("A1:B2").Value2 = [[1, 2]])).toThrow(/2×2/);
    expect(() => app.ActiveWorkbook!.Worksheets.Item(0)).toThrow(/1-based/);
    ws.Range("A1:B1").Merge();
    expect(() => ws.Range("B1:C1").Merge()).toThrow(/merged/);
    expect(() => ws.Range("not an address")).toThrow(/Invalid/);
  });
});

describe("what WPS gives back is checked before it is read", () => {
  test("a Value2 that is not the range's size is refused with a message, Chinese first", () => {
    expect(grid2d([[1, 2]], 1, 2)).toEqual([[1, 2]]);
    expect(grid2d("x", 1, 1)).toEqual([["x"]]);
    expect(() => grid2d("x", 2, 2)).toThrow(/^WPS 返回的单元格数据不是 2×2 的表格，未读取。 WPS gave back/);
    expect(() => grid2d([[1]], 1, 2)).toThrow(/1×2/);
  });
});
