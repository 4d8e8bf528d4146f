import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as F from "../../functions/functions";
import { RULES } from "../../src/catalog";
import { CustomFunctionsError, installCustomFunctionsStub } from "./customFunctionsStub";

installCustomFunctionsStub();

function thrown(fn: () => unknown): CustomFunctionsError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CustomFunctionsError) return e;
    throw e;
  }
  throw new Error("did not throw");
}

describe("the Excel adapters", () => {
  test("return numbers, text and booleans to the cell", () => {
    expect(F.EXECRATE(109805.66, 135528.71, 3, 1)).toBe(2.4);
    expect(F.EXECRATE(987.91, 1000, null, null)).toBe(0.98791);
    expect(F.GRADE(91.3, null as unknown as unknown[][])).toBe("优");
    expect(F.CHECKWEIGHTS([[33.3], [33.3], [33.4]], null)).toBe(true);
    expect(F.LIKERTSCORE([[1, 2, 3, 4, 5, 6, 7]], [[0.3, 0.2, 0.4, 4.3, 12.5, 25.2, 33]], 5, 7, 1)).toBe(4.4);
  });

  test("a desktop empty cell (0) in an optional weight returns the rate", () => {
    expect(F.EXECRATE(50, 100, 0, null)).toBe(0.5);
  });

  test("#VALUE! carries the Chinese message naming the argument and what it got", () => {
    const e = thrown(() => F.EXECRATE("abc", 10, null, null));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("参数「实际支出」应为数字，收到“abc”");
  });

  test("#N/A carries its message; #DIV/0! and #NUM! carry none (Excel shows none)", () => {
    const na = thrown(() => F.TARGETSCORE("有所提升", "下降", 5, null));
    expect(na.code).toBe("#N/A");
    expect(na.message).toContain("需人工判断");
    expect(thrown(() => F.EXECRATE(1, 0, null, null)).code).toBe("#DIV/0!");
    const num = thrown(() => F.QUALSCORE("部分达成", 10, 0.9, null));
    expect(num.code).toBe("#NUM!");
    expect(num.message).toBe("");
  });

  test("WEIGHTEDSCORE's #VALUE! gives the sum it found", () => {
    expect(thrown(() => F.WEIGHTEDSCORE([[1, 1, 1]], [[33.3, 33.3, 33.3]], null, null)).message).toBe(
      "权重合计为 99.9，应为 100",
    );
  });

  test("TREECHECK places its addresses by the range's own address", () => {
    const table = [
      ["一级指标", "分值", "二级指标", "分值"],
      ["决策", 15, "项目立项", 12],
      [null, null, "资金落实", 2],
      ["管理", 85, "资金管理", 85],
    ];
    const invocation = { parameterAddresses: ["Sheet1!C5:F8"] } as unknown as CustomFunctions.Invocation;
    expect(F.TREECHECK(table, invocation)).toEqual([["D6: 决策 权重 15 ≠ 下级合计 14（共 1 处）"]]);
    expect(F.TREECHECK(table, {} as CustomFunctions.Invocation)).toEqual([
      ["B2: 决策 权重 15 ≠ 下级合计 14（共 1 处）"],
    ]);
  });
});

describe("the function metadata generated from the JSDoc", () => {
  let metadata: {
    functions: {
      id: string;
      name: string;
      description: string;
      parameters: { name: string; description?: string; optional?: boolean }[];
    }[];
  };
  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata([path.join(__dirname, "../../functions/functions.ts")], false);
    expect(result.errors).toEqual([]);
    metadata = JSON.parse(result.metadataJson);
  }, 30000);

  test("lists exactly the functions of FUNCTIONS.md, ids equal to names", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual([
      "EXECRATE",
      "ARRIVALRATE",
      "RATIOSCORE",
      "WEIGHTEDSCORE",
      "GRADE",
      "SCORERATE",
      "DEDUCT",
      "TIER",
      "DEVIATIONSCORE",
      "LIKERTSCORE",
      "TARGETSCORE",
      "PASSLINE",
      "CHECKLIST",
      "QUALSCORE",
      "CHECKWEIGHTS",
      "TREECHECK",
    ]);
    expect(metadata.functions.map((f) => f.name)).toEqual(metadata.functions.map((f) => f.id));
    expect(metadata.functions.map((f) => f.id)).toEqual(RULES.map((r) => r.name));
  });

  test("parameters match the core's, in order and optionality", () => {
    for (const f of metadata.functions) {
      const rule = RULES.find((r) => r.name === f.id);
      const names = rule?.params.map((p) => (p.name === "default" ? "defaultPoints" : p.name));
      expect([f.id, f.parameters.map((p) => p.name)]).toEqual([f.id, names]);
      expect([f.id, f.parameters.map((p) => p.optional === true)]).toEqual([
        f.id,
        rule?.params.map((p) => p.optional === true),
      ]);
    }
  });

  test("every description and parameter help is Chinese first, then English", () => {
    const zhThenEn = /^[^A-Za-z]*[\u4e00-\u9fff].*[A-Za-z]/;
    for (const f of metadata.functions) {
      expect([f.id, zhThenEn.test(f.description)]).toEqual([f.id, true]);
      for (const p of f.parameters)
        expect([f.id, p.name, zhThenEn.test(p.description ?? "")]).toEqual([f.id, p.name, true]);
    }
  });
});
