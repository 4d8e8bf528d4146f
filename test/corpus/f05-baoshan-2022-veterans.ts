import type { CorpusEntry } from "./types";

const _ = null;

/**
 * Yunnan city department form on the 预算执行情况(20分) + 年度绩效目标(80分) template, 2022: no 分值 column, blank rows
 * left under each level-1 block, a 数量指标 whose name is a paragraph with a 100% target, actuals in words (无上访),
 * and the grade printed beside the total (自评等级 优).
 */
export const entry: CorpusEntry = {
  id: "f05-baoshan-2022-veterans",
  kind: "form",
  source: {
    title: "2022年度项目支出绩效自评表：春节走访慰问经费",
    publisher: "保山市退役军人事务局，2022年度，填报日期2023年4月6日",
    year: 2022,
    url: "https://alkalih2o.com/info/7798/9446904.htm",
    table: "附件1 2022年度项目支出绩效自评表",
  },
  sheet: {
    name: "自评表",
    rows: [
      ["附件1", _, _, _, _, _, _],
      ["2022年度项目支出绩效自评表", _, _, _, _, _, _],
      ["单位名称:保山市退役军人事务局", _, _, _, "填报日期:2023年4月6日", _, _],
      ["项目名称", "春节走访慰问经费", _, _, _, _, _],
      ["主管部门", "保山市退役军人事务局", _, "项目实施单位", "保山市退役军人事务局", _, _],
      ["项目类别", "1、部门预算项目 ☑ 2、市直专项 □ 3、市对下转移支付项目 □", _, _, _, _, _],
      ["项目属性", "1、持续性项目 ☑ 2、新增性项目 □", _, _, _, _, _],
      ["预算执行情况(万元)(20分)", _, "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)", _],
      [_, "年度财政资金总额", 34.64, 34.64, "100%", 20, _],
      ["年度绩效目标(80分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
      [
        _,
        "产出指标(60分)",
        "数量指标",
        "慰问伤残军人50人;革命烈士遗属50人;因公牺牲和病故军人家属、在乡老复员军人等重点优抚对象50人;烈士家庭6户;市直企业军转干部101人;驻保部队8家;边海防官兵320人。",
        "100%",
        "100%",
        20,
      ],
      [_, _, "质量指标", "补助经费足额拨付率", "100%", "100%", 20],
      [_, _, "时效指标", "春节前完成走访慰问", "按时限完成", "100%", 20],
      [_, _, _, _, _, _, _],
      [
        _,
        "效益指标(10分)",
        "社会效益指标",
        "全市重点优抚对象、企业军转干部总体保持稳定,年内无群体性事件发生",
        "小于5次",
        "无上访",
        10,
      ],
      [_, _, _, _, _, _, _],
      [
        _,
        "满意度指标(10分)",
        "服务对象满意度指标",
        "重点优抚对象、企业军转干部、驻保部队、边海防官兵满意率",
        "100%",
        "100%",
        10,
      ],
      [_, _, _, _, _, _, _],
      ["总分(100分)", _, _, 100, "自评等级", "优", _],
      ["偏差大或目标未完成原因分析", "无", _, _, _, _, _],
      ["改进措施及结果应用方案", "无", _, _, _, _, _],
      [
        "备注:1.预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际支出数。2.定量指标完成数汇总原则:绝对值直接累加计算,相对值按照资金额度加权",
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
      "A2:G2",
      "A3:D3",
      "E3:G3",
      "B4:G4",
      "B5:C5",
      "E5:G5",
      "B6:G6",
      "B7:G7",
      "A8:A9",
      "F8:G8",
      "F9:G9",
      "A10:A18",
      "B11:B14",
      "B15:B16",
      "B17:B18",
      "A19:C19",
      "F19:G19",
      "B20:G20",
      "B21:G21",
      "A22:G22",
    ],
  },
  printed: {
    total: 100,
    grade: "优",
    level1: [
      { name: "产出指标", weight: 60 },
      { name: "效益指标", weight: 10 },
      { name: "满意度指标", weight: 10 },
    ],
    funds: { budget: 34.64, spent: 34.64, rate: 1, score: 20 },
  },
  notes:
    "Stored as the web table one cell a line, on a mirror of the city's site. The tick boxes print as R in the stored copy " +
    "(a Wingdings ☑); typed as ☑. The blank rows under each level-1 block are in the print. The 备注 is cut in the stored copy. " +
    "No 分值 column: the points are in the level-1 names and the template's 20 + 80.",
};
