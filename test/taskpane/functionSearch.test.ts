import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { functionInfos, matches, type FunctionInfo } from "../../taskpane/functionsPage/functionInfo";

let infos: FunctionInfo[];
beforeAll(async () => {
  // The same metadata the build puts into the bundle.
  const metadata = await generateCustomFunctionsMetadata(path.join(__dirname, "../../functions/functions.ts"));
  infos = functionInfos(JSON.parse(metadata.metadataJson));
});

describe("函数 search finds functions by the Chinese words people use", () => {
  test.each([
    ["满意度", ["RATIOSCORE", "LIKERTSCORE"]],
    ["问卷", ["LIKERTSCORE"]],
    ["到位率", ["ARRIVALRATE"]],
    ["扣分", ["DEDUCT", "DEVIATIONSCORE"]],
    ["及格线", ["PASSLINE"]],
    ["定性 达成", ["QUALSCORE"]],
    ["下级合计", ["TREECHECK"]],
    ["likert", ["LIKERTSCORE"]],
    ["grade", ["GRADE"]],
    ["不存在的词", []],
  ])("%s", (query, expected) => {
    expect(infos.filter((i) => matches(i, query)).map((i) => i.id)).toEqual(expected);
  });
});
