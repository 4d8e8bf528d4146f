import type { Failure } from "./result";
import { visible } from "./cells/visibleText";

export type Lang = "zh" | "en";

/**
 * Every message a person can read from a failed rule, Chinese first, then English.
 * Placeholders: {arg} the argument's Chinese label, {argEn} its English name, and rule-specific values.
 */
export const MESSAGES = {
  missing: { zh: "缺少参数「{arg}」", en: "argument {argEn} is missing" },
  empty: { zh: "参数「{arg}」为空", en: "argument {argEn} is empty" },
  zeroAsBlank: { zh: "参数「{arg}」为空或为 0，应大于 0", en: "argument {argEn} is empty or 0; it must be above 0" },
  notNumber: { zh: "参数「{arg}」应为数字，收到“{got}”", en: "argument {argEn} must be a number, got \"{got}\"" },
  notFinite: { zh: "参数「{arg}」不是有限的数字（{got}）", en: "argument {argEn} is not a finite number ({got})" },
  negative: { zh: "参数「{arg}」不能为负数（应不小于 0），收到 {got}", en: "argument {argEn} cannot be negative (it must be 0 or above), got {got}" },
  belowMin: { zh: "参数「{arg}」应不小于 {min}，收到 {got}", en: "argument {argEn} must be at least {min}, got {got}" },
  aboveMax: { zh: "参数「{arg}」应不大于 {max}，收到 {got}", en: "argument {argEn} must be at most {max}, got {got}" },
  notAbove: { zh: "参数「{arg}」应大于 {min}，收到 {got}", en: "argument {argEn} must be above {min}, got {got}" },
  notBelow: { zh: "参数「{arg}」应小于 {max}，收到 {got}", en: "argument {argEn} must be below {max}, got {got}" },
  digitsRange: { zh: "参数「{arg}」应为 0–{max} 的整数，收到 {got}", en: "argument {argEn} must be a whole number 0–{max}, got {got}" },
  notInteger: { zh: "参数「{arg}」应为整数，收到 {got}", en: "argument {argEn} must be a whole number, got {got}" },
  divZero: { zh: "参数「{arg}」为 0，不能作除数", en: "argument {argEn} is 0 and cannot divide" },
  notText: { zh: "参数「{arg}」应为文字，收到 {got}", en: "argument {argEn} must be text, got {got}" },
  rangeCell: {
    zh: "区域「{arg}」第 {index} 个单元格：应为数字，收到“{got}”",
    en: "range {argEn}, cell {index}: must be a number, got \"{got}\"",
  },
  rangeNegative: {
    zh: "区域「{arg}」第 {index} 个单元格不能为负数（{got}）",
    en: "range {argEn}, cell {index} cannot be negative ({got})",
  },
  likertNegative: {
    zh: "区域「{arg}」第 {index} 个单元格为负数（{got}）：量表分值应不小于 0，−2…2 的量表请换算为 1…5（各加 3）",
    en: "range {argEn}, cell {index} is negative ({got}): levels must be 0 or above; map a −2…2 scale to 1…5 (add 3)",
  },
  shareNegative: {
    zh: "区域「{arg}」第 {index} 个单元格为负数（{got}）：要点占比应不小于 0",
    en: "range {argEn}, cell {index} is negative ({got}): a share must be 0 or above",
  },
  rangeAboveOne: {
    zh: "区域「{arg}」第 {index} 个单元格 {got} 超出 0–1（比率以小数表示，98.79% 即 0.9879）",
    en: "range {argEn}, cell {index}: {got} is outside 0–1 (rates are fractions: 98.79% is 0.9879)",
  },
  shapeMismatch: {
    zh: "区域「{arg}」({rows}×{cols}) 与「{other}」({otherRows}×{otherCols}) 形状不同",
    en: "range {argEn} ({rows}×{cols}) and {otherEn} ({otherRows}×{otherCols}) differ in shape",
  },
  countMismatch: {
    zh: "区域「{arg}」有 {count} 项，「{other}」有 {otherCount} 项，应一一对应",
    en: "range {argEn} has {count} items and {otherEn} has {otherCount}; they must pair one to one",
  },
  noPairs: { zh: "区域「{arg}」没有可计算的数据", en: "range {argEn} holds nothing to compute" },
  weightsSum: { zh: "权重合计为 {sum}，应为 {total}", en: "the weights sum to {sum}, not {total}" },
  scoreAboveWeight: { zh: "得分 {score} 超过分值 {weight}", en: "score {score} is above its weight {weight}" },
  rateAboveOne: {
    zh: "比率 {got} 超过 1（比率以小数表示，98.79% 即 0.9879）",
    en: "rate {got} is above 1 (rates are fractions: 98.79% is 0.9879)",
  },
  scoreOutOfScale: { zh: "得分 {got} 应在 0–100 之间", en: "score {got} must lie within 0–100" },
  belowAllBands: { zh: "得分 {got} 低于所有等级的下限", en: "score {got} is below every grade's lower bound" },
  badBands: {
    zh: "等级区域应为两列（等级名称、下限），第 {index} 行“{got}”无法识别",
    en: "grade bands must be two columns (label, lower bound); row {index} \"{got}\" cannot be read",
  },
  bandsShape: { zh: "等级区域应为两列（等级名称、下限）", en: "grade bands must be two columns (label, lower bound)" },
  notFulfilment: {
    zh: "要点第 {index} 项“{got}”应为 是/否、√/×、TRUE/FALSE、1/0 或 0–1 之间的比例",
    en: "point {index} \"{got}\" must be 是/否, √/×, TRUE/FALSE, 1/0 or a fraction 0–1",
  },
  unknownLevel: {
    zh: "等级“{got}”无法识别，应为 达成、部分达成、未达成（或 A/B/C、1/2/3）",
    en: "level \"{got}\" is not 达成, 部分达成 or 未达成 (or A/B/C, 1/2/3)",
  },
  factorOutOfBand: {
    zh: "系数 {got} 不在“{level}”的区间 {band} 内",
    en: "factor {got} lies outside the band {band} of {levelEn}",
  },
  floorAboveWeight: {
    zh: "最低得分 {floor} 高于分值 {weight}：应在 0 到分值之间",
    en: "floor {floor} is above the weight {weight}: it must lie between 0 and the weight",
  },
  floorAboveTarget: {
    zh: "下限 {floor} 高于目标值 {target}：应在 0 到目标值之间",
    en: "floor {floor} is above the target {target}: it must lie between 0 and the target",
  },
  passlineRange: {
    zh: "参数「及格线」应在 0–1 之间（60% 即 0.6；1 表示达到 100% 才得分），收到 {got}",
    en: "argument passline must lie within 0–1 (60% is 0.6; 1 means full at 100 % and nothing below), got {got}",
  },
  equalMissed: {
    zh: "目标“{target}”要求恰好等于，实际为“{got}”，扣分需人工判断",
    en: "the target \"{target}\" asks for an exact value and the actual is \"{got}\"; the deduction needs a person's judgement",
  },
  meanAboveMax: { zh: "平均等级 {mean} 高于满分等级 {max}", en: "mean level {mean} is above the top level {max}" },
  unitMismatch: {
    zh: "单位不一致：目标值为“{target}”，实际值为“{actual}”",
    en: "units differ: the target is \"{target}\", the actual value \"{actual}\"",
  },
  targetUnreadable: { zh: "无法识别目标值“{got}”", en: "the target \"{got}\" cannot be read" },
  actualUnreadable: {
    zh: "目标值“{target}”为定量指标，实际值“{got}”不是数值",
    en: "the target \"{target}\" is quantitative but the actual value \"{got}\" is not a number",
  },
  needsJudgement: {
    zh: "定性目标“{target}”与实际“{got}”不一致，需人工判断（可用 QUALSCORE 评分）",
    en: "qualitative target \"{target}\" differs from the actual \"{got}\": it needs a person's judgement (score it with QUALSCORE)",
  },
  dateLate: {
    zh: "期限“{target}”未按时完成（实际 {got}），扣分需人工判断",
    en: "deadline \"{target}\" was missed (actual {got}); the deduction needs a person's judgement",
  },
  noTable: {
    zh: "区域中找不到指标表（应有“一级指标”“权重/分值”等表头）",
    en: "no indicator table in the range (expected headings such as 一级指标 and 权重/分值)",
  },
  tooLarge: { zh: "结果超出 Excel 可表示的范围", en: "the result is beyond what Excel can hold" },
  notCellValue: {
    zh: "第 {index} 个参数的区域中有“{got}”，区域只能含数字、文字、TRUE/FALSE 或空",
    en: "argument {index} is a range holding {got}; a range holds only numbers, text, TRUE/FALSE or blanks",
  },
  notJsonRange: {
    zh: "第 {index} 个参数应为区域（JSON，如 [[1],[2]]），“{got}”不是有效的 JSON",
    en: "argument {index} must be a range (JSON such as [[1],[2]]); \"{got}\" is not valid JSON",
  },
} as const satisfies Record<string, { zh: string; en: string }>;

/** Fills a message template with the failure's params. */
export function formatMessage(failure: Pick<Failure, "reason" | "params">, lang: Lang): string {
  const template: string = MESSAGES[failure.reason][lang];
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (failure.params[key] === undefined ? whole : visible(failure.params[key])));
}

/** Chinese, then English: what `jx fn` prints and what a #VALUE!/#N/A cell shows. */
export function bilingual(failure: Pick<Failure, "reason" | "params">): string {
  return `${formatMessage(failure, "zh")}。${formatMessage(failure, "en")}.`;
}
