/* eslint-disable @typescript-eslint/no-explicit-any -- the Office boundary: Excel hands cells over untyped */
/*
 * The custom functions of FUNCTIONS.md, namespace JIXIAO. Each is a thin adapter to a rule of the
 * core; custom-functions-metadata-plugin turns this JSDoc into functions.json (Chinese, then English).
 */
import { evaluateForCell } from "./adapter";

/**
 * 预算执行率/资金支出率 = 实际支出 ÷ 预算资金；给出分值时得分 = min(执行率,1) × 分值（与 1 按 9 位小数比较）。Execution rate = spent ÷ available; with a weight, the score min(rate,1) × weight (compared with 1 at 9 decimals).
 * @customfunction EXECRATE EXECRATE
 * @param spent 实际支出（≥0，负数为 #NUM!） Amount spent (≥ 0; negative → #NUM!)
 * @param available 预算资金（>0，为 0 时 #DIV/0!） Funds available (> 0; 0 → #DIV/0!)
 * @param [weight] 分值；留空或 0 返回执行率 Points; left out or 0, the rate is returned
 * @param [digits] 四舍五入保留的小数位数（0–10） Decimals to round half-up to (0–10)
 * @returns 执行率或得分 The rate or the score
 */
export function EXECRATE(spent: any, available: any, weight?: any, digits?: any): number {
  return evaluateForCell("EXECRATE", [spent, available, weight, digits]) as number;
}

/**
 * 资金到位率 = 实际到位资金 ÷ 预算资金；给出分值时得分 = min(到位率,1) × 分值。Funds arrival rate = arrived ÷ planned; with a weight, the capped score.
 * @customfunction ARRIVALRATE ARRIVALRATE
 * @param arrived 实际到位资金（≥0） Funds arrived (≥ 0)
 * @param planned 预算资金（>0） Funds planned (> 0)
 * @param [weight] 分值；留空返回到位率 Points; left out, the rate is returned
 * @param [digits] 四舍五入保留的小数位数（0–10） Decimals to round half-up to (0–10)
 * @returns 到位率或得分 The rate or the score
 */
export function ARRIVALRATE(arrived: any, planned: any, weight?: any, digits?: any): number {
  return evaluateForCell("ARRIVALRATE", [arrived, planned, weight, digits]) as number;
}

/**
 * 比例得分：达到目标值得满分，低于下限得 0 分，其间按 实际÷目标×分值；与目标、下限按 9 位小数比较。Proportional score: full at the target, 0 below the floor, weight × actual ÷ target between; target and floor compared at 9 decimals.
 * @customfunction RATIOSCORE RATIOSCORE
 * @param actual 实际值（≥0） Actual value (≥ 0)
 * @param target 目标值（>0） Target value (> 0)
 * @param weight 分值（>0） Points (> 0)
 * @param [floor] 下限（0 至目标值，否则 #VALUE!）：低于此值不得分 Floor (0 to the target, else #VALUE!): nothing below it
 * @param [digits] 四舍五入保留的小数位数（0–10） Decimals to round half-up to (0–10)
 * @returns 得分 The score
 */
export function RATIOSCORE(actual: any, target: any, weight: any, floor?: any, digits?: any): number {
  return evaluateForCell("RATIOSCORE", [actual, target, weight, floor, digits]) as number;
}

/**
 * 加权总分 = Σ 得分率×权重；权重为空的行跳过，得分率为空按 0 计；已填权重合计须等于满分（默认 100），否则 #VALUE! 并给出实际合计。Weighted total Σ rate × weight; a blank weight skips its pair, a blank rate counts as 0; the filled weights must sum to the total (default 100), else #VALUE! with the sum found.
 * @customfunction WEIGHTEDSCORE WEIGHTEDSCORE
 * @param rates 得分率区域（0–1） Range of rates (0–1)
 * @param weights 权重区域，与得分率同形 Range of weights, same shape as the rates
 * @param [total] 权重应合计（默认 100） What the weights must sum to (default 100)
 * @param [digits] 四舍五入保留的小数位数（0–10） Decimals to round half-up to (0–10)
 * @returns 加权总分 The weighted total
 */
export function WEIGHTEDSCORE(rates: any[][], weights: any[][], total?: any, digits?: any): number {
  return evaluateForCell("WEIGHTEDSCORE", [rates, weights, total, digits]) as number;
}

/**
 * 评价等级：默认 90（含）以上优、80（含）以上良、60（含）以上中、60 以下差；按 9 位小数比较。Grade: by default 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below; compared at 9 decimals.
 * @customfunction GRADE GRADE
 * @param score 总得分（0–100） Total score (0–100)
 * @param [bands] 等级区间：两列，等级名称与下限（含） Grade bands: two columns, label and inclusive lower bound
 * @returns 等级 The grade
 */
export function GRADE(score: any, bands?: any[][]): string {
  return evaluateForCell("GRADE", [score, bands]) as string;
}

/**
 * 得分率 = 得分 ÷ 分值。Score rate = score ÷ weight.
 * @customfunction SCORERATE SCORERATE
 * @param score 得分（0–分值） Score (0 to the weight)
 * @param weight 分值（>0） Points (> 0)
 * @param [digits] 四舍五入保留的小数位数（0–10） Decimals to round half-up to (0–10)
 * @returns 得分率 The score rate
 */
export function SCORERATE(score: any, weight: any, digits?: any): number {
  return evaluateForCell("SCORERATE", [score, weight, digits]) as number;
}

/**
 * 扣分制：每发现一项扣 per 分（默认 1；填 0 即不扣分），扣完为止（不低于 floor）。Deduction per finding: max(weight − findings × per, floor); a per of 0 deducts nothing.
 * @customfunction DEDUCT DEDUCT
 * @param weight 分值（>0） Points (> 0)
 * @param findings 发现的问题数（≥0） Number of findings (≥ 0)
 * @param [per] 每项扣分（≥0，默认 1） Points off per finding (≥ 0, default 1)
 * @param [floor] 最低得分（0 至分值，默认 0） Lowest score (0 to the weight, default 0)
 * @returns 得分 The score
 */
export function DEDUCT(weight: any, findings: any, per?: any, floor?: any): number {
  return evaluateForCell("DEDUCT", [weight, findings, per, floor]) as number;
}

/**
 * 分档得分：取达到的最高一档的分数；下限默认含本数，文字 ">x" 表示不含；按 9 位小数比较。Banded lookup: the points of the highest bound reached; a bound written ">x" is strict; compared at 9 decimals.
 * @customfunction TIER TIER
 * @param value 数值 The value
 * @param bounds 各档下限（任意顺序） Lower bounds, in any order
 * @param points 各档分数，与下限一一对应 Points, paired with the bounds by position
 * @param [defaultPoints] 一档也未达到时的分数（默认 0；FUNCTIONS.md 中的 default） Points below every bound (default 0; `default` in FUNCTIONS.md)
 * @returns 分数 The points
 */
export function TIER(value: any, bounds: any[][], points: any[][], defaultPoints?: any): number {
  return evaluateForCell("TIER", [value, bounds, points, defaultPoints]) as number;
}

/**
 * 偏差率容差扣分：偏差不超过容差（按 9 位小数比较）得满分，超出部分每 step 扣 per 分（连续计算），扣完为止。Tolerance scoring: full within the tolerance (compared at 9 decimals), then per points off for every step of excess.
 * @customfunction DEVIATIONSCORE DEVIATIONSCORE
 * @param deviation 偏差率（取绝对值） Deviation, a fraction (sign ignored)
 * @param weight 分值（>0） Points (> 0)
 * @param tolerance 容差（≥0） Tolerance (≥ 0)
 * @param per 每档扣分（>0，否则 #VALUE!） Points off per step (> 0, else #VALUE!)
 * @param [step] 每档幅度（默认 1%；0 视为省略） Step size (default 1 %; 0 counts as left out)
 * @param [digits] 四舍五入保留的小数位数（0–10） Decimals to round half-up to (0–10)
 * @returns 得分 The score
 */
export function DEVIATIONSCORE(
  deviation: any,
  weight: any,
  tolerance: any,
  per: any,
  step?: any,
  digits?: any,
): number {
  return evaluateForCell("DEVIATIONSCORE", [deviation, weight, tolerance, per, step, digits]) as number;
}

/**
 * 问卷量表得分：平均分 = Σ 分值×人数 ÷ Σ 人数，得分 = 平均分 ÷ 满分等级 × 分值；人数全空或全为 0 时 #DIV/0!。Likert score: mean level ÷ max × weight; no counts at all → #DIV/0!.
 * @customfunction LIKERTSCORE LIKERTSCORE
 * @param levels 量表各级分值（≥0；−2…2 的量表请换算为 1…5） Scale levels (≥ 0; map a −2…2 scale to 1…5)
 * @param counts 各级人数或占比 Counts or shares per level
 * @param weight 分值（>0） Points (> 0)
 * @param [max] 满分等级（默认所给的最大等级，不论其人数是否为空） Top level (default the largest level given, whatever its count)
 * @param [digits] 四舍五入保留的小数位数（0–10） Decimals to round half-up to (0–10)
 * @returns 得分 The score
 */
export function LIKERTSCORE(levels: any[][], counts: any[][], weight: any, max?: any, digits?: any): number {
  return evaluateForCell("LIKERTSCORE", [levels, counts, weight, max, digits]) as number;
}

/**
 * 绩效目标完成度：按原文目标值（≥90%、≤30日、51223 人…）计算完成率或得分；目标为 0 时 ≥0 满分，≤0、=0 仅实际为 0 时满分、否则为 0；定性目标需人工判断。Target completion from the target as written; a target of 0: ≥0 is always met, ≤0 and =0 only by 0 (else 0); qualitative targets need a person.
 * @customfunction TARGETSCORE TARGETSCORE
 * @param target 年度指标值，如 "≥90%" Target as written, e.g. "≥90%"
 * @param actual 实际完成值 Actual value
 * @param [weight] 分值；留空返回完成率 Points; left out, the ratio is returned
 * @param [digits] 四舍五入保留的小数位数（0–10） Decimals to round half-up to (0–10)
 * @returns 完成率或得分 The ratio or the score
 */
export function TARGETSCORE(target: any, actual: any, weight?: any, digits?: any): number {
  return evaluateForCell("TARGETSCORE", [target, actual, weight, digits]) as number;
}

/**
 * 及格线计分：低于及格线（默认 60%）不得分，100% 得满分，其间按比例；按 9 位小数比较。Pass-line scoring: nothing below the pass line, full at 100 %, proportional between; compared at 9 decimals.
 * @customfunction PASSLINE PASSLINE
 * @param rate 完成率（≥0） Completion rate (≥ 0)
 * @param weight 分值（>0） Points (> 0)
 * @param [passline] 及格线（0–1，默认 60%；1 表示达到 100% 才得分） Pass line (0–1, default 60 %; 1 means full at 100 % and nothing below)
 * @param [digits] 四舍五入保留的小数位数（0–10） Decimals to round half-up to (0–10)
 * @returns 得分 The score
 */
export function PASSLINE(rate: any, weight: any, passline?: any, digits?: any): number {
  return evaluateForCell("PASSLINE", [rate, weight, passline, digits]) as number;
}

/**
 * 评价要点得分：各要点填 是/否、√/×、TRUE/FALSE 或完成比例，按占比计分；要点全空时 #DIV/0!。Checklist score: each point met or not (or partly), worth its share; every point blank → #DIV/0!.
 * @customfunction CHECKLIST CHECKLIST
 * @param points 各要点完成情况 Fulfilment of each point
 * @param weight 分值（>0） Points (> 0)
 * @param [shares] 各要点占比（≥0，默认均分） Share of each point (≥ 0, default equal)
 * @param [digits] 四舍五入保留的小数位数（0–10） Decimals to round half-up to (0–10)
 * @returns 得分 The score
 */
export function CHECKLIST(points: any[][], weight: any, shares?: any[][], digits?: any): number {
  return evaluateForCell("CHECKLIST", [points, weight, shares, digits]) as number;
}

/**
 * 定性指标三档计分：达成 80%–100%，部分达成 60%–80%，未达成 0–60%，得分 = 分值 × 系数。Qualitative three-band score: weight × factor within the band.
 * @customfunction QUALSCORE QUALSCORE
 * @param level 完成等级：达成/部分达成/未达成 Level: 达成, 部分达成 or 未达成
 * @param weight 分值（>0） Points (> 0)
 * @param factor 得分系数，须在该档区间内 Factor, within the level's band
 * @param [digits] 四舍五入保留的小数位数（0–10） Decimals to round half-up to (0–10)
 * @returns 得分 The score
 */
export function QUALSCORE(level: any, weight: any, factor: any, digits?: any): number {
  return evaluateForCell("QUALSCORE", [level, weight, factor, digits]) as number;
}

/**
 * 权重合计校验：合计等于应合计（默认 100）时为 TRUE。Weights check: TRUE when the weights sum to the total (default 100).
 * @customfunction CHECKWEIGHTS CHECKWEIGHTS
 * @param weights 权重区域（空单元格跳过） Range of weights (empty cells skipped)
 * @param [total] 应合计（默认 100） What they must sum to (default 100)
 * @returns 是否一致 Whether they agree
 */
export function CHECKWEIGHTS(weights: any[][], total?: any): boolean {
  return evaluateForCell("CHECKWEIGHTS", [weights, total]) as boolean;
}

/**
 * 指标体系校验：各上级权重等于下级合计且一级合计 100 时返回 "OK"，否则返回第一处问题及单元格地址。Checks a whole indicator table: "OK", or the first problem with its cell address.
 * @customfunction TREECHECK TREECHECK
 * @requiresParameterAddresses
 * @param table 整张指标表区域（含表头） The whole indicator table, headings included
 * @param invocation 调用信息 Invocation
 * @returns "OK" 或问题说明 "OK" or the first problem
 */
export function TREECHECK(table: any[][], invocation: CustomFunctions.Invocation): string[][] {
  return [[evaluateForCell("TREECHECK", [table], invocation.parameterAddresses?.[0]) as string]];
}
