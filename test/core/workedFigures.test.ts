import { run } from "./evaluate";
import { RULES } from "../../src/catalog";

// FUNCTIONS.md "Worked figures": expected value first, exact strings.
const WORKED: [string, string, ...unknown[]][] = [
  ["0.98791", "EXECRATE", 987.91, 1000],
  ["2.4", "EXECRATE", 109805.66, 135528.71, 3, 1],
  ["4.4", "LIKERTSCORE", [1, 2, 3, 4, 5, 6, 7], [0.3, 0.2, 0.4, 4.3, 12.5, 25.2, 33], 5, 7, 1],
  ["100", "WEIGHTEDSCORE", [1, 1, 1], [33.3, 33.3, 33.4]],
  ["#VALUE!", "WEIGHTEDSCORE", [1, 1, 1], [33.3, 33.3, 33.3]],
  ["优", "GRADE", 91.3],
  ["优", "GRADE", 90],
  ["良", "GRADE", 89.99],
  ["优", "GRADE", 89.99999999999999],
  ["差", "GRADE", 59.99],
  ["0", "TIER", 0, [">0", "10%", "20%", "50%"], [0.5, 1, 2, 3]],
  ["1", "TIER", 0.1, [">0", "10%", "20%", "50%"], [0.5, 1, 2, 3]],
  ["0.5", "TIER", 0.05, [">0", "10%", "20%", "50%"], [0.5, 1, 2, 3]],
  ["1", "DEDUCT", 4, 3],
  ["0", "DEDUCT", 4, 7],
  ["5", "PASSLINE", 0.8, 10],
  ["0", "PASSLINE", 0.5, 10],
  ["3", "CHECKLIST", [true, true, false, "是"], 4],
  ["7", "QUALSCORE", "部分达成", 10, 0.7],
  ["#NUM!", "QUALSCORE", "部分达成", 10, 0.9],
  ["4", "TARGETSCORE", "≤30日", "25日", 4],
  ["#VALUE!", "TARGETSCORE", "100%", "95 人"],
  ["#DIV/0!", "EXECRATE", 1, 0],
  ["#NUM!", "EXECRATE", -5, 10],
  ["#VALUE!", "EXECRATE", "abc", 10],
];

describe("FUNCTIONS.md worked figures", () => {
  test.each(WORKED)("%s = %s(…)", (expected, name, ...args) => {
    expect(run(name, ...(args as never[]))).toBe(expected);
  });

  test("TARGETSCORE(≥90%, 60%) is two thirds, uncapped and unrounded", () => {
    expect(run("TARGETSCORE", "≥90%", "60%")).toBe(String(0.6 / 0.9));
    expect(run("TARGETSCORE", "≥90%", "60%").startsWith("0.6666")).toBe(true);
  });

  test("33.3 + 33.3 + 33.4 is exactly 100 and 2.675 rounds to 2.68", () => {
    expect(run("CHECKWEIGHTS", [33.3, 33.3, 33.4])).toBe("TRUE");
    expect(run("EXECRATE", 1, 1, 2.675, 2)).toBe("2.68");
    expect(run("SCORERATE", 1.005, 1.005 * 2, 2)).toBe("0.5");
  });
});

describe("every documented example", () => {
  const cases = RULES.flatMap((rule) => rule.examples.map((ex, i) => [rule.name, i, ex.result, ex.args] as const));
  test.each(cases)("%s example %i gives %s", (name, _i, expected, args) => {
    expect(run(name, ...(args as never[]))).toBe(expected);
  });
});
