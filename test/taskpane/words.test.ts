import { problem } from "../../src/tree/checkTree";
import { readTemplate } from "../../src/template/readTemplate";
import { readFormFile } from "../../src/kinds/form/readFormFile";
import { importProblemText, pathInWords, problemText } from "../../taskpane/common/words";
import { nodePathOf } from "../../taskpane/templatePage/problemPath";

describe("import problems in words, one language per line", () => {
  test.each([
    ["/indicators/0/weight", "第 1 个指标 › 分值", "indicators 1 › weight"],
    ["/indicators/1/children/2/name", "第 2 个指标 › 第 3 个下级指标 › 名称", "indicators 2 › children 3 › name"],
    ["/title", "标题", "title"],
    ["/", "文件", "the file"],
    ["第 3 行第 5 列", "第 3 行第 5 列", "line 3, column 5"],
  ])("%s", (at, zh, en) => {
    expect([pathInWords(at, "zh"), pathInWords(at, "en")]).toEqual([zh, en]);
  });

  test("a weight of the wrong type", () => {
    const reading = readTemplate(
      JSON.stringify({
        format: "jixiao-template",
        version: 1,
        title: "T",
        indicators: [{ name: "决策", weight: "十" }],
      }),
    );
    const texts = reading.problems.map((p) => importProblemText(p, "zh"));
    expect(texts).toContain("第 1 个指标 › 分值应为数字");
    expect(texts.join("")).not.toMatch(/\/indicators|类型应为/);
    expect(reading.problems.map((p) => importProblemText(p, "en"))).toContain("indicators 1 › weight must be a number");
  });

  test("JSON syntax errors name the mistake, not the parser's code", () => {
    const reading = readTemplate('{"format": "jixiao-template", }');
    expect(reading.problems.map((p) => importProblemText(p, "zh"))).toEqual([
      "第 1 行第 31 列：不是有效的 JSON，此处应是用双引号括起的字段名（常见原因：最后一项后多了逗号）",
      "第 1 行第 31 列：不是有效的 JSON，此处缺少值",
    ]);
    expect(reading.problems.map((p) => importProblemText(p, "en"))[0]).toBe(
      "line 1, column 31: not valid JSON: a quoted field name is expected here (often a comma after the last item)",
    );
    const form = readFormFile("{,}");
    expect(form.problems.map((p) => importProblemText(p, "zh"))[0]).toMatch(/^第 1 行第 2 列：不是有效的 JSON，/);
  });

  test("checking problems say 分值 as the fields do, and are English in English", () => {
    const p = problem("B2", "weightSum", { label: "决策", name: "决策", weight: "15", sum: "14" });
    expect(problemText(p, "zh")).toBe("决策 分值 15 ≠ 下级合计 14");
    expect(problemText(p, "en")).toBe("决策: weight 15 ≠ sum of its children 14");
  });

  test.each([
    ["/indicators/1/weight", [1]],
    ["/indicators/0/children/2/children/1/score", [0, 2, 1]],
    ["/grades/0/label", null],
    ["/total", null],
  ])("problem at %s selects %j", (at, path) => expect(nodePathOf(at)).toEqual(path));
});
