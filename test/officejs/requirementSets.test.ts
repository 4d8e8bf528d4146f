import * as fs from "fs";
import * as path from "path";
import { XMLParser } from "fast-xml-parser";
import {
  addinFiles,
  annotationOf,
  beyond,
  compareSets,
  excelApiUses,
  gatewayFiles,
  programOf,
  ROOT,
  unguardedMaximum,
  type ApiUse,
} from "./apiSets";
import { insertTable, readSheet } from "../../taskpane/gateway/excelGateway";
import { presetById } from "../../src/kinds/table/presets";
import { recordingContext } from "../taskpane/recordingContext";

/* The shared runtime means Office 2021 or later, whose Excel has ExcelApi 1.14: nothing the pane calls
 * may need more unless an isSetSupported test guards it, and the guarded fallbacks must work. */
const CEILING = "1.14";

const files = addinFiles(); // the task pane and the functions, the whole add-in
const uses = excelApiUses(programOf(files), files);

function manifestExcelApi(): string | undefined {
  const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml).OfficeApp;
  const sets = doc.Requirements.Sets.Set;
  const list = (Array.isArray(sets) ? sets : [sets]) as { "@Name": string; "@MinVersion": string }[];
  return list.find((s) => s["@Name"] === "ExcelApi")?.["@MinVersion"];
}

describe("the Excel API members the add-in uses, found by the TypeScript compiler", () => {
  test("all of them in the gateway: the pages and the functions never call Excel directly", () => {
    const gateway = new Set(gatewayFiles().map((f) => path.relative(ROOT, f)));
    expect(files.length).toBeGreaterThan(gateway.size + 10);
    expect(uses.filter((u) => !gateway.has(u.at.split(":")[0])).map((u) => `${u.member} ${u.at}`)).toEqual([]);
  });

  test("are many, and known ones are among them with their sets", () => {
    const byMember = new Map(uses.map((u) => [u.member, u]));
    expect(new Set(uses.map((u) => u.member)).size).toBeGreaterThan(80);
    expect(byMember.get("Excel.Range.getMergedAreasOrNullObject")).toMatchObject({ set: "1.13", guard: "1.13" });
    expect(byMember.get("Excel.Application.suspendScreenUpdatingUntilNextSync")).toMatchObject({
      set: "1.9",
      guard: "1.9",
    });
    expect(byMember.get("Excel.Worksheet.pageLayout")?.set).toBe("1.9");
    expect(byMember.get("Excel.Workbook.customXmlParts")?.set).toBe("1.5");
    expect(byMember.get("Excel.DataValidation.rule")?.set).toBe("1.8");
    // Enum values written as strings, and option objects, count too.
    expect(byMember.get("Excel.ChartType.barClustered")?.set).toBe("1.1");
    expect(byMember.get("Excel.PaperType.a4")?.set).toBe("1.9");
    expect(byMember.get("Excel.ConditionalFormatType.custom")?.set).toBe("1.6");
    expect(byMember.get("Excel.DataValidationErrorAlert.showAlert")?.set).toBe("1.8");
    // "[Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]" counts as 1.2.
    expect(byMember.get("Excel.Worksheet.visibility")?.set).toBe("1.2");
  });

  test(`none needs more than ExcelApi ${CEILING} unless guarded by isSetSupported`, () => {
    expect(beyond(uses, CEILING).map((u) => `${u.member} ${u.set} ${u.at}`)).toEqual([]);
  });

  test("the members without an ExcelApi annotation are exactly the known, version-free ones", () => {
    // load/items/workbook/run come with ExcelApi 1.1. delayForCellEdit (an Excel.run option) carries no set in
    // @types/office-js nor on Microsoft's reference page: a new unannotated member fails here and gets looked at.
    const unannotated = [...new Set(uses.filter((u) => u.set === null).map((u) => u.member.split(".").pop()))].sort();
    expect(unannotated).toEqual(["delayForCellEdit", "items", "load", "run", "workbook"]);
  });

  test("the manifest's <Requirements> ask for the highest set used without a guard, and no more than Office 2021 has", () => {
    const needed = unguardedMaximum(uses);
    expect(manifestExcelApi()).toBe(needed);
    expect(compareSets(needed, CEILING)).toBeLessThanOrEqual(0);
  });
});

describe("the checker itself, on small programs", () => {
  const check = (body: string): ApiUse[] => {
    const name = path.join(ROOT, "test/officejs/__synthetic__.ts");
    const source = `export async function f(context: Excel.RequestContext): Promise<void> {\n  const r = context.workbook.worksheets.getItem("S").getRange("A1");\n${body}\n  await context.sync();\n}\n`;
    return excelApiUses(programOf([], { [name]: source }), [name]);
  };

  test("fails when a call from ExcelApi 1.15 is added without a guard", () => {
    const found = beyond(check("  r.getDependents();"), CEILING);
    expect(found.map((u) => [u.member, u.set, u.at])).toEqual([
      ["Excel.Range.getDependents", "1.15", "test/officejs/__synthetic__.ts:3"],
    ]);
  });

  test("fails on a 1.16 property read and a 1.18 method; passes the 1.1 ones", () => {
    const found = beyond(
      check(
        '  r.load("valuesAsJson");\n  console.log(r.valuesAsJson);\n  r.clearOrResetContents();\n  r.values = [[1]];',
      ),
      CEILING,
    );
    expect(found.map((u) => `${u.member} ${u.set}`)).toEqual([
      "Excel.Range.valuesAsJson 1.16",
      "Excel.Range.clearOrResetContents 1.18",
    ]);
  });

  test("passes the same call when guarded by isSetSupported for its set, in if or &&", () => {
    expect(
      beyond(
        check('  if (Office.context.requirements.isSetSupported("ExcelApi", "1.15")) r.getDependents();'),
        CEILING,
      ),
    ).toEqual([]);
    expect(
      beyond(
        check('  if (Office.context.requirements.isSetSupported("ExcelApi", "1.15")) { r.getDependents(); }'),
        CEILING,
      ),
    ).toEqual([]);
    expect(
      beyond(
        check(
          '  const ok = Office.context.requirements.isSetSupported("ExcelApi", "1.15") && r.getDependents();\n  void ok;',
        ),
        CEILING,
      ),
    ).toEqual([]);
  });

  test("a guard for a lower set, or code in the else branch, does not count", () => {
    expect(
      beyond(
        check('  if (Office.context.requirements.isSetSupported("ExcelApi", "1.12")) r.getDependents();'),
        CEILING,
      ),
    ).toHaveLength(1);
    expect(
      beyond(
        check(
          '  if (Office.context.requirements.isSetSupported("ExcelApi", "1.15")) r.select(); else r.getDependents();',
        ),
        CEILING,
      ),
    ).toHaveLength(1);
  });

  test("an enum value written as a string is its enum member", () => {
    const uses = check('  context.workbook.worksheets.getItem("S").charts.add("Funnel", r);');
    expect(uses.find((u) => u.member === "Excel.ChartType.funnel")?.set).toBe("1.9");
  });

  test("sets other than ExcelApi are always beyond Office 2021", () => {
    expect(annotationOf("/** [Api set: ExcelApiOnline 1.1] */")).toBe("ExcelApiOnline 1.1");
    expect(annotationOf("/** [Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.] */")).toBe("1.2");
    expect(compareSets("ExcelApiOnline 1.1", CEILING)).toBeGreaterThan(0);
    expect(
      beyond([{ member: "Excel.X.y", set: "ExcelApiOnline 1.1", guard: "1.18", at: "x:1" }], CEILING),
    ).toHaveLength(1);
  });
});

describe("the guarded calls have working fallbacks", () => {
  const office = globalThis as unknown as { Office: unknown };
  const upTo = (max: string): void => {
    office.Office = {
      context: {
        requirements: { isSetSupported: (set: string, v: string) => set === "ExcelApi" && compareSets(v, max) <= 0 },
      },
    };
  };
  afterAll(() => upTo("1.99"));

  test("without ExcelApi 1.13 the sheet is read in one round trip, without merged areas", async () => {
    upTo("1.12");
    const values = [
      ["一级指标", "分值"],
      ["决策", 15],
    ];
    const { context, rec } = recordingContext({ sheets: ["Sheet1"], usedValues: values, merged: ["Sheet1!A1:B1"] });
    const grid = await readSheet(context, "sheet");
    expect(rec.syncs).toBe(1);
    expect(rec.log.some((e) => e.name === "getMergedAreasOrNullObject")).toBe(false);
    expect(grid).toEqual({
      name: "Sheet1",
      cells: [
        ["一级指标", "分值"],
        ["决策", 15],
      ],
      merges: [],
      origin: { row: 0, col: 0 },
      settings: null,
      settingsProblems: [],
    });
  });

  test("with ExcelApi 1.13 the merged areas are read", async () => {
    upTo("1.13");
    const { context, rec } = recordingContext({
      sheets: ["Sheet1"],
      usedValues: [["a", "b"]],
      merged: ["Sheet1!A1:B1"],
    });
    const grid = await readSheet(context, "sheet");
    expect(rec.syncs).toBe(2);
    expect(grid?.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });

  test("without ExcelApi 1.9 the table is written the same way, only without suspending screen updating", async () => {
    const template = presetById("guangdong-2022")?.template;
    if (!template) throw new Error("preset");
    upTo("1.8");
    const old = recordingContext({ sheets: ["Sheet1"] });
    expect((await insertTable(old.context, template, [], "newSheet", false)).status).toBe("written");
    upTo("1.14");
    const now = recordingContext({ sheets: ["Sheet1"] });
    await insertTable(now.context, template, [], "newSheet", false);
    expect(old.rec.log.some((e) => e.name === "suspendScreenUpdatingUntilNextSync")).toBe(false);
    expect(now.rec.log.some((e) => e.name === "suspendScreenUpdatingUntilNextSync")).toBe(true);
    const without = (log: typeof now.rec.log) =>
      log
        .filter((e) => e.name !== "suspendScreenUpdatingUntilNextSync")
        .map((e) => `${e.batch} ${e.op} ${e.path}.${e.name}`);
    expect(without(old.rec.log)).toEqual(without(now.rec.log));
  });
});
