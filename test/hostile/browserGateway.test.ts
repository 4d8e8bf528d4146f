import { browserGateway } from "../../taskpane/gateway/browserGateway";
import { edited, SCORING, TINY, withMerges, workbookOf } from "./craft";

// The browser page reads through the same readers and limits as jx.
function gatewayWith(stored: string | null) {
  return browserGateway({ storage: { getItem: () => stored, setItem: () => undefined }, download: () => undefined });
}

describe("the browser page's doors", () => {
  test("a kept template nested 100,000 deep, or with __proto__, is not loaded but said; a good one is", async () => {
    await expect(gatewayWith(`${"[".repeat(100_000)}${"]".repeat(100_000)}`).loadTemplate()).rejects.toThrow(
      /^浏览器中保存的模板无法读取，已忽略：.*嵌套超过 64 层/,
    );
    await expect(gatewayWith(JSON.stringify(TINY).replace("{", '{"__proto__":{},')).loadTemplate()).rejects.toThrow(
      /__proto__/,
    );
    expect(await gatewayWith(null).loadTemplate()).toBeNull();
    expect(await gatewayWith(JSON.stringify(TINY)).loadTemplate()).toEqual(TINY);
  });

  test("an uploaded .xlsx beyond the limits is refused with the limit named", async () => {
    const huge = await edited(await workbookOf(), {
      [SCORING]: (x) =>
        withMerges("A1:XFD1048576")(
          x.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'),
        ),
    });
    await expect(gatewayWith(null).openFile(huge, "huge.xlsx")).rejects.toThrow(
      "合并区域共覆盖超过 1,000,000 个单元格",
    );
    await expect(gatewayWith(null).openFile(await workbookOf(), "ok.xlsx")).resolves.toEqual({
      sheet: "评分表",
      fileName: "ok.xlsx",
    });
  }, 60_000);
});
