/**
 * Native-formula equivalents of some cell functions, for spreadsheets without the custom-functions runtime
 * (WPS 表格): each gives the same result as one of the function's own examples, with the arguments written in.
 * Only the simple rules have one (ratio, cap, deduction, bands, grade); the rest need the functions or `jx`.
 * Unlike the functions they do not compare at 9 decimals, so a value on a boundary may differ by rounding.
 */
export interface NativeFormula {
  /** The function's example this formula matches. */
  readonly jixiao: string;
  readonly formula: string;
  readonly result: string;
  /** What the rule is, Chinese first. */
  readonly kind: string;
}

export const NATIVE_FORMULAS: Readonly<Record<string, NativeFormula>> = {
  SCORERATE: { kind: "比例 / ratio", jixiao: "=JIXIAO.SCORERATE(12,15)", formula: "=12/15", result: "0.8" },
  EXECRATE: {
    kind: "比例封顶 / capped ratio",
    jixiao: "=JIXIAO.EXECRATE(109805.66,135528.71,3,1)",
    formula: "=ROUND(MIN(109805.66/135528.71,1)*3,1)",
    result: "2.4",
  },
  DEDUCT: { kind: "扣分 / deduction", jixiao: "=JIXIAO.DEDUCT(4,3)", formula: "=MAX(4-3*1,0)", result: "1" },
  TIER: {
    kind: "分档 / bands",
    jixiao: '=JIXIAO.TIER(0.05,{">0","10%","20%","50%"},{0.5,1,2,3})',
    formula: "=IF(0.05>=50%,3,IF(0.05>=20%,2,IF(0.05>=10%,1,IF(0.05>0,0.5,0))))",
    result: "0.5",
  },
  GRADE: {
    kind: "等级 / grade",
    jixiao: "=JIXIAO.GRADE(91.3)",
    formula: '=IF(91.3>=90,"优",IF(91.3>=80,"良",IF(91.3>=60,"中","差")))',
    result: "优",
  },
};

export const NATIVE_LABEL = "原生公式（WPS 可用）/ native formula (works in WPS)";
