import type { CorpusEntry } from "./types";

const _ = null;

/**
 * 广东省民政厅事务中心 2022 年困难群众救助补助—工作经费项目自评：四级指标，父级只写在首行，
 * 两处共用权重（完成质量、社会效益/可持续发展 的权重格留空），合计行只在三级、四级权重列写 100。
 */
export const entry: CorpusEntry = {
  id: "t01-guangdong-2022-jiuzhu",
  kind: "table",
  source: {
    title: "困难群众救助补助—工作经费项目 绩效评价报告",
    publisher: "主管部门 省民政厅事务中心（广东省民政厅），单位自评；评价年度 2022",
    year: 2022,
    url: "seed:000_911599e4b7547df7",
    table: "三、综合评价结论 下的自评得分表（评价指标 / 自评得分）",
  },
  sheet: {
    name: "自评表",
    rows: [
      ["评价指标", _, _, _, _, _, _, _, "自评得分"],
      ["一级指标", _, "二级指标", _, "三级指标", _, "四级指标", _, _],
      ["名称", "权重(%)", "名称", "权重(%)", "名称", "权重(%)", "名称", "权重(%)", _],
      ["投入", 20, "项目立项", 12, "论证决策", 4, "论证充分性", 4, 4],
      [_, _, _, _, "目标设置", 6, "完整性", 2, 2],
      [_, _, _, _, _, _, "合理性", 2, 2],
      [_, _, _, _, _, _, "可衡量性", 2, 2],
      [_, _, _, _, "保障措施", 2, "制度完整性", 1, 1],
      [_, _, _, _, _, _, "计划安排合理性", 1, 1],
      [_, _, "资金落实", 8, "资金到位", 5, "资金到位率", 3, 3],
      [_, _, _, _, _, _, "资金到位及时性", 2, 2],
      [_, _, _, _, "资金分配", 3, "资金分配合理性", 3, 3],
      ["过程", 20, "资金管理", 12, "资金支付", 6, "资金支出率", 6, 5],
      [_, _, _, _, "支出规范性", 6, "支出规范性", 6, 6],
      [_, _, "事项管理", 8, "实施程序", 4, "程序规范性", 4, 4],
      [_, _, _, _, "管理情况", 4, "监管有效性", 4, 3],
      ["产出", 30, "经济性", 5, "预算控制", 3, "预算控制", 3, 3],
      [_, _, _, _, "成本控制", 2, "成本节约", 2, 2],
      [_, _, "效率性", 25, "完成进度", 25, "完成及时性", 25, 23],
      [_, _, _, _, "完成质量", _, "质量控制", _, _],
      ["效果", 30, "效果性", 25, "经济效益", 25, "资金发挥效能情况", 25, 23],
      [_, _, _, _, "社会效益", _, "民政信息化服务水平提高", _, _],
      [_, _, _, _, "可持续发展", _, "民政服务质量提升", _, _],
      [_, _, "公平性", 5, "满意度", 5, "服务对象满意度", 5, 4],
      ["合计", _, _, _, _, 100, _, 100, 93],
    ],
    merges: ["A1:H1", "I1:I3", "A2:B2", "C2:D2", "E2:F2", "G2:H2"],
  },
  printed: {
    total: 93,
    grade: "优",
    level1: [
      { name: "投入", weight: 20 },
      { name: "过程", weight: 20 },
      { name: "产出", weight: 30 },
      { name: "效果", weight: 30 },
    ],
  },
  slips: [],
  notes:
    "From the report's text copy kept as the project's seed 000 (the search tool did not reach the public page). " +
    "No title row above the table; the grade is printed only in the sentence before it: 自评得分93分，自评等级优. No level-1 scores are printed. " +
    "Shared weights: 完成进度 25 and its score 23 stand for 完成进度 + 完成质量 (rows 19–20), 经济效益 25 / 23 for 经济效益 + 社会效益 + 可持续发展 (rows 21–23); " +
    "the print merges those weight and score cells, the text copy shows them on the first row only, so the rows below are blank here " +
    "(test/fixtures/handmade.ts SEED_000_MERGED is the merged way of keeping the same table). " +
    "The 合计 row prints 100 only under 三级 and 四级 权重 (F25, H25), nothing under 一级/二级 权重. " +
    "Names wrapped in the PDF (项目立/项, 资金发挥效/能情况, 服务对象满/意度) are typed whole. " +
    "Figures add up: level-1 weights 20+20+30+30 = 100; scores 20 + 18 + 28 + 27 = 93.",
};
