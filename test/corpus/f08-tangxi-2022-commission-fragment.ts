import type { CorpusEntry } from "./types";

const _ = null;

/**
 * FRAGMENT (the stored copy ends inside the 满意度 row): an Anhui town's 2022 form whose 年度资金总额: row is all zeros
 * (0 / 0 / 0, 执行率 0, 得分 0) while its 其中:本年财政拨款 row holds the amounts; actuals typed without the target's unit
 * (50 against ≥50个, 100 against ≥100百分比, 90 against ≤90万元); qualitative actuals 达成预期指标; an empty 经济效益指标 row.
 */
export const entry: CorpusEntry = {
  id: "f08-tangxi-2022-commission-fragment",
  kind: "form",
  source: {
    title: "项目支出绩效自评表（2022年度）：委托业务项目",
    publisher: "池州市贵池区棠溪镇人民政府，2022年度",
    year: 2022,
    url: "http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2",
    table: "附件 项目支出绩效自评表（2022年度）",
  },
  sheet: {
    name: "自评表",
    rows: [
      ["附件:", _, _, _, _, _, _, _, _],
      ["项目支出绩效自评表", _, _, _, _, _, _, _, _],
      ["(2022年度)", _, _, _, _, _, _, _, _],
      ["项目名称", "委托业务项目", _, _, _, _, _, _, _],
      ["主管部门", "219-池州市贵池区棠溪镇人民政府", _, _, "实施单位", _, "219001-池州市贵池区棠溪镇人民政府", _, _],
      ["项目资金 (万元)", _, _, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      [_, "年度资金总额:", _, 0, 0, 0, 10, 0, 0],
      [_, "其中:本年财政拨款", _, 90, 89.974, 89.974, _, _, _],
      [_, "上年结转资金", _, _, _, _, _, _, _],
      [_, "其他资金", _, _, _, _, _, _, _],
      ["年度总体目标", "预期目标", _, _, _, "实际完成情况", _, _, _],
      [
        _,
        "本项目共申请预算资金90万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;30万元用于基建工程项目设计、规划、测绘。",
        _,
        _,
        _,
        "本项目共完成预算资金89.97万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;29.99万元用于基建工程项目设计、规划、测绘。",
        _,
        _,
        _,
      ],
      [
        "绩效指标",
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
      ],
      [_, "产出指标(50分)", "数量指标", "基建工程委托业务项目数量", "≥50个", 50, 8, 8, _],
      [_, _, "质量指标", "委托业务报告合格率", "≥100百分比", 100, 8, 8, _],
      [_, _, _, "经费支出合规性", "严格执行相关制度规定", "达成预期指标", 8, 8, _],
      [_, _, "时效指标", "提交报告及时性", "在项目计划完成时间内完成", "达成预期指标", 8, 8, _],
      [_, _, "成本指标", "项目总成本", "≤90万元", 90, 8, 8, _],
      [_, _, _, "单项业务成本", "符合相关规定", "达成预期指标", 10, 10, _],
      [_, "效益指标(30分)", "社会效益指标", "对维护基建市场公平的影响程度", "效果明显", "达成预期指标", 10, 10, _],
      [_, _, "生态效益指标", "对控制基建项目成本影响程度", "效果明显", "达成预期指标", 10, 10, _],
      [_, _, "可持续影响指标", "对推动基建项目“四项制度”健全和落实的持续性影响", "效果明显", "达成预期指标", 10, 10, _],
      [_, _, "经济效益指标", _, _, _, _, _, _],
    ],
    merges: [
      "A1:I1",
      "A2:I2",
      "A3:I3",
      "B4:I4",
      "B5:D5",
      "E5:F5",
      "G5:I5",
      "A6:A10",
      "B6:C6",
      "B7:C7",
      "B8:C8",
      "B9:C9",
      "B10:C10",
      "A11:A12",
      "B11:E11",
      "F11:I11",
      "B12:E12",
      "F12:I12",
      "A13:A23",
      "B14:B19",
      "C15:C16",
      "C18:C19",
      "B20:B23",
    ],
  },
  printed: {
    level1: [
      { name: "产出指标", weight: 50 },
      { name: "效益指标", weight: 30 },
    ],
    funds: { budget: 0, spent: 0, rate: 0, score: 0 },
  },
  notes:
    "FRAGMENT: the stored copy (text of the town's .xls, after its file metadata) ends inside the next row " +
    "(满意度指标(10分) | 满意度指标 | 公众满…); that row, the total and anything after are not transcribed, so no total is given. " +
    "Kept for its funds block and units. The 年度资金总额: row prints 0 0 0 10 0 0 while 其中:本年财政拨款 prints 90 89.974 89.974: " +
    "the amounts a person would use are on the 其中 row. The 执行率 0 is typed as the number 0, as the .xls stored it.",
};
