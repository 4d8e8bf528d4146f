import type { FormIndicator, SelfEvalForm } from "./model";

const FUNDS = (initial?: number, annual?: number, executed?: number) => ({
  weight: 10,
  rows: [
    { label: "年度资金总额", initial, annual, executed },
    { label: "其中：当年财政拨款" },
    { label: "上年结转资金" },
    { label: "其他资金" },
  ],
});

const row = (
  level1: string,
  level2: string,
  name: string,
  target: string,
  weight: number,
  actual?: number | string,
  reason?: string,
): FormIndicator => ({
  level1,
  level2,
  name,
  target,
  weight,
  ...(actual !== undefined ? { actual } : {}),
  ...(reason ? { reason } : {}),
});

export interface FormPreset {
  readonly id: string;
  readonly title: string;
  readonly form: SelfEvalForm;
}

/** 财预〔2020〕10号 第十三条: 预算执行率 10, 产出 50, 效益 30, 满意度 10 (rows to rename and retarget). */
const NATIONAL: FormPreset = {
  id: "self-eval-form",
  title: "项目支出绩效自评表（预算执行率10/产出50/效益30/满意度10）",
  form: {
    format: "jixiao-selfeval",
    version: 1,
    project: {
      name: "（项目名称）",
      department: "（主管部门）",
      unit: "（实施单位）",
      year: new Date().getFullYear() - 1,
    },
    funds: FUNDS(),
    goals: { expected: "（年度总体目标）", actual: "" },
    indicators: [
      row("产出指标", "数量指标", "（数量指标名称）", "≥100%", 20),
      row("产出指标", "质量指标", "（质量指标名称）", "≥95%", 15),
      row("产出指标", "时效指标", "（时效指标名称）", "≤30日", 15),
      row("效益指标", "社会效益指标", "（社会效益指标名称）", "≥90%", 20),
      row("效益指标", "可持续影响指标", "（可持续影响指标名称）", "≥3年", 10),
      row("满意度指标", "服务对象满意度指标", "（满意度指标名称）", "≥85%", 10),
    ],
  },
};

/** 财预〔2021〕101号: 预算执行率 10, 成本 20, 产出 40, 效益 20, 满意度 10. */
const NATIONAL_2021: FormPreset = {
  id: "self-eval-form-2021",
  title: "项目支出绩效自评表 2021 版（预算执行率10/成本20/产出40/效益20/满意度10）",
  form: {
    ...NATIONAL.form,
    scoring: "2021",
    indicators: [
      row("成本指标", "经济成本指标", "（经济成本指标名称）", "≤100万元", 10),
      row("成本指标", "社会成本指标", "（社会成本指标名称）", "≤0起", 5),
      row("成本指标", "生态环境成本指标", "（生态环境成本指标名称）", "≤0起", 5),
      row("产出指标", "数量指标", "（数量指标名称）", "≥100%", 15),
      row("产出指标", "质量指标", "（质量指标名称）", "≥95%", 15),
      row("产出指标", "时效指标", "（时效指标名称）", "≤30日", 10),
      row("效益指标", "社会效益指标", "（社会效益指标名称）", "≥90%", 15),
      row("效益指标", "可持续影响指标", "（可持续影响指标名称）", "≥3年", 5),
      row("满意度指标", "服务对象满意度指标", "（满意度指标名称）", "≥85%", 10),
    ],
  },
};

/**
 * Seed 003's goal table (湛江开发区 农村居民最低生活保障金 2022) as a scored form: the targets and actuals
 * as reported, weights spread within 产出 50 / 效益 30 / 满意度 10.
 */
const DIBAO_2022: FormPreset = {
  id: "dibao-2022",
  title: "农村居民最低生活保障金 2022 年自评表（示例，湛江经济技术开发区）",
  form: {
    format: "jixiao-selfeval",
    version: 1,
    project: {
      name: "农村居民最低生活保障金",
      department: "经济技术开发区人口和社会事务局",
      unit: "民政科",
      year: 2022,
    },
    funds: FUNDS(431, 652.18, 652.18),
    // 自评基础数据表 as the district filed it: the 221.18 raise came with the unified rise of the 低保 standard.
    fundsDetail: {
      policyAdjustment: true,
      rows: [
        { source: "合计", initial: 431, adjustment: 221.18, arrivedCounty: 652.18, spentCounty: 652.18 },
        { source: "市财政资金" },
        { source: "省财政资金" },
        { source: "中央财政资金" },
        { source: "其他资金", initial: 431, adjustment: 221.18, arrivedCounty: 652.18, spentCounty: 652.18 },
      ],
    },
    goals: {
      expected:
        "按照《广东省最低生活保障制度实施办法》要求，为辖内符合条件的低收入困难人群按时发放农村最低生活保障金，保障农村低收入群体的日常生活。",
      actual:
        "1.总体目标：保障困难群众基本生活，实现应保尽保。2.阶段目标：比上一年度提高农村低保标准，提升困难群众生活水平。",
    },
    indicators: [
      row("产出指标", "数量指标", "低保对象人数", "应保尽保", 10, "应保尽保"),
      row("产出指标", "数量指标", "低保资金社会化发放率", "100%", 8, "100%"),
      row("产出指标", "质量指标", "建立社会救助家庭经济状况核对机制的县(市、区)比例", "≥95%", 8, "100%"),
      row(
        "产出指标",
        "时效指标",
        "困难群众基本生活救助和孤儿基本生活费按时发放率",
        "≥90%",
        8,
        "60%",
        "原因分析：死亡退出数据滞后导致迟发。改进措施：严格按时发放。",
      ),
      row("产出指标", "时效指标", "困难群众数据治理及资金发放监管", "进一步完善", 8, "进一步完善"),
      row("产出指标", "成本指标", "城乡低保标准", "不低于上年", 8, "不低于上年"),
      row("效益指标", "社会效益指标", "困难群众生活水平情况", "有所提升", 8, "有所提升"),
      row("效益指标", "社会效益指标", "困难群众基本生活救助和孤儿基本生活保障制度", "进一步完善", 8, "进一步完善"),
      row("效益指标", "社会效益指标", "政策知晓率", "≥85%", 8, "≥85%"),
      row("效益指标", "可持续影响指标", "保障困难群众基本生活", "长期", 6, "长期"),
      row("满意度指标", "服务对象满意度指标", "救助对象对社会救助实施的满意度", "≥85%", 10, "≥85%"),
    ],
  },
};

export const FORM_PRESETS: readonly FormPreset[] = [NATIONAL, NATIONAL_2021, DIBAO_2022];

export function formPresetById(id: string): FormPreset | undefined {
  return FORM_PRESETS.find((p) => p.id === id);
}
