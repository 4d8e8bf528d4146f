import { parseNumericText } from "../../src/cells/readCell";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { fundsFigures, readFundsDetail } from "../../src/kinds/form/fundsDetail";
import { formPresetById } from "../../src/kinds/form/presets";
import { layoutForm } from "../../src/kinds/form/layout";
import { xlsxBytes } from "../../src/xlsx/writeWorkbook";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { handmadeXlsx } from "../fixtures/handmade";
import { FUNDS_TABLE } from "../fixtures/forms";
import { recalc } from "../workbook/recalc";
import { jx } from "../cli/runJx";

jest.setTimeout(200_000);

describe("the 自评基础数据表 of seed 003", () => {
  test("实际预算数 652.18, 到位率 and 执行率 100 %, 预算调整率 51.32 %: 3 points off unless the raise was a unified policy", () => {
    const row = { source: "合计", initial: 431, adjustment: 221.18, arrivedCounty: 652.18, spentCounty: 652.18 };
    const f = fundsFigures(row);
    expect([f.budget.toFixed(), f.arrivalRate?.toFixed(), f.executionRate?.toFixed()]).toEqual(["652.18", "1", "1"]);
    expect(f.adjustmentRate?.toDecimalPlaces(4).toFixed()).toBe("0.5132");
    expect(f.deduction.toFixed()).toBe("3");
    expect(fundsFigures(row, true).deduction.toFixed()).toBe("0");
    // The bands, each end as the 评分表 writes it: (0,10%) 0.5, 10%(含)–20% 1, 20%(含)–50% 2, 50% 及以上 3.
    const at = (adjustment: number) => fundsFigures({ source: "x", initial: 100, adjustment }).deduction.toFixed();
    expect([at(0), at(5), at(10), at(19.99), at(20), at(49.99), at(50)]).toEqual(["0", "0.5", "1", "1", "2", "2", "3"]);
  });

  test("written as a second sheet, its formulas agree in LibreOffice", async () => {
    const form = structuredClone(formPresetById("dibao-2022")!.form);
    form.fundsDetail = { ...form.fundsDetail!, policyAdjustment: false };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-funds-"));
    const file = path.join(dir, "funds.xlsx");
    fs.writeFileSync(file, await xlsxBytes(layoutForm(form), { cachedResults: false }));
    const wb = await readWorkbook(fs.readFileSync(await recalc(file)));
    const sheet = wb.sheets.find((s) => s.name === "基础数据表");
    const total = sheet?.cells[2];
    // Percent-formatted cells reach the readers as the percent text a person sees.
    const rate = (v: unknown) => (typeof v === "string" ? (parseNumericText(v)?.value.toNumber() ?? NaN) : Number(v));
    expect([total?.[10], total?.[11]]).toEqual(["100%", "100%"]);
    expect([
      total?.[3],
      rate(total?.[10]),
      rate(total?.[11]),
      Math.round(rate(total?.[12]) * 10000) / 10000,
      total?.[13],
    ]).toEqual([652.18, 1, 1, 0.5132, 3]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("read from the seed's own layout, and reported by jx score", async () => {
    const grid = { name: "基础数据表", cells: FUNDS_TABLE.rows as (string | number | null)[][], merges: [] };
    const read = readFundsDetail(grid);
    expect(read?.detail.rows[0]).toEqual({
      source: "合计",
      initial: 431,
      adjustment: 221.18,
      allocatedCity: undefined,
      allocatedCounty: undefined,
      arrivedCity: undefined,
      arrivedCounty: 652.18,
      spentCity: undefined,
      spentCounty: 652.18,
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-funds-"));
    const file = path.join(dir, "dibao.xlsx");
    expect((await jx("selfeval", "--preset", "dibao-2022", "--out", file)).code).toBe(0);
    const out = JSON.parse((await jx("score", file, "--json")).out);
    expect(out.funds).toMatchObject({ budget: 652.18, arrivalRate: 1, executionRate: 1, deductionIfNotPolicy: 3 });
    expect([out.total, out.grade]).toEqual([97.33, "优"]);
    fs.writeFileSync(path.join(dir, "seed.xlsx"), await handmadeXlsx(FUNDS_TABLE));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
