import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { RULES, exampleFormula } from "../../src/catalog";
import { NATIVE_FORMULAS } from "../../taskpane/functionsPage/nativeFormulas";
import { recalc } from "../workbook/recalc";

describe("native-formula equivalents offered in WPS", () => {
  test("each matches one of its function's own examples, result included; the five simple rules have one", () => {
    expect(Object.keys(NATIVE_FORMULAS).sort()).toEqual(["DEDUCT", "EXECRATE", "GRADE", "SCORERATE", "TIER"]);
    for (const [name, native] of Object.entries(NATIVE_FORMULAS)) {
      const rule = RULES.find((r) => r.name === name);
      const example = rule?.examples.find((ex) => exampleFormula(rule, ex.args) === native.jixiao);
      expect(example?.result).toBe(native.result);
      expect(native.formula).not.toMatch(/JIXIAO/i);
    }
  });

  test("LibreOffice computes each native formula to the function's result", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-native-"));
    const file = path.join(dir, "native.xlsx");
    const entries = Object.entries(NATIVE_FORMULAS);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("native");
    entries.forEach(
      ([, n], i) => (ws.getCell(i + 1, 1).value = { formula: n.formula.slice(1) } as ExcelJS.CellFormulaValue),
    );
    await wb.xlsx.writeFile(file);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(await recalc(file));
    const got = entries.map((_, i) => {
      const v = after.getWorksheet("native")?.getCell(i + 1, 1).value as ExcelJS.CellFormulaValue | undefined;
      return String(v?.result);
    });
    expect(got).toEqual(entries.map(([, n]) => n.result));
    fs.rmSync(dir, { recursive: true, force: true });
  }, 180_000);
});
