import { readAnswer } from "../../src/kinds/survey/model";
import { findQuestions, pickQuestions, questionNumber } from "../../src/kinds/survey/read";
import { parseLevels, parseWeights, SurveySpecError } from "../../src/kinds/survey/presets";
import { panelScore, spreadTooWide } from "../../src/kinds/panel/score";
import { Dec } from "../../src/decimal";
import type { CellValue } from "../../src/cells/readCell";

describe("answers", () => {
  test.each<[CellValue, string]>([
    [null, "skipped"],
    ["", "skipped"],
    ["(跳过)", "skipped"],
    ["（跳过）", "skipped"],
    [-3, "skipped"],
    ["-3", "skipped"],
    [7, "7"],
    ["７", "7"],
    [" 满意 ", "满意"],
    ["其他〖家住13800138000〗", "其他"],
  ])("%j → %s", (raw, key) => {
    const a = readAnswer(raw);
    expect(a.kind === "skipped" ? "skipped" : a.key).toBe(key);
  });
});

describe("question columns", () => {
  const grid = {
    name: "Sheet1",
    merges: [],
    cells: [
      [
        "序号",
        "提交答卷时间",
        "来自IP",
        "姓名",
        "手机号码",
        "Q1 总体满意度",
        "第2题 服务—态度",
        "您的建议",
        "总体评价",
        "3、年龄",
      ],
      [1, "2023/1/1", "1.2.3.4", "张三", 13800000001, "满意", 7, "很好", "非常满意", 31],
      [2, "2023/1/2", "1.2.3.5", "李四", 13800000002, "(跳过)", 6, "多开窗口，方便群众办事", "满意", 45],
      [3, "2023/1/3", "1.2.3.6", "王五", 13800000003, "非常满意", -3, null, "满意", 52],
    ] as CellValue[][],
  };
  const found = findQuestions(grid);
  test("questions: numbered or answered with scale words; 3 respondents", () => {
    expect(found.respondents).toBe(3);
    expect(found.questions.map((q) => [q.column, q.number])).toEqual([
      ["F", 1],
      ["G", 2],
      ["I", null],
      ["J", 3],
    ]);
  });
  test("passed over by heading only, with the reason", () => {
    expect(found.passedOver.map((p) => [p.column, p.why])).toEqual([
      ["A", "metadata"],
      ["B", "metadata"],
      ["C", "metadata"],
      ["D", "personal"],
      ["E", "personal"],
      ["H", "free text"],
    ]);
  });
  test.each([
    ["1、总体", 1],
    ["Q12 评价", 12],
    ["第3题", 3],
    ["(4)服务", 4],
    ["7.办事效率", 7],
    ["总体评价", null],
  ])("questionNumber(%s) = %s", (h, n) => expect(questionNumber(h)).toBe(n));
  test("--questions by heading number", () => {
    expect(pickQuestions(found.questions, "1-2")?.picked.map((q) => q.column)).toEqual(["F", "G"]);
    expect(pickQuestions(found.questions, "2,5")?.missing).toEqual([5]);
    expect(pickQuestions(found.questions, "x")).toBeNull();
  });
});

describe("scale options", () => {
  test("levels with percent and full-width punctuation", () => {
    expect(parseLevels("非常满意：100%，满意:0.8").map((l) => [l.answer, l.value.toNumber()])).toEqual([
      ["非常满意", 1],
      ["满意", 0.8],
    ]);
    expect(() => parseLevels("满意:1,满意:0.5")).toThrow(SurveySpecError);
    expect(parseWeights("20%,0.8").map((w) => w.toNumber())).toEqual([0.2, 0.8]);
  });
});

describe("panel score", () => {
  const d = (xs: number[]) => xs.map((x) => new Dec(x));
  test.each<[number[], "mean" | "trimmed", string]>([
    [[9, 8, 10], "mean", "9"],
    [[15, 14, 15], "mean", "14.67"],
    [[13, 13, 14], "mean", "13.33"],
    [[9, 8, 10, 6, 9], "trimmed", "8.67"],
    [[0.005, 0.005, 0.005], "mean", "0.01"],
  ])("%j %s → %s", (xs, m, r) => expect(panelScore(d(xs), m, 2).toFixed()).toBe(r));
  test("spread beyond 20 % of the points, at 9 decimals", () => {
    expect(spreadTooWide(d([8, 5, 8]), new Dec(10), new Dec(0.2))).toBe(true);
    expect(spreadTooWide(d([10, 8]), new Dec(10), new Dec(0.2))).toBe(false);
  });
});
