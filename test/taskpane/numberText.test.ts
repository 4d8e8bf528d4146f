import { readPoints } from "../../src/cells/readCell";
import { readNumberText, textMeans } from "../../taskpane/common/numberText";

describe("a number field reads the person's text with the core's number rule", () => {
  test.each([
    ["520.25", {}, { kind: "number", value: 520.25 }],
    ["1,234.5", {}, { kind: "number", value: 1234.5 }],
    ["17.5", { sign: "positive" }, { kind: "number", value: 17.5 }],
    ["５２０．２５", {}, { kind: "number", value: 520.25 }],
    ["109,805.66", { sign: "nonNegative" }, { kind: "number", value: 109805.66 }],
    ["520.", {}, { kind: "number", value: 520 }],
    ["", {}, { kind: "blank" }],
    ["  ", {}, { kind: "blank" }],
    ["", { required: true }, { kind: "error", reason: "required" }],
    ["十二", {}, { kind: "error", reason: "notNumber" }],
    ["12,34", {}, { kind: "error", reason: "notNumber" }],
    ["1.2.3", {}, { kind: "error", reason: "notNumber" }],
    ["50%", {}, { kind: "error", reason: "percent" }],
    ["0", { sign: "positive" }, { kind: "error", reason: "notPositive" }],
    ["-3", { sign: "nonNegative" }, { kind: "error", reason: "negative" }],
    ["0", { sign: "nonNegative" }, { kind: "number", value: 0 }],
    // A weight is points: 12% and 12分 are 12, as the sheet reader reads a printed weight.
    ["12%", { points: true, sign: "positive" }, { kind: "number", value: 12 }],
    ["１２％", { points: true }, { kind: "number", value: 12 }],
    ["12.5 分", { points: true }, { kind: "number", value: 12.5 }],
    ["12", { points: true }, { kind: "number", value: 12 }],
    ["0%", { points: true, sign: "positive" }, { kind: "error", reason: "notPositive" }],
    ["十二分", { points: true }, { kind: "error", reason: "notNumber" }],
  ] as const)("%j %j", (text, rule, expected) => {
    expect(readNumberText(text, rule)).toEqual(expected);
  });

  test.each([
    ["520.", 520, true],
    ["1,234.5", 1234.5, true],
    ["", undefined, true],
    ["12", 13, false],
    ["x", 12, false],
    ["", 0, false],
  ] as const)("text %j already means %j: %j", (text, value, expected) => {
    expect(textMeans(text, value)).toBe(expected);
  });

  test("a weight typed as 12% means what the sheet reader reads from a printed 12%", () => {
    expect(readNumberText("12%", { points: true })).toEqual({
      kind: "number",
      value: readPoints("12%").value?.toNumber(),
    });
    expect(textMeans("12%", 12, { points: true })).toBe(true);
    expect(textMeans("12%", 0.12, { points: true })).toBe(false);
  });
});
