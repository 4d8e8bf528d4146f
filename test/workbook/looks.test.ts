import { FONT, LOOKS } from "../../src/layout/looks";
import { layoutWorkbook } from "../../src/layout/workbook";
import type { LayoutCell } from "../../src/layout/model";
import { presetById } from "../../src/kinds/table/presets";
import { address, parseAddress } from "../../src/sheet/grid";
import { workbookOf } from "../../src/xlsx/writeWorkbook";
import { insertTable } from "../../taskpane/gateway/excelGateway";
import { installOfficeStub, recordingContext } from "../taskpane/recordingContext";

// One style table (src/layout/looks.ts) read by both writers: what exceljs writes into the file and what the
// task pane queues into Excel give every cell the size, weight, colours and alignment of its look.
installOfficeStub();
const template = presetById("guangdong-2022")!.template;
const sheet = layoutWorkbook(template).sheets[0];
const cellAt = new Map<string, LayoutCell>(sheet.cells.map((c) => [address(c.row, c.col), c]));

describe("one style table for every writer", () => {
  test("exceljs: each cell wears its look, numbers keep their format, styles.xml keeps one xf per look and format", () => {
    const ws = workbookOf(layoutWorkbook(template)).getWorksheet(sheet.name)!;
    for (const c of sheet.cells) {
      const look = LOOKS[c.style];
      const s = ws.getCell(c.row + 1, c.col + 1).style;
      expect([s.font?.name, s.font?.size, s.font?.bold ?? false, s.font?.italic ?? false]).toEqual([
        FONT,
        look.size,
        look.bold ?? false,
        look.italic ?? false,
      ]);
      expect(s.font?.color?.argb).toBe(look.color ? `FF${look.color}` : undefined);
      expect(s.fill && "fgColor" in s.fill ? s.fill.fgColor?.argb : undefined).toBe(
        look.fill ? `FF${look.fill}` : undefined,
      );
      expect([s.alignment?.horizontal, s.alignment?.vertical, s.border !== undefined]).toEqual([
        look.align,
        look.vertical,
        look.border,
      ]);
      expect(s.numFmt).toBe(c.content?.kind === "text" ? "@" : c.numFmt);
    }
  });

  test("Office.js: each style's areas get the same look", async () => {
    const { context, rec } = recordingContext({ sheets: ["Sheet1"] });
    await insertTable(context, template, [], "newSheet", false);
    const formats = rec.log.filter(
      (e) => e.op === "set" && e.path.startsWith(`context.workbook.worksheets.add(${sheet.name}).getRanges(`),
    );
    const byList = new Map<string, Record<string, unknown>>();
    for (const e of formats) {
      const list = /getRanges\(([^)]*)\)/.exec(e.path)?.[1] ?? "";
      byList.set(list, {
        ...byList.get(list),
        [`${e.path.replace(/^.*getRanges\([^)]*\)\./, "")}.${e.name}`]: e.value,
      });
    }
    expect(byList.size).toBeGreaterThan(5);
    for (const [list, set] of byList) {
      const first = parseAddress(list.split(/[,:]/)[0])!;
      const look = LOOKS[cellAt.get(address(first.row, first.col))!.style];
      expect(set).toMatchObject({
        "format.font.name": FONT,
        "format.font.size": look.size,
        "format.horizontalAlignment": look.align === "center" ? "Center" : "Left",
        "format.verticalAlignment": look.vertical === "middle" ? "Center" : "Top",
      });
      expect(set["format.fill.color"]).toBe(look.fill ? `#${look.fill}` : undefined);
      expect(set["format.font.color"]).toBe(look.color ? `#${look.color}` : undefined);
      expect(set["format.font.bold"]).toBe(look.bold ? true : undefined);
    }
  });
});
