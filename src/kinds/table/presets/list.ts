/** The built-in templates' ids and titles, light enough for a menu; the trees load with their modules. */
export const PRESET_TITLES = {
  "national-2020": "项目支出绩效评价指标体系框架（财预〔2020〕10号 附2，参考权重）",
  "self-eval": "单位自评指标（预算执行率10/产出50/效益30/满意度10）",
  "self-eval-2021": "单位自评指标 2021 版（预算执行率10/成本20/产出40/效益20/满意度10）",
  "guangdong-2022": "广东省级专项资金四级指标（投入20/过程20/产出30/效果30）",
  "meizhou-2021": "梅州市财政支出重点项目绩效评价四级指标（决策15/管理25/产出30/效益30）",
  "district-self-eval": "区级项目支出绩效自评指标评分表（决策18/过程22/产出30/效益30）",
} as const;

export type PresetId = keyof typeof PRESET_TITLES;
