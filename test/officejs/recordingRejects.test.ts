import { recordingContext, shapeOf, sheetNameProblem, stepsOf } from "../taskpane/recordingContext";

/* The recording context refuses what Excel refuses, so that a gateway test cannot pass on a call a
 * real workbook would reject. */

const fresh = () => recordingContext({ sheets: ["Sheet1"] });

describe("the recording context rejects what Excel would", () => {
  test("a 2-D array whose shape differs from the range", () => {
    const { context } = fresh();
    const ws = context.workbook.worksheets.getItem("Sheet1");
    expect(() => {
      ws.getRangeByIndexes(0, 0, 2, 3).values = [[1, 2, 3]];
    }).toThrow("1×3 written to a 2×3 range");
    expect(() => {
      ws.getRange("B2:C3").formulas = [
        ["=1", "=2", "=3"],
        ["", "", ""],
      ];
    }).toThrow("2×3 written to a 2×2 range");
    expect(() => {
      ws.getRange("A1").numberFormat = [["@"], ["@"]];
    }).toThrow("2×1 written to a 1×1 range");
    expect(() => {
      ws.getRangeByIndexes(0, 0, 2, 2).values = [[1, 2], [3]];
    }).toThrow("not a rectangular 2-D array");
    expect(() => {
      context.workbook.getActiveCell().formulas = [["=1", "=2"]];
    }).toThrow("1×2 written to a 1×1 range");
  });

  test("…and takes the right shapes, and one value for a whole range", () => {
    const { context, rec } = fresh();
    const ws = context.workbook.worksheets.getItem("Sheet1");
    ws.getRangeByIndexes(2, 1, 2, 3).values = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    ws.getRange("Sheet1!B2:C3").formulas = [
      ["=1", "=2"],
      ["x", 3],
    ];
    ws.getRange("A1:D9").numberFormat = "@" as unknown as string[][];
    expect(rec.log.filter((e) => e.op === "set")).toHaveLength(3);
  });

  test("a formula in values (Excel would evaluate it), unless the cell is formatted as text first", () => {
    const { context } = fresh();
    const ws = context.workbook.worksheets.getItem("Sheet1");
    expect(() => {
      ws.getRange("A1:B1").values = [["name", "=SUM(A1:A3)"]];
    }).toThrow("a formula written to values: =SUM(A1:A3)");
    const r = ws.getRange("A2:B2");
    r.numberFormat = [["@", "@"]];
    r.values = [["=text", "=also text"]];
  });

  /* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read -- the mistakes the linter would also catch, made on purpose */
  test("reading a property that was not loaded, or before the sync", async () => {
    const { context } = recordingContext({ sheets: ["Sheet1"], usedValues: [[1]] });
    const used = context.workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject(true);
    expect(() => used.values).toThrow("read before load and sync");
    used.load("values");
    expect(() => used.values).toThrow("read before load and sync");
    await context.sync();
    expect(used.values).toEqual([[1]]);
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    expect(() => sheet.name).toThrow("read before load and sync");
  });
  /* eslint-enable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read */

  test.each([
    ["一个超过三十一个字符的工作表名称一二三四五六七八九十一二三四五六七八九十", "over 31 characters"],
    ["评分[1]", "[]:*?/\\"],
    ["a:b", "[]:*?/\\"],
    ["a*b", "[]:*?/\\"],
    ["a?b", "[]:*?/\\"],
    ["a/b", "[]:*?/\\"],
    ["a\\b", "[]:*?/\\"],
    ["'quoted", "apostrophe"],
    ["", "empty"],
  ])("a sheet name Excel refuses: %j", (name, why) => {
    const { context } = fresh();
    expect(() => context.workbook.worksheets.add(name)).toThrow(why);
    expect(sheetNameProblem(name)).toContain(why);
  });

  test("31 characters and names with spaces, parentheses and Chinese are fine", () => {
    const { context } = fresh();
    context.workbook.worksheets.add("x".repeat(31));
    context.workbook.worksheets.add("评分表 (2)");
    expect(sheetNameProblem("得分汇总 (12)")).toBeNull();
  });

  test("a cell over 32,767 characters, a formula over 8,192, a defined name over 255", () => {
    const { context } = fresh();
    const ws = context.workbook.worksheets.getItem("Sheet1");
    expect(() => {
      ws.getRange("A1").values = [["字".repeat(32768)]];
    }).toThrow("32768 characters, over Excel's 32767");
    ws.getRange("A1").values = [["字".repeat(32767)]];
    expect(() => {
      ws.getRange("A1").formulas = [[`=${"1+".repeat(4096)}1`]];
    }).toThrow("formula of 8194 characters, over Excel's 8192");
    ws.getRange("A1").formulas = [[`=${"1+".repeat(4095)}1`]];
    expect(() => context.workbook.names.add(`N${"x".repeat(255)}`, ws.getRange("A1"))).toThrow(
      "not a name Excel takes",
    );
    expect(() => context.workbook.names.add("1abc", ws.getRange("A1"))).toThrow("not a name Excel takes");
    context.workbook.names.add(`N${"x".repeat(254)}`, ws.getRange("A1"));
  });
});

describe("paths and shapes", () => {
  test("steps keep parentheses whole", () => {
    expect(stepsOf("context.workbook.worksheets.add(得分汇总 (2)).getRange(A1:B2)")).toEqual([
      "context",
      "workbook",
      "worksheets",
      "add(得分汇总 (2))",
      "getRange(A1:B2)",
    ]);
  });

  test.each([
    ["x.getRangeByIndexes(1,2,3,4)", { rows: 3, cols: 4 }],
    ["x.getRange(A1)", { rows: 1, cols: 1 }],
    ["x.getRange(Sheet1!$B$2:$D$9)", { rows: 8, cols: 3 }],
    ["x.getSelectedRange().getCell(0,0).getResizedRange(4,2)", { rows: 5, cols: 3 }],
    ["x.getRanges(A1,B2)", null],
  ])("%s is %j", (path, shape) => {
    expect(shapeOf(path)).toEqual(shape);
  });
});
