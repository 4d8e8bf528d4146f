/**
 * @jest-environment jsdom
 */
import { loadTemplate, saveTemplate, textOfLegacyXml } from "../../taskpane/gateway/excelGateway";
import { keptTemplate, templateCells, templateParts, TEMPLATE_MARK } from "../../src/layout/templateStore";
import { Refused } from "../../src/messages";
import { presetById } from "../../src/kinds/table/presets";
import { recordingContext } from "./recordingContext";

const guangdong = presetById("guangdong-2022")!.template;
const odd = { ...guangdong, title: "a < b & c > d ]]> “引号” '单引号'" };

describe("the template has one place in a workbook: the settings sheet, below the settings", () => {
  test("cut into parts a cell holds, and read back whole, odd characters included", () => {
    const cells = templateCells(odd);
    expect(cells[0]).toEqual([`${TEMPLATE_MARK} 1`]);
    expect(templateParts(cells[0][0])).toBe(1);
    expect(
      keptTemplate(
        cells
          .slice(1)
          .map((r) => r[0])
          .join(""),
      ),
    ).toEqual(odd);
    expect([templateParts("something else"), templateParts(42), templateParts(undefined)]).toEqual([0, 0, 0]);
  });

  test("a damaged template is refused with its problems in both languages, never taken for none", () => {
    expect(() => keptTemplate('{"format":"jixiao-template"')).toThrow(Refused);
    expect(() => keptTemplate('{"format":"jixiao-template","version":1,"title":"t","indicators":[]}')).toThrow(
      /^工作簿中保存的模板无法读取，已忽略：.*至少需要 1 项 The template kept in the workbook cannot be read and was ignored: .*needs at least 1 items$/,
    );
  });

  test("an older workbook's custom XML part is still read", () => {
    // As older versions wrote it: the JSON with &, < and > escaped by hand.
    const xml = `<jixiao xmlns="urn:jixiao:template:v1">${JSON.stringify(odd).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</jixiao>`;
    expect(keptTemplate(textOfLegacyXml(xml))).toEqual(odd);
    expect(() => keptTemplate(textOfLegacyXml("<jixiao>{not json</jixiao>"))).toThrow(Refused);
  });

  test("Office.js: saved into the settings sheet's A2… as text (made hidden when missing), the old XML part removed", async () => {
    const { context, rec } = recordingContext({ sheets: ["Sheet1"] });
    await saveTemplate(context, guangdong);
    const sets = rec.log.filter((e) => e.op === "set" && e.name === "values");
    expect(sets.map((e) => e.path)).toContain("context.workbook.worksheets.add(_jixiao).getRangeByIndexes(1,0,2,1)");
    expect(sets.find((e) => e.path.endsWith("getRangeByIndexes(1,0,2,1)"))?.value).toEqual(templateCells(guangdong));
    // The old part's items are loaded to be deleted (the recording context has none to delete).
    expect(
      rec.log.some(
        (e) =>
          e.op === "call" &&
          e.name === "load" &&
          e.path.includes("customXmlParts.getByNamespace(urn:jixiao:template:v1)"),
      ),
    ).toBe(true);
    expect(rec.log.some((e) => e.op === "set" && e.name === "visibility" && e.value === "Hidden")).toBe(true);
  });

  test("Office.js: a workbook with no settings sheet and no XML part keeps no template", async () => {
    const { context } = recordingContext({ sheets: ["Sheet1"] });
    expect(await loadTemplate(context)).toBeNull();
  });
});
