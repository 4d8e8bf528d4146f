import { PRESET_TITLES } from "./list";
import { ind, template, type Preset } from "./build";

/**
 * Seed 000: 广东省民政厅事务中心，2022 年困难群众救助补助—工作经费项目绩效自评表. Four levels,
 * 投入20/过程20/产出30/效果30; 完成进度/完成质量 and 经济效益/社会效益/可持续发展 share one weight each
 * (merged cells in the printed table), as do their 四级 indicators.
 */
export const GUANGDONG_2022: Preset = {
  id: "guangdong-2022",
  title: PRESET_TITLES["guangdong-2022"],
  source: "困难群众救助补助—工作经费项目绩效评价报告（广东省民政厅事务中心，2022）",
  template: template(
    "2022年困难群众救助补助—工作经费项目绩效自评指标",
    [
      ind("投入", 20, [
        ind("项目立项", 12, [
          ind("论证决策", 4, [ind("论证充分性", 4)]),
          ind("目标设置", 6, [ind("完整性", 2), ind("合理性", 2), ind("可衡量性", 2)]),
          ind("保障措施", 2, [ind("制度完整性", 1), ind("计划安排合理性", 1)]),
        ]),
        ind("资金落实", 8, [
          ind("资金到位", 5, [ind("资金到位率", 3), ind("资金到位及时性", 2)]),
          ind("资金分配", 3, [ind("资金分配合理性", 3)]),
        ]),
      ]),
      ind("过程", 20, [
        ind("资金管理", 12, [ind("资金支付", 6, [ind("资金支出率", 6)]), ind("支出规范性", 6, [ind("支出规范性", 6)])]),
        ind("事项管理", 8, [ind("实施程序", 4, [ind("程序规范性", 4)]), ind("管理情况", 4, [ind("监管有效性", 4)])]),
      ]),
      ind("产出", 30, [
        ind("经济性", 5, [ind("预算控制", 3, [ind("预算控制", 3)]), ind("成本控制", 2, [ind("成本节约", 2)])]),
        ind("效率性", 25, [
          {
            name: "完成进度",
            weight: 25,
            rows: ["完成质量"],
            children: [ind("完成及时性", 25, { rows: ["质量控制"] })],
          },
        ]),
      ]),
      ind("效果", 30, [
        ind("效果性", 25, [
          {
            name: "经济效益",
            weight: 25,
            rows: ["社会效益", "可持续发展"],
            children: [ind("资金发挥效能情况", 25, { rows: ["民政信息化服务水平提高", "民政服务质量提升"] })],
          },
        ]),
        ind("公平性", 5, [ind("满意度", 5, [ind("服务对象满意度", 5)])]),
      ]),
    ],
    { levelNames: ["一级指标", "二级指标", "三级指标", "四级指标"], decimals: { score: 2, total: 0 } },
  ),
};
