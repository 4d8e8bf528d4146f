import { RULES, exampleFormula } from "../../src/catalog";

/** One function as the 函数 page shows it: help from the generated functions.json, examples from the core. */
export interface FunctionInfo {
  readonly id: string;
  readonly description: string;
  readonly parameters: readonly { readonly name: string; readonly description: string; readonly optional: boolean }[];
  readonly examples: readonly { readonly formula: string; readonly result: string }[];
}

interface MetadataFunction {
  id: string;
  description?: string;
  parameters?: { name: string; description?: string; optional?: boolean }[];
}

/** Joins functions.json (descriptions written once, in the JSDoc) with the core's runnable examples. */
export function functionInfos(metadata: { functions: MetadataFunction[] } | null): FunctionInfo[] {
  return RULES.map((rule) => {
    const meta = metadata?.functions.find((f) => f.id === rule.name);
    return {
      id: rule.name,
      description: meta?.description ?? "",
      parameters:
        meta?.parameters?.map((p) => ({
          name: p.name,
          description: p.description ?? "",
          optional: p.optional === true,
        })) ?? rule.params.map((p) => ({ name: p.name, description: p.zh, optional: p.optional === true })),
      examples: rule.examples.map((ex) => ({ formula: exampleFormula(rule, ex.args), result: ex.result })),
    };
  });
}

/** The words people search by that a function's own help does not spell out (its indicators, its methods). */
const SEARCH_WORDS: Readonly<Record<string, string>> = {
  EXECRATE: "预算执行率 资金支出率 执行率 支出 预算执行",
  ARRIVALRATE: "资金到位率 到位 到位及时性",
  RATIOSCORE: "完成率 比例 实际完成率 应保尽保率 满意度 知晓率 覆盖率",
  WEIGHTEDSCORE: "加权 总分 综合得分 权重",
  GRADE: "等级 评价等级 优 良 中 差 分数段",
  SCORERATE: "得分率",
  DEDUCT: "扣分 扣分制 发现问题",
  TIER: "分档 档次 区间 阶梯",
  DEVIATIONSCORE: "偏差率 容差 预算偏差 偏差",
  LIKERTSCORE: "满意度 满意度调查 问卷 调查 量表 李克特",
  TARGETSCORE: "绩效目标 完成度 年度指标值 实际完成值 目标值",
  PASSLINE: "及格线 及格 门槛",
  CHECKLIST: "评价要点 要点 是否 核查 清单 是/否",
  QUALSCORE: "定性 定性指标 达成 部分达成 未达成",
  CHECKWEIGHTS: "权重合计 权重校验 分值合计 校验",
  TREECHECK: "指标体系 校验 下级合计 权重一致",
};

/**
 * Whether a function matches what the person typed: every word of the query (split at spaces) is found in its
 * name, its description, its parameters' help or the words people search it by, in any case.
 */
export function matches(info: FunctionInfo, query: string): boolean {
  const words = query
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "");
  if (words.length === 0) return true;
  const haystack = [
    info.id,
    info.description,
    ...info.parameters.map((p) => `${p.name} ${p.description}`),
    SEARCH_WORDS[info.id] ?? "",
  ]
    .join(" ")
    .toLowerCase();
  return words.every((w) => haystack.includes(w));
}
