import type { CorpusEntry } from "./types";

const _ = null;

/**
 * A Sichuan county self-evaluation report's indicator table, 2020: 指标值 against a 实施进度 column where every row says
 * 已完成100% (progress, not a value), output indicators filed under a level-1 named 项目决策, a vague target (不断提升)
 * and targets in words (至少全年完成2次宣传, 按质按量完成, 1-12月).
 */
export const entry: CorpusEntry = {
  id: "g04-daying-2020-consumer-campaign",
  kind: "goals",
  source: {
    title: "大英县双心及文明城市创建专项资金项目支出绩效自评报告（项目绩效指标表）",
    publisher: "大英县（项目主管单位不在存储的片段中），2020年度",
    year: 2020,
    url: "https://dyxrmt.cn/article-147197-19.html",
    table: "一、(二) 项目绩效目标 — 绩效指标表",
  },
  sheet: {
    name: "绩效指标",
    rows: [
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "实施进度"],
      [_, "项目决策", "数量指标", "宣传次数", "至少全年完成2次宣传", "已完成100%"],
      [_, _, "质量指标", "创建质量", "按质按量完成", "已完成100%"],
      [_, _, "时效指标", "全年", "1-12月", "已完成100%"],
      [_, _, "成本指标", "成本", "10万元", "已完成100%"],
      [_, "项目效益", "社会效益指标", "提升全县消费者维权意识", "不断提升", "已完成100%"],
      [_, "满意度指标", "满意度指标", "群众满意度", "90%", "已完成100%"],
    ],
    merges: ["A1:A7", "B2:B5"],
  },
  printed: {},
  notes:
    "Stored as one page of a county news site that splits the department's report into pages; this page holds the whole " +
    "indicator table (from its heading row to the text after it). The table has no title row of its own: the report names " +
    "the project in the text after it (双心及文明城市创建专项资金, budget 10万元). 项目决策 is the level-1 name as printed " +
    "for the four output rows.",
};
