import { parseTarget } from "../../targets/parseTarget";
import type { FormReading } from "./read";
import { storedText } from "./targetOf";

/** A target a reviewer would send back: where, what is wrong, and a rewording to suggest. */
export interface AuditFinding {
  readonly cell: string;
  readonly indicator: string;
  readonly target: string;
  readonly kind: "noNumber" | "noUnit" | "vague" | "relative" | "blank" | "restated";
  readonly message: string;
  readonly suggestion: string;
}

const VAGUE = /(明显|显著|有所提升|有所提高|有所改善|有所增加|进一步完善|进一步提高|进一步加强|进一步提升|稳步提高|稳步提升|适度提高|逐步|较好|良好|基本|大幅|持续|不断|有效)/;
const RELATIVE = /(上年|上一年|去年|同比|较上|比上|往年|历年)/;
// 二级指标 where a number is expected (数量、质量、时效、成本、满意度).
const QUANTITATIVE = /(数量|质量|时效|成本|满意度)/;

function suggestFor(kind: AuditFinding["kind"], name: string): string {
  switch (kind) {
    case "noNumber":
      return /率|比例|覆盖/.test(name) ? "写成数值目标，如“≥95%”" : /时|期|日/.test(name) ? "写明期限，如“≤30日”或“2024年12月31日前”" : "写成数值和单位，如“≥1000人”“≥95%”";
    case "vague":
      return "用数值代替程度词，如“较上年提高5%（上年为 X）”或“≥90%”";
    case "relative":
      return "写明上年的数值，如“≥579元/月（上年 551 元/月）”";
    case "noUnit":
      return "补充单位，如“人”“户”“个”“%”“元/月”";
    case "blank":
      return "填写年度指标值，如“≥95%”“≥1000人”“2024年12月31日前”";
    case "restated":
      return "填写实际达到的数值，如“96.2%”“1050人”，不要照抄目标";
  }
}

/**
 * Lists the targets that cannot be measured, as a reviewer does before accepting a form: no number where
 * one is expected, a number with no unit, vague words in a quantitative row, a relative target with no
 * prior value — each with its cell and a suggested rewording.
 */
export function auditTargets(reading: FormReading): AuditFinding[] {
  const findings: AuditFinding[] = [];
  reading.form.indicators.forEach((row, i) => {
    const cell = reading.cells[i].target;
    const text = typeof row.target === "string" ? row.target : row.target.symbol === "定性" ? (row.target.text ?? "") : storedText(row.target);
    const unitGiven = typeof row.target === "string" ? null : (row.target.unit ?? "");
    const parsed = typeof row.target === "string" ? parseTarget(row.target) : null;
    const quantitativeRow = QUANTITATIVE.test(row.level2) || QUANTITATIVE.test(row.level1);
    const add = (kind: AuditFinding["kind"], message: string) => findings.push({ cell, indicator: row.name, target: text, kind, message, suggestion: suggestFor(kind, row.name) });
    const hasNumber = /\d/.test(text);
    if (text.trim() === "" || text === "（空）") {
      add("blank", "年度指标值为空，无法衡量");
      return;
    }
    const actual = typeof row.actual === "string" ? row.actual.replace(/\s+/g, "") : "";
    if (actual !== "" && /^[≥≤>=<＞＜]|以上$|以内$|不低于|不高于|不超过/.test(actual) && (actual === text.replace(/\s+/g, "") || /^[≥≤>=<＞＜]/.test(actual))) {
      findings.push({ cell: reading.cells[i].actual, indicator: row.name, target: text, kind: "restated", message: `实际完成值“${row.actual}”只重复了目标的写法，没有写出实际数值`, suggestion: suggestFor("restated", row.name) });
    }
    // A rate row (…率, 比例) expects a number whatever its 二级指标; words like 有效 or 持续 beside a number are not vague.
    const measurable = parsed?.kind === "quantity" || parsed?.kind === "date" || (typeof row.target !== "string" && row.target.symbol !== "定性");
    const rateRow = /率|比例/.test(row.name);
    if (RELATIVE.test(text) && !/\d/.test(text.replace(RELATIVE, ""))) {
      add("relative", `相对目标“${text}”没有给出上年的数值，无法衡量`);
      return;
    }
    if ((quantitativeRow || rateRow) && VAGUE.test(text) && !measurable) {
      add("vague", `定量指标使用了模糊的程度词“${VAGUE.exec(text)?.[0] ?? ""}”：“${text}”`);
      return;
    }
    if ((quantitativeRow || rateRow) && !hasNumber && !/应保尽保|应补尽补|全覆盖|零/.test(text)) {
      add("noNumber", `${row.level2}应有数值，目标“${text}”没有数字`);
      return;
    }
    const unit = unitGiven ?? (parsed?.kind === "quantity" ? parsed.unit : null);
    if (hasNumber && unit === "" && parsed?.kind !== "date") add("noUnit", `目标“${text}”有数字没有单位`);
  });
  return findings;
}
