import type { CorpusEntry } from "./types";

const _ = null;

/**
 * 农业综合开发项目的绩效评价指标表（法规库网站转载的文件第 7 页）：表头是 评价内容 / 评价指标(分值) / 指标说明 / 评分标准，
 * 没有“一级指标”字样、没有分值列也没有得分列；一级名称竖排（每字一行）并把权重写在末尾 (7分)，二级名称带序号，
 * 多数二级把权重写在名称里，但 1.可行性研究报告 与 4.建设内容完成量 不写（各为其一级的唯一子项，权重即一级的 7 与 20）。
 */
export const entry: CorpusEntry = {
  id: "t06-agri-development-indicators",
  kind: "table",
  source: {
    title: "（文件题名不在存储的页首；该页为法规库转载全文的第 7 页）农业综合开发项目绩效评价指标表",
    publisher:
      "全国性农业综合开发文件（评分标准写“由各省自行制定”），经法规库网站 fsou.com 转载；发文机关与年份未在存储的页首印出",
    year: 0,
    url: "http://fsou.com/html/text/chl/1670/167082_7.html",
    table: "第 7 页页首的评价指标表（评价内容 / 评价指标(分值) / 指标说明 / 评分标准）",
  },
  sheet: {
    name: "评价指标",
    rows: [
      ["评价\n内容", "评价指标\n(分值)", "指标说明", "评分标准"],
      [
        "(一)\n项\n目\n前\n期\n工\n作\n(7分)",
        "1.可行性研究报告(项目申报书)",
        "按规定编制项目可行性研究报告(项目申报书)的情况。",
        "可行性研究报告(项目申报书)编制符合要求的得7分,不符合要求的视具体情况扣分,扣完7分为止。",
      ],
      [
        "(二)\n项\n目\n组\n织\n(8分)",
        "2.组织管理\n(6分)",
        "项目单位对项目的管理情况。",
        "项目实施组织管理到位的得6分;实行不力的酌情扣分,扣完6分为止。",
      ],
      [_, "3.项目档案\n(2分)", "项目单位建立项目档案的情况。", "项目档案资料齐全的得2分,不齐全的扣2分。"],
      [
        "(三)\n项\n目\n实\n施\n(20分)",
        "4.建设内容完成量",
        "项目计划建设内容完成情况。",
        "计划建设内容完成100%的得20分,每减少1个百分点扣1分,扣完20分为止。",
      ],
      [
        "(四)\n资\n金\n使\n用\n(30分)",
        "5.资金落实(10分)",
        "项目计划投资完成情况。",
        "项目计划投资完成100%的得10分,每减少1个百分点扣1分,扣完10分为止。",
      ],
      [
        _,
        "6.实际支出(10分)",
        "项目的实际支出与批复计划的相符性以及实际支出的合规性。",
        "项目的实际支出与批复计划相符的得10分,基本相符的得6分,调整较大的扣10分。存在支出不符合专项资金管理办法的,酌情扣分。",
      ],
      [
        _,
        "7.财务管理制度执行(10分)",
        "财务管理制度的执行情况。",
        "财务会计制度健全的得10分,基本健全的得6分,不健全的扣10分。",
      ],
      [
        "(五)\n实\n施\n效\n果\n(35分)",
        "8.经济效益(20分)",
        "主要包括项目单位通过实施项目年新增销售收入、利税等情况。",
        "由各省自行制定",
      ],
      [
        _,
        "9.社会效益(15分)",
        "主要包括带动农民增收、促进农民就业、辐射周边农户及促进区域主导产业形成等情况。",
        "由各省自行制定",
      ],
    ],
    merges: ["A3:A4", "A6:A8", "A9:A10"],
  },
  printed: {},
  slips: [],
  notes:
    "A weights-only indicator table (no score column, no total row): printed.total and printed.level1 are left undefined on purpose, because the level-1 cells " +
    "are printed vertically, one character per line, with the weight on the last line — (一)/项/目/前/期/工/作/(7分) — and are kept exactly so; " +
    "a reader has to join the lines to get 项目前期工作 and take 7 from (7分). Level-1 weights 7 + 8 + 20 + 30 + 35 = 100. " +
    "Level-2 weights are inside the names, some after a line break (2.组织管理 / (6分)); 6+2 = 8, 10+10+10 = 30, 20+15 = 35. " +
    "Two level-2 rows print no weight: 1.可行性研究报告(项目申报书) — its parenthesis is part of the name, not a weight — and 4.建设内容完成量; " +
    "each is its level-1's only child, and its 评分标准 speaks of 7 and 20 points. The headings 评价内容 and 评价指标(分值) are also broken over two lines. " +
    "The stored copy shows ASCII parentheses, kept. The document's title, issuer and year are on earlier pages the search tool did not return, so `year` is 0 (not printed here). " +
    "The stored page ends after 9.社会效益; no 合计 row is printed.",
};
