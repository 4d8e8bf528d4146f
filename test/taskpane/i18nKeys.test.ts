import { STRINGS } from "../../taskpane/i18n";

describe("the pane's words", () => {
  test("every Chinese string has its English twin, and no English string lacks a Chinese one", () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.zh).sort());
  });
  test("no string is empty in either language", () => {
    for (const lang of ["zh", "en"] as const)
      expect(Object.entries(STRINGS[lang]).filter(([, v]) => String(v).trim() === "")).toEqual([]);
  });
});
