import { reason, run } from "./evaluate";
import { RULES } from "../../src/catalog";

// The formulajs checklist for every function: missing, empty, text, zero, negative, huge, x.5 ties,
// full-width, a range of the wrong shape. Expected first.
type Case = [expected: string, name: string, ...args: unknown[]];

const CHECKLIST: Record<string, Case[]> = {
  EXECRATE: [
    ["#VALUE! missing", "EXECRATE", 1],
    ["#VALUE! empty", "EXECRATE", null, 10],
    ["#VALUE! notNumber", "EXECRATE", "一千", 10],
    ["#DIV/0! divZero", "EXECRATE", 5, 0],
    ["#NUM! negative", "EXECRATE", 5, -10],
    ["#VALUE! negative", "EXECRATE", 5, 10, -3],
    ["#VALUE! digitsRange", "EXECRATE", 5, 10, 3, 1.5],
    ["#VALUE! digitsRange", "EXECRATE", 5, 10, 3, 11],
    ["#VALUE! digitsRange", "EXECRATE", 5, 10, 3, -1],
    ["#NUM! notFinite", "EXECRATE", Infinity, 10],
  ],
  ARRIVALRATE: [
    ["#VALUE! missing", "ARRIVALRATE"],
    ["#VALUE! notNumber", "ARRIVALRATE", 5, "十"],
    ["#DIV/0! divZero", "ARRIVALRATE", 5, 0],
    ["#NUM! negative", "ARRIVALRATE", -1, 10],
  ],
  RATIOSCORE: [
    ["#VALUE! missing", "RATIOSCORE", 0.9, 0.9],
    ["#VALUE! zeroAsBlank", "RATIOSCORE", 0.9, 0.9, 0],
    ["#DIV/0! divZero", "RATIOSCORE", 0.9, 0, 5],
    ["#VALUE! negative", "RATIOSCORE", -0.1, 0.9, 5],
    ["#VALUE! floorAboveTarget", "RATIOSCORE", 0.5, 0.6, 5, 0.7],
    ["#VALUE! negative", "RATIOSCORE", 0.5, 0.6, 5, -0.1],
    ["#VALUE! notNumber", "RATIOSCORE", "高", 0.9, 5],
  ],
  WEIGHTEDSCORE: [
    ["#VALUE! missing", "WEIGHTEDSCORE", [1]],
    [
      "#VALUE! shapeMismatch",
      "WEIGHTEDSCORE",
      [
        [1, 1],
        [1, 1],
      ],
      [[50, 50]],
    ],
    ["#VALUE! rangeCell", "WEIGHTEDSCORE", [1, "好"], [50, 50]],
    ["#NUM! rangeAboveOne", "WEIGHTEDSCORE", [1, 95], [50, 50]],
    ["#VALUE! rangeNegative", "WEIGHTEDSCORE", [1, 1], [150, -50]],
    ["#VALUE! rangeNegative", "WEIGHTEDSCORE", [-0.5, 1], [50, 50]],
    ["#VALUE! weightsSum", "WEIGHTEDSCORE", [1, 1], [50, 40]],
  ],
  GRADE: [
    ["#VALUE! missing", "GRADE"],
    ["#VALUE! empty", "GRADE", null],
    ["#VALUE! notNumber", "GRADE", "优秀"],
    ["#NUM! negative", "GRADE", -1],
    ["#NUM! aboveMax", "GRADE", 100.5],
    ["#VALUE! bandsShape", "GRADE", 80, [["优", 90, 1]]],
    ["#VALUE! badBands", "GRADE", 80, [["优", "九十"]]],
    [
      "#N/A belowAllBands",
      "GRADE",
      50,
      [
        ["优", 90],
        ["良", 80],
        ["中", 60],
      ],
    ],
  ],
  SCORERATE: [
    ["#VALUE! zeroAsBlank", "SCORERATE", 0, 0],
    ["#NUM! scoreAboveWeight", "SCORERATE", 5.5, 5],
    ["#NUM! negative", "SCORERATE", -1, 5],
    ["#VALUE! notNumber", "SCORERATE", "满分", 5],
  ],
  DEDUCT: [
    ["#VALUE! missing", "DEDUCT", 4],
    ["#VALUE! negative", "DEDUCT", 4, -1],
    ["#VALUE! negative", "DEDUCT", 4, 1, -1],
    ["#VALUE! negative", "DEDUCT", 4, 1, 1, -1],
    ["#VALUE! floorAboveWeight", "DEDUCT", 4, 1, 1, 5],
    ["#VALUE! notNumber", "DEDUCT", 4, "三项"],
  ],
  TIER: [
    ["#VALUE! missing", "TIER", 0.1, [0, 0.1]],
    ["#VALUE! countMismatch", "TIER", 0.1, [0, 0.1], [1, 2, 3]],
    ["#VALUE! rangeCell", "TIER", 0.1, ["十"], [1]],
    ["#VALUE! rangeCell", "TIER", 0.1, [0.1], [null]],
    ["#VALUE! notNumber", "TIER", "一成", [0.1], [1]],
  ],
  DEVIATIONSCORE: [
    ["#VALUE! missing", "DEVIATIONSCORE", 0.1, 10, 0.05],
    ["#VALUE! negative", "DEVIATIONSCORE", 0.1, 10, -0.05, 0.1],
    ["#VALUE! notAbove", "DEVIATIONSCORE", 0.1, 10, 0.05, 0],
    ["#VALUE! notAbove", "DEVIATIONSCORE", 0.1, 10, 0.05, -0.1],
    ["#VALUE! notAbove", "DEVIATIONSCORE", 0.1, 10, 0.05, 0.1, -0.01],
    ["#VALUE! notNumber", "DEVIATIONSCORE", "大", 10, 0.05, 0.1],
  ],
  LIKERTSCORE: [
    ["#VALUE! missing", "LIKERTSCORE", [1, 2], [3, 4]],
    ["#VALUE! shapeMismatch", "LIKERTSCORE", [1, 2], [3, 4, 5], 5],
    ["#DIV/0! noPairs", "LIKERTSCORE", [1, 2], [0, 0], 5],
    ["#VALUE! rangeNegative", "LIKERTSCORE", [1, 2], [3, -4], 5],
    ["#VALUE! likertNegative", "LIKERTSCORE", [-2, -1, 0, 1, 2], [1, 1, 1, 1, 1], 5],
    ["#DIV/0! noPairs", "LIKERTSCORE", [1, 2], [null, null], 5],
    ["#NUM! meanAboveMax", "LIKERTSCORE", [1, 9], [1, 1], 5, 4],
    ["#VALUE! rangeCell", "LIKERTSCORE", ["满意", 2], [1, 1], 5],
  ],
  TARGETSCORE: [
    ["#VALUE! missing", "TARGETSCORE", "≥90%"],
    ["#VALUE! empty", "TARGETSCORE", "≥90%", null],
    ["#VALUE! unitMismatch", "TARGETSCORE", "≥100人", "95户"],
    ["#VALUE! actualUnreadable", "TARGETSCORE", "≥90%", "较好"],
    ["#N/A needsJudgement", "TARGETSCORE", "有所提升", "略有下降"],
    ["#N/A dateLate", "TARGETSCORE", "2023年12月30日前", "2024年1月5日"],
    ["#VALUE! negative", "TARGETSCORE", "≥90%", "-5%"],
    ["#N/A equalMissed", "TARGETSCORE", "=5", "4"],
  ],
  PASSLINE: [
    ["#VALUE! missing", "PASSLINE", 0.8],
    ["#VALUE! passlineRange", "PASSLINE", 0.8, 10, 1.2],
    ["#VALUE! passlineRange", "PASSLINE", 0.8, 10, -0.1],
    ["#VALUE! negative", "PASSLINE", -0.8, 10],
    ["#VALUE! notNumber", "PASSLINE", "八成", 10],
  ],
  CHECKLIST: [
    ["#VALUE! missing", "CHECKLIST", [true]],
    ["#VALUE! notFulfilment", "CHECKLIST", ["部分"], 4],
    ["#VALUE! notFulfilment", "CHECKLIST", [1.5], 4],
    ["#VALUE! shareNegative", "CHECKLIST", [true, true], 4, [1, -1]],
    ["#DIV/0! noPairs", "CHECKLIST", [null, null], 4],
    ["#VALUE! shapeMismatch", "CHECKLIST", [true, false], 4, [1, 2, 3]],
    ["#DIV/0! divZero", "CHECKLIST", [true, false], 4, [0, 0]],
  ],
  QUALSCORE: [
    ["#VALUE! missing", "QUALSCORE", "达成", 10],
    ["#VALUE! unknownLevel", "QUALSCORE", "很好", 10, 0.9],
    ["#NUM! factorOutOfBand", "QUALSCORE", "达成", 10, 0.7],
    ["#NUM! factorOutOfBand", "QUALSCORE", "未达成", 10, 0.6],
    ["#NUM! aboveMax", "QUALSCORE", "达成", 10, 1.2],
    ["#VALUE! empty", "QUALSCORE", null, 10, 0.9],
  ],
  CHECKWEIGHTS: [
    ["#VALUE! missing", "CHECKWEIGHTS"],
    ["#VALUE! rangeCell", "CHECKWEIGHTS", [50, "五十"]],
    ["#VALUE! rangeNegative", "CHECKWEIGHTS", [150, -50]],
  ],
  TREECHECK: [
    ["#VALUE! missing", "TREECHECK"],
    [
      "#N/A noTable",
      "TREECHECK",
      [
        ["名称", "分值"],
        ["决策", 15],
      ],
    ],
  ],
};

describe("the bad-input checklist", () => {
  test("covers every function", () => {
    expect(Object.keys(CHECKLIST).sort()).toEqual(RULES.map((r) => r.name).sort());
  });
  const cases = Object.values(CHECKLIST).flat();
  test.each(cases)("%s from %s(…)", (expected, name, ...args) => {
    expect(reason(name, ...(args as never[]))).toBe(expected);
  });
});

describe("numeric text, full-width and huge numbers", () => {
  test.each([
    ["0.9879", "EXECRATE", "98.79%", 1],
    ["0.9879", "EXECRATE", "９８．７９％", "１"],
    ["0.98791", "EXECRATE", " 987.91 ", "1,000"],
    ["0.98791", "EXECRATE", "９８７．９１", "１，０００"],
    ["1", "EXECRATE", 1e300, 1e300],
    ["3", "EXECRATE", 1e308, 1, 3],
    ["0.5", "SCORERATE", "２", "４"],
    ["优", "GRADE", "９１．３"],
    ["4", "DEDUCT", "４", "０"],
    ["2", "DEDUCT", "４", "２", "１", "０"],
  ])("%s = %s(%p, …)", (expected, name, ...args) => {
    expect(run(name, ...(args as never[]))).toBe(expected);
  });
  test("a negative full-width number is refused as negative, not as text", () => {
    expect(reason("EXECRATE", "－５", 10)).toBe("#NUM! negative");
  });
  test("a result beyond what Excel holds is #NUM!", () => {
    expect(reason("EXECRATE", 1e308, 1e-308)).toBe("#NUM! tooLarge");
    expect(reason("EXECRATE", 1, 1, Infinity)).toBe("#NUM! notFinite");
  });
});

describe("x.5 ties round half-up (四舍五入), never to even", () => {
  test.each([
    ["2.68", "EXECRATE", 1, 1, 2.675, 2],
    ["0.13", "EXECRATE", 0.125, 1, null, 2],
    ["1", "SCORERATE", 1.25, 2.5, 0],
    ["1", "EXECRATE", 0.5, 1, 1, 0],
    ["4.5", "PASSLINE", 0.78, 10, null, 1],
    ["1.01", "EXECRATE", 1.005, 1, null, 2],
    ["2.35", "CHECKLIST", [0.47], 5, null, 2],
    ["9.78", "DEVIATIONSCORE", 0.0725, 10, 0.05, 0.1, null, 2],
    ["1.1", "QUALSCORE", "未达成", 2.2, 0.5, 1],
    ["5.45", "RATIOSCORE", 0.545, 1, 10, null, 2],
    ["0.94", "TARGETSCORE", "≥100人", "93.5人", 1, 2],
    ["2.5", "LIKERTSCORE", [2.5], [1], 5, 5, 1],
    ["56.5", "WEIGHTEDSCORE", [0.565], [100], null, 1],
  ])("%s = %s(…)", (expected, name, ...args) => {
    expect(run(name, ...(args as never[]))).toBe(expected);
  });
});

describe("a score divides once, last, so exact ties stay exact", () => {
  test.each([
    ["3", "EXECRATE", 1, 3, 7.5, 0],
    ["3", "ARRIVALRATE", 1, 3, 7.5, 0],
    ["3", "TARGETSCORE", "≥3人", "1人", 7.5, 0],
    ["1.5", "TARGETSCORE", "≤0.3", "0.6", 3],
    ["3", "PASSLINE", 0.7, 5, 0.4, 0],
    ["3", "LIKERTSCORE", [1, 2], [2, 1], 7.5, 4, 0],
    ["2.5", "CHECKLIST", [true, false, false], 7.5],
  ])("%s = %s(…)", (expected, name, ...args) => {
    expect(run(name, ...(args as never[]))).toBe(expected);
  });
});
