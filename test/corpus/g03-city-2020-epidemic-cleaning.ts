import type { CorpusEntry } from "./types";

const _ = null;

/**
 * A district 城市管理 goal table for a 2020 抗疫特别国债 project: targets only, with rates per month (1次/月, ≤620万/月),
 * date ranges as targets (2020年1月--2020年11月) and a figure with four decimals in 万平方米.
 */
export const entry: CorpusEntry = {
  id: "g03-city-2020-epidemic-cleaning",
  kind: "goals",
  source: {
    title: "[预算绩效]疫情期间区域病媒防治环境卫生清洁等费用绩效目标表",
    publisher: "区城市管理委员会（区名在转载页中被替换），2020年度",
    year: 2020,
    url: "http://13560281748.com/xwzx/ztzl/yjjsgk/bmyjsgk/2020nysgk/202103/t20210304_5374860.html",
    table: "抗疫特别国债项目绩效目标表（打捆项目）（2020年度）",
  },
  sheet: {
    name: "绩效目标表",
    rows: [
      ["抗疫特别国债项目绩效目标表(打捆项目)", _, _, _, _],
      ["(2020年度)", _, _, _, _],
      ["项目名称", "疫情期间区域病媒防治环境卫生清洁等费用", _, _, _],
      ["主管预算部门", "城市管理委员", "项目预算金额 (万元)", _, 5652],
      [
        "绩效目标",
        "1.按《市市容环境卫生管理条例》及疫情期间各项文件规定,为提升我区环境卫生质量、坚决杜绝病媒传播的需要,搞好污染防治、环境卫生保洁消杀工作,开展我区环境卫生治理工作。 2.工作由服务外包公司承担,采用服务外包方式,达到干净整洁、生活垃圾日产日清的效果。",
        _,
        _,
        _,
      ],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
      [_, "产出指标", "数量指标", "清扫保洁道路面积", "1346.0088万平方米"],
      [_, _, _, "清扫保洁道路条数", "485条"],
      [_, _, _, "生活垃圾运输车辆", "283辆"],
      [_, _, "质量指标", "垃圾无害化处理率", "100%"],
      [_, _, "时效指标", "城市道路以克论净量化考核", "1次/月"],
      [_, _, _, "环境卫生专项考核", "1次/月"],
      [_, _, _, "各项费用使用周期", "2020年1月--2020年11月"],
      [_, _, "成本指标", "人工成本", "≤620万/月"],
      [_, "效益指标", "社会效益指标", "清扫保洁覆盖率", "≥99%"],
      [_, _, "可持续影响指标", "保障期限", "2020年1月--2020年11月"],
      [_, "满意度指标", "服务对象满意度指标", "周围群众满意度", "≥90%"],
    ],
    merges: ["A1:E1", "A2:E2", "B3:E3", "C4:D4", "B5:E5", "A6:A17", "B7:B14", "C7:C9", "C11:C13", "B15:B16"],
  },
  printed: {},
  notes:
    "Stored as a district budget-disclosure page on a mirror that replaced the district's (and its city's) name with " +
    "unrelated text; that text is left out, so B4 reads 城市管理委员 and B5 《市市容环境卫生管理条例》. Everything else as stored. " +
    "A declaration table: targets only, no completion values.",
};
