import { excelGateway, insertForm, insertSummary, insertTable, readSheet } from "../../taskpane/gateway/excelGateway";
import { presetById } from "../../src/kinds/table/presets";
import { formPresetById } from "../../src/kinds/form/presets";
import { installOfficeStub, recordingContext, type Entry, type World } from "../taskpane/recordingContext";
import { typeProblems, walk } from "./typedLog";

/* Every call the gateway makes in the recording context, checked against @types/office-js: the paths,
 * the load() paths, the properties set (type and writability) and the methods called. */

installOfficeStub();
const template = presetById("guangdong-2022")?.template;
if (!template) throw new Error("preset");

/** Runs one gateway method with Excel.run bound to a recording context. */
async function recordRun(world: World, run: () => Promise<unknown>): Promise<Entry[]> {
  const { context, rec } = recordingContext(world);
  (globalThis as unknown as { Excel: unknown }).Excel = {
    run: (a: unknown, b?: unknown) => (typeof a === "function" ? a : (b as (c: unknown) => unknown))(context),
  };
  await run();
  return rec.log;
}

describe("the gateway's calls fit Office.js's own types", () => {
  test.each([
    [
      "insertTable, new sheet",
      { sheets: ["Sheet1"] },
      (c: Excel.RequestContext) => insertTable(c, template, [], "newSheet", false),
    ],
    [
      "insertTable, at an empty selection",
      { sheets: ["Sheet1"], selection: { sheet: "Sheet1", row: 4, col: 2, address: "Sheet1!C5" } },
      (c: Excel.RequestContext) => insertTable(c, template, [], "selection", false),
    ],
    [
      "insertForm",
      { sheets: ["Sheet1"] },
      (c: Excel.RequestContext) => insertForm(c, formPresetById("dibao-2022")!.form),
    ],
    [
      "insertSummary",
      { sheets: ["Sheet1"] },
      (c: Excel.RequestContext) =>
        insertSummary(c, "梅州", [{ name: "决策", weight: 15, score: 12, rate: 0.8 }], 12, "差"),
    ],
    [
      "readSheet",
      { sheets: ["Sheet1"], usedValues: [["a", 1]], merged: ["Sheet1!A1:B1"] },
      (c: Excel.RequestContext) => readSheet(c, "sheet"),
    ],
  ] as const)("%s", async (_, world, run) => {
    const { context, rec } = recordingContext({ ...world } as unknown as World);
    await run(context);
    expect(rec.log.length).toBeGreaterThan(3);
    expect(typeProblems(rec.log)).toEqual([]);
  });

  test("the small Excel.run calls: insert a formula, select, mark and clear cells, save and load the template", async () => {
    const gw = excelGateway();
    const world: World = { sheets: ["Sheet1"] };
    const logs = [
      ...(await recordRun(world, () => gw.selectCell("Sheet1", "B3"))),
      ...(await recordRun(world, () => gw.markCells("Sheet1", ["B3", "C4"]))),
      ...(await recordRun(world, () => gw.clearMarks("Sheet1"))),
      ...(await recordRun(world, () => gw.saveTemplate(template))),
      ...(await recordRun(world, () => gw.loadTemplate())),
    ];
    expect(logs.map((e) => e.name)).toEqual(
      expect.arrayContaining(["select", "color", "clear", "getByNamespace", "add", "getOnlyItemOrNullObject"]),
    );
    expect(typeProblems(logs)).toEqual([]);
  });
});

describe("the type check catches what Office.js would not take", () => {
  const range = "context.workbook.worksheets.getItem(Sheet1).getRange(A1)";
  const entry = (e: Partial<Entry> & Pick<Entry, "op" | "name">): Entry => ({ path: range, batch: 0, ...e });

  test.each([
    [entry({ op: "set", name: "valuez", value: [[1]] }), "has no valuez"],
    [entry({ op: "set", name: "address", value: "A1" }), "address: read-only"],
    [
      entry({ path: `${range}.format`, op: "set", name: "horizontalAlignment", value: "Middle" }),
      '"Middle" is not one of',
    ],
    [
      entry({ path: `${range}.format`, op: "set", name: "columnWidth", value: "wide" }),
      "a string where number is wanted",
    ],
    [
      entry({
        path: `${range}.dataValidation`,
        op: "set",
        name: "errorAlert",
        value: { showAlert: true, stlye: "Stop" },
      }),
      "has no stlye",
    ],
    [entry({ op: "call", name: "load", args: ["values,nmae"] }), 'load("nmae")'],
    [
      entry({ path: "context.workbook.worksheets", op: "call", name: "load", args: ["items/nmae"] }),
      'load("items/nmae")',
    ],
    [entry({ op: "call", name: "merge", args: [false, 1, 2] }), "3 arguments"],
    [entry({ op: "call", name: "sortBy", args: [] }), "has no sortBy"],
    [
      entry({
        path: "context.workbook.worksheets.getItem(Sheet1).charts",
        op: "call",
        name: "add",
        args: ["Barclustered", {}, "Columns"],
      }),
      "no overload takes these arguments",
    ],
    [
      entry({ path: "context.workbook.sheets.getItem(Sheet1)", op: "call", name: "activate", args: [] }),
      "has no sheets",
    ],
    [
      entry({ path: `${range}.format.fill`, op: "set", name: "color", value: () => undefined }),
      "not a value: a property read before load?",
    ],
  ])("%#: %j", (e, problem) => {
    const found = typeProblems([e]);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(problem);
  });

  test("the same calls spelled right pass", () => {
    expect(
      typeProblems([
        entry({ op: "set", name: "values", value: [[1]] }),
        entry({ path: `${range}.format`, op: "set", name: "horizontalAlignment", value: "Center" }),
        entry({
          path: `${range}.dataValidation`,
          op: "set",
          name: "errorAlert",
          value: { showAlert: true, style: "Stop", title: "t", message: "m" },
        }),
        entry({ op: "call", name: "load", args: ["values,address,worksheet/name"] }),
        entry({
          path: "context.workbook.worksheets.getItem(Sheet1).charts",
          op: "call",
          name: "add",
          args: ["BarClustered", {}, "Columns"],
        }),
      ]),
    ).toEqual([]);
    expect("type" in walk("context.workbook.getSelectedRange().getCell(0,0).getResizedRange(3,2)")).toBe(true);
  });
});
