import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Dec } from "../../src/decimal";
import { gradeChart, rateChart } from "../../src/layout/charts";
import type { WorkbookLayout } from "../../src/layout/model";
import { layoutReview, REVIEW_SHEETS, reviewSheetNames } from "../../src/review/layoutReview";
import { reviewChosenFiles } from "../../src/review/reviewFiles";
import { addChartParts, chartXml } from "../../src/xlsx/chartParts";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { xlsxBytes } from "../../src/xlsx/writeWorkbook";
import { unpackZip, type ZipPart } from "../../src/xlsx/zip";
import { FILLED_FORM } from "../fixtures/forms";
import { handmadeXlsx, SEED_000_MERGED } from "../fixtures/handmade";
import { recalc } from "../workbook/recalc";

jest.setTimeout(300_000);

const text = (parts: readonly ZipPart[], name: string): string => {
  const p = parts.find((x) => x.name === name);
  if (!p) throw new Error(`no part ${name}`);
  return new TextDecoder().decode(p.content);
};

/** What a chart part says: its kind, title, series name, the cells it draws and the values it keeps. */
function chartOf(xml: string) {
  const all = (re: RegExp) => [...xml.matchAll(re)].map((m) => m[1]);
  return {
    dir: /<c:barDir val="(\w+)"\/>/.exec(xml)?.[1],
    title: /<c:title>.*?<a:t>(.*?)<\/a:t>/.exec(xml)?.[1],
    refs: all(/<c:f>(.*?)<\/c:f>/g).map((f) => f.replace(/&apos;/g, "'").replace(/&amp;/g, "&")),
    points: all(/<c:v>(.*?)<\/c:v>/g),
  };
}

async function summaryOf(sample: boolean) {
  const files = {
    "甲.xlsx": await handmadeXlsx(FILLED_FORM),
    "乙.xlsx": await handmadeXlsx(SEED_000_MERGED),
    "坏.xlsx": new TextEncoder().encode("no zip"),
  };
  return reviewChosenFiles(
    Object.entries(files).map(([name, bytes]) => ({ name, bytes: async () => bytes })),
    sample ? { sample: { by: "projects", share: new Dec("0.5"), seed: 3 } } : {},
  );
}

describe("the chart descriptions", () => {
  test("等级分布's: 项目数 per grade from the heading row, beside the table; 汇总's: 得分率 per indicator", () => {
    expect(gradeChart(2, 5)).toEqual({
      kind: "column",
      title: "各等级项目数",
      seriesName: { row: 1, col: 1, text: "项目数" },
      categories: { top: 2, left: 0, bottom: 5, right: 0 },
      values: { top: 2, left: 1, bottom: 5, right: 1 },
      numFmt: "0",
      anchor: { top: 1, left: 7, bottom: 16, right: 14 },
    });
    expect(rateChart(3)).toMatchObject({
      kind: "bar",
      seriesName: { row: 1, col: 3, text: "得分率" },
      categories: { top: 2, bottom: 4, left: 0 },
      values: { top: 2, bottom: 4, left: 3 },
    });
  });
});

describe("the review's sheet names in a workbook that has some already", () => {
  test.each([
    [["Sheet1"], ""],
    [["项目汇总"], " (2)"],
    [["Sheet1", "等级分布 (2)", "无法读取"], " (3)"],
    [["复核清单"], " (2)"], // the sample sheet too, even when the review has no sample
    [["项目汇总 (2)"], ""],
  ])("%j → suffix %j on every sheet", (taken, suffix) => {
    const names = reviewSheetNames(taken);
    expect(names).toEqual(Object.fromEntries(Object.entries(REVIEW_SHEETS).map(([k, v]) => [k, `${v}${suffix}`])));
  });

  test("formulas refer to the suffixed names", async () => {
    const layout = layoutReview(await summaryOf(true), reviewSheetNames(["项目汇总"]));
    expect(layout.sheets.map((s) => s.name)).toEqual([
      "项目汇总 (2)",
      "等级分布 (2)",
      "问题清单 (2)",
      "无法读取 (2)",
      "复核清单 (2)",
    ]);
    const formulas = layout.sheets.flatMap((s) =>
      s.cells.flatMap((c) => (c.content?.kind === "formula" ? [c.content.formula] : [])),
    );
    const sheetRefs = new Set(formulas.flatMap((f) => [...f.matchAll(/'([^']+)'!/g)].map((m) => m[1])));
    expect([...sheetRefs].sort()).toEqual(["无法读取 (2)", "项目汇总 (2)"]);
  });
});

describe("a native chart on 等级分布, added to the zip exceljs writes", () => {
  let bytes: Uint8Array;
  let layout: WorkbookLayout;
  beforeAll(async () => {
    layout = layoutReview(await summaryOf(false));
    bytes = await xlsxBytes(layout);
  });

  test("the chart part draws 项目数 per grade from the sheet's cells, with the counts cached", async () => {
    const parts = await unpackZip(bytes);
    const names = parts.map((p) => p.name);
    expect(names.filter((n) => /chart|drawing|_rels\/sheet/.test(n)).sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
      "xl/worksheets/_rels/sheet2.xml.rels",
    ]);
    expect(chartOf(text(parts, "xl/charts/chart1.xml"))).toEqual({
      dir: "col",
      title: "各等级项目数",
      refs: ["'等级分布'!$B$2", "'等级分布'!$A$3:$A$6", "'等级分布'!$B$3:$B$6"],
      points: ["项目数", "优", "良", "中", "差", "2", "0", "0", "0"],
    });
    const types = text(parts, "[Content_Types].xml");
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    // 等级分布 is the second sheet: its <drawing> after the page setup, its relationship to the drawing.
    const sheet = text(parts, "xl/worksheets/sheet2.xml");
    expect(sheet).toMatch(/<headerFooter>.*<\/headerFooter><drawing r:id="rId1"\/><\/worksheet>$/);
    expect(text(parts, "xl/worksheets/_rels/sheet2.xml.rels")).toContain(
      'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"',
    );
    expect(text(parts, "xl/drawings/_rels/drawing1.xml.rels")).toContain('Target="../charts/chart1.xml"');
    expect(text(parts, "xl/drawings/drawing1.xml")).toContain(
      "<xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>",
    );
  });

  test("readers ignore the chart: the workbook reads as the same workbook without it", async () => {
    const without = await xlsxBytes({ ...layout, sheets: layout.sheets.map((s) => ({ ...s, charts: [] })) });
    const [a, b] = await Promise.all([readWorkbook(bytes), readWorkbook(without)]);
    expect(a.sheets.map((s) => s.name)).toEqual(["项目汇总", "等级分布", "问题清单", "无法读取"]);
    expect(a.sheets).toEqual(b.sheets);
  });

  test("LibreOffice opens it, recalculates the counts and keeps the chart", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-review-chart-"));
    try {
      const file = path.join(dir, "汇总.xlsx");
      fs.writeFileSync(file, await xlsxBytes(layout, { cachedResults: false })); // only LibreOffice's recalculation fills the counts
      const parts = await unpackZip(new Uint8Array(fs.readFileSync(await recalc(file))));
      const chart = parts.find((p) => /^xl\/charts\/chart\d+\.xml$/.test(p.name));
      expect(chart).toBeDefined();
      const got = chartOf(new TextDecoder().decode(chart?.content));
      expect(got.dir).toBe("col");
      expect(got.refs.map((r) => r.replace(/[$']/g, ""))).toEqual(["等级分布!B2", "等级分布!A3:A6", "等级分布!B3:B6"]);
      const wb = await readWorkbook(new Uint8Array(fs.readFileSync(file.replace(/\.xlsx$/, ".recalc.xlsx"))));
      const grades = wb.sheets.find((s) => s.name === "等级分布");
      expect(grades?.cells.slice(2, 7).map((r) => [r[0], r[1]])).toEqual([
        ["优", 2],
        ["良", 0],
        ["中", 0],
        ["差", 0],
        ["合计", 2],
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("adding chart parts to a zip that has relationships already", () => {
  const enc = new TextEncoder();
  const part = (name: string, content: string): ZipPart => ({
    rawName: enc.encode(name),
    name,
    flags: 0,
    content: enc.encode(content),
  });
  test("the sheet's old relationships kept, the drawing under a new id, before <tableParts>; xmlns:r declared", () => {
    const parts = [
      part("[Content_Types].xml", "<Types></Types>"),
      part(
        "xl/workbook.xml",
        '<workbook><sheets><sheet name="A &amp; B" sheetId="1" r:id="rId7"/></sheets></workbook>',
      ),
      part(
        "xl/_rels/workbook.xml.rels",
        '<Relationships><Relationship Id="rId7" Type="x" Target="worksheets/s9.xml"/></Relationships>',
      ),
      part("xl/worksheets/s9.xml", "<worksheet><sheetData/><tableParts/></worksheet>"),
      part(
        "xl/worksheets/_rels/s9.xml.rels",
        '<Relationships><Relationship Id="rId1" Type="t" Target="../tables/table1.xml"/></Relationships>',
      ),
    ];
    const sheet = {
      name: "A & B",
      cells: [],
      merges: [],
      columns: [],
      rowCount: 0,
      colCount: 0,
      frozenRows: 0,
      problemFormats: [],
      print: null,
      charts: [gradeChart(2, 3)],
    };
    const out = addChartParts(parts, { sheets: [sheet], names: [] });
    expect(text(out, "xl/worksheets/s9.xml")).toBe(
      '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/><drawing r:id="rId2"/><tableParts/></worksheet>',
    );
    const rels = text(out, "xl/worksheets/_rels/s9.xml.rels");
    expect(rels).toContain('Id="rId1" Type="t" Target="../tables/table1.xml"');
    expect(rels).toContain(
      'Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"',
    );
    expect(chartOf(chartXml(sheet, gradeChart(2, 3))).refs).toEqual([
      "'A & B'!$B$2",
      "'A & B'!$A$3:$A$4",
      "'A & B'!$B$3:$B$4",
    ]);
    // The parts handed in are left as they were.
    expect(text(parts, "xl/worksheets/s9.xml")).toBe("<worksheet><sheetData/><tableParts/></worksheet>");
  });

  test("a sheet that has a drawing already is refused, not given a second one", () => {
    const parts = [
      part("[Content_Types].xml", "<Types></Types>"),
      part("xl/workbook.xml", '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      part(
        "xl/_rels/workbook.xml.rels",
        '<Relationships><Relationship Id="rId1" Type="x" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      part("xl/worksheets/sheet1.xml", '<worksheet xmlns:r="r"><sheetData/><drawing r:id="rId1"/></worksheet>'),
    ];
    const sheet = {
      name: "S",
      cells: [],
      merges: [],
      columns: [],
      rowCount: 0,
      colCount: 0,
      frozenRows: 0,
      problemFormats: [],
      print: null,
      charts: [gradeChart(2, 3)],
    };
    expect(() => addChartParts(parts, { sheets: [sheet], names: [] })).toThrow("该工作表已有绘图部件");
  });

  test("a layout without charts leaves the zip as it is", () => {
    const parts = [part("[Content_Types].xml", "<Types></Types>")];
    expect(addChartParts(parts, { sheets: [], names: [] })).toEqual(parts);
  });
});
