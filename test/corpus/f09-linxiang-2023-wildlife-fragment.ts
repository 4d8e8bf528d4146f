import type { CorpusEntry } from "./types";

const _ = null;

/**
 * FRAGMENT (the stored copy ends at the 满意度 row): a Yunnan district's 2023 form with 年初预算数 blank, an execution rate
 * printed truncated (97.80% for 31.69 ÷ 32.4 = 97.81%), a funds score of 9 where the rate gives 9.78, a 数量指标 repeated
 * on its second row instead of merged, and actuals that carry their unit (204.46平方米).
 */
export const entry: CorpusEntry = {
  id: "f09-linxiang-2023-wildlife-fragment",
  kind: "form",
  source: {
    title: "2023年马鹿坑国有林场新建野生动物收容所建设项目支出绩效自评表",
    publisher: "临沧市临翔区林业和草原局，2023年度",
    year: 2023,
    url: "https://www.ynlx.gov.cn/info/2431/148733.htm",
    table: "项目支出绩效自评表（2023年度）",
  },
  sheet: {
    name: "自评表",
    rows: [
      ["项目支出绩效自评表", _, _, _, _, _, _, _, _],
      ["( 2023年度)", _, _, _, _, _, _, _, _],
      ["项目名称", "2023年马鹿坑国有林场新建野生动物收容所建设项目", _, _, _, _, _, _, _],
      ["主管部门", "临沧市临翔区林业和草原局", _, _, "实施单位", _, "临沧市临翔区林业和草原局", _, _],
      ["项目资金 (万元)", _, _, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      [_, "年度资金总额", _, _, 32.4, 31.69, 10, "97.80%", 9],
      [_, "其中:当年财政拨款", _, _, 32.4, 31.69, 10, "97.80%", 9],
      ["年度总体目标", "预期目标", _, _, _, "实际完成情况", _, _, _],
      [
        _,
        "支持欠发达国有林场基础设施建设,补齐必要的配套基础设施建设短板,有效保护管理好马鹿坑国有林场的野生动物资源,及时有效救助各类受到伤害的野生动物,新建马鹿坑国有林场临时野生动物收容所1间200平方米,钢结构圈养围栏120米,能同时收容近百头(只)野生动物。",
        _,
        _,
        _,
        "完成马鹿坑国有林场临时野生动物收容所1间200平方米,钢结构圈养围栏120米,能同时收容近百头(只)野生动物。",
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
      [_, "产出指标", "数量指标", "野生动物收容所", "≥200平方米", "204.46平方米", 10, 10, "无"],
      [_, _, "数量指标", "钢结构圈养围栏", "≥120米", "121.5米", 10, 10, "无"],
      [_, _, "时效指标", "项目完工时限", "2023年12月", "2023年10月", 15, 15, "无"],
      [_, _, "质量指标", "项目竣工验收率", "100%", "100%", 15, 15, "无"],
      [_, "效益指标", "经济效益指标", "务工人员年人均增收", "≥8400元", "8400元", 10, 10, "无"],
      [_, _, "社会效益指标", "提供务工岗位", "≥5个", "5个", 10, 10, "无"],
      [_, _, "可持续影响指标", "项目建成后可持续影响年限", "≥15年", "15年", 10, 10, "无"],
    ],
    merges: [
      "A1:I1",
      "A2:I2",
      "B3:I3",
      "B4:D4",
      "E4:F4",
      "G4:I4",
      "A5:A7",
      "B5:C5",
      "B6:C6",
      "B7:C7",
      "A8:A9",
      "B8:E8",
      "F8:I8",
      "B9:E9",
      "F9:I9",
      "A10:A17",
      "B11:B14",
      "B15:B17",
    ],
  },
  printed: {
    funds: { budget: 32.4, spent: 31.69, rate: 0.978, score: 9 },
  },
  slips: [
    { cell: "H6", what: "执行率 printed 97.80% but 31.69 ÷ 32.4 = 97.81% (truncated, not rounded)" },
    { cell: "I6", what: "funds score 9 is below 分值 × 执行率 = 10 × 31.69 / 32.4 = 9.78" },
    {
      cell: "H7",
      what: "执行率 of 其中:当年财政拨款 printed 97.80% for 97.81%, and scored again (10 / 9) on a 其中 row",
    },
  ],
  notes:
    "FRAGMENT: the stored copy of the district page ends at 满意度指标 | 服务对象满意度指标 | 受益农户满意度, with that row's " +
    "values and the total missing; they are not transcribed, so no total is given. The 上年结转资金 / 其他资金 rows are not " +
    "printed in this form. The funds rows show an empty cell before 32.4: 年初预算数 is blank, as 97.80% can only be 31.69 ÷ 32.4. " +
    "The printed rate is stored as 0.978 (97.80% at two places).",
};
