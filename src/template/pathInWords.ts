import type { Lang } from "../messages";

const FIELDS: Readonly<Record<string, readonly [string, string]>> = {
  format: ["格式", "format"],
  version: ["版本", "version"],
  title: ["标题", "title"],
  total: ["满分", "total"],
  grades: ["等级", "grades"],
  label: ["等级名称", "label"],
  min: ["下限", "lower bound"],
  decimals: ["小数位", "decimals"],
  indicators: ["指标", "indicators"],
  children: ["下级指标", "children"],
  name: ["名称", "name"],
  code: ["编号", "code"],
  weight: ["分值", "weight"],
  score: ["得分", "score"],
  notApplicable: ["不适用", "not applicable"],
  criteria: ["评分标准", "scoring criteria"],
  explanation: ["指标解释", "explanation"],
  project: ["项目信息", "project"],
  department: ["主管部门", "department"],
  unit: ["实施单位", "implementing unit"],
  year: ["评价年度", "year"],
  funds: ["项目资金", "funds"],
  rows: ["资金行", "funds rows"],
  initial: ["年初预算数", "initial budget"],
  annual: ["全年预算数", "full-year budget"],
  executed: ["全年执行数", "spent"],
  level1: ["一级指标", "level 1"],
  level2: ["二级指标", "level 2"],
  target: ["年度指标值", "target"],
  actual: ["实际完成值", "actual value"],
  band: ["完成档次", "band"],
  factor: ["系数", "factor"],
  reason: ["偏差原因", "reason for the gap"],
  goals: ["绩效目标", "goals"],
};

/**
 * A JSON path as a person reads it: `/indicators/0/children/2/weight` → 第 1 个指标 › 第 3 个下级指标 › 分值
 * (top-level indicator 1 › child 3 › weight). Anything else (a line and column, a cell) is returned as it is.
 */
export function pathInWords(at: string, lang: Lang): string {
  if (!at.startsWith("/")) return lang === "en" ? at.replace(/^第 (\d+) 行第 (\d+) 列$/, "line $1, column $2") : at;
  const parts = at.split("/").filter((p) => p !== "");
  if (parts.length === 0) return lang === "en" ? "the file" : "文件";
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const field = FIELDS[part];
    const next = parts[i + 1];
    if (field && next !== undefined && /^\d+$/.test(next)) {
      const n = Number(next) + 1;
      out.push(lang === "en" ? `${field[1]} ${n}` : `第 ${n} 个${field[0]}`);
      i++;
    } else
      out.push(
        field
          ? field[lang === "en" ? 1 : 0]
          : /^\d+$/.test(part)
            ? lang === "en"
              ? `item ${Number(part) + 1}`
              : `第 ${Number(part) + 1} 项`
            : part,
      );
  }
  return out.join(" › ");
}
