import type { CorpusEntry } from "./types";

const _ = null;

/**
 * 达州（nyj.dazhou.gov.cn）公开页开头的 部门整体支出绩效评价 指标表：没有分值列，权重写在每级名称里（部门决策(25分)…），
 * 得分列整列留空，履职成效(20分) 下只印 部门特性指标 一行，其后是留给部门自填的空行；无合计行。
 */
export const entry: CorpusEntry = {
  id: "t05-dazhou-department-template",
  kind: "table",
  source: {
    title: "（存储的页首即表格，未含页面标题）部门整体支出绩效评价指标表（一级指标/二级指标/三级指标/得分）",
    publisher:
      "达州市网站 nyj.dazhou.gov.cn 的信息公开页（xxgk-show-16453），发布单位按域名应为达州市农业农村局；表为未填的评价框架",
    year: 0,
    url: "http://nyj.dazhou.gov.cn/xxgk-show-16453.html",
    table: "页首第一张表：部门整体支出绩效评价指标（得分列未填）",
  },
  sheet: {
    name: "部门整体",
    rows: [
      ["一级指标", "二级指标", "三级指标", "得分"],
      ["部门决策(25分)", "目标任务(15分)", "相关性(5分)", _],
      [_, _, "明确性(5分)", _],
      [_, _, "合理性(5分)", _],
      [_, "预算编制(10分)", "测算依据(5分)", _],
      [_, _, "目标管理(5分)", _],
      ["综合管理(30分)", "专项资金分配时限(2分)", "市级财力专项预算分配时限(1分)", _],
      [_, _, "中央专款分配合规率(1分)", _],
      [_, "中期评估(2分)", "执行中期评估(2分)", _],
      [_, "绩效监控(5分)", "预算执行进度监控(2分)", _],
      [_, _, "绩效目标动态监控(3分)", _],
      [_, "非税收入执收情况(2分)", "非税收入征收情况(1分)", _],
      [_, _, "非税收入上缴情况(1分)", _],
      [_, "资产管理(6分)", "资产管理信息化情况(2分)", _],
      [_, _, "行政事业单位资产报告情况(2分)", _],
      [_, _, "资产管理与预算管理相结合(2分)", _],
      [_, "内控制度管理(2分)", "内部控制度健全完整(2分)", _],
      [_, "信息公开(6分)", "预算公开(2分)", _],
      [_, _, "决算公开(2分)", _],
      [_, _, "绩效信息公开(2分)", _],
      [_, "绩效评价(5分)", "绩效评价开展(2分)", _],
      [_, _, "评价结果应用(3分)", _],
      ["部门绩效情况(45分)", "履职成效(20分)", "部门特性指标", _],
      [_, _, _, _],
      [_, _, _, _],
      [_, _, _, _],
      [_, "可持续发展能力(15分)", "重点改革(重点工作)完成情况(5分)", _],
      [_, _, "科技(制度、方法、机制等)创新(5分)", _],
      [_, _, "人才培养(5分)", _],
      [_, "满意度(10分)", "协作部门满意度(3分)", _],
      [_, _, "管理对象满意度(3分)", _],
      [_, _, "社会公众满意度(4分)", _],
    ],
    merges: [
      "A2:A6",
      "B2:B4",
      "B5:B6",
      "A7:A22",
      "B7:B8",
      "B10:B11",
      "B12:B13",
      "B14:B16",
      "B18:B20",
      "B21:B22",
      "A23:A32",
      "B23:B26",
      "B27:B29",
      "B30:B32",
    ],
  },
  printed: {
    level1: [
      { name: "部门决策", weight: 25 },
      { name: "综合管理", weight: 30 },
      { name: "部门绩效情况", weight: 45 },
    ],
  },
  slips: [],
  notes:
    "The stored copy of the page begins with this table (no page title, no date), so `year` is 0: the year is not printed. It is a framework published unfilled: " +
    "the 得分 column is empty throughout and there is no total row (printed.total undefined). " +
    "There is no weight column at all: every weight is inside the name, at all three levels — 部门决策(25分), 目标任务(15分), 相关性(5分). " +
    "They add up everywhere: 15+10 = 25; 2+2+5+2+6+2+6+5 = 30; 20+15+10 = 45; 25+30+45 = 100; every 二级 whose 三级 carry weights equals their sum (e.g. 资产管理 6 = 2+2+2); 履职成效 20 has none to check. " +
    "履职成效(20分) has one printed 三级, 部门特性指标, with no weight, followed by empty rows for the department to fill in; the converted copy shows " +
    "about three such rows (rows 24–26 here; their exact number is uncertain in the copy). " +
    "The stored copy prints ASCII parentheses, kept as such. Merges follow the copy's cell grouping (each parent over its children). " +
    "The same page goes on with a second, 项目支出 table (单位名称/项目名称; 一级/二级/三级/分值/得分, level names reduced to weights like (20分)), cut off in the stored copy and not transcribed.",
};
