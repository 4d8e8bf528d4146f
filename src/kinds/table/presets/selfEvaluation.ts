import { PRESET_TITLES } from "./list";
import { ind, template, type Preset } from "./build";

/** 财预〔2020〕10号 第十三条: 预算执行率 10, 产出 50, 效益 30, 服务对象满意度 10 (sub-weights are defaults to edit). */
export const SELF_EVALUATION: Preset = {
  id: "self-eval",
  title: PRESET_TITLES["self-eval"],
  source: "财预〔2020〕10号 第十三条",
  template: template("项目支出绩效自评指标", [
    ind("预算执行率", 10, {
      criteria: "得分=预算执行率×10，最高10分（=JIXIAO.EXECRATE(全年执行数, 全年预算数, 10)）。",
    }),
    ind("产出指标", 50, [
      ind("数量指标", 20, { criteria: "完成值达到指标值得满分；未达到的按 完成值÷指标值×分值 计分。" }),
      ind("质量指标", 15, { criteria: "完成值达到指标值得满分；未达到的按比例计分。" }),
      ind("时效指标", 15, { criteria: "按时完成得满分；未按时完成的按比例或酌情计分。" }),
    ]),
    ind("效益指标", 30, [
      ind("社会效益指标", 20, {
        criteria: "定量指标按完成比例计分；定性指标按达成（80%–100%）、部分达成（60%–80%）、未达成（0–60%）计分。",
      }),
      ind("可持续影响指标", 10, { criteria: "同上。" }),
    ]),
    ind("满意度指标", 10, [ind("服务对象满意度指标", 10, { criteria: "得分=满意度÷目标值×分值，最高满分。" })]),
  ]),
};

/** 财预〔2021〕101号: adds 成本指标: 预算执行率 10, 成本 20, 产出 40, 效益 20, 满意度 10. */
export const SELF_EVALUATION_2021: Preset = {
  id: "self-eval-2021",
  title: PRESET_TITLES["self-eval-2021"],
  source: "财预〔2021〕101号",
  template: template("项目支出绩效自评指标（含成本指标）", [
    ind("预算执行率", 10, { criteria: "按执行率分档或按比例计分，最高10分。" }),
    ind("成本指标", 20, [
      ind("经济成本指标", 10, { criteria: "实际成本不超过指标值得满分；超出的按 指标值÷实际值×分值 计分。" }),
      ind("社会成本指标", 5, { criteria: "同上；定性指标按三档计分。" }),
      ind("生态环境成本指标", 5, { criteria: "同上；定性指标按三档计分。" }),
    ]),
    ind("产出指标", 40, [
      ind("数量指标", 15, {
        criteria: "完成率低于60%不得分；60%以上按 (完成率−60%)÷40%×分值 计分（=JIXIAO.PASSLINE）。",
      }),
      ind("质量指标", 15, { criteria: "同上。" }),
      ind("时效指标", 10, { criteria: "同上。" }),
    ]),
    ind("效益指标", 20, [
      ind("经济效益指标", 5, { criteria: "定量指标按完成比例计分；定性指标按三档计分。" }),
      ind("社会效益指标", 10, { criteria: "同上。" }),
      ind("可持续影响指标", 5, { criteria: "同上。" }),
    ]),
    ind("满意度指标", 10, [ind("服务对象满意度指标", 10, { criteria: "按满意度分档或按比例计分。" })]),
  ]),
};
