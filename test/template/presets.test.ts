import { PRESETS } from "../../src/kinds/table/presets";
import { GRADE_SCHEMES } from "../../src/grades";
import { readTemplate } from "../../src/template/readTemplate";
import { treeOfTemplate } from "../../src/tree/fromTemplate";
import { scoreTree } from "../../src/kinds/table/score";
import { depthOf, leavesOf } from "../../src/kinds/table/model";
import { SEED_SCORES, scoredPreset } from "./seedScores";
import { summarySentences } from "../../src/summary/sentences";

describe("presets", () => {
  test.each(PRESETS.map((p) => [p.id, p] as const))(
    "%s is a valid template whose weights add up at every level",
    (_id, preset) => {
      const reading = readTemplate(JSON.stringify(preset.template));
      expect(reading.problems).toEqual([]);
      expect(reading.template?.title).toBe(preset.template.title);
      expect(preset.title).toMatch(/[\u4e00-\u9fff]/);
    },
  );

  test("the national framework has 决策/过程/产出/效益 and the seventeen 三级 indicators, 产出 + 效益 ≥ 60", () => {
    const national = PRESETS[0].template;
    expect(national.indicators.map((i) => i.name)).toEqual(["决策", "过程", "产出", "效益"]);
    expect(leavesOf(national.indicators).map((l) => l.leaf.name)).toEqual([
      "立项依据充分性",
      "立项程序规范性",
      "绩效目标合理性",
      "绩效指标明确性",
      "预算编制科学性",
      "资金分配合理性",
      "资金到位率",
      "预算执行率",
      "资金使用合规性",
      "管理制度健全性",
      "制度执行有效性",
      "实际完成率",
      "质量达标率",
      "完成及时性",
      "成本节约率",
      "实施效益",
      "满意度",
    ]);
    expect(leavesOf(national.indicators).every((l) => l.leaf.explanation && l.leaf.criteria)).toBe(true);
    expect(national.indicators[2].weight + national.indicators[3].weight).toBeGreaterThanOrEqual(60);
  });

  test("self-evaluation weightings: 10/50/30/10 and the 2021 variant 10/20/40/20/10", () => {
    const byId = (id: string) => PRESETS.find((p) => p.id === id)?.template.indicators.map((i) => [i.name, i.weight]);
    expect(byId("self-eval")).toEqual([
      ["预算执行率", 10],
      ["产出指标", 50],
      ["效益指标", 30],
      ["满意度指标", 10],
    ]);
    expect(byId("self-eval-2021")).toEqual([
      ["预算执行率", 10],
      ["成本指标", 20],
      ["产出指标", 40],
      ["效益指标", 20],
      ["满意度指标", 10],
    ]);
  });

  test("the seeds' tables: four levels with their top-level weights", () => {
    const tops = (id: string) =>
      PRESETS.find((p) => p.id === id)
        ?.template.indicators.map((i) => `${i.name}${i.weight}`)
        .join("/");
    expect(tops("guangdong-2022")).toBe("投入20/过程20/产出30/效果30");
    expect(tops("meizhou-2021")).toBe("决策15/管理25/产出30/效益30");
    expect(tops("district-self-eval")).toBe("决策18/过程22/产出30/效益30");
    for (const id of ["guangdong-2022", "meizhou-2021", "district-self-eval"])
      expect(depthOf(PRESETS.find((p) => p.id === id)?.template.indicators ?? [])).toBe(4);
    const district = PRESETS.find((p) => p.id === "district-self-eval")?.template;
    expect(leavesOf(district?.indicators ?? []).every((l) => l.leaf.criteria)).toBe(true);
  });

  test.each(Object.entries(SEED_SCORES))("%s with the seed's scores totals and grades as printed", (id, seed) => {
    const t = scoredPreset(id);
    expect(readTemplate(JSON.stringify(t)).problems).toEqual([]);
    const s = scoreTree(treeOfTemplate(t), t.decimals?.total ?? 2);
    expect([s.total?.toFixed(), s.grade]).toEqual([seed.total, seed.grade]);
  });

  test("seed 002's summary table: 决策 12 (80 %), 管理 21.9 (87.6 %), 产出 30 (100 %), 效益 27.4 (91.33 %)", () => {
    const s = scoreTree(treeOfTemplate(scoredPreset("meizhou-2021")), 1);
    expect(
      s.levels.map((l) => [l.name, l.weight.toFixed(), l.score.toFixed(), l.rate?.toDecimalPlaces(4).toFixed()]),
    ).toEqual([
      ["决策", "15", "12", "0.8"],
      ["管理", "25", "21.9", "0.876"],
      ["产出", "30", "30", "1"],
      ["效益", "30", "27.4", "0.9133"],
    ]);
  });

  test("grade schemes: the four of DOMAIN.md, default first", () => {
    expect(GRADE_SCHEMES.map((g) => g.bands.map((b) => `${b.label}${b.min}`).join(" "))).toEqual([
      "优90 良80 中60 差0",
      "优秀90 良好80 合格60 不合格0",
      "优秀90 良好80 中等70 及格60 不及格0",
      "优90 良75 中60 差0",
    ]);
  });
});

describe("the sentences for the report", () => {
  test("seed 002's, as evaluators write them", () => {
    const s = scoreTree(treeOfTemplate(scoredPreset("meizhou-2021")), 1);
    expect(summarySentences(s)).toBe(
      "项目决策类指标标准分值 15 分，实际得分 12 分，得分率 80.00%。" +
        "项目管理类指标标准分值 25 分，实际得分 21.9 分，得分率 87.60%。" +
        "项目产出类指标标准分值 30 分，实际得分 30 分，得分率 100.00%。" +
        "项目效益类指标标准分值 30 分，实际得分 27.4 分，得分率 91.33%。" +
        "综合得分 91.3 分，评价等级为“优”。",
    );
  });
});
