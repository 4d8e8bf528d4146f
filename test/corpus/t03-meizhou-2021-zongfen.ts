import type { CorpusEntry } from "./types";

/** The same report's level-1 summary: 评价维度 / 分值 / 评价得分 / 得分率, its total row labelled 综合评价. */
export const entry: CorpusEntry = {
  id: "t03-meizhou-2021-zongfen",
  kind: "table",
  source: {
    title:
      "2021年度市十件民生实事项目“提高低保、特困人员、孤儿基本生活补贴和残疾人两项补贴保障水平”绩效评价报告（文本副本无题名页，按其摘要所述）",
    publisher:
      "深圳市国众会计师事务所（普通合伙）受梅州市财政局委托的第三方重点评价，项目单位梅州市民政局；评价年度 2021",
    year: 2021,
    url: "seed:002_b5c8f3fd6df4c251",
    table: "正文 表4 项目绩效评价综合得分",
  },
  sheet: {
    name: "综合得分",
    rows: [
      ["表4 项目绩效评价综合得分"],
      ["评价维度", "分值", "评价得分", "得分率"],
      ["决策", 15, 12, "80%"],
      ["管理", 25, 21.9, "87.6%"],
      ["产出", 30, 30, "100%"],
      ["效益", 30, 27.4, "91.3%"],
      ["综合评价", 100, 91.3, "91.3%"],
    ],
    merges: ["A1:D1"],
  },
  printed: {
    total: 91.3,
    grade: "优",
    level1: [
      { name: "决策", weight: 15, score: 12 },
      { name: "管理", weight: 25, score: 21.9 },
      { name: "产出", weight: 30, score: 30 },
      { name: "效益", weight: 30, score: 27.4 },
    ],
  },
  slips: [],
  notes:
    "From the report's text copy kept as the project's seed 002 (the search tool did not reach the public page). " +
    "A one-level table: the heading is 评价维度, not 一级指标; the score column is 评价得分; the total row is 综合评价 and carries 100 / 91.3 / 91.3%. " +
    "得分率 is printed as a percentage (kept as the printed text here; typed into Excel it would be 0.8 … with a % format) and is neither weight nor score. " +
    "The grade is printed in the sentence above the table, not in it: 得分为91.3分，评定等级为“优”, with the bands 优[90分～100分]，良[80分～90分)，中[60分～80分)，差(60分以下). " +
    "Figures agree with the report's 附件2 评分表 (entry t02): 12 + 21.9 + 30 + 27.4 = 91.3; 27.4/30 = 91.33 % printed 91.3%.",
};
