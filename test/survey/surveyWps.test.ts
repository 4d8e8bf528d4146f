import { insertSurvey, insertTable } from "../../taskpane/gateway/wpsGateway";
import { findQuestions } from "../../src/kinds/survey/read";
import { INITIAL_FIELDS, surveyFromFields } from "../../src/kinds/survey/surveyFields";
import type { SurveyWrite } from "../../src/kinds/survey/surveyWrite";
import { Dec } from "../../src/decimal";
import { MockEt } from "../wps/mockEt";

function write(): SurveyWrite {
  const cells = [
    ["序号", "姓名", "1、总体满意度"],
    ...["非常满意", "满意", "满意", "不满意"].map((a, i) => [i + 1, "张三丰", a]),
  ];
  const outcome = surveyFromFields(findQuestions({ name: "Sheet1", cells, merges: [] }), INITIAL_FIELDS, {
    sheet: "评分表",
    name: "满意度",
    at: "E9",
    points: new Dec(10),
  });
  if (!outcome.ok) throw new Error(outcome.zh);
  return {
    survey: outcome.survey,
    result: outcome.result,
    choice: outcome.choice,
    leaf: { sheet: "评分表", name: "满意度", at: "E9", points: new Dec(10) },
  };
}

describe("WPS: the survey and the experts option through the WPS objects", () => {
  test("满意度统计 and 问卷数据 in new sheets with free names, the leaf's 得分 linked, no respondent's name", () => {
    const et = new MockEt({ sheets: ["评分表", "问卷数据"] });
    const out = insertSurvey(et.application(), write());
    expect(out).toEqual({ status: "written", sheet: "满意度统计", address: "满意度统计!A1", syncs: 0 });
    // (1 + 0.8 + 0.8 + 0) / 4 = 0.65 × 10 = 6.5
    expect(write().result.score?.toFixed()).toBe("6.5");
    const link = et.log.find((e) => e.op === "set" && e.name === "Formula" && e.on === "评分表!E9");
    expect(link?.value).toEqual([["='满意度统计'!$J$7"]]);
    const stats = et.log.find((e) => e.op === "set" && e.name === "Formula" && e.on.startsWith("满意度统计!"))
      ?.value as unknown[][];
    expect(stats.flat().some((v) => typeof v === "string" && v.includes("'问卷数据 (2)'!$B:$B"))).toBe(true);
    expect(JSON.stringify(et.log)).not.toContain("张三丰");
  });

  test("a panel's sheet goes into a new sheet with the experts' columns", () => {
    const et = new MockEt({ sheets: ["Sheet1"] });
    const t = {
      format: "jixiao-template" as const,
      version: 1 as const,
      title: "t",
      indicators: [
        {
          name: "决策",
          weight: 100,
          children: [
            { name: "立项", weight: 60 },
            { name: "资金", weight: 40 },
          ],
        },
      ],
    };
    expect(insertTable(et.application(), t, [], "selection", false, { experts: 5, method: "trimmed" })).toMatchObject({
      status: "written",
      sheet: "评分表",
    });
    const matrix = et.log.find((e) => e.op === "set" && e.name === "Formula" && e.on.startsWith("评分表!"))
      ?.value as unknown[][];
    expect(matrix[1].filter((v) => typeof v === "string" && /^专家\d$/.test(v)).length).toBe(5);
    expect(matrix.flat().some((v) => typeof v === "string" && v.includes("-MAX(") && v.includes("-MIN("))).toBe(true);
  });
});
