import ExcelJS from "exceljs";
import fc from "fast-check";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { xlsxBytes } from "../../src/xlsx/writeWorkbook";
import { layoutWorkbook } from "../../src/layout/workbook";
import { layoutForm } from "../../src/kinds/form/layout";
import { PRESETS } from "../../src/kinds/table/presets";
import { FORM_PRESETS } from "../../src/kinds/form/presets";
import { handmadeXlsx, SEED_000_MERGED, SEED_002_BLANK_BELOW, SEED_003_SPLIT } from "../fixtures/handmade";
import { FILLED_FORM } from "../fixtures/forms";
import { tables } from "../corpus/tables";
import { forms, partialForms } from "../corpus/forms";
import { edited } from "../hostile/craft";
import { normalRows, oracleRead } from "./exceljsOracle";

/** Our reader and the exceljs oracle must see the same sheets, cells, merges, hidden sheets and names. */
async function expectSameAsOracle(bytes: Uint8Array): Promise<void> {
  const [ours, oracle] = await Promise.all([readWorkbook(bytes), oracleRead(bytes)]);
  expect(ours.sheets.map((s) => s.name)).toEqual(oracle.sheets.map((s) => s.name));
  ours.sheets.forEach((s, i) => {
    expect({ sheet: s.name, rows: normalRows(s.cells) }).toEqual({
      sheet: s.name,
      rows: normalRows(oracle.sheets[i].rows),
    });
    expect(s.merges.length).toBeLessThanOrEqual(oracle.sheets[i].merges.length);
  });
  expect(ours.hiddenSheets ?? []).toEqual(oracle.hidden);
  expect(ours.names).toEqual(oracle.names);
}

describe("our .xlsx reader reads what exceljs read, cell for cell", () => {
  test.each(PRESETS.map((p) => [p.id, p] as const))("the %s template as we write it", async (_, p) => {
    await expectSameAsOracle(await xlsxBytes(layoutWorkbook(p.template)));
  });

  test.each(FORM_PRESETS.map((p) => [p.id, p] as const))("the %s form as we write it", async (_, p) => {
    await expectSameAsOracle(await xlsxBytes(layoutForm(p.form)));
  });

  const handmade = [
    SEED_000_MERGED,
    SEED_002_BLANK_BELOW,
    SEED_003_SPLIT,
    FILLED_FORM,
    ...[...tables, ...forms, ...partialForms].map((e) => e.sheet),
  ];
  test.each(handmade.map((s, i) => [`${i} ${s.name}`, s] as const))(
    "hand-made sheet %s (seeds and the corpus of published tables)",
    async (_, s) => {
      await expectSameAsOracle(await handmadeXlsx(s));
    },
  );

  const value = fc.oneof(
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
    fc.string({ maxLength: 12 }),
    fc.constantFrom(
      "合计",
      "权重(%)",
      " 前后空格 ",
      "a & b < c > \"d\" 'e'",
      "换\n行",
      "😀表情",
      "_x000D_",
      "=不是公式",
    ),
    fc.boolean(),
    fc
      .oneof(fc.integer({ min: 0, max: 100 }), fc.string({ maxLength: 5 }), fc.boolean())
      .map((result) => ({ formula: "1+1", result })),
    fc
      .array(fc.string({ minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 })
      .map((texts) => ({ richText: texts.map((text) => ({ text, font: { bold: true } })) })),
    fc.string({ minLength: 1, maxLength: 6 }).map((text) => ({ text, hyperlink: "https://example.org/" })),
    fc.date({ min: new Date("1990-01-01"), max: new Date("2040-12-31"), noInvalidDate: true }),
    fc.constant(null).map(() => ({ error: "#N/A" })),
  );
  const format = fc.constantFrom(undefined, "0%", "0.00%", "0.0", "yyyy-mm-dd", '0.00"元"', "#,##0.00", "@");
  const sheet = fc.record({
    hidden: fc.boolean(),
    cells: fc.array(
      fc.record({ row: fc.integer({ min: 1, max: 30 }), col: fc.integer({ min: 1, max: 12 }), value, format }),
      { maxLength: 40 },
    ),
    merge: fc.option(
      fc.record({
        row: fc.integer({ min: 1, max: 28 }),
        col: fc.integer({ min: 1, max: 10 }),
        h: fc.integer({ min: 0, max: 2 }),
        w: fc.integer({ min: 1, max: 2 }),
      }),
    ),
    named: fc.boolean(),
  });

  test("random workbooks written by exceljs: every kind of cell, formats, merges, hidden sheets, names", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sheet, { minLength: 1, maxLength: 3 }), async (sheets) => {
        if (sheets.every((s) => s.hidden)) sheets[0].hidden = false;
        const wb = new ExcelJS.Workbook();
        const named = sheets.findIndex((s) => s.named && s.cells.length > 0);
        sheets.forEach((s, i) => {
          const ws = wb.addWorksheet(`表${i + 1}`, { state: s.hidden ? "hidden" : "visible" });
          for (const c of s.cells) {
            const cell = ws.getCell(c.row, c.col);
            cell.value = c.value as ExcelJS.CellValue;
            // exceljs turned a text or boolean formula result under a date format into 1899-12-30 (its bug, not Excel's): not compared.
            const textResult =
              typeof c.value === "object" &&
              c.value !== null &&
              "result" in c.value &&
              typeof c.value.result !== "number";
            if (c.format && !(textResult && c.format === "yyyy-mm-dd")) cell.numFmt = c.format;
          }
          if (s.merge) ws.mergeCells(s.merge.row, s.merge.col, s.merge.row + s.merge.h, s.merge.col + s.merge.w);
          if (i === named)
            wb.definedNames.add(
              `'表${i + 1}'!$${String.fromCharCode(64 + s.cells[0].col)}$${s.cells[0].row}`,
              "JX_TOTAL",
            );
        });
        await expectSameAsOracle(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
      }),
      { numRuns: 150, seed: 20261203 },
    );
  }, 60_000);

  test("a workbook LibreOffice wrote (its own shared strings, styles and defaults)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-lo-"));
    try {
      fs.writeFileSync(path.join(dir, "in.xlsx"), await handmadeXlsx(SEED_000_MERGED));
      execFileSync(
        "soffice",
        [
          "--headless",
          `-env:UserInstallation=file://${dir}/profile`,
          "--convert-to",
          "xlsx:Calc MS Excel 2007 XML",
          "--outdir",
          path.join(dir, "out"),
          path.join(dir, "in.xlsx"),
        ],
        { stdio: "ignore", timeout: 90_000 },
      );
      await expectSameAsOracle(new Uint8Array(fs.readFileSync(path.join(dir, "out", "in.xlsx"))));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("where our reader sees what Excel shows and exceljs did not", () => {
  const SHEET = "xl/worksheets/sheet1.xml";
  async function oneCell(cell: string, styles?: (x: string) => string): Promise<unknown> {
    const base = await handmadeXlsx({ name: "表", rows: [["x"]] });
    const bytes = await edited(base, {
      [SHEET]: (x) => x.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData><row r="1">${cell}</row></sheetData>`),
      ...(styles ? { "xl/styles.xml": styles } : {}),
    });
    return (await readWorkbook(bytes)).sheets[0].cells[0]?.[0];
  }

  test("a number with a Chinese built-in date format (id 31, 年月日) is its date, not the serial 45292", async () => {
    const withXf = (x: string) =>
      x.replace(
        /<cellXfs count="(\d+)">/,
        (_, n: string) =>
          `<cellXfs count="${Number(n) + 1}"><xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0"/>`,
      );
    expect(await oneCell('<c r="A1" s="0"><v>45292</v></c>', withXf)).toBe("2024-01-01");
  });

  test('an ISO date cell (t="d") is its date, not the year as a number', async () => {
    expect(await oneCell('<c r="A1" t="d"><v>2024-03-05T00:00:00Z</v></c>')).toBe("2024-03-05");
  });

  test("an inline string with a phonetic run reads as shown, without the run", async () => {
    expect(
      await oneCell(
        '<c r="A1" t="inlineStr"><is><r><t>合</t></r><r><t>计</t></r><rPh sb="0" eb="1"><t>ごう</t></rPh></is></c>',
      ),
    ).toBe("合计");
  });

  test("cells written with a namespace prefix (x:c, as the Open XML SDK writes) are read", async () => {
    const base = await handmadeXlsx({ name: "表", rows: [["x"]] });
    const bytes = await edited(base, {
      [SHEET]: (x) =>
        x.replace(
          /<sheetData>[\s\S]*<\/sheetData>/,
          '<sheetData><x:row r="2"><x:c r="B2"><x:v>42</x:v></x:c></x:row></sheetData>',
        ),
    });
    expect((await readWorkbook(bytes)).sheets[0].cells[1]?.[1]).toBe(42);
  });
});
