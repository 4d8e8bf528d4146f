import { FORM_PRESETS, formPresetById } from "../../src/kinds/form/presets";
import { scoreForm } from "../../src/kinds/form/score";
import { storedOf, storedText } from "../../src/kinds/form/targetOf";

describe("self-evaluation forms in the core", () => {
  test("the presets' weights: 预算执行率 10 plus the rows make 100; 10/50/30/10 and 10/20/40/20/10", () => {
    for (const p of FORM_PRESETS)
      expect([p.id, p.form.funds.weight + p.form.indicators.reduce((s, r) => s + r.weight, 0)]).toEqual([p.id, 100]);
    const byLevel = (id: string) =>
      scoreForm(formPresetById(id)!.form).levels.map((l) => `${l.name}${l.weight.toFixed()}`);
    expect(byLevel("self-eval-form")).toEqual(["预算执行率10", "产出指标50", "效益指标30", "满意度指标10"]);
    expect(byLevel("self-eval-form-2021")).toEqual([
      "预算执行率10",
      "成本指标20",
      "产出指标40",
      "效益指标20",
      "满意度指标10",
    ]);
  });

  test("seed 003's goal table scored: 执行率 100 %, 按时发放率 60 % of ≥90 %, qualitative rows met as written", () => {
    const s = scoreForm(formPresetById("dibao-2022")!.form);
    expect(s.fundsRate?.toFixed()).toBe("1");
    expect(s.fundsScore?.toFixed()).toBe("10");
    expect(s.rows.map((r) => r.score?.toFixed() ?? null)).toEqual([
      "10",
      "8",
      "8",
      "5.33",
      "8",
      "8",
      "8",
      "8",
      "8",
      "6",
      "10",
    ]);
    expect(s.rows[3].shortfall).toBe(true);
    expect(s.rows.every((r) => r.status === "formula")).toBe(true);
    expect([s.total.toFixed(), s.grade]).toEqual(["97.33", "优"]);
  });

  test("what no formula can decide is left to a person, never scored", () => {
    const form = structuredClone(formPresetById("dibao-2022")!.form);
    form.indicators[6].actual = "略有提升";
    form.indicators[0].actual = undefined;
    const s = scoreForm(form);
    expect([s.rows[6].status, s.rows[6].score]).toEqual(["needsPerson", null]);
    expect(s.rows[6].note).toContain("需人工判断");
    expect(s.rows[0].note).toBe("实际完成值未填写");
    form.indicators[6] = { ...form.indicators[6], band: "部分达成", factor: 0.7 };
    expect(scoreForm(form).rows[6].score?.toFixed()).toBe("5.6");
    form.indicators[6] = { ...form.indicators[6], band: "部分达成", factor: 0.9 };
    expect(scoreForm(form).rows[6].status).toBe("needsPerson");
  });

  test("targets as budget systems store them: 符号 / 值 / 单位", () => {
    expect(storedOf("≥90%")).toEqual({ symbol: ">=", value: 0.9, unit: "%" });
    expect(storedOf("≤30日")).toEqual({ symbol: "<=", value: 30, unit: "日" });
    expect(storedOf("3个工作日内")).toEqual({ symbol: "<=", value: 3, unit: "个工作日" });
    expect(storedOf(">=21933人")).toEqual({ symbol: ">=", value: 21933, unit: "人" });
    expect(storedOf("应保尽保")).toEqual({ symbol: "定性", text: "应保尽保" });
    expect(storedText({ symbol: ">=", value: 0.95, unit: "%" })).toBe("≥95%");
  });
});
