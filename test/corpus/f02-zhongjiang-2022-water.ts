import type { CorpusEntry } from "./types";

const _ = null;

/**
 * Sichuan county 衔接资金 form, 2022: 分值 printed before 年度指标值, funds label with a colon, actuals that restate
 * their targets (≥266米 → ≥266米), an empty 经济效益指标 row, a …… placeholder row and a note whose weights contradict the form.
 */
export const entry: CorpusEntry = {
  id: "f02-zhongjiang-2022-water",
  kind: "form",
  source: {
    title:
      "中江县2022年财政衔接资金实施项目绩效自评表：中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装",
    publisher: "中江县水利局，2022年度",
    year: 2022,
    url: "https://chacewang.com/newsdetail/news242266.html",
    table: "附件 2022年财政衔接资金实施项目绩效自评表（绩效目标自评表）",
  },
  sheet: {
    name: "绩效目标自评表",
    rows: [
      ["绩效目标自评表", _, _, _, _, _, _, _, _],
      ["(2022年度)", _, _, _, _, _, _, _, _],
      [
        "项目名称",
        "中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装",
        _,
        _,
        _,
        "项目负责人及电话",
        _,
        "谢凯13990260322(办公)",
        _,
      ],
      ["主管部门", "中江县水利局", _, _, _, "实施单位", _, "中江县水利局", _],
      ["资金情况(万元)", _, _, _, "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
      [_, "年度资金总额:", _, _, 20, 20, 10, "100.00%", 10],
      [_, "其中:本年财政拨款", _, _, 20, 20, _, _, _],
      [_, "其他资金", _, _, _, _, _, _, _],
      ["年度总体目标", "年初设定目标", _, _, _, "年度总体目标完成情况综述", _, _, _],
      [
        _,
        "对农村地区供水计量设施设备进行改进,对项目区农业用水计量,为项目区农业生产夯实基础,",
        _,
        _,
        _,
        "对项目区农业用水计量,为项目区农业生产夯实基础,",
        _,
        _,
        _,
      ],
      [
        "绩效指标",
        "一级指标",
        "二级指标",
        "三级指标",
        "分值",
        "年度指标值",
        "全年实际值",
        "得分",
        "未完成原因及拟采取的改进措施",
      ],
      [_, "产出指标(70分)", "数量指标", "安装坡面水标尺", 10, "≥266米", "≥266米", 10, _],
      [_, _, _, "水标尺宽度", 10, "≥50厘米", "≥50厘米", 10, _],
      [_, _, "质量指标", "项目(工程)验收合格率", 20, "100%", "100%", 20, _],
      [_, _, "时效指标", "及时(按期)开工率", 10, "≥90%", "≥90%", 10, _],
      [_, _, _, "及时(按期)完工率", 10, "≥90%", "≥90%", 10, _],
      [_, _, "成本指标", "项目计划总投资", 10, "20万元", "20万元", 10, _],
      [_, "效益指标(20分)", "经济效益指标", _, _, _, _, _, _],
      [_, _, "社会效益指标", "受益脱贫(含监测对象)户人口数", 10, "≥1000人", "≥1000人", 10, _],
      [_, _, _, "群众生产生活条件改善状况", 10, "显著提升", "显著提升", 10, _],
      [_, "满意度指标(10分)", "服务对象满意度指标", "受益脱贫(含监测对象)户满意度", 10, "≥95%", "≥95%", 10, _],
      [_, _, _, "……", _, _, _, _, _],
      ["总分", _, _, _, 100, _, _, 100, _],
      [
        "注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分,各部门根据各项指标重要程度确定三级指标的分值,得分最高不能超过该指标分值上限,分别按照该指标对应分值区间100-80%(含80%)、80-60%(含60%)、60-0%合理确定得分,3.定量指标若为正向",
        _,
        _,
        _,
        _,
        _,
        _,
        _,
        _,
      ],
    ],
    merges: [
      "A1:I1",
      "A2:I2",
      "B3:E3",
      "F3:G3",
      "H3:I3",
      "B4:E4",
      "F4:G4",
      "H4:I4",
      "A5:A8",
      "B5:D5",
      "B6:D6",
      "B7:D7",
      "B8:D8",
      "A9:A10",
      "B9:E9",
      "F9:I9",
      "B10:E10",
      "F10:I10",
      "A11:A22",
      "B12:B17",
      "C12:C13",
      "C15:C16",
      "B18:B20",
      "C19:C20",
      "B21:B22",
      "C21:C22",
      "A23:D23",
      "A24:I24",
    ],
  },
  printed: {
    total: 100,
    level1: [
      { name: "产出指标", weight: 70 },
      { name: "效益指标", weight: 20 },
      { name: "满意度指标", weight: 10 },
    ],
    funds: { budget: 20, spent: 20, rate: 1, score: 10 },
  },
  slips: [
    {
      cell: "E23",
      what: "总分 分值 100 leaves out the funds' 10: the printed points are 10 (funds) + 70 + 20 + 10 = 110",
    },
    {
      cell: "H23",
      what: "总分 得分 100 is the indicator scores alone; with the funds score 10 the printed scores sum to 110",
    },
    {
      cell: "B12",
      what: "产出指标(70分) and 效益指标(20分) contradict the form's own note (产出50、效益30、满意度10、预算资金执行率10)",
    },
  ],
  notes:
    "Stored as run-together text from a news aggregator reposting the county's notice; cells rebuilt from the form's headings. " +
    "The …… placeholder is typed in the 三级指标 column of the 满意度 block, where the template has it; " +
    "the stored copy ends inside 注 (its item 2 is missing there and item 3 is cut): the note is kept as stored. " +
    "Punctuation (half-width colons and brackets) is as the stored copy gives it.",
};
