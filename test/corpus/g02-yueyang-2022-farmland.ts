import type { CorpusEntry } from "./types";

const _ = null;

/**
 * Hunan county 衔接资金 goal declaration, 2022: 指标值 only (no completion values), funds written as text
 * ("854万(…)"), targets with units inside (≥100公里, 1600元/亩) and a footnote under the table.
 */
export const entry: CorpusEntry = {
  id: "g02-yueyang-2022-farmland",
  kind: "goals",
  source: {
    title: "乡村振兴衔接资金绩效目标申报表（高标准农田建设）：岳阳县2022年高标准农田建设项目",
    publisher: "岳阳县农业农村局（实施单位：农田建设服务中心），2022年度",
    year: 2022,
    url: "http://www.yyx.gov.cn/37584/38137/content_2016103.html",
    table: "绩效目标申报表（基础设施建设类）",
  },
  sheet: {
    name: "绩效目标申报表",
    rows: [
      ["绩效目标申报表(基础设施建设类)", _, _, _, _],
      ["(2022年度)", _, _, _, _],
      ["项目名称", "岳阳县2022年高标准农田建设项目", _, _, _],
      ["项目负责人及电话", "彭兵", _, _, _],
      ["主管部门", "岳阳县农业农村局", _, "实施单位", "农田建设服务中心"],
      ["资金情况 (万元)", "年度资金总额:", _, "854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)", _],
      [_, "其中:财政拨款", _, "854万854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)", _],
      [_, "其他资金", _, _, _],
      ["总体目标", "年度目标", "完成项目主体工程70%", _, _],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
      [_, "产出指标", "数量指标", "脱贫村村内道路硬化里程", "≥100公里"],
      [_, _, _, "脱贫户供水设施数量", "≥20座"],
      [_, _, "质量指标", "项目(工程)验收合格率", "100%"],
      [_, _, "时效指标", "项目(工程)完成及时率", "≥100%"],
      [_, _, "成本指标", "财政资金补助", "1600元/亩"],
      [_, "效益指标", "经济效益指标", "年增粮食", "3500公斤"],
      [_, _, "社会效益指标", "受益脱贫(监测)人口数", "≥500人"],
      [_, _, _, "解决脱贫(监测)饮水安全问题人数", "≥1000人"],
      [_, _, "生态效益指标", "新增和改善灌溉达标面积", "≥500亩"],
      [_, _, _, "新增和改善排水达标面积", "≥200亩"],
      [_, _, "可持续影响指标", "工程设计使用年限", "≥20年"],
      [_, "满意度指标", "服务对象满意度指标", "受益脱贫(监测)户满意度", "≥95%"],
      [
        "注:各地请根据实际情况,从上述绩效指标中选择适合的填报(其中三颗星为必填的核心绩效指标,可结合已下达的中央对地方专项转移支付绩效指标),也可自行增加或适当调整。",
        _,
        _,
        _,
        _,
      ],
    ],
    merges: [
      "A1:E1",
      "A2:E2",
      "B3:E3",
      "B4:E4",
      "B5:C5",
      "A6:A8",
      "B6:C6",
      "D6:E6",
      "B7:C7",
      "D7:E7",
      "B8:C8",
      "D8:E8",
      "C9:E9",
      "A10:A22",
      "B11:B15",
      "C11:C12",
      "B16:B21",
      "C17:C18",
      "C19:C20",
      "A23:E23",
    ],
  },
  printed: {},
  slips: [{ cell: "D7", what: "其中:财政拨款 prints the amount twice (854万854万…)" }],
  notes:
    "Stored as the county page's table text, one cell a line; cells placed by the headings. " +
    "A declaration (申报) table: targets only, no completion values, points or scores. The footnote's 三颗星 refers to " +
    "stars the template marks on core indicators; none survive in the stored copy.",
};
