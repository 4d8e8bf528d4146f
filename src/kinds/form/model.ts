import type { GradeBand } from "../../grades";
import type { FundsDetail } from "./fundsDetail";
import type { ScoringRules } from "./scoringRules";

/** 年度指标值 as budget systems store it: 符号 / 值 / 单位; 定性 for a qualitative target written as text. */
export interface StoredTarget {
  symbol: ">=" | "<=" | "=" | "定性";
  value?: number;
  unit?: string;
  /** The target's words for a qualitative target (应保尽保, 有所提升). */
  text?: string;
}

/** The words a form's 完成档次 may hold: the 2020 names, then the 2021 guide's. */
export const BAND_WORDS = ["达成", "部分达成", "未达成", "基本达成目标", "部分实现目标", "实现目标程度较低"] as const;
export type QualitativeBandWord = (typeof BAND_WORDS)[number];

/** One row of 绩效指标: 一级 / 二级 / 三级指标, target, actual, points, and the person's judgement where needed. */
export interface FormIndicator {
  level1: string;
  level2: string;
  name: string;
  /** As written in goal tables ("≥90%", "3个工作日内") or as 符号/值/单位. */
  target: string | StoredTarget;
  /** 实际完成值: a number (a fraction for %) or the words of a qualitative result. */
  actual?: number | string;
  weight: number;
  /** For a qualitative row: 达成 / 部分达成 / 未达成 (in the 2021 words 基本达成目标 / 部分实现目标 / 实现目标程度较低) and the factor chosen within the band. */
  band?: QualitativeBandWord;
  factor?: number;
  /** 偏差原因分析及改进措施. */
  reason?: string;
}

/** 项目资金: a row of the funds table (万元). */
export interface FundsRow {
  label: string;
  initial?: number;
  annual?: number;
  executed?: number;
}

/** A 项目支出绩效自评表 (the national layout). */
export interface SelfEvalForm {
  format: "jixiao-selfeval";
  version: 1;
  title?: string;
  /** The rule set the form is scored by: 财预〔2020〕10号 ("2020", the default) or 财预〔2021〕101号 ("2021"). */
  scoring?: ScoringRules;
  project: { name: string; department?: string; unit?: string; year?: string | number };
  /**
   * 预算执行率 is worth `weight` points (10): under 2020 执行率 × weight, capped; under 2021 in bands, for
   * which `completed` (项目已完成) says whether the project was completed.
   */
  funds: { weight: number; rows: FundsRow[]; completed?: boolean };
  goals?: { expected?: string; actual?: string };
  /** The 自评基础数据表 (期初预算数 … 实际支出 by 市本级 and 县区), written as a second sheet when given. */
  fundsDetail?: FundsDetail;
  indicators: FormIndicator[];
  grades?: GradeBand[];
  decimals?: { score?: number; total?: number };
}

export const QUALITATIVE = "定性";
