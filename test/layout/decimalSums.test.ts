import { layoutWorkbook } from "../../src/layout/workbook";
import { formWeights } from "../../src/kinds/form/model";
import { checkFormData } from "../../src/kinds/form/readFormFile";
import { FORM_PRESETS } from "../../src/kinds/form/presets";
import type { Template } from "../../src/kinds/table/model";

/** Weights whose float sum is not 100 (0.1 + 64.1 + 35.8 = 99.99999999999999 in doubles). */
const template = (weights: number[]): Template => ({
  format: "jixiao-template",
  version: 1,
  title: "小数",
  indicators: weights.map((weight, i) => ({ name: `指标${i + 1}`, weight })),
});

function cachedResult(t: Template, sheetName: string, row: number, col: number): unknown {
  const sheet = layoutWorkbook(t).sheets.find((s) => s.name === sheetName);
  const cell = sheet?.cells.find((c) => c.row === row && c.col === col);
  return cell?.content?.kind === "formula" ? cell.content.result : cell?.content;
}

describe("figures are summed as decimals, so the stored sums are the ones a person adds up", () => {
  test.each([
    [[0.1, 64.1, 35.8], 100],
    [[0.1, 0.2, 99.7], 100],
    [[33.3, 33.3, 33.4], 100],
  ])("汇总 stores the weight total of %j as %j, as 评分表 does", (weights, total) => {
    expect(0.1 + 64.1 + 35.8).not.toBe(100);
    const t = template(weights);
    // 汇总: 合计 is on the row after the dimensions, column B.
    expect(cachedResult(t, "汇总", weights.length + 2, 1)).toBe(total);
  });

  test.each([
    [10, [0.1, 0.2, 89.7], []],
    [10, [30.1, 29.9, 30], []],
    [10, [0.1, 0.2, 89.8], ["100.1"]],
  ])("a form file with funds %j and rows %j: sum problems %j", (funds, rows, sums) => {
    const base = FORM_PRESETS[0].form;
    const form = {
      ...base,
      funds: { ...base.funds, weight: funds },
      indicators: rows.map((weight, i) => ({ ...base.indicators[i % base.indicators.length], weight })),
    };
    expect(formWeights(form).total.toFixed()).toBe(sums[0] ?? "100");
    const { problems } = checkFormData(structuredClone(form));
    expect(problems.map((p) => p.message)).toEqual(sums.map((s) => `预算执行率与各指标分值合计 ${s} ≠ 100`));
  });
});
