import type { CorpusEntry } from "./types";

const _ = null;

/**
 * Hubei-style 市直 project form (预算执行情况 20分 + 年度绩效目标 80分), 2020: no 分值 column, level-1 points only in the names,
 * and a total that ignores both the funds score and the 80-point frame.
 */
export const entry: CorpusEntry = {
  id: "f04-shangwu-2020-services-trade",
  kind: "form",
  source: {
    title: "2020年市级服务贸易发展资金项目自评表",
    publisher: "区商务局（项目实施单位：投资促进中心），2020年度，填报日期2021年4月22日",
    year: 2020,
    url: "https://www.kunmingchi.com/archives/973rxnk2je7n4oep6ym4.html",
    table: "【市财政局、市商务局拨付2020年市级服务贸易发展资金的通知】项目自评表",
  },
  sheet: {
    name: "项目自评表",
    rows: [
      ["2020年市级服务贸易发展资金项目自评表", _, _, _, _, _, _],
      ["单位名称:区商务局", _, _, _, "填报日期:2021年4月22日", _, _],
      ["项目名称", "2020年市级服务贸易发展资金", _, _, _, _, _],
      ["主管部门", "区商务局", _, "项目实施单位", "投资促进中心", _, _],
      ["项目类别", "1、部门预算项目 2、区直专项", _, _, _, _, _],
      ["项目属性", "1、持续性项目 2、新增性项目 □", _, _, _, _, _],
      ["项目类型", "1、常年性项目 2、延续性项目 □ 3、一次性项目 □", _, _, _, _, _],
      ["预算执行情况(万元)(20分)", _, "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)", _],
      [_, "年度财政资金总额", 285.84, 285.84, "100%", 20, _],
      ["年度绩效目标(80分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
      [_, "产出指标(60分)", "数量指标", "服务外包在岸(万美元)", 20000, 23333.56, 10],
      [_, _, _, "服务外包离岸(万美元)", 4500, 4557.51, 10],
      [_, _, _, "支持服务贸易、服务外包企业数量", 3, 3, 10],
      [_, _, "质量指标", "企业国际质量提升", "获得目的国(地区)受众欢迎", "受目的国受众欢迎显著", 10],
      [_, _, "时效指标", "预算资金执行率", "90%", "100%", 10],
      [_, _, _, "资金拨付及时性", "98%以上", "100%", 10],
      [
        _,
        "效益指标(40分)",
        "社会效益指标",
        "企业把握政治导向和文化方向情况",
        "企业把握正确政治导向和文化方向情况的评价",
        "企业较好把握正确政治导向和文化方向情况的评价",
        20,
      ],
      [_, _, "可持续影响指标", "推动企业走出去方面发挥的作用", "是否利于企业走出去", "有利于推动企业走出去", 20],
      ["总分", _, _, _, _, _, 100],
      ["偏差大或目标未完成原因分析", _, _, _, _, _, _],
      ["改进措施及结果应用方案", _, _, _, _, _, _],
      ["单位主要负责人签批意见", "签名: 年 月 日", _, _, _, _, _],
      [
        "备注:1.预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际支出数。2.定量指标完成数汇总原则:绝对值直接累加计算,相对值按照资金额度加权平均计算。定量指标计分原则:正",
        _,
        _,
        _,
        _,
        _,
        _,
      ],
    ],
    merges: [
      "A1:G1",
      "A2:D2",
      "E2:G2",
      "B3:G3",
      "B4:C4",
      "E4:G4",
      "B5:G5",
      "B6:G6",
      "B7:G7",
      "A8:A9",
      "F8:G8",
      "F9:G9",
      "A10:A18",
      "B11:B16",
      "C11:C13",
      "C15:C16",
      "B17:B18",
      "A19:F19",
      "B20:G20",
      "B21:G21",
      "B22:G22",
      "A23:G23",
    ],
  },
  printed: {
    total: 100,
    level1: [
      { name: "产出指标", weight: 60 },
      { name: "效益指标", weight: 40 },
    ],
    funds: { budget: 285.84, spent: 285.84, rate: 1, score: 20 },
  },
  slips: [
    { cell: "G19", what: "总分 100 is not the sum of the printed scores: 20 (预算执行) + 60 + 40 = 120" },
    {
      cell: "A10",
      what: "年度绩效目标(80分) but its parts are printed as 产出指标(60分) + 效益指标(40分) = 100, and scored 100",
    },
  ],
  notes:
    "Stored as text extracted from the .doc in reading order (labels after their values); cells rebuilt from the template. " +
    "The form has no 分值 column: only scores, with points in the level-1 names. Tick boxes of 项目类别/属性/类型 are lost " +
    "in the stored copy (only the empty □ survive). The 备注 is cut in the stored copy. The city is not named in the source.",
};
