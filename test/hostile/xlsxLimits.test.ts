import * as fs from "fs";
import { jx } from "../cli/runJx";
import { MergedView, type SheetGrid } from "../../src/sheet/grid";
import { WORKBOOK_LIMITS } from "../../src/xlsx/limits";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import {
  afterSheetData,
  edited,
  SCORING,
  tempDir,
  withCellAt,
  withDeclaredSize,
  withMerges,
  workbookOf,
  zipOf,
} from "./craft";

// Tiny crafted .xlsx files that used to exhaust memory or time: each is read within the stated limits or
// refused with exit 2 and a message naming the limit. The timeouts are generous bounds, not measurements.
const t = tempDir("jx-hostile-xlsx-");
afterAll(() => fs.rmSync(t.dir, { recursive: true, force: true }));

let base: Uint8Array;
beforeAll(async () => {
  base = await workbookOf();
});

async function check(name: string, bytes: Uint8Array, ...args: string[]) {
  return jx("check", t.write(name, bytes), ...args);
}

describe("merged areas are ranges, never expanded cell by cell", () => {
  test("a merge over A100:XFD1048576 beyond the cells is clipped away: the table reads as before", async () => {
    const r = await check("merge-far.xlsx", await edited(base, { [SCORING]: withMerges("A100:XFD1048576") }));
    expect([r.code, r.out]).toEqual([0, expect.stringContaining("权重一致")]);
  }, 60_000);

  test("a merge over the whole sheet, with a cell at XFD1048576, is refused naming the limit", async () => {
    const bytes = await edited(base, {
      [SCORING]: (x) => withMerges("A1:XFD1048576")(withCellAt("XFD1048576", 1048576)(x)),
    });
    const r = await jx("score", t.write("merge-all.xlsx", bytes));
    expect(r.code).toBe(2);
    expect(r.err).toContain("合并区域共覆盖超过 1,000,000 个单元格");
    expect(r.err).toContain("merged areas cover more than 1,000,000 cells");
  }, 60_000);

  test("overlapping merges are refused with both areas, not with a library's words", async () => {
    const r = await check("overlap.xlsx", await edited(base, { [SCORING]: withMerges("A1:C3", "B2:D4") }));
    expect(r.code).toBe(2);
    expect(r.err).toContain("合并区域 A1:C3 与 B2:D4 重叠");
    expect(r.err).not.toMatch(/Cannot merge/);
  }, 60_000);

  test("clipped merges reach the grid as areas within the cells that exist", async () => {
    const wb = await readWorkbook(await edited(base, { [SCORING]: withMerges("A1:XFD1", "B4:B1048576") }));
    const grid = wb.sheets[0];
    const width = Math.max(...grid.cells.map((r) => r.length));
    for (const m of grid.merges) {
      expect(m.bottom).toBeLessThan(grid.cells.length + 1);
      expect(m.right).toBeLessThan(width + 1);
    }
    expect(grid.merges).toHaveLength(2);
  }, 60_000);
});

describe("work is bounded by the cells that exist", () => {
  test("one cell at A1048576 below a three-leaf table: read in one pass, empty rows shared", async () => {
    const bytes = await edited(base, { [SCORING]: withCellAt("A1048576", 1048576, "9") });
    const wb = await readWorkbook(bytes);
    const grid = wb.sheets[0];
    expect(grid.cells.length).toBe(1048576);
    expect(new Set(grid.cells.slice(100, 1048575)).size).toBe(1);
    const r = await check("far-cell.xlsx", bytes);
    expect(r.code).toBeLessThan(2);
  }, 60_000);

  test("three sheets each reaching row 1048576 go beyond the rows limit: refused", async () => {
    const far = withCellAt("A1048576", 1048576);
    const bytes = await edited(base, {
      [SCORING]: far,
      "xl/worksheets/sheet2.xml": far,
      "xl/worksheets/sheet3.xml": far,
    });
    const r = await check("far-rows.xlsx", bytes);
    expect(r.code).toBe(2);
    expect(r.err).toContain("2,097,152 行");
  }, 60_000);

  test("more cells than the limit: refused before exceljs reads them", async () => {
    const many = `<row r="200">${'<c r="B200"/>'.repeat(WORKBOOK_LIMITS.cells + 1)}</row>`;
    const r = await check(
      "cells.xlsx",
      await edited(base, { [SCORING]: (x) => x.replace("</sheetData>", `${many}</sheetData>`) }),
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain("超过 1,000,000 个单元格");
  }, 120_000);

  test("more XML elements than the limit in a part the reader keeps as a list (shared strings): refused", async () => {
    const r = await check(
      "elements.xlsx",
      await edited(base, {
        "xl/sharedStrings.xml": (x) => x.replace("</sst>", `${"<si/>".repeat(WORKBOOK_LIMITS.xmlElements)}</sst>`),
      }),
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain("XML 元素超过 2,500,000 个");
  }, 120_000);

  test("the same elements in a part the reader never reads (a theme) cost nothing: the table reads", async () => {
    const r = await check(
      "theme.xlsx",
      await edited(base, { "xl/theme/theme2.xml": `<a>${"<b/>".repeat(WORKBOOK_LIMITS.xmlElements)}</a>` }),
    );
    expect(r.code).toBe(0);
  }, 120_000);

  test("more rows written than the limit, even without cells: refused", async () => {
    const rows = Array.from({ length: WORKBOOK_LIMITS.rowElements + 1 }, (_, i) => `<row r="${i + 100}"/>`).join("");
    const r = await check(
      "rows.xlsx",
      await edited(base, { [SCORING]: (x) => x.replace("</sheetData>", `${rows}</sheetData>`) }),
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain("共写有超过 1,000,000 行");
  }, 120_000);

  test("a data validation and a defined name over the whole sheet are not expanded", async () => {
    const bytes = await edited(base, {
      [SCORING]: afterSheetData(
        '<dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>',
      ),
      "xl/workbook.xml": (x) =>
        x.replace(/<definedNames>/, "<definedNames><definedName name=\"ALL\">'评分表'!$A$1:$XFD$1048576</definedName>"),
    });
    const r = await check("validation.xlsx", bytes);
    expect(r.code).toBe(0);
  }, 60_000);

  test("MergedView: a merge naming a million rows on a five-row grid costs five rows", () => {
    const grid: SheetGrid = {
      name: "s",
      cells: [["a"], [], [], [], ["b"]],
      merges: [{ top: 0, left: 0, bottom: 1048575, right: 16383 }],
    };
    const view = new MergedView(grid);
    expect([view.rows, view.cols, view.value(4, 0), view.value(1048575, 9), view.address(3, 7)]).toEqual([
      5,
      1,
      "a",
      "a",
      "A1",
    ]);
    expect(view.mergeAt(2, 16384)).toBeUndefined();
  });
});

describe("unpacked size is checked before anything is inflated", () => {
  test("a part declaring more than 64 MiB unpacked: refused with the limit", async () => {
    const bomb = await edited(base, { "xl/media/bomb.bin": "0".repeat(WORKBOOK_LIMITS.unpackedBytes + 1) });
    expect(bomb.length).toBeLessThan(200_000);
    const r = await check("bomb.xlsx", bomb);
    expect(r.code).toBe(2);
    expect(r.err).toContain("上限为 64 MiB");
    expect(r.err).toContain("the limit is 64 MiB");
  }, 60_000);

  test("a part that lies about its size is caught when it inflates beyond it", async () => {
    const inner = await edited(base, {
      [SCORING]: (x) => x.replace("</worksheet>", `<!--${"0".repeat(20 * 1024 * 1024)}--></worksheet>`),
    });
    const r = await check("liar.xlsx", withDeclaredSize(inner, SCORING, 1000));
    expect(r.code).toBe(2);
    expect(r.err).toContain("实际大小与声明不符");
    expect(r.err).not.toMatch(/Bug|mismatch/);
  }, 60_000);

  test("a part no reader needs (an image) is never inflated, whatever it claims", async () => {
    const inner = await edited(base, { "xl/media/bomb.bin": "0".repeat(20 * 1024 * 1024) });
    const r = await check("liar-image.xlsx", withDeclaredSize(inner, "xl/media/bomb.bin", 1000));
    expect(r.code).toBe(0);
  }, 60_000);

  test("a cut-off file is damaged, in the reader's words", async () => {
    const r = await check("cut.xlsx", Buffer.from(base).subarray(0, Math.floor(base.length / 2)));
    expect(r.code).toBe(2);
    expect(r.err).toContain("文件已损坏");
  }, 60_000);
});

describe("cell values no calendar holds", () => {
  test("1e300 formatted as a date is read as words, not a crash", async () => {
    let style = 0;
    const styled = await edited(base, {
      "xl/styles.xml": (x) =>
        x.replace(/<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/, (_m, n: string, body: string) => {
          style = Number(n);
          return `<cellXfs count="${style + 1}">${body}<xf numFmtId="14" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs>`;
        }),
    });
    const bytes = await edited(styled, { [SCORING]: withCellAt("A90", 90, "1e300") });
    const dated = await edited(bytes, { [SCORING]: (x) => x.replace('<c r="A90">', `<c r="A90" s="${style}">`) });
    const wb = await readWorkbook(dated);
    expect(wb.sheets[0].cells[89]).toEqual(["（无效日期 invalid date）"]);
    expect((await check("date.xlsx", dated)).code).toBeLessThan(2);
  });
});

describe("numbers no double holds", () => {
  test.each(["1e999", "-1e999", "NaN"])("<v>%s</v> reads as words, never as a number", async (v) => {
    const wb = await readWorkbook(await edited(base, { [SCORING]: withCellAt("B90", 90, v) }));
    expect(wb.sheets[0].cells[89]).toEqual([undefined, "（无效数字 invalid number）"]);
  });
});

describe("files that are not .xlsx are named as what they are", () => {
  test.each([
    [
      "an .ods",
      { mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<office:document-content/>" },
      "OpenDocument 表格（.ods）",
    ],
    ["a plain zip", { "readme.txt": "hello" }, "普通的 zip 压缩包"],
    ["a .docx", { "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }, "Word 文档"],
  ])("%s", async (_what, parts, message) => {
    const r = await check("other.xlsx", await zipOf(parts as Record<string, string>));
    expect(r.code).toBe(2);
    expect(r.err).toContain(`不是 .xlsx 文件：这是`);
    expect(r.err).toContain(message);
  });
});

describe("--sheet naming a hidden sheet says it is hidden", () => {
  test("score and check", async () => {
    const file = t.write(
      "hidden.xlsx",
      await edited(base, {
        "xl/workbook.xml": (x) => x.replace('name="汇总" state="visible"', 'name="汇总" state="hidden"'),
      }),
    );
    const score = await jx("score", file, "--sheet", "_jixiao");
    expect(score.code).toBe(2);
    expect(score.err).toContain("工作表“_jixiao”是隐藏的");
    const checked = await jx("check", file, "--sheet", "汇总");
    expect(checked.code).toBe(2);
    expect(checked.err).toContain("工作表“汇总”是隐藏的");
    expect(checked.err).toContain('The sheet "汇总" is hidden');
  });
});
