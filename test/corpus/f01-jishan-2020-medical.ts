import type { CorpusEntry } from "./types";

const _ = null;

/** Shanxi county form, 2020: every 三级指标 keeps the national placeholder prefix (指标1:), the total is one more than the row scores. */
export const entry: CorpusEntry = {
  id: "f01-jishan-2020-medical",
  kind: "form",
  source: {
    title: "稷山县项目支出绩效自评表（2020年度）建档立卡个人缴费县级配套资金",
    publisher: "稷山县医疗保障局（实施单位：稷山县医疗保险服务中心），2020年度",
    year: 2020,
    url: "https://keke.chddh.cn/archives/bqg98jldqdz7y2xm7pe6.html",
    table: "项目支出绩效自评表（建档立卡个人缴费县级配套绩效自评表.xlsx）",
  },
  sheet: {
    name: "自评表",
    rows: [
      ["稷山县项目支出绩效自评表", _, _, _, _, _, _, _, _],
      ["(2020年度)", _, _, _, _, _, _, _, _],
      ["项目名称", "建档立卡个人缴费县级配套资金", _, _, _, _, _, _, _],
      ["主管部门", "稷山县医疗保障局", _, _, "实施单位", _, "稷山县医疗保险服务中心", _, _],
      ["项目资金(万元)", _, _, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      [_, "年度资金总额", _, _, 65.66, 65.07, 10, "99%", 9],
      [_, "其中:当年财政拨款", _, _, 65.66, 65.07, "—", "99%", "—"],
      [_, "上年结转资金", _, _, _, _, "—", _, "—"],
      [_, "其他资金", _, _, _, _, "—", _, "—"],
      ["年度总体目标", "预期目标", _, _, _, "实际完成情况", _, _, _],
      [_, "提高医疗保障水平,推进因病致贫问题的根本性解决", _, _, _, "提高医疗保障水平,推进了因病致贫问题的基本性解决", _, _, _],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      [_, "产出指标(50分)", "数量指标", "指标1:全县参合人数", 8755, 8676, 15, 13, "建档立卡中有新增死亡人员,导致有偏差"],
      [_, _, "质量指标", "指标1:资金是否全部纳入医保统筹", "100%", "100%", 15, 15, _],
      [_, _, "时效指标", "指标1:资金是否全部及时纳入", "100%", "100%", 10, 10, _],
      [_, _, "成本指标", "指标1:配套资金每人每年", "75元", "75元", 10, 10, _],
      [_, "效益指标(30分)", "社会效益指标", "指标1:是否解决建档立卡人员看病难贵问题", "95%", "95%", 30, 27, _],
      [_, "满意度指标(10分)", "服务对象满意度指标", "指标1:是否满意", "95%", "95%", 10, 9, _],
      ["总分", _, _, _, _, _, 100, 94, _],
    ],
    merges: [
      "A1:I1", "A2:I2", "B3:I3", "B4:D4", "E4:F4", "G4:I4",
      "A5:A9", "B5:C5", "B6:C6", "B7:C7", "B8:C8", "B9:C9",
      "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11",
      "A12:A18", "B13:B16", "A19:F19",
    ],
  },
  printed: {
    total: 94,
    level1: [
      { name: "产出指标", weight: 50 },
      { name: "效益指标", weight: 30 },
      { name: "满意度指标", weight: 10 },
    ],
    funds: { budget: 65.66, spent: 65.07, rate: 0.99, score: 9 },
  },
  slips: [
    { cell: "H19", what: "总分 94 is not the sum of the printed scores: 9 (funds) + 13 + 15 + 10 + 10 + 27 + 9 = 93" },
    { cell: "I6", what: "funds score 9 is below 分值 × 执行率 = 10 × 65.07 / 65.66 = 9.91 (the unit scored by whole points)" },
    { cell: "H17", what: "target met (95% against 95%) but scored 27 of 30, with no deviation reason" },
    { cell: "H18", what: "target met (95% against 95%) but scored 9 of 10, with no deviation reason" },
  ],
  notes:
    "Stored as text extracted from the county's xlsx; cell order was rebuilt from the national layout. " +
    "The funds rows print only two amounts before 分值 (65.66, 65.07): one of 年初预算数 / 全年预算数 is blank in the print; " +
    "65.66 is typed as 全年预算数 since the printed 99% is 65.07 ÷ 65.66 — the blank could be either. " +
    "Every 三级指标 keeps the template's 指标1: prefix. The level-1 weights sit in the names (产出指标(50分)).",
};
