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
  notNumber: { zh: "参数「{arg}」应为数字，收到“{got}”", en: 'argument {argEn} must be a number, got "{got}"' },
  notFinite: { zh: "参数「{arg}」不是有限的数字（{got}）", en: "argument {argEn} is not a finite number ({got})" },
  negative: {
    zh: "参数「{arg}」不能为负数（应不小于 0），收到 {got}",
    en: "argument {argEn} cannot be negative (it must be 0 or above), got {got}",
  },
  belowMin: { zh: "参数「{arg}」应不小于 {min}，收到 {got}", en: "argument {argEn} must be at least {min}, got {got}" },
  aboveMax: { zh: "参数「{arg}」应不大于 {max}，收到 {got}", en: "argument {argEn} must be at most {max}, got {got}" },
  notAbove: { zh: "参数「{arg}」应大于 {min}，收到 {got}", en: "argument {argEn} must be above {min}, got {got}" },
  notBelow: { zh: "参数「{arg}」应小于 {max}，收到 {got}", en: "argument {argEn} must be below {max}, got {got}" },
  digitsRange: {
    zh: "参数「{arg}」应为 0–{max} 的整数，收到 {got}",
    en: "argument {argEn} must be a whole number 0–{max}, got {got}",
  },
  divZero: { zh: "参数「{arg}」为 0，不能作除数", en: "argument {argEn} is 0 and cannot divide" },
  rangeCell: {
    zh: "区域「{arg}」第 {index} 个单元格：应为数字，收到“{got}”",
    en: 'range {argEn}, cell {index}: must be a number, got "{got}"',
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
  belowAllBands: { zh: "得分 {got} 低于所有等级的下限", en: "score {got} is below every grade's lower bound" },
  badBands: {
    zh: "等级区域应为两列（等级名称、下限），第 {index} 行“{got}”无法识别",
    en: 'grade bands must be two columns (label, lower bound); row {index} "{got}" cannot be read',
  },
  bandsShape: { zh: "等级区域应为两列（等级名称、下限）", en: "grade bands must be two columns (label, lower bound)" },
  notFulfilment: {
    zh: "要点第 {index} 项“{got}”应为 是/否、√/×、TRUE/FALSE、1/0 或 0–1 之间的比例",
    en: 'point {index} "{got}" must be 是/否, √/×, TRUE/FALSE, 1/0 or a fraction 0–1',
  },
  unknownLevel: {
    zh: "等级“{got}”无法识别，应为 达成、部分达成、未达成（或 A/B/C、1/2/3）",
    en: 'level "{got}" is not 达成, 部分达成 or 未达成 (or A/B/C, 1/2/3)',
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
    en: 'the target "{target}" asks for an exact value and the actual is "{got}"; the deduction needs a person\'s judgement',
  },
  meanAboveMax: { zh: "平均等级 {mean} 高于满分等级 {max}", en: "mean level {mean} is above the top level {max}" },
  unitMismatch: {
    zh: "单位不一致：目标值为“{target}”，实际值为“{actual}”",
    en: 'units differ: the target is "{target}", the actual value "{actual}"',
  },
  actualUnreadable: {
    zh: "目标值“{target}”为定量指标，实际值“{got}”不是数值",
    en: 'the target "{target}" is quantitative but the actual value "{got}" is not a number',
  },
  needsJudgement: {
    zh: "定性目标“{target}”与实际“{got}”不一致，需人工判断（可用 QUALSCORE 评分）",
    en: 'qualitative target "{target}" differs from the actual "{got}": it needs a person\'s judgement (score it with QUALSCORE)',
  },
  dateLate: {
    zh: "期限“{target}”未按时完成（实际 {got}），扣分需人工判断",
    en: 'deadline "{target}" was missed (actual {got}); the deduction needs a person\'s judgement',
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
    en: 'argument {index} must be a range (JSON such as [[1],[2]]); "{got}" is not valid JSON',
  },
} as const satisfies Record<string, { zh: string; en: string }>;

/** Fills a message template with the failure's params. */
export function formatMessage(failure: Pick<Failure, "reason" | "params">, lang: Lang): string {
  const template: string = MESSAGES[failure.reason][lang];
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    failure.params[key] === undefined ? whole : visible(failure.params[key]),
  );
}

/** Chinese, then English: what `jx fn` prints and what a #VALUE!/#N/A cell shows. */
export function bilingual(failure: Pick<Failure, "reason" | "params">): string {
  return `${formatMessage(failure, "zh")}。${formatMessage(failure, "en")}.`;
}

/** Words in both languages: a message's value that is itself words (a rule's failure, a row's note, a nested problem). */
export interface Words {
  readonly zh: string;
  readonly en: string;
}

/** Values for a message's placeholders: a figure, a name or a cell as it is, or words in both languages. */
export type WordParams = Readonly<Record<string, string | number | Words>>;

/** Fills `{key}` placeholders in one language; a placeholder without a value stays as written. */
export function fillWords(template: string, params: WordParams, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = params[key];
    return v === undefined ? whole : typeof v === "object" ? v[lang] : String(v);
  });
}

/**
 * What kind of problem a reader or checker found: the `kind` of `--json` output and of the pane's lists.
 * One meaning each; the reason key (PROBLEMS) says which words.
 */
export type ProblemKind =
  | "nameMissing"
  | "tooDeep"
  | "weightMissing"
  | "weightNotPositive"
  /** A parent's weight that is not the sum of its children's. */
  | "weightSum"
  /** The top level (or a form's points) not summing to the total. */
  | "topSum"
  | "scoreNegative"
  | "scoreAboveWeight"
  /** A score (or the 实际完成值 it comes from) left blank. */
  | "scoreMissing"
  /** A cell or a file whose text cannot be read as what it should hold (a weight that is not a number, bad JSON). */
  | "unreadable"
  /** A printed total that is not the sum of the scores, or that the table gives no way to check. */
  | "totalMismatch"
  /** A printed grade that is not the grade of the score, or cannot be read. */
  | "gradeMismatch"
  /** A printed 得分率 or 执行率 that is not the rule's. */
  | "rateMismatch"
  /** A row's printed score that is not the rule's. */
  | "scoreMismatch"
  /** A parent printed again on a later row with another weight. */
  | "repeatMismatch"
  /** What no rule can decide: for a person. */
  | "needsJudgement"
  /** A row that falls short of its target without its 偏差原因分析. */
  | "reasonRequired"
  /** 预算执行率 that cannot be computed (no budget, no spending, or a project state the rules leave open). */
  | "fundsUnscored"
  /** A template file that does not follow template.schema.json. */
  | "schemaInvalid"
  /** The same grade label twice. */
  | "gradeDuplicate"
  /** A score or 不适用 on an indicator that has children. */
  | "scoreOnParent"
  /** More than a workbook can hold: a text longer than a cell, grades beyond the grade formula, too many rows. */
  | "tooLarge"
  /** A setting kept in a workbook that is wrong, so it was ignored. */
  | "settingIgnored"
  /** A performance target a reviewer would send back: it cannot be measured (jx audit). */
  | "targetUnmeasurable";

/**
 * Every problem a person can read, by reason: its kind, Chinese, then English. Placeholders: {label} an
 * indicator's code and name, {name} its name, and the figures each reason names.
 */
export const PROBLEMS = {
  // The weights and scores of a tree (checkTree).
  nameMissing: { kind: "nameMissing", zh: "指标名称为空", en: "the indicator has no name" },
  tooDeep: { kind: "tooDeep", zh: "{label} 超过四级指标", en: "{name} is deeper than four levels" },
  weightMissing: { kind: "weightMissing", zh: "{label} 缺少权重", en: "{name} has no weight" },
  weightNotPositive: {
    kind: "weightNotPositive",
    zh: "{label} 权重应大于 0，现为 {weight}",
    en: "{name}: weight must be above 0, is {weight}",
  },
  weightSum: {
    kind: "weightSum",
    zh: "{label} 权重 {weight} ≠ 下级合计 {sum}",
    en: "{name}: weight {weight} ≠ sum of its children {sum}",
  },
  scoreMissing: { kind: "scoreMissing", zh: "{label} 缺少得分", en: "{name} has no score" },
  scoreNegative: { kind: "scoreNegative", zh: "{label} 得分 {score} 为负数", en: "{name}: score {score} is negative" },
  scoreAboveWeight: {
    kind: "scoreAboveWeight",
    zh: "{label} 得分 {score} 超过分值 {weight}",
    en: "{name}: score {score} is above its weight {weight}",
  },
  topSum: {
    kind: "topSum",
    zh: "一级指标权重合计 {sum} ≠ {total}",
    en: "the top-level weights sum to {sum}, not {total}",
  },
  formWeightSum: {
    kind: "topSum",
    zh: "预算执行率与各指标分值合计 {sum} ≠ 100",
    en: "the execution rate's and the rows' points sum to {sum}, not 100",
  },

  // What a scoring table prints (readTable, checkTable).
  repeatMismatch: {
    kind: "repeatMismatch",
    zh: "{name} 重复印出的分值 {weight} 与首次的 {first}（{firstAt}）不一致",
    en: "{name}: the repeated weight {weight} differs from {first} at {firstAt}",
  },
  weightUnreadable: { kind: "unreadable", zh: "权重“{got}”不是数字", en: 'weight "{got}" is not a number' },
  scoreUnreadable: { kind: "unreadable", zh: "得分“{got}”不是数字", en: 'score "{got}" is not a number' },
  rowRateMismatch: {
    kind: "rateMismatch",
    zh: "{name} 得分率 {printed}% 与 得分÷分值 {rate}% 不一致",
    en: "{name}: the printed rate {printed}% is not score ÷ weight, {rate}%",
  },
  tableTotalMismatch: {
    kind: "totalMismatch",
    zh: "合计得分 {printed} 与各指标得分之和 {total} 不一致",
    en: "the printed total {printed} differs from the sum of the scores {total}",
  },
  gradeUnreadable: {
    kind: "gradeMismatch",
    zh: "无法读出表中的评价等级“{printed}”，请人工核对（按得分应为“{grade}”）",
    en: 'the printed grade "{printed}" cannot be read; by the score it is "{grade}"',
  },
  gradeMismatch: {
    kind: "gradeMismatch",
    zh: "评价等级“{printed}”与得分对应的等级“{grade}”不一致",
    en: 'the printed grade "{printed}" differs from the grade of the score, "{grade}"',
  },

  // A self-evaluation form or goal table, row by row (scoreReading).
  rowNeedsJudgement: { kind: "needsJudgement", zh: "{name}：{why}", en: "{name}: {why}" },
  scoredAsPrinted: {
    kind: "needsJudgement",
    zh: "{name}：{note}；按表中得分 {printed} 计，请复核",
    en: "{name}: scored as printed ({printed}), to be reviewed",
  },
  actualBlank: {
    kind: "scoreMissing",
    zh: "{name} 的实际完成值未填写，请填写",
    en: "{name}: the actual value is blank; fill it in",
  },
  rowUnscored: {
    kind: "needsJudgement",
    zh: "{name} 无法按公式评分（{note}），需人工判断并填写完成档次和系数",
    en: "{name} cannot be scored by formula: a person must judge it",
  },
  // An expert panel's sheet (src/kinds/panel/read.ts).
  panelScoreMismatch: {
    kind: "scoreMismatch",
    zh: "{name} 得分 {score} 不是专家评分（{scores}）的{how} {expected}",
    en: "{name}: the score {score} is not the experts' {how} {expected} ({scores})",
  },
  rowScoreMismatch: {
    kind: "scoreMismatch",
    zh: "{name} 表中得分 {printed} 与计算得分 {score} 不一致",
    en: "{name}: printed {printed}, computed {score}",
  },
  reasonRequired: {
    kind: "reasonRequired",
    zh: "{name} 未达到目标，须填写偏差原因分析及改进措施",
    en: "{name} falls short: its 偏差原因 is required",
  },
  goalTotalUnchecked: {
    kind: "totalMismatch",
    zh: "表中总分 {printed} 无法复核：表中没有各指标的分值，只能逐项列出完成率",
    en: "the printed total {printed} cannot be checked: the table gives no points per indicator",
  },
  fundsNoRule: {
    kind: "fundsUnscored",
    zh: "预算执行率无法按公式评分（{note}）",
    en: "预算执行率 cannot be scored by formula: say whether the project was completed (是/否), or a person must judge it",
  },
  fundsNoBudget: {
    kind: "fundsUnscored",
    zh: "全年预算数为空或为 0（或全年执行数未填），预算执行率无法计算，该项未计分，总分不完整",
    en: "the year's budget is blank or 0 (or the amount spent is missing): the execution rate cannot be computed and the total is incomplete",
  },
  fundsReview: {
    kind: "needsJudgement",
    zh: "预算执行率：{review}",
    en: "预算执行率: a project not completed at 100 % or more takes the 80 %–100 % band; to be reviewed",
  },
  fundsRateMismatch: {
    kind: "rateMismatch",
    zh: "表中执行率 {printed}% 与 全年执行数÷全年预算数 {rate}% 不一致",
    en: "the printed execution rate differs from spent ÷ budget, {rate}%",
  },
  fundsScoreMismatch: {
    kind: "scoreMismatch",
    zh: "表中执行率得分 {printed} 与按规则计算的 {score} 不一致",
    en: "the printed funds score {printed} differs from the rule's {score}",
  },
  formTotalMismatch: {
    kind: "totalMismatch",
    zh: "总分 {printed} 与计算总分 {total} 不一致",
    en: "the printed total differs from the computed {total}",
  },

  // Template and form files (checkTemplate, jsonText, excelLimits).
  schemaRequired: { kind: "schemaInvalid", zh: "缺少必填字段“{field}”", en: 'missing required field "{field}"' },
  schemaUnknownField: { kind: "schemaInvalid", zh: "不认识的字段“{field}”", en: 'unknown field "{field}"' },
  schemaType: { kind: "schemaInvalid", zh: "类型应为 {type}", en: "must be of type {typeEn}" },
  schemaConst: { kind: "schemaInvalid", zh: "应为 {value}", en: "must be {value}" },
  schemaEnum: { kind: "schemaInvalid", zh: "应为 {values} 之一", en: "must be one of {values}" },
  schemaEmpty: { kind: "schemaInvalid", zh: "不能为空", en: "must not be empty" },
  schemaMinItems: { kind: "schemaInvalid", zh: "至少需要 {limit} 项", en: "needs at least {limit} items" },
  schemaMaxItems: { kind: "schemaInvalid", zh: "最多 {limit} 项", en: "takes at most {limit} items" },
  schemaAbove: { kind: "schemaInvalid", zh: "应大于 {limit}", en: "must be above {limit}" },
  schemaMinimum: { kind: "schemaInvalid", zh: "应不小于 {limit}", en: "must be at least {limit}" },
  schemaMaximum: { kind: "schemaInvalid", zh: "应不大于 {limit}", en: "must be at most {limit}" },
  schemaOther: { kind: "schemaInvalid", zh: "不符合模板格式（{keyword}）", en: "{detail}" },
  gradeDuplicate: { kind: "gradeDuplicate", zh: "等级“{grade}”重复", en: 'grade "{grade}" appears twice' },
  scoreOnParent: {
    kind: "scoreOnParent",
    zh: "{name} 不是末级指标，不能填写得分或不适用",
    en: "{name} is not a leaf: it takes no score and no 不适用",
  },
  jsonProto: {
    kind: "unreadable",
    zh: "不允许使用名为 __proto__ 的字段",
    en: 'a field named "__proto__" is not allowed',
  },
  jsonDuplicateField: {
    kind: "unreadable",
    zh: "字段“{field}”重复出现，无法确定用哪一个",
    en: 'the field "{field}" appears twice; which one is meant cannot be told',
  },
  jsonNumberTooLarge: {
    kind: "unreadable",
    zh: "数字 {number} 超出可用范围（绝对值应不超过 10^15）",
    en: "the number {number} is out of range (at most 10^15 in size)",
  },
  jsonNumberTooSmall: {
    kind: "unreadable",
    zh: "数字 {number} 太小，会被读成 0",
    en: "the number {number} is so small it would read as 0",
  },
  jsonTooDeep: {
    kind: "unreadable",
    zh: "嵌套超过 {depth} 层，不是有效的模板文件",
    en: "nested more than {depth} levels deep; not a valid file",
  },
  jsonSyntax: { kind: "unreadable", zh: "不是有效的 JSON，{what}", en: "not valid JSON: {what}" },
  fileEncoding: { kind: "unreadable", zh: "{why}", en: "{why}" },
  textTooLong: {
    kind: "tooLarge",
    zh: "文字有 {length} 个字符，超过 Excel 单元格的上限 {limit}",
    en: "the text has {length} characters, more than an Excel cell holds ({limit})",
  },
  gradeLabelTooLong: {
    kind: "tooLarge",
    zh: "等级名称有 {length} 个字符，公式中的文字最多 {limit} 个",
    en: "the grade label has {length} characters; a text in a formula holds at most {limit}",
  },
  tooManyGrades: {
    kind: "tooLarge",
    zh: "等级有 {count} 个，等级公式最多嵌套 {limit} 层",
    en: "there are {count} grades; the grade formula nests at most {limit} levels",
  },
  gradeFormulaTooLong: {
    kind: "tooLarge",
    zh: "等级名称合计过长，等级公式会超过 Excel 的 {limit} 个字符上限",
    en: "the grade labels together make the grade formula longer than Excel's {limit} characters",
  },
  tooManyRows: {
    kind: "tooLarge",
    zh: "共有 {rows} 行指标，超过上限 {limit} 行",
    en: "it has {rows} indicator rows, more than the limit of {limit}",
  },

  // The settings a workbook keeps (checkSettings).
  settingIgnored: {
    kind: "settingIgnored",
    zh: "工作簿设置有误，已忽略：{why}",
    en: "a workbook setting is wrong and was ignored: {why}",
  },
  scoringIgnored: {
    kind: "settingIgnored",
    zh: '工作簿设置有误，已忽略：计分规则应为 "2020" 或 "2021"，现为 {got}',
    en: 'a workbook setting is wrong and was ignored: scoring must be "2020" or "2021"',
  },

  // Targets a reviewer would send back (auditTargets): the row's name and why.
  targetUnmeasurable: { kind: "targetUnmeasurable", zh: "{name}：{why}", en: "{name}: {why}" },
} as const satisfies Record<string, { kind: ProblemKind; zh: string; en: string }>;

export type ProblemReason = keyof typeof PROBLEMS;

/** The placeholders a message names: `"{name}：{why}"` → "name" | "why". */
export type Placeholders<S extends string> = S extends `${string}{${infer K}}${infer Rest}`
  ? K | Placeholders<Rest>
  : never;

/** The values a message's words need: one for every placeholder of its Chinese and its English. */
export type ParamsOf<W extends Words> = Readonly<Record<Placeholders<W["zh"] | W["en"]>, string | number | Words>>;

/** What a message takes after its reason: the values, or nothing when its words name none (tsc checks both). */
export type ArgsOf<W extends Words> = Placeholders<W["zh"] | W["en"]> extends never ? [] : [ParamsOf<W>];

/** What `problem(at, reason, …)` takes after the reason. */
export type ProblemArgs<R extends ProblemReason> = ArgsOf<(typeof PROBLEMS)[R]>;

/** Why a target cannot be measured, by the audit's finding kind. */
export const AUDIT_FINDINGS = {
  blank: { zh: "年度指标值为空，无法衡量", en: "the year's target is blank: it cannot be measured" },
  restated: {
    zh: "实际完成值“{actual}”只重复了目标的写法，没有写出实际数值",
    en: 'the actual value "{actual}" only restates the target and gives no figure',
  },
  relative: {
    zh: "相对目标“{target}”没有给出上年的数值，无法衡量",
    en: 'the relative target "{target}" gives no prior-year figure: it cannot be measured',
  },
  vague: {
    zh: "定量指标使用了模糊的程度词“{word}”：“{target}”",
    en: 'a quantitative row uses the vague word "{word}": "{target}"',
  },
  noNumber: {
    zh: "{level2}应有数值，目标“{target}”没有数字",
    en: 'a {level2} row needs a figure; the target "{target}" has none',
  },
  noUnit: { zh: "目标“{target}”有数字没有单位", en: 'the target "{target}" has a figure but no unit' },
} as const satisfies Record<string, Words>;

/** The rewording the audit suggests, by what the target lacks. */
export const AUDIT_SUGGESTIONS = {
  rate: { zh: "写成数值目标，如“≥95%”", en: "write a figure, such as ≥95%" },
  deadline: {
    zh: "写明期限，如“≤30日”或“2024年12月31日前”",
    en: "write a deadline, such as ≤30日 or 2024年12月31日前",
  },
  quantity: { zh: "写成数值和单位，如“≥1000人”“≥95%”", en: "write a figure with its unit, such as ≥1000人 or ≥95%" },
  vague: {
    zh: "用数值代替程度词，如“较上年提高5%（上年为 X）”或“≥90%”",
    en: "replace the vague word with a figure, such as 较上年提高5%（上年为 X） or ≥90%",
  },
  relative: {
    zh: "写明上年的数值，如“≥579元/月（上年 551 元/月）”",
    en: "give last year's figure, such as ≥579元/月（上年 551 元/月）",
  },
  noUnit: { zh: "补充单位，如“人”“户”“个”“%”“元/月”", en: "add the unit, such as 人, 户, 个, % or 元/月" },
  blank: {
    zh: "填写年度指标值，如“≥95%”“≥1000人”“2024年12月31日前”",
    en: "fill in the year's target, such as ≥95%, ≥1000人 or 2024年12月31日前",
  },
  restated: {
    zh: "填写实际达到的数值，如“96.2%”“1050人”，不要照抄目标",
    en: "give the figure actually reached, such as 96.2% or 1050人, not the target again",
  },
} as const satisfies Record<string, Words>;

/** jsonc-parser's error codes in words (a template or form file that is not valid JSON). */
export const JSON_SYNTAX: Readonly<Record<string, Words>> = {
  InvalidSymbol: { zh: "有无法识别的字符", en: "a character that cannot be read" },
  InvalidNumberFormat: { zh: "数字的写法不对", en: "a number written wrongly" },
  PropertyNameExpected: {
    zh: "此处应是用双引号括起的字段名（常见原因：最后一项后多了逗号）",
    en: "a quoted field name is expected here (often a comma after the last item)",
  },
  ValueExpected: { zh: "此处缺少值", en: "a value is missing here" },
  ColonExpected: { zh: "字段名后缺少冒号", en: "a colon is missing after the field name" },
  CommaExpected: { zh: "两项之间缺少逗号", en: "a comma is missing between two items" },
  CloseBraceExpected: { zh: "缺少右花括号 }", en: "a closing brace } is missing" },
  CloseBracketExpected: { zh: "缺少右方括号 ]", en: "a closing bracket ] is missing" },
  EndOfFileExpected: { zh: "文件结尾后还有多余内容", en: "there is more text after the end" },
  InvalidCommentToken: { zh: "JSON 文件里不能写注释", en: "JSON files take no comments" },
  UnexpectedEndOfComment: { zh: "注释没有结束", en: "a comment does not end" },
  UnexpectedEndOfString: { zh: "文字的引号没有闭合", en: "a quoted text is not closed" },
  UnexpectedEndOfNumber: { zh: "数字没有写完", en: "a number is cut short" },
  InvalidUnicode: { zh: "\\u 编码写法不对", en: "a \\u escape is wrong" },
  InvalidEscapeCharacter: { zh: "反斜杠转义写法不对", en: "a backslash escape is wrong" },
  InvalidCharacter: {
    zh: "文字中有不允许的字符（如换行）",
    en: "a text holds a character JSON does not allow (such as a line break)",
  },
};

/**
 * Why something a person asked for was refused: a workbook that cannot be read, a file too large, a host that
 * cannot take a table. Thrown as a `Refused` (UnreadableWorkbook is one), shown in the person's language.
 */
export const REFUSALS = {
  hiddenSheet: {
    zh: "工作表“{sheet}”是隐藏的：请先在 Excel 中取消隐藏（右键工作表标签 → 取消隐藏）。",
    en: 'The sheet "{sheet}" is hidden: unhide it in Excel first (right-click a sheet tab → Unhide).',
  },
  noSheet: { zh: "没有名为“{sheet}”的工作表（有：{sheets}）。", en: 'No sheet named "{sheet}" (there are: {sheets}).' },
  noTableInSheet: {
    zh: "工作表“{sheet}”中找不到指标表（应有“一级指标”“分值/权重”等表头）。",
    en: 'Sheet "{sheet}": no indicator table (headings such as 一级指标 and 分值/权重 expected).',
  },
  noTableInWorkbook: {
    zh: "工作簿中找不到指标表（应有“一级指标”“分值/权重”等表头）。",
    en: "The workbook has no indicator table (headings such as 一级指标 and 分值/权重 expected).",
  },
  noTableOrForm: {
    zh: "工作簿中找不到指标表（应有“一级指标”“分值/权重”等表头），也没有自评表或绩效目标表。",
    en: "The workbook has no indicator table (headings such as 一级指标 and 分值/权重 expected), and no self-evaluation form or goal table.",
  },
  noForm: {
    zh: "工作簿中找不到自评表或绩效目标表（应有“三级指标”“年度指标值”“实际完成值”等表头）。",
    en: "No self-evaluation form or goal table (headings such as 三级指标 and 年度指标值 expected).",
  },
  fileTooLarge: {
    zh: "文件过大，未读取：{what}。请删去无关的工作表或内容后再试。",
    en: "The file is too large and was not read: {what}. Remove unrelated sheets or content and try again.",
  },
  fileDamaged: { zh: "文件已损坏，无法读取：{what}。", en: "The file is damaged and cannot be read: {what}." },
  // What is too large ({what} of fileTooLarge) and what is broken ({what} of fileDamaged).
  overCells: {
    zh: "各工作表共有超过 {limit} 个单元格（上限 {limit} 个）",
    en: "its sheets hold more than {limit} cells (the limit)",
  },
  overRowElements: {
    zh: "各工作表共写有超过 {limit} 行（上限 {limit} 行）",
    en: "its sheets write more than {limit} rows (the limit)",
  },
  overRows: {
    zh: "各工作表合计延伸到超过 {limit} 行（上限 {limit} 行，即两张满表）",
    en: "its sheets together reach down more than {limit} rows (the limit, two full sheets)",
  },
  overMergedCells: {
    zh: "合并区域共覆盖超过 {limit} 个单元格（上限 {limit} 个）",
    en: "its merged areas cover more than {limit} cells (the limit)",
  },
  overXmlElements: {
    zh: "XML 元素超过 {limit} 个（上限 {limit} 个）",
    en: "it holds more than {limit} XML elements (the limit)",
  },
  overBytes: { zh: "文件有 {size}，上限为 {limit}", en: "it is {size}, the limit is {limit}" },
  overZip64: {
    zh: "它是 zip64 压缩包（超过 65,535 个部件或 4 GiB），解压后大小上限为 {limit}",
    en: "it is a zip64 archive (over 65,535 parts or 4 GiB); the limit is {limit} unpacked",
  },
  overParts: { zh: "压缩包内有 {count} 个部件，上限为 {limit} 个", en: "it holds {count} parts, the limit is {limit}" },
  overUnpacked: { zh: "解压后有 {size}，上限为 {limit}", en: "it unpacks to {size}, the limit is {limit}" },
  zipNoDirectory: { zh: "找不到 zip 目录", en: "its zip directory is missing" },
  zipDirectoryShort: { zh: "zip 目录不完整", en: "its zip directory is incomplete" },
  partMisplaced: { zh: "部件 {part} 的位置不对", en: "part {part} is not where the directory says" },
  partCutShort: { zh: "部件 {part} 不完整", en: "part {part} is cut short" },
  partNotInflated: { zh: "部件 {part} 无法解压", en: "part {part} cannot be inflated" },
  partMethod: {
    zh: "部件 {part} 使用了不支持的压缩方式 {method}",
    en: "part {part} uses compression method {method}, which is not supported",
  },
  partSize: { zh: "部件 {part} 的实际大小与声明不符", en: "part {part} does not have the size it declares" },
  contentUnreadable: { zh: "工作簿中有无法读取的内容", en: "it holds content that cannot be read" },
  mergesOverlap: {
    zh: "工作表“{sheet}”的合并区域 {a} 与 {b} 重叠",
    en: 'on sheet "{sheet}" the merged areas {a} and {b} overlap',
  },
  // Files that are not .xlsx workbooks.
  notXlsx: { zh: "不是 .xlsx 文件。", en: "Not an .xlsx file." },
  notXlsxOds: {
    zh: "不是 .xlsx 文件：这是 OpenDocument 表格（.ods）。请在 WPS、LibreOffice 或 Excel 中另存为 .xlsx。",
    en: "Not an .xlsx file: this is an OpenDocument spreadsheet (.ods). Save it as .xlsx in WPS, LibreOffice or Excel.",
  },
  notXlsxOdf: {
    zh: "不是 .xlsx 文件：这是 OpenDocument 文档，不是表格。",
    en: "Not an .xlsx file: this is an OpenDocument file, not a spreadsheet.",
  },
  notXlsxDocx: {
    zh: "不是 .xlsx 文件：这是 Word 文档（.docx）。",
    en: "Not an .xlsx file: this is a Word document (.docx).",
  },
  notXlsxPptx: {
    zh: "不是 .xlsx 文件：这是 PowerPoint 演示文稿（.pptx）。",
    en: "Not an .xlsx file: this is a PowerPoint presentation (.pptx).",
  },
  notXlsxZip: {
    zh: "不是 .xlsx 文件：这是一个普通的 zip 压缩包，里面没有 Excel 工作簿。",
    en: "Not an .xlsx file: this is a plain zip archive with no Excel workbook inside.",
  },
  passwordOrXls: {
    zh: "文件受密码保护，或是旧版 .xls 格式：请在 Excel 中取消密码或另存为 .xlsx。",
    en: "The file is password-protected or an old .xls: remove the password or save it as .xlsx.",
  },
  passwordProtected: {
    zh: "文件受密码保护：请在 Excel 中取消密码后另存为 .xlsx。",
    en: "The file is password-protected: remove the password in Excel and save it as .xlsx.",
  },
  browserCannotUnzip: {
    zh: "这个浏览器不能解压 .xlsx 文件：请换用新版的 Edge、Chrome、Firefox 或 Safari。",
    en: "This browser cannot unpack .xlsx files: use a recent Edge, Chrome, Firefox or Safari.",
  },
  whereWorkbook: { zh: "工作簿", en: "The workbook" },
  whereSheet: { zh: "工作表“{sheet}”", en: 'Sheet "{sheet}"' },
  surveyNoColumns: {
    zh: "{where}中找不到问卷题目列（应为每行一份答卷、每列一题，答案为选项文字或选项序号）。",
    en: "{where} has no question columns (one row per respondent, one column per question, answers as option text or number expected).",
  },
  uploadTooLarge: {
    zh: "文件有 {size}，超过上限 {limit}，未读取。",
    en: "The file is {size}, over the limit of {limit}; it was not read.",
  },
  browserNoSummary: {
    zh: "浏览器版不能插入汇总表，请复制下方文字或下载工作簿（其中已有“汇总”表）。",
    en: "The browser page cannot insert a summary sheet: copy the text below, or download the workbook (it has a 汇总 sheet).",
  },
  wpsNoWorkbook: {
    zh: "WPS 表格中没有打开的工作簿，请先新建或打开一个。",
    en: "No workbook is open in WPS 表格: create or open one first.",
  },
  notInWps: { zh: "未在 WPS 表格中运行。", en: "Not running inside WPS 表格." },
  wpsNoCellFunctions: {
    zh: "WPS 表格不支持加载项的自定义函数（JIXIAO.*），请用生成的评分表中的原生公式，或“函数”页中标明“原生公式”的写法。",
    en: "WPS add-ins have no custom functions (JIXIAO.*): use the native formulas of the generated workbooks, or those marked “native formula” on the 函数 page.",
  },
  settingsUnreadable: {
    zh: "工作簿中保存的模板无法读取，已忽略：{why}",
    en: "The template kept in the workbook cannot be read and was ignored: {why}",
  },
  browserTemplateUnreadable: {
    zh: "浏览器中保存的模板无法读取，已忽略：{why}",
    en: "The template kept in this browser cannot be read and was ignored: {why}",
  },

  // Survey options (jx survey, jx template --survey, the pane's 满意度 page).
  levelsEntry: {
    zh: "--levels 的“{part}”应写成“选项:分值”，如 非常满意:1。",
    en: '--levels "{part}" should read option:value, e.g. 非常满意:1.',
  },
  levelsNegative: { zh: "--levels 的“{part}”分值为负。", en: '--levels "{part}" has a negative value.' },
  levelsTwice: { zh: "--levels 中“{answer}”出现两次。", en: '--levels names "{answer}" twice.' },
  optionEmpty: { zh: "{option} 为空。", en: "{option} is empty." },
  weightsEntry: { zh: "--weights 的“{entry}”不是非负数。", en: '--weights "{entry}" is not a number of 0 or more.' },
  weightsAllZero: { zh: "--weights 全为 0。", en: "--weights are all 0." },
  optionNotPositive: {
    zh: "{option} 应为正数，收到“{got}”。",
    en: '{option} should be a positive number, got "{got}".',
  },
  scaleByPosition: {
    zh: "答案是选项序号，无法判断量表：请用 --max 7（平均分法）、--levels 或 --satisfied 6,7 说明。",
    en: "The answers are option numbers, so the scale is unknown: give --max 7 (mean), --levels or --satisfied 6,7.",
  },
  meanNeedsMax: {
    zh: "平均分法需要满分等级：请加 --max（如 --max 7）或 --levels。",
    en: "The mean method needs the top level: add --max (e.g. --max 7) or --levels.",
  },
  noMean: { zh: "第 {column} 列无法计算平均分（{code}）。", en: "Column {column}: no mean ({code})." },
  answersOffScale: {
    zh: "第 {column} 列“{question}”的答案 {answers} 不在量表中（{scale}）。",
    en: "Column {column}: the answers {answers} are not on the scale ({scale}).",
  },
  noQuestionOnScale: {
    zh: "没有答案都在量表中的题目（{scale}）：请用 --levels、--satisfied 或 --max 说明量表。",
    en: "No question has all its answers on the scale ({scale}): describe it with --levels, --satisfied or --max.",
  },
  weightsCount: {
    zh: "--weights 给了 {weights} 个权重，题目有 {questions} 个（{columns}）。",
    en: "--weights has {weights} weights for {questions} questions ({columns}).",
  },
  surveyMethod: {
    zh: "--method 应为 weighted、share 或 mean，收到“{got}”。",
    en: '--method should be weighted, share or mean, got "{got}".',
  },
  surveyDigits: {
    zh: "--digits 应为 0 到 9 的整数，收到“{got}”。",
    en: '--digits should be a whole number from 0 to 9, got "{got}".',
  },
  surveyQuestions: {
    zh: "--questions 应写成 7-12 或 7,9,11-12，收到“{got}”。",
    en: '--questions should read 7-12 or 7,9,11-12, got "{got}".',
  },
  surveyNoQuestion: {
    zh: "没有第 {numbers} 题（题目列：{columns}）。",
    en: "No question {numbers} (the question columns: {columns}).",
  },

  // Text files (templates and forms): only UTF-8, or UTF-16 with a byte-order mark.
  encodingMarkWrong: {
    zh: "文件的编码标记与内容不符，无法读取。{save}",
    en: "The file's byte-order mark does not match its content. {save}",
  },
  encodingUtf16Unmarked: {
    zh: "文件像是没有编码标记的 UTF-16，无法确定字节顺序。{save}",
    en: "The file looks like UTF-16 without a byte-order mark. {save}",
  },
  encodingGbk: {
    zh: "文件不是 UTF-8 编码，看来是 GBK/GB18030（Windows 的“ANSI”）。{save}",
    en: 'The file is not UTF-8; it looks like GBK/GB18030 (the Windows "ANSI" code page). {save}',
  },
  encodingNotUtf8: { zh: "文件不是 UTF-8 编码，无法读取。{save}", en: "The file is not UTF-8 text. {save}" },
  saveAsUtf8: {
    zh: "请用记事本或 VS Code 打开，“另存为”时把编码选为 UTF-8，再重新导入。",
    en: "Open it in Notepad or VS Code and Save As with the encoding UTF-8, then try again.",
  },

  // Files jx opens and writes ({why}: these, or OPEN_FAILURES and WRITE_FAILURES by the system's error code).
  fileOverLimit: { zh: "文件超过上限 {limit}", en: "The file is over the limit of {limit}" },
  fileSizeOverLimit: { zh: "文件有 {size}，超过上限 {limit}", en: "The file is {size}, over the limit of {limit}" },
  stdinTerminal: {
    zh: "标准输入是终端：请用管道或重定向（< 文件）提供内容",
    en: "Standard input is a terminal: give the content through a pipe or a redirection (< FILE)",
  },
  stdinOverLimit: { zh: "标准输入超过上限 {limit}", en: "Standard input is over the limit of {limit}" },
  openFailedCode: { zh: "无法打开文件（{code}）", en: "The file cannot be opened ({code})" },
  writeFailedCode: { zh: "无法写入（{code}）", en: "it cannot be written ({code})" },
  fileUnopenable: { zh: "{why}。", en: "{why}." },
  textFileUnreadable: { zh: "无法读取{what} {name}：{why}。", en: "Cannot read the {what} {name}: {why}." },
  textFileUndecodable: { zh: "{what} {name}：{why}", en: "The {what} {name}: {why}" },
  outIsFolder: {
    zh: "{file} 是一个文件夹，请在 --out 中给出文件名。",
    en: "{file} is a folder: give a file name to --out.",
  },
  outNotPlainFile: {
    zh: "{file} 不是普通文件（是设备或管道），未写入。",
    en: "{file} is not a plain file (a device or a pipe); nothing was written.",
  },
  outFolderMissing: { zh: "文件夹 {dir} 不存在。", en: "The folder {dir} does not exist." },
  writeFailed: {
    zh: "无法写入 {file}：{why}，未写入任何内容。",
    en: "Cannot write {file}: {why}; nothing was written.",
  },
  stdoutTerminal: {
    zh: "标准输出是终端，未写入 .xlsx：请重定向到文件（> 文件.xlsx）或接到管道。",
    en: "Standard output is a terminal; the .xlsx was not written: redirect it to a file (> FILE.xlsx) or a pipe.",
  },
  folderUnopenable: { zh: "无法打开文件夹（{code}）。", en: "The folder cannot be opened ({code})." },
  fileCannotOpen: { zh: "无法打开文件（{why}）。", en: "The file cannot be opened ({why})." },
  recheckFile: { zh: "复核文件：{why}", en: "Re-check file: {why}" },
  cannotRead: { zh: "无法读取（{why}）。", en: "Cannot be read ({why})." },
  noXlsxFound: { zh: "{paths} 中没有 .xlsx 文件。", en: "No .xlsx files in {paths}." },

  // Writers that refuse a table the host cannot take (Excel, WPS, the summary sheet).
  hostCannotTake: { zh: "{host} 无法写入{thing}：\n{what}", en: "{host} cannot take {thing}:\n{what}" },
  hostMore: { zh: "…（共 {count} 处）", en: "… ({count} in all)" },
  limitSheetName: {
    zh: "工作表名称“{name}”超过 {limit} 个字符或含有 []:*?/\\",
    en: 'the sheet name "{name}" is over {limit} characters or holds []:*?/\\',
  },
  limitValidationFormula: {
    zh: "{at}：数据验证公式 {length} 个字符，超过 Excel 的 {limit}",
    en: "{at}: validation formula of {length} characters, over Excel's {limit}",
  },
  limitFormula: {
    zh: "{at}：公式 {length} 个字符，超过 Excel 的 {limit}",
    en: "{at}: formula of {length} characters, over Excel's {limit}",
  },
  limitFormulaText: {
    zh: "{at}：公式中的文字 {length} 个字符，超过 Excel 的 {limit}",
    en: "{at}: text of {length} characters inside a formula, over Excel's {limit}",
  },
  limitCellText: {
    zh: "{at}：单元格文字 {length} 个字符，超过 Excel 的 {limit}",
    en: "{at}: cell text of {length} characters, over Excel's {limit}",
  },
  hostBadCells: {
    zh: "WPS 返回的单元格数据不是 {rows}×{cols} 的表格，未读取。",
    en: "WPS gave back cell data that is not {rows}×{cols}; nothing was read.",
  },
  noScoreCell: { zh: "评分表中找不到“{label}”的得分格。", en: 'No score cell for "{label}".' },
  sheetMissing: { zh: "找不到工作表“{sheet}”。", en: 'No sheet named "{sheet}".' },
  chartOnDrawing: {
    zh: "图表无法加入：该工作表已有绘图部件。",
    en: "The chart cannot be added: the sheet already has a drawing.",
  },
  panelChoiceWrong: { zh: "{why}。", en: "{why}." },
  panelOnlyNewSheet: { zh: "专家评分表只写入新工作表。", en: "A panel's sheet goes into a new sheet." },

  // Usage mistakes (jx): printed with the command's help, exit 2.
  unknownCommand: { zh: "未知命令 {command}。", en: "Unknown command {command}." },
  seeHelp: { zh: "运行 {help} 查看用法。", en: "Run {help} for usage." },
  optionUnknown: {
    zh: "jx {command} 没有选项 {option}（可用的选项：{options}）。",
    en: "jx {command} has no option {option} (its options: {options}).",
  },
  argumentUnexpected: {
    zh: "jx {command} 不接受参数“{argument}”。",
    en: 'jx {command} takes no argument "{argument}".',
  },
  optionNeedsValue: { zh: "选项 {option} 后面缺少取值。", en: "The option {option} needs a value after it." },
  optionTakesNoValue: {
    zh: "选项 {option} 不带取值（写 {option}，不写 {option}=…）。",
    en: "The option {option} takes no value (write {option}, not {option}=…).",
  },
  optionValueAmbiguous: {
    zh: "选项 {option} 后面缺少取值，或取值以 - 开头：取值以 - 开头时请写成 {option}=-值。",
    en: "The option {option} is missing its value, or the value starts with -: write {option}=-VALUE for such a value.",
  },
  optionValueWrong: { zh: "选项 {option} 的取值不对。", en: "The value of the option {option} is not right." },
  needsFiles: { zh: "jx {command} 需要至少一个 .xlsx 文件。", en: "jx {command} needs at least one .xlsx file." },
  needsOneFile: { zh: "jx {command} 需要一个 .xlsx 文件。", en: "jx {command} takes one .xlsx file." },
  needsOut: { zh: "jx {command} 需要 --out FILE.xlsx。", en: "jx {command} needs --out FILE.xlsx." },
  noArguments: { zh: "jx {command} 不接受参数 {args}。", en: "jx {command} takes no arguments ({args})." },
  exportUsage: { zh: "用法：jx export FILE.xlsx --out TREE.json。", en: "Usage: jx export FILE.xlsx --out TREE.json." },
  eitherOption: { zh: "{a} 与 {b} 只能选一个。", en: "Give {a} or {b}, not both." },
  neitherOption: { zh: "jx {command} 需要 {a} 或 {b} 之一。", en: "Give either {a} or {b}." },
  optionGoesWith: { zh: "{option} 需与 {with} 一起使用。", en: "{option} goes with {with}." },
  stdinOnce: {
    zh: "标准输入只能读取一次：只能有一个输入写作 -。",
    en: "Standard input can be read only once: give - for one input only.",
  },
  stdoutTwice: {
    zh: "--out - 与 --json 都要写到标准输出，只能选一个。",
    en: "--out - and --json would both write to standard output: use one.",
  },
  outExists: {
    zh: "{file} 已存在，未覆盖；如需覆盖请加 --overwrite。",
    en: "{file} exists and was left as it is: add --overwrite to replace it.",
  },
  outNotXlsx: { zh: "--out 应为 .xlsx 文件：{out}。", en: "--out must name an .xlsx file: {out}." },
  unknownPreset: {
    zh: "没有预设 {preset}；可用：{presets}（jx presets 查看）。",
    en: "Unknown preset {preset}; there are: {presets} (see jx presets).",
  },
  unknownFormPreset: {
    zh: "没有自评表预设 {preset}；可用：{presets}。",
    en: "Unknown form preset {preset}; there are: {presets}.",
  },
  unknownGradeScheme: {
    zh: "没有等级方案 {scheme}；可用：{schemes}。",
    en: "Unknown grade scheme {scheme}; there are: {schemes}.",
  },
  gradesUnreadable: {
    zh: '没有等级方案“{value}”：可用 {schemes}，或直接写出，如 --grades "优秀:90,良好:75,合格:60,不合格"。',
    en: 'Unknown grade scheme "{value}": use one of {schemes}, or write the bands, e.g. --grades "优秀:90,良好:75,合格:60,不合格".',
  },
  sampleShare: {
    zh: "抽样比例“{got}”无效：写成 20% 或 0.2（大于 0，不超过 100%）。",
    en: 'The share "{got}" must be like 20% or 0.2, above 0 and at most 100%.',
  },
  sampleSeed: {
    zh: "随机种子“{got}”无效：应为 0 到 4294967295 的整数。",
    en: 'The seed "{got}" must be a whole number from 0 to 4294967295.',
  },
  reviewNeedsPaths: {
    zh: "jx review 需要至少一个 .xlsx 文件或文件夹。",
    en: "jx review takes .xlsx files or folders.",
  },
  recheckNeedsPaths: {
    zh: "--recheck 后应写复核文件或文件夹。",
    en: "--recheck takes the re-scored files or folders.",
  },
  thresholdInvalid: {
    zh: "差异阈值“{got}”无效：应为大于 0 的分数，如 10。",
    en: 'The threshold "{got}" must be a number of points above 0, e.g. 10.',
  },
  expertsCount: {
    zh: "--experts 应为 2 到 30 的整数，收到“{got}”。",
    en: '--experts should be a whole number from 2 to 30, got "{got}".',
  },
  panelMethod: {
    zh: "--panel 应为 mean 或 trimmed，收到“{got}”。",
    en: '--panel should be mean or trimmed, got "{got}".',
  },
  panelTrimmedFew: {
    zh: "去掉最高最低分的平均需要至少 {min} 位专家，现有 {experts} 位。",
    en: "A trimmed mean needs at least {min} experts, got {experts}.",
  },
  panelSpread: {
    zh: "--spread 应为 0 到 100% 之间，如 20%，收到“{got}”。",
    en: '--spread should be a share from 0 to 100 %, e.g. 20%, got "{got}".',
  },
  panelNeedsFiles: { zh: "jx panel 需要至少两位专家的评分表文件。", en: "jx panel takes at least two experts' files." },
  surveyLeafNone: { zh: "没有名为“{name}”的末级指标。", en: 'No leaf is named "{name}".' },
  surveyLeafSeveral: { zh: "有多个名为“{name}”的末级指标。", en: 'Several leaves are named "{name}".' },
  surveyNeedsLeaf: {
    zh: "--survey 需要 --survey-leaf 指明满意度指标。",
    en: "--survey needs --survey-leaf to name the satisfaction leaf.",
  },
  surveyFile: { zh: "--survey {file}：{why}", en: "--survey {file}: {why}" },
  fnNeedsName: { zh: "jx fn 需要函数名。", en: "jx fn needs a function name." },
  fnUnknown: { zh: "没有名为 {name} 的函数；可用：{names}。", en: "No function named {name}; there are: {names}." },
  fnTooMany: {
    zh: "{name} 最多接受 {count} 个参数：{signature}。",
    en: "{name} takes at most {count} arguments: {signature}.",
  },
} as const satisfies Record<string, Words>;

export type RefusalReason = keyof typeof REFUSALS;

/**
 * Notes a person reads beside the figures: what a reader understood (`jx score --explain`, the pane's 读取说明),
 * how a value was taken, check verdicts, the panel's comparisons and the review's sentences.
 */
export const NOTES = {
  // How a form was scored.
  noRulesNamed: {
    zh: "工作簿未写明计分规则，按 2020 年版（{source}）计分。",
    en: "The workbook names no rule set: scored by the 2020 rules ({source}).",
  },
  actualBlank: { zh: "实际完成值未填写", en: "the actual value is blank" },
  // How a form's values were read.
  valueWithPercentUnit: {
    zh: "{at}：值 {value}、单位 % 读作 {value}%",
    en: "{at}: value {value} with unit % read as {value}%",
  },
  atCell: { zh: "{at}：{what}", en: "{at}: {what}" },
  actualAsTargetPercent: {
    zh: "实际完成值 {value} 未写单位，按目标的 % 读作 {value}%",
    en: "the actual {value} has no unit: read as {value}% after its target",
  },
  actualAsFraction: {
    zh: "实际完成值 {value} 未写单位，按小数读作 {percent}%",
    en: "the actual {value} has no unit: read as the fraction {percent}%",
  },
  actualUnitUnknown: {
    zh: "实际完成值 {value} 未写单位，可能是 {value}% 也可能是 {hundredfold}%，需人工确认",
    en: "the actual {value} has no unit: {value}% or {hundredfold}%? A person must say",
  },
  // How a scoring table was read.
  headingsMoved: {
    zh: "第 {row} 行起表头的列位置改变，按新表头读取",
    en: "from row {row} the headings stand in other columns: read by them",
  },
  leafSpansRows: {
    zh: "{name} 占多行，各行得分相加（含本行 {score}）",
    en: "{name} spans several rows: their scores are added (this row {score})",
  },
  onlyChildTakesWeight: {
    zh: "{child} 是 {parent} 的唯一下级，未印分值，取上级分值 {weight}",
    en: "{child} is the only child of {parent}: it takes its weight {weight}",
  },
  notInAnyPlace: {
    zh: "不在任何指标的权重或得分位置，未读取",
    en: "not in any indicator's weight or score place; not read",
  },
  scoreColumnAsked: {
    zh: "按 --score-column 取“{heading}”列（{column} 列）",
    en: '"{heading}" (column {column}) as asked by --score-column',
  },
  scoreColumnMissing: { zh: "没有名为“{wanted}”的得分列（有：{columns}）", en: 'no score column "{wanted}"' },
  scoreColumnChosen: {
    zh: "有 {count} 个得分列，按“复核得分 > 评价/专家得分 > 得分 > 自评得分，同级取最右”取“{heading}”（{column} 列），未用 {others}；可用 --score-column 指定",
    en: '{count} score columns: took "{heading}" (column {column}) by the rule review > evaluator > plain > self-assessment, rightmost among equals; choose another with --score-column',
  },
  // Check verdicts.
  weightsConsistent: {
    zh: "权重一致：{top} 个一级指标、{leaves} 个末级指标",
    en: "weights consistent: {top} top-level indicators, {leaves} leaves",
  },
  formPointsSum: { zh: "自评表分值合计 100：{rows} 个绩效指标", en: "form points sum to 100: {rows} indicators" },
  goalTableRows: {
    zh: "绩效目标表：{rows} 个指标，无分值可校验",
    en: "goal table: {rows} indicators, no points to check",
  },
  // Expert panels: two experts' tables compared, and the choice of experts.
  missingInOther: { zh: "“{label}”在另一份中没有", en: '"{label}" is missing from the other file' },
  extraInOther: { zh: "另一份多出“{label}”", en: 'the other file has an extra "{label}"' },
  namesDiffer: { zh: "指标名称不同：“{a}” ≠ “{b}”", en: 'indicator names differ: "{a}" vs "{b}"' },
  weightsDiffer: { zh: "“{label}”的分值不同：{a} ≠ {b}", en: '"{label}": weights differ, {a} vs {b}' },
  blankWeight: { zh: "（空）", en: "blank" },
  expertsCount: {
    zh: "专家人数应为 0（不设专家列）或 2 到 {max} 的整数",
    en: "the number of experts should be 0 (none) or a whole number from 2 to {max}",
  },
  trimmedNeedsExperts: {
    zh: "去掉最高最低分的平均需要至少 {min} 位专家，现有 {experts} 位",
    en: "a trimmed mean needs at least {min} experts, got {experts}",
  },
  trimmedMean: { zh: "去掉最高分和最低分后的平均分", en: "trimmed mean" },
  plainMean: { zh: "平均分", en: "mean" },
  // What the reader understood (--explain).
  bandsFromOption: { zh: "按命令行指定的等级方案", en: "grade bands as given on the command line" },
  bandsFromSettings: { zh: "按工作簿设置中的等级方案", en: "grade bands from the workbook's settings" },
  bandsFromNote: { zh: "按表下注释中的等级标准", en: "grade bands stated in the note under the table" },
  bandsDefault: { zh: "按默认等级（90 优、80 良、60 中）", en: "default bands (90 / 80 / 60)" },
  bandsLine: { zh: "{source}：{bands}", en: "{source}: {bands}" },
  panelNoScoreYet: { zh: "尚无可核对的专家组得分", en: "no panel score to check yet" },
  panelTrimmedChecked: {
    zh: "得分为去掉最高分和最低分后的平均分，逐项核对",
    en: "得分 is their trimmed mean, checked leaf by leaf",
  },
  panelMeanChecked: { zh: "得分为专家组平均分，逐项核对", en: "得分 is their mean, checked leaf by leaf" },
  panelSheet: {
    zh: "专家评分表：{experts} 位专家（{columns} 列），{scored} 位已评分；{how}",
    en: "a panel's sheet: {experts} experts (columns {columns}), {scored} of them scored; {how}",
  },
  headingsAt: {
    zh: "表头在第 {heading} 行，指标从第 {data} 行起",
    en: "headings on row {heading}, indicators from row {data}",
  },
  column: { zh: "{letters} 列", en: "column {letters}" },
  noColumn: { zh: "—", en: "none" },
  weightsInNames: { zh: "写在名称中或无", en: "the names or none" },
  levelColumns: {
    zh: "第 {level} 级（“{heading}”）：名称 {names}，分值 {weights}",
    en: 'level {level} ("{heading}"): names in {names}, weights in {weights}',
  },
  scoresColumn: { zh: "得分：{column}", en: "scores: {column}" },
  scoresColumnBy: { zh: "得分：{column}（{rule}）", en: "scores: {column} ({rule})" },
  ratesChecked: {
    zh: "得分率：{column}，逐项与 得分÷分值 核对",
    en: "rates: {column}, each checked against score ÷ weight",
  },
  topLevelSum: { zh: "一级指标权重应合计 {total}", en: "the top level must sum to {total}" },
  rowSkipped: { zh: "第 {row} 行：{why}，不作为指标", en: "row {row}: {why}, not an indicator" },
  scoresMissing: {
    zh: "{count} 个指标缺少得分：合计不完整，暂不评定等级",
    en: "{count} indicator(s) without a score: the total is incomplete and no grade is given",
  },
  formScoredBy: {
    zh: "项目支出绩效自评表：按 {rules} 年版（{source}）逐行计分",
    en: "a self-evaluation form, scored row by row by the {rules} rules ({source})",
  },
  goalTableRead: { zh: "绩效目标表：逐行计算完成率", en: "a goal table: each row's completion" },
  itemsUnscored: {
    zh: "{count} 项无法计分：总分不完整，暂不评定等级",
    en: "{count} item(s) cannot be scored: the total is incomplete and no grade is given",
  },
  fundsSheet: { zh: "自评基础数据表", en: "a funds sheet (自评基础数据表)" },
  // The portfolio review's sentences.
  sampleDrawn: {
    zh: "抽取 {count} 个项目复核，占项目总数的 {projects}、资金的 {funds}。",
    en: "{count} project(s) drawn for re-scoring: {projects} of the projects, {funds} of the funds.",
  },
  recheckDone: {
    zh: "抽查复核 {count} 个项目，占项目总数的 {projects}、资金的 {funds}；其中 {far} 个项目复核得分与自评得分相差 {threshold} 分以上，{changed} 个项目等级发生变化。",
    en: "{count} project(s) re-scored: {projects} of the projects, {funds} of the funds; in {far} the re-score differs from the self-evaluation by {threshold} points or more, in {changed} the grade changed.",
  },
  recheckPair: {
    zh: "{name}：自评 {before} 分（{beforeGrade}），复核 {after} 分（{afterGrade}），相差 {diff} 分。",
    en: "{name}: self-evaluated {before} ({beforeGrade}), re-scored {after} ({afterGrade}), difference {diff}.",
  },
  noGrade: { zh: "未评定", en: "no grade" },
  recheckUnmatched: {
    zh: "{count} 份复核文件找不到对应的项目（按项目名称与主管部门、或文件名匹配）：{files}。",
    en: "{count} re-scored cop(ies) match no project (by 项目名称 and 主管部门, or by file name): {files}.",
  },
} as const satisfies Record<string, Words>;

export type NoteReason = keyof typeof NOTES;

/** The words of a note in the catalogue, filled in both languages. */
export function noteWords<R extends NoteReason>(reason: R, ...[params]: ArgsOf<(typeof NOTES)[R]>): Words {
  const values: WordParams = params ?? {};
  return { zh: fillWords(NOTES[reason].zh, values, "zh"), en: fillWords(NOTES[reason].en, values, "en") };
}

/** Why a file could not be opened, by the system's error code (the {why} of a refusal). */
export const OPEN_FAILURES: Readonly<Record<string, Words>> = {
  ENOENT: { zh: "找不到文件", en: "No such file" },
  EISDIR: { zh: "这是一个文件夹，不是文件", en: "This is a folder, not a file" },
  EACCES: { zh: "没有读取权限", en: "Permission denied" },
  EPERM: { zh: "没有读取权限", en: "Permission denied" },
  ENAMETOOLONG: { zh: "文件名太长", en: "The file name is too long" },
};

/** Why a file could not be written, by the system's error code (the {why} of `writeFailed`). */
export const WRITE_FAILURES: Readonly<Record<string, Words>> = {
  ENOSPC: { zh: "磁盘已满", en: "the disk is full" },
  EDQUOT: { zh: "磁盘配额已用完", en: "the disk quota is used up" },
  EACCES: { zh: "没有写入权限", en: "permission denied" },
  EPERM: { zh: "没有写入权限", en: "permission denied" },
  EROFS: { zh: "该位置只读", en: "the place is read-only" },
  ENAMETOOLONG: { zh: "文件名太长", en: "the file name is too long" },
  EISDIR: { zh: "这是一个文件夹", en: "it is a folder" },
  ENOENT: { zh: "文件夹不存在", en: "the folder does not exist" },
  ENOTDIR: { zh: "路径中有一段不是文件夹", en: "part of the path is not a folder" },
  EBUSY: {
    zh: "文件正被其他程序占用（如 Excel），请先关闭",
    en: "the file is open in another program (such as Excel): close it first",
  },
};

/** Words as `jx` and a one-line list give them: Chinese, then English, one space between. */
export function inBoth(words: Words): string {
  return `${words.zh} ${words.en}`;
}

/** The words of a refusal in the catalogue, filled in both languages. */
export function refusalWords<R extends RefusalReason>(reason: R, ...[params]: ArgsOf<(typeof REFUSALS)[R]>): Words {
  const values: WordParams = params ?? {};
  return { zh: fillWords(REFUSALS[reason].zh, values, "zh"), en: fillWords(REFUSALS[reason].en, values, "en") };
}

/** A refusal a person reads, in both languages: the pane shows the chosen one, `jx` prints both. */
export class Refused extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(inBoth({ zh, en }));
  }

  /** The refusal of that reason in the catalogue, its words filled in both languages. */
  static because<T extends Refused, R extends RefusalReason>(
    this: new (zh: string, en: string) => T,
    reason: R,
    ...args: ArgsOf<(typeof REFUSALS)[R]>
  ): T {
    const words = refusalWords(reason, ...args);
    return new this(words.zh, words.en);
  }

  /** Words already filled (a refusal passed on from another part, such as a sampling or encoding problem). */
  static of<T extends Refused>(this: new (zh: string, en: string) => T, words: Words): T {
    return new this(words.zh, words.en);
  }
}
