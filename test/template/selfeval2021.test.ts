import { Dec } from "../../src/decimal";
import type { FormIndicator } from "../../src/kinds/form/model";
import { formPresetById } from "../../src/kinds/form/presets";
import { issueForm } from "../fixtures/forms2021";
import { checkFormData } from "../../src/kinds/form/readFormFile";
import { fundsScoreOf, scoreForm, scoreRow } from "../../src/kinds/form/score";
import { EXECUTION_BANDS, SATISFACTION_BANDS, bandShare, executionShare } from "../../src/kinds/form/scoringRules";
import { formNote, layoutForm } from "../../src/kinds/form/layout";
import { PASSLINE } from "../../src/rules/passLine";
import { formatOutput } from "../../src/rules/defineRule";

const row = (level1: string, target: string, actual: string | number, weight = 10): FormIndicator => ({
  level1,
  level2: level1,
  name: "x",
  target,
  actual,
  weight,
});

describe("self-evaluation under 财预〔2021〕101号", () => {
  test("the issue's form: 7 + 15.45 + 15 + 0 + 20 + 8 = 65.45 中 under 2021; 8.5 + 18.18 + 18 + 10.6 + 20 + 10 = 85.28 良 under 2020", () => {
    const s21 = scoreForm(issueForm("2021"));
    expect([
      s21.scoring,
      s21.fundsScore?.toFixed(),
      ...s21.rows.map((r) => r.score?.toFixed()),
      s21.total.toFixed(),
      s21.grade,
    ]).toEqual(["2021", "7", "15.45", "15", "0", "20", "8", "65.45", "中"]);
    const s20 = scoreForm(issueForm("2020"));
    expect([
      s20.scoring,
      s20.fundsScore?.toFixed(),
      ...s20.rows.map((r) => r.score?.toFixed()),
      s20.total.toFixed(),
      s20.grade,
    ]).toEqual(["2020", "8.5", "18.18", "18", "10.6", "20", "10", "85.28", "良"]);
    // A form that names no rule set is scored by 2020.
    expect(scoreForm(issueForm()).total.toFixed()).toBe("85.28");
    expect(s21.levels.map((l) => `${l.name} ${l.score.toFixed()}`)).toEqual([
      "预算执行率 7",
      "成本指标 15.45",
      "产出指标 15",
      "效益指标 20",
      "满意度指标 8",
    ]);
  });

  test("the 2021 preset carries its rule set; the 2020 ones do not change", () => {
    expect(formPresetById("self-eval-form-2021")!.form.scoring).toBe("2021");
    expect(formPresetById("self-eval-form")!.form.scoring).toBeUndefined();
    expect(scoreForm(formPresetById("dibao-2022")!.form).total.toFixed()).toBe("97.33");
  });

  // 预算执行率 worth 10: completed within budget → 10; not completed [80 %, 100 %) → 7, [60 %, 80 %) → 5, below → 0.
  test.each([
    [0.85, false, "7"],
    [0.8, false, "7"],
    [0.7999, false, "5"],
    [0.6, false, "5"],
    [0.5999, false, "0"],
    [1, false, "7"],
    [1.2, false, "7"],
    [0.5, true, "10"],
    [1, true, "10"],
    [1.05, true, null],
    [0.9, undefined, null],
  ] as const)("执行率 %p, 项目已完成 %p → %p", (rate, completed, expected) => {
    const form = issueForm("2021");
    form.funds.rows[0] = { label: "年度资金总额", annual: 10000, executed: rate * 10000 };
    if (completed === undefined) delete form.funds.completed;
    else form.funds.completed = completed;
    const f = fundsScoreOf(form);
    expect(f.score?.toFixed() ?? null).toBe(expected);
    expect(f.note === "").toBe(expected !== null);
  });

  test("a completed project over its budget, or one whose completion is not said, is left to a person with the reason", () => {
    expect(executionShare(new Dec("1.05"), true)).toEqual({
      share: null,
      note: "项目已完成但执行数超出全年预算，指引未规定得分，需人工判断",
    });
    expect(executionShare(new Dec("0.9"), undefined).note).toContain("项目已完成");
    expect(executionShare(new Dec("1"), false)).toEqual({
      share: new Dec("0.7"),
      note: "",
      review: "项目未完成而执行率达到 100% 以上：按 80%（含）–100% 一档计分，请复核",
    });
    expect(executionShare(new Dec("0.99"), false)).toEqual({ share: new Dec("0.7"), note: "" });
    // Under 2020 the same figures score 执行率 × 10, capped, completed or not.
    const form = issueForm("2020");
    form.funds.rows[0] = { label: "年度资金总额", annual: 100, executed: 105 };
    expect(fundsScoreOf(form).score?.toFixed()).toBe("10");
  });

  // The guide's 10 / 8 / 5 / 0 on a 10-point 满意度 row, by the rate itself (not by its target).
  test.each([
    ["96%", "10"],
    ["90%", "10"],
    ["89.99%", "8"],
    ["85%", "8"],
    ["80%", "8"],
    ["79.9%", "5"],
    ["60%", "5"],
    ["59%", "0"],
    [0.92, "10"],
  ] as const)("满意度 %p → %p of 10", (actual, expected) => {
    expect(scoreRow(row("满意度指标", "≥95%", actual), 0, 2, "2021").score?.toFixed()).toBe(expected);
  });

  // Other quantitative rows: PASSLINE over the completion (≥: actual ÷ target, ≤: target ÷ actual), pass line 60 %.
  test.each([
    ["≥100%", "80%", "5"],
    ["≥100%", "50%", "0"],
    ["≥100%", "60%", "0"],
    ["≥100%", "93%", "8.25"],
    ["≥100%", "120%", "10"],
    ["≥90%", "72%", "5"],
    ["≤30日", "25日", "10"],
    ["≤30日", "40日", "3.75"],
    ["≤30日", "60日", "0"],
    ["应保尽保", "应保尽保", "10"],
  ] as const)("target %s, actual %s → %s of 10 (2021)", (target, actual, expected) => {
    expect(scoreRow(row("产出指标", target, actual), 0, 2, "2021").score?.toFixed()).toBe(expected);
  });

  test("the row rule is PASSLINE's and the bands are TIER's: the same figures through the functions", () => {
    for (const [rate, expected] of [
      [0.8, "5"],
      [0.5, "0"],
      [0.93, "8.25"],
      [1.2, "10"],
    ] as const) {
      const r = PASSLINE.evaluate([rate, 10]);
      expect(r.ok && formatOutput(r.value)).toBe(expected);
      expect(scoreRow(row("产出指标", "≥100%", rate), 0, 2, "2021").score?.toFixed()).toBe(expected);
    }
    expect(SATISFACTION_BANDS.map((b) => bandShare(b.min, SATISFACTION_BANDS).toFixed())).toEqual(["1", "0.8", "0.5"]);
    expect(EXECUTION_BANDS.map((b) => bandShare(b.min, EXECUTION_BANDS).toFixed())).toEqual(["0.7", "0.5"]);
    expect(bandShare(new Dec("0.79999999999999"), SATISFACTION_BANDS).toFixed()).toBe("0.8"); // compared at 9 decimals
  });

  test("qualitative rows: the same three bands, by the 2021 names too", () => {
    const qual = (band: FormIndicator["band"], factor: number) =>
      scoreRow({ ...row("效益指标", "有所提升", "略有提升"), band, factor }, 0, 2, "2021");
    expect(qual("基本达成目标", 0.9).score?.toFixed()).toBe("9");
    expect(qual("部分实现目标", 0.7).score?.toFixed()).toBe("7");
    expect(qual("实现目标程度较低", 0.3).score?.toFixed()).toBe("3");
    expect(qual("部分实现目标", 0.85).status).toBe("needsPerson");
    expect(scoreRow(row("效益指标", "有所提升", "略有提升"), 0, 2, "2021").status).toBe("needsPerson");
  });

  test("form files: scoring is 2020 or 2021, 项目已完成 a boolean, the 2021 band names accepted", () => {
    expect(checkFormData(issueForm("2021")).problems).toEqual([]);
    const withBand = issueForm("2021");
    withBand.indicators[3] = { ...withBand.indicators[3], band: "部分实现目标", factor: 0.7 };
    expect(checkFormData(withBand).problems).toEqual([]);
    const bad = { ...issueForm(), scoring: "2019", funds: { ...issueForm().funds, completed: "是" } };
    expect(
      checkFormData(bad)
        .problems.map((p) => p.at)
        .sort(),
    ).toEqual(["/funds/completed", "/scoring"]);
  });

  test("the generated form: its note names the rules, its settings keep the rule set, 项目已完成 is validated 是/否", () => {
    expect(formNote("2020")).toContain("财预〔2020〕10号");
    expect(formNote("2021")).toContain("财预〔2021〕101号");
    expect(formNote("2021")).toContain("≥80% 得 70%，≥60% 得 50%");
    expect(formNote("2021")).toContain("≥90% 得 100%，≥80% 得 80%，≥60% 得 50%");
    const layout = layoutForm(issueForm("2021"));
    const settings = layout.sheets.find((s) => s.name === "_jixiao");
    const json = settings?.cells[0].content?.kind === "text" ? JSON.parse(settings.cells[0].content.text) : null;
    expect(json).toMatchObject({ format: "jixiao-settings", scoring: "2021" });
    const form = layout.sheets[0];
    const at = (r: number, c: number) => form.cells.find((x) => x.row === r && x.col === c);
    expect(at(4, 11)?.content).toEqual({ kind: "text", text: "项目已完成" });
    expect(at(5, 11)?.content).toEqual({ kind: "text", text: "否" });
    expect(form.validations?.find((v) => v.area.top === 5 && v.area.left === 11)).toMatchObject({
      area: { top: 5, left: 11, bottom: 5, right: 11 },
      formula: 'OR(L6="是",L6="否")',
      promptTitle: "项目已完成",
    });
    // The 执行率 bands in the formula come from EXECUTION_BANDS.
    const funds = at(5, 10)?.content;
    expect(funds?.kind === "formula" && funds.formula).toContain(
      "IF(ROUND($J$6,9)>=0.8,0.7,IF(ROUND($J$6,9)>=0.6,0.5,0))",
    );
    expect(funds?.kind === "formula" && funds.result).toBe(7);
    const note = form.cells.find(
      (c) => c.style === "note" && c.content?.kind === "text" && c.content.text.startsWith("说明"),
    );
    expect(note?.content?.kind === "text" && note.content.text).toContain("本表按财预〔2021〕101号计分");
    // A 2020 form keeps its layout: 得分 over two columns, no 项目已完成.
    const old = layoutForm(issueForm("2020")).sheets[0];
    expect(old.cells.find((x) => x.row === 4 && x.col === 11)).toBeUndefined();
  });
});
