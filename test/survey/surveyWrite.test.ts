import { insertSurvey, insertTable } from "../../taskpane/gateway/excelGateway";
import { browserGateway } from "../../taskpane/gateway/browserGateway";
import { installOfficeStub, recordingContext, type Entry, type Recording } from "../taskpane/recordingContext";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { findQuestions } from "../../src/kinds/survey/read";
import { INITIAL_FIELDS, surveyFromFields, answerShares, percentText } from "../../src/kinds/survey/surveyFields";
import { layoutSurveyWrite, workbookLeaves, type SurveyWrite } from "../../src/kinds/survey/surveyWrite";
import { Dec } from "../../src/decimal";
import type { SheetGrid } from "../../src/sheet/grid";
import { templateSatisfactionLeaves } from "../../src/kinds/survey/templateSurvey";
import { readingsOf } from "../../src/readers/readingsOf";
import { scoreWorkbook } from "../../src/readers/scoreWorkbook";

installOfficeStub();
const sets = (rec: Recording, name: string): Entry[] => rec.log.filter((e) => e.op === "set" && e.name === name);
const calls = (rec: Recording, name: string): Entry[] => rec.log.filter((e) => e.op === "call" && e.name === name);

const PERSONAL = ["张三丰", "13800138000", "10.1.2.3", "联系我"];

/** 20 respondents: seed 004's kind of question (text options), and a question answered by option number. */
function exportGrid(): SheetGrid {
  const q1 = [...Array(12).fill("非常满意"), ...Array(6).fill("满意"), "基本满意", "不满意"];
  const q2 = [...Array(10).fill(1), ...Array(8).fill(2), 3, -3];
  const cells: (string | number)[][] = [
    ["序号", "提交答卷时间", "来自IP", "姓名", "联系电话", "1、总体满意度", "2、服务满意度", "3、意见"],
  ];
  for (let r = 0; r < 20; r++)
    cells.push([
      r + 1,
      "2023/5/6",
      PERSONAL[2],
      PERSONAL[0],
      PERSONAL[1],
      q1[r],
      q2[r],
      `好，${PERSONAL[3]} ${PERSONAL[1]}`,
    ]);
  return { name: "Sheet1", cells, merges: [] };
}

function write(leaf: SurveyWrite["leaf"]): SurveyWrite {
  const outcome = surveyFromFields(findQuestions(exportGrid()), { ...INITIAL_FIELDS, points: "10" }, leaf);
  if (!outcome.ok) throw new Error(outcome.zh);
  return { survey: outcome.survey, result: outcome.result, choice: outcome.choice, leaf };
}

const LEAF = { sheet: "评分表", name: "服务对象满意度", at: "E20", points: new Dec(8) };

describe("the page's fields computed as jx survey computes them", () => {
  test("weighted 100/80/60/0, option numbers as the n-th option; shares of the answered; percent half-up", () => {
    const w = write(null);
    // Q1: (12 + 4.8 + 0.6 + 0) / 20 = 0.87; Q2: (10 + 6.4 + 0.6) / 19 = 17 / 19 = 0.894736…; mean 0.882368…
    expect(w.result.questions.map((q) => q.rate?.toFixed(6))).toEqual(["0.870000", "0.894737"]);
    expect(percentText(w.result.rate, 2)).toBe("88.24%");
    expect(w.result.score?.toFixed()).toBe("8.82");
    expect(answerShares(w.result.questions[1]).map((a) => `${a.answer} ${a.count} ${percentText(a.share, 2)}`)).toEqual(
      ["非常满意 10 52.63%", "满意 8 42.11%", "基本满意 1 5.26%", "不满意 0 0.00%"],
    );
    expect(w.result.questions[1].skipped).toBe(1);
    // With a leaf, its points make the score (the typed points are not used): 0.882368… × 8 = 7.06.
    expect(write(LEAF).result.score?.toFixed()).toBe("7.06");
  });

  test("a bad field is an outcome in words, never a throw", () => {
    const survey = findQuestions(exportGrid());
    expect(surveyFromFields(survey, { ...INITIAL_FIELDS, levels: "非常满意=一" })).toMatchObject({
      ok: false,
      zh: expect.stringContaining("选项:分值"),
    });
    expect(surveyFromFields(survey, { ...INITIAL_FIELDS, questions: "9" })).toMatchObject({
      ok: false,
      zh: expect.stringContaining("没有第 9 题"),
    });
    expect(surveyFromFields(survey, { ...INITIAL_FIELDS, digits: "12" })).toMatchObject({
      ok: false,
      en: expect.stringContaining("--digits"),
    });
  });

  test("the satisfaction leaf of the open workbook, found through the one reader layer", () => {
    const scoring: SheetGrid = {
      name: "评分",
      cells: [
        ["一级指标", "分值", "二级指标", "分值", "得分"],
        ["产出", 80, "数量", 80, 70],
        ["效益", 20, "服务对象满意度", 20, null],
      ],
      merges: [],
      origin: { row: 4, col: 1 },
    };
    expect(workbookLeaves([scoring])).toEqual([
      { sheet: "评分", name: "服务对象满意度", at: "F7", points: new Dec(20) },
    ]);
  });
});

describe("writing the survey through the gateways", () => {
  test("Excel: 满意度统计 and 问卷数据 in new sheets, the leaf's 得分 linked, 2 syncs; nothing of the respondents' own", async () => {
    const { context, rec } = recordingContext({ sheets: ["评分表", "Sheet1"] });
    const out = await insertSurvey(context, write(LEAF));
    expect(out).toEqual({ status: "written", sheet: "满意度统计", address: "满意度统计!A1", syncs: 2 });
    expect(rec.syncs).toBe(2);
    expect(
      calls(rec, "add")
        .filter((e) => e.path.endsWith("worksheets"))
        .map((e) => e.args?.[0]),
    ).toEqual(["满意度统计", "问卷数据"]);
    const stats = sets(rec, "formulas").find((e) => e.path.includes("add(满意度统计)"))?.value as unknown[][];
    expect(stats.flat().some((v) => typeof v === "string" && /^=COUNTIF\('?问卷数据'?!\$B:\$B,/.test(v))).toBe(true);
    const responses = sets(rec, "formulas").find((e) => e.path.includes("add(问卷数据)"))?.value as unknown[][];
    expect(responses[0]).toEqual(["序号", "1、总体满意度", "2、服务满意度"]);
    expect(responses.length).toBe(21);
    const everything = JSON.stringify(rec.log);
    for (const p of PERSONAL) expect(everything).not.toContain(p);
    const link = sets(rec, "formulas").find((e) => e.path.endsWith("getItem(评分表).getRange(E20)"));
    expect(link?.value).toEqual([[expect.stringMatching(/^='满意度统计'!\$[A-Z]+\$\d+$/)]]);
    expect(rec.log.filter((e) => e.batch >= 2)).toEqual([]);
  });

  test("Excel: sheet names already taken give free ones, and the formulas follow them", async () => {
    const { context, rec } = recordingContext({ sheets: ["满意度统计", "问卷数据"] });
    const out = await insertSurvey(context, write(null));
    expect(out).toMatchObject({ sheet: "满意度统计 (2)" });
    const stats = sets(rec, "formulas").find((e) => e.path.includes("add(满意度统计 (2))"))?.value as unknown[][];
    expect(stats.flat().some((v) => typeof v === "string" && v.includes("'问卷数据 (2)'!$B:$B"))).toBe(true);
    expect(sets(rec, "formulas").some((e) => e.path.includes("getRange(E20)"))).toBe(false);
  });

  test("browser: the survey's own workbook downloads, read back with the same figures", async () => {
    let got: { bytes: Uint8Array; name: string } | null = null;
    const gateway = browserGateway({ download: (bytes, name) => (got = { bytes, name }), storage: undefined });
    const out = await gateway.insertSurvey(write(LEAF));
    expect(out).toEqual({ status: "downloaded", fileName: "满意度统计.xlsx", syncs: 0 });
    const wb = await readWorkbook((got as unknown as { bytes: Uint8Array }).bytes);
    expect(wb.sheets.map((s) => s.name)).toEqual(["满意度统计", "问卷数据"]);
    const text = JSON.stringify(wb.sheets);
    for (const p of PERSONAL) expect(text).not.toContain(p);
    expect(layoutSurveyWrite({ ...write(LEAF), leaf: null }).link).toBeNull();
  });
});

describe("the browser page: the template's scoring workbook downloaded with the survey, its leaf linked", () => {
  test("as jx template --survey writes it: the leaf scored by the survey at the template's decimals, read back by jx's reader", async () => {
    const t = {
      format: "jixiao-template" as const,
      version: 1 as const,
      title: "满意度测试",
      decimals: { score: 1 },
      indicators: [
        { name: "产出", weight: 90, children: [{ name: "数量", weight: 90, score: 80 }] },
        { name: "效益", weight: 10, children: [{ name: "服务对象满意度", weight: 10 }] },
      ],
    };
    const [leaf] = templateSatisfactionLeaves(t);
    expect(leaf).toEqual({ sheet: "评分表", name: "服务对象满意度", at: "", points: new Dec(10), digits: 1 });
    const outcome = surveyFromFields(findQuestions(exportGrid()), INITIAL_FIELDS, leaf);
    if (!outcome.ok) throw new Error(outcome.zh);
    // 0.882368… × 10 = 8.82… → 8.8 at the template's one decimal.
    expect(outcome.result.score?.toFixed()).toBe("8.8");
    let got: Uint8Array | null = null;
    const out = await browserGateway({ download: (bytes) => (got = bytes), storage: undefined }).insertSurvey({
      survey: outcome.survey,
      result: outcome.result,
      choice: outcome.choice,
      leaf,
      template: t,
    });
    expect(out).toEqual({ status: "downloaded", fileName: "满意度测试.xlsx", syncs: 0 });
    const wb = await readWorkbook(got as unknown as Uint8Array);
    expect(wb.sheets.map((s) => s.name)).toEqual(["评分表", "汇总", "满意度统计", "问卷数据"]);
    const [reading] = readingsOf(wb);
    const scored = scoreWorkbook(reading, wb.settings);
    expect([scored.total?.toFixed(), scored.problems]).toEqual(["88.8", []]);
    for (const p of PERSONAL) expect(JSON.stringify(wb.sheets)).not.toContain(p);
  });
});

describe("插入 with experts through Office.js", () => {
  test("a panel's sheet goes into a new sheet even when the selection was chosen: experts' columns, the panel formula", async () => {
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
    const { context, rec } = recordingContext({
      sheets: ["Sheet1"],
      selection: { sheet: "Sheet1", row: 4, col: 2, address: "Sheet1!C5" },
    });
    const out = await insertTable(context, t, [], "selection", false, { experts: 3, method: "mean" });
    expect(out).toMatchObject({ status: "written", sheet: "评分表", syncs: 2 });
    const matrix = sets(rec, "formulas").find((e) => e.path.includes("add(评分表)"))?.value as unknown[][];
    expect(matrix[1].filter((v) => typeof v === "string" && /^专家\d$/.test(v))).toEqual(["专家1", "专家2", "专家3"]);
    expect(matrix[1]).toContain("专家分歧");
    expect(matrix.flat().some((v) => typeof v === "string" && v.includes("AVERAGE("))).toBe(true);
  });
});
