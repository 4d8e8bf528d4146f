import { ruleNamed } from "../../src/catalog";
import { bilingual } from "../../src/messages";
import { decimalOf } from "../../src/decimal";
import { parseNumericText } from "../../src/cells/readCell";
import type { RawArg } from "../../src/rules/params";
import { run } from "./evaluate";

// FUNCTIONS.md "Edge rules", one table per kind of case of issue 19. Expected first, exact strings.
type Case = [expected: string, name: string, ...args: unknown[]];

function message(name: string, ...args: RawArg[]): string {
  const r = ruleNamed(name)?.evaluate(args);
  if (!r || r.ok) throw new Error(`${name} did not fail`);
  return `${r.code} ${bilingual(r)}`;
}

const table = (cases: Case[]) =>
  test.each(cases)("%s = %s(…)", (expected, name, ...args) => expect(run(name, ...(args as RawArg[]))).toBe(expected));

describe("1. LIKERTSCORE's max is the largest level given, whatever its count", () => {
  table([
    ["3.56", "LIKERTSCORE", [100, 75, 50, 25, 0], ["", 93, 172, 17, 167], 10, null, 2],
    ["3.56", "LIKERTSCORE", [100, 75, 50, 25, 0], [null, 93, 172, 17, 167], 10, null, 2],
    ["3.56", "LIKERTSCORE", [100, 75, 50, 25, 0], [0, 93, 172, 17, 167], 10, null, 2],
    ["3.56", "LIKERTSCORE", [100, 75, 50, 25, 0], [0, 93, 172, 17, 167], 10, 100, 2],
    ["2.5", "LIKERTSCORE", [1, 2, 3, 4], [1, 0, 0, null], 10],
    ["#DIV/0!", "LIKERTSCORE", [1, 2, 3, 4, 5], [0, 0, null, 0, null], 10],
  ]);
});

describe("2. WEIGHTEDSCORE: a filled weight beside a blank rate counts with rate 0", () => {
  table([
    ["67", "WEIGHTEDSCORE", [1, "", 1], [33, 33, 34]],
    ["63.7", "WEIGHTEDSCORE", [0.9, null, 1], [33, 33, 34]],
    ["90", "WEIGHTEDSCORE", [1, 1, 1], [50, null, 40], 90],
    ["95", "WEIGHTEDSCORE", [1, 0.5, 0.9], [50, 0, 50], null, 0],
    ["#VALUE!", "WEIGHTEDSCORE", [1, null, 1], [33, 33, 33]],
  ]);
  test("the message gives the sum found and the sum expected", () => {
    expect(message("WEIGHTEDSCORE", [1, null, 1], [33, 33, 33])).toBe(
      "#VALUE! 权重合计为 99，应为 100。the weights sum to 99, not 100.",
    );
    expect(message("WEIGHTEDSCORE", [1, 1], [30, 40], 80)).toBe(
      "#VALUE! 权重合计为 70，应为 80。the weights sum to 70, not 80.",
    );
  });
});

describe("3. TARGETSCORE with a target of 0", () => {
  table([
    ["1", "TARGETSCORE", "≥0%", "5%"],
    ["4", "TARGETSCORE", 0, 3, 4],
    ["4", "TARGETSCORE", "≥0", "0", 4],
    ["4", "TARGETSCORE", "≤0", "0", 4],
    ["0", "TARGETSCORE", "≤0", "2", 4],
    ["0", "TARGETSCORE", "≤0起", "2起"],
    ["0", "TARGETSCORE", "不超过0%", "0.5%"],
    ["1", "TARGETSCORE", "=0", "0"],
    ["0", "TARGETSCORE", "＝0", "1", 3],
    ["3", "TARGETSCORE", "等于0起", "0起", 3],
    ["3", "TARGETSCORE", "=5", "5", 3],
    ["#N/A", "TARGETSCORE", "=5", "4", 3],
  ]);
});

describe("4. DEVIATIONSCORE's per multiplies: 0 or below is a range error with its message", () => {
  table([
    ["#VALUE!", "DEVIATIONSCORE", 0.1, 10, 0.05, 0],
    ["#VALUE!", "DEVIATIONSCORE", 0.1, 10, 0.05, -0.1],
  ]);
  test("message", () => {
    expect(message("DEVIATIONSCORE", 0.1, 10, 0.05, 0)).toBe(
      "#VALUE! 参数「每档扣分」应大于 0，收到 0。argument per must be above 0, got 0.",
    );
  });
});

describe("5. Nothing to average is #DIV/0! in CHECKLIST as in LIKERTSCORE", () => {
  table([
    ["#DIV/0!", "CHECKLIST", [null, null, ""], 4],
    ["#DIV/0!", "CHECKLIST", [true, false], 4, [0, 0]],
    ["#DIV/0!", "LIKERTSCORE", [1, 2, 3], [null, null, null], 4],
  ]);
});

describe("6. An argument outside its documented range is #VALUE! with a message saying the range", () => {
  table([
    ["#VALUE!", "RATIOSCORE", 0.5, 0.6, 5, 0.7],
    ["5", "RATIOSCORE", 0.6, 0.6, 5, 0.6],
    ["0", "RATIOSCORE", 0.4, 0.6, 5, 0.5],
    ["2.5", "RATIOSCORE", 0.3, 0.6, 5, 0],
    ["0", "PASSLINE", 0.99, 10, 1],
    ["10", "PASSLINE", 1, 10, 1],
    ["10", "PASSLINE", 1.2, 10, 1],
    ["5", "PASSLINE", 0.5, 10, 0],
    ["#VALUE!", "PASSLINE", 0.5, 10, 1.01],
    ["#VALUE!", "PASSLINE", 0.5, 10, -0.1],
    ["#VALUE!", "LIKERTSCORE", [-2, -1, 0, 1, 2], [1, 2, 3, 4, 5], 5],
    ["#VALUE!", "DEDUCT", 10, 2, -1],
    ["#VALUE!", "DEDUCT", 10, 2, 1, -1],
    ["#VALUE!", "DEDUCT", 10, 2, 1, 11],
    ["#VALUE!", "CHECKLIST", [true, true], 4, [1, -1]],
  ]);
  test.each([
    [
      ["RATIOSCORE", 0.5, 0.6, 5, 0.7],
      "#VALUE! 下限 0.7 高于目标值 0.6：应在 0 到目标值之间。floor 0.7 is above the target 0.6: it must lie between 0 and the target.",
    ],
    [
      ["PASSLINE", 0.5, 10, 1.01],
      "#VALUE! 参数「及格线」应在 0–1 之间（60% 即 0.6；1 表示达到 100% 才得分），收到 1.01。argument passline must lie within 0–1 (60% is 0.6; 1 means full at 100 % and nothing below), got 1.01.",
    ],
    [
      ["LIKERTSCORE", [-2, -1, 0, 1, 2], [1, 2, 3, 4, 5], 5],
      "#VALUE! 区域「量表分值」第 1 个单元格为负数（-2）：量表分值应不小于 0，−2…2 的量表请换算为 1…5（各加 3）。range levels, cell 1 is negative (-2): levels must be 0 or above; map a −2…2 scale to 1…5 (add 3).",
    ],
    [
      ["DEDUCT", 10, 2, -1],
      "#VALUE! 参数「每项扣分」不能为负数（应不小于 0），收到 -1。argument per cannot be negative (it must be 0 or above), got -1.",
    ],
    [
      ["DEDUCT", 10, 2, 1, -1],
      "#VALUE! 参数「最低得分」不能为负数（应不小于 0），收到 -1。argument floor cannot be negative (it must be 0 or above), got -1.",
    ],
    [
      ["CHECKLIST", [true, true], 4, [1, -1]],
      "#VALUE! 区域「要点占比」第 2 个单元格为负数（-1）：要点占比应不小于 0。range shares, cell 2 is negative (-1): a share must be 0 or above.",
    ],
  ])("%j → %s", ([name, ...args], expected) => {
    expect(message(name as string, ...(args as RawArg[]))).toBe(expected);
  });
  test("#NUM! stays for negative money, a score outside its scale and a rate above 1", () => {
    expect(run("EXECRATE", -5, 10)).toBe("#NUM!");
    expect(run("ARRIVALRATE", 5, -10)).toBe("#NUM!");
    expect(run("SCORERATE", 6, 5)).toBe("#NUM!");
    expect(run("GRADE", 101)).toBe("#NUM!");
    expect(run("QUALSCORE", "达成", 10, 0.7)).toBe("#NUM!");
    expect(run("WEIGHTEDSCORE", [1.2], [100])).toBe("#NUM!");
  });
});

describe("7. Zero is blank only where the parameter must be above 0", () => {
  table([
    ["10", "DEDUCT", 10, 3, 0],
    ["7", "DEDUCT", 10, 3, null],
    ["7", "DEDUCT", 10, 3, ""],
    ["4", "DEDUCT", 10, 3, 2, 0],
    ["10", "DEVIATIONSCORE", 0.05, 10, 0.05, 0.1, 0],
    ["9.5", "DEVIATIONSCORE", 0.05, 10, 0, 0.1, 0],
    ["0", "PASSLINE", 0, 10, 0],
    ["#VALUE!", "SCORERATE", 3, 0],
    ["0.75", "EXECRATE", 3, 4, 0],
    ["#DIV/0!", "EXECRATE", 3, 0],
  ]);
});

describe("8. Every comparison with a threshold at 9 decimals", () => {
  table([
    ["优", "GRADE", 89.9999999999],
    ["5", "TIER", 89.9999999999, [90, 80], [5, 4]],
    ["4", "TIER", 90.0000000001, [">90", 80], [5, 4]],
    ["4", "TIER", 90.0000000001, [">90", 90], [5, 4]],
    ["5", "TIER", 90.000000001, [">90", 90], [5, 4]],
    ["4", "TIER", 89.999999, [90, 80], [5, 4]],
    [
      "优",
      "GRADE",
      80,
      [
        ["优", 79.9999999999],
        ["良", 60],
      ],
    ],
    ["TRUE", "CHECKWEIGHTS", [33.3333333333, 33.3333333333, 33.3333333333]],
    ["FALSE", "CHECKWEIGHTS", [33.33333333, 33.33333333, 33.33333333]],
    ["10", "PASSLINE", 0.9999999999, 10],
    ["0", "PASSLINE", 0.6000000001, 10],
    ["5", "RATIOSCORE", 0.8999999999, 0.9, 5],
    ["0", "RATIOSCORE", 0.4999999, 0.9, 5, 0.5],
    ["10", "DEVIATIONSCORE", 0.0500000000001, 10, 0.05, 0.1],
    ["0", "DEVIATIONSCORE", 0.15, 10, 0.05, 1],
    ["4", "DEDUCT", 10, 3, 2.0000000001, 4],
    ["#VALUE!", "DEDUCT", 10, 3, 2, 10.000000001],
    ["7.0000000001", "DEDUCT", 7, 0, 1, 7.0000000001],
    ["3", "EXECRATE", 0.9999999999, 1, 3],
    ["4", "TARGETSCORE", "≤30", "30.0000000001", 4],
    ["4", "TARGETSCORE", "≥90%", 0.8999999999, 4],
    ["7.999999999", "QUALSCORE", "达成", 10, 0.7999999999],
    ["#NUM!", "QUALSCORE", "部分达成", 10, 0.7999999999],
  ]);
});

describe("9. One number rule in every door: 15 significant digits", () => {
  test.each([
    ["0.123456789012346", "0.12345678901234567"],
    ["1234567890123460000", "1234567890123456789"],
    ["0.123456789012346", "12.345678901234567%"],
    ["0.1", "0.1"],
  ])("%s from %s", (expected, typed) => {
    expect(run("EXECRATE", typed, 1)).toBe(expected);
    expect(parseNumericText(typed)?.value.toFixed()).toBe(decimalOf(Number(expected)).toFixed());
  });
  test("a cell's double is cut the same way", () => {
    expect(run("EXECRATE", 0.12345678901234567, 1)).toBe("0.123456789012346");
    expect(decimalOf(1234567890123456789).toFixed()).toBe("1234567890123460000");
    expect(decimalOf(652.1800000000001).toFixed()).toBe("652.18");
    expect(decimalOf(2.675).toFixed()).toBe("2.675");
    expect(decimalOf(-0).toFixed()).toBe("0");
  });
});
