import { AUDIT_FINDINGS, AUDIT_SUGGESTIONS, fillWords, type WordParams, type Words } from "../../messages";
import { parseTarget } from "../../targets/parseTarget";
import { problem, type Problem } from "../../tree/checkTree";
import type { FormReading } from "./read";
import { storedText } from "./targetOf";

/** A target a reviewer would send back: where, what is wrong, and a rewording to suggest. */
export interface AuditFinding {
  readonly cell: string;
  readonly indicator: string;
  readonly target: string;
  readonly kind: "noNumber" | "noUnit" | "vague" | "relative" | "blank" | "restated";
  /** What is wrong, in Chinese and English. */
  readonly message: string;
  readonly en: string;
  /** A rewording to suggest, in Chinese and English. */
  readonly suggestion: string;
  readonly suggestionEn: string;
}

/** A finding as a problem at its cell: the row's name and what is wrong, in both languages. */
export function auditProblem(f: AuditFinding): Problem {
  return problem(f.cell, "targetUnmeasurable", { name: f.indicator, why: { zh: f.message, en: f.en } });
}

const VAGUE =
  /(明显|显著|有所提升|有所提高|有所改善|有所增加|进一步完善|进一步提高|进一步加强|进一步提升|稳步提高|稳步提升|适度提高|逐步|较好|良好|基本|大幅|持续|不断|有效)/;
const RELATIVE = /(上年|上一年|去年|同比|较上|比上|往年|历年)/;
// 二级指标 where a number is expected (数量、质量、时效、成本、满意度).
const QUANTITATIVE = /(数量|质量|时效|成本|满意度)/;

function suggestFor(kind: AuditFinding["kind"], name: string): Words {
  if (kind !== "noNumber") return AUDIT_SUGGESTIONS[kind];
  return AUDIT_SUGGESTIONS[/率|比例|覆盖/.test(name) ? "rate" : /时|期|日/.test(name) ? "deadline" : "quantity"];
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
    const text =
      typeof row.target === "string"
        ? row.target
        : row.target.symbol === "定性"
          ? (row.target.text ?? "")
          : storedText(row.target);
    const unitGiven = typeof row.target === "string" ? null : (row.target.unit ?? "");
    const parsed = typeof row.target === "string" ? parseTarget(row.target) : null;
    const quantitativeRow = QUANTITATIVE.test(row.level2) || QUANTITATIVE.test(row.level1);
    const add = (kind: AuditFinding["kind"], params: WordParams = {}, at = cell) => {
      const why = AUDIT_FINDINGS[kind];
      const suggestion = suggestFor(kind, row.name);
      findings.push({
        cell: at,
        indicator: row.name,
        target: text,
        kind,
        message: fillWords(why.zh, params, "zh"),
        en: fillWords(why.en, params, "en"),
        suggestion: suggestion.zh,
        suggestionEn: suggestion.en,
      });
    };
    const hasNumber = /\d/.test(text);
    if (text.trim() === "" || text === "（空）") {
      add("blank");
      return;
    }
    const actual = typeof row.actual === "string" ? row.actual.replace(/\s+/g, "") : "";
    if (
      actual !== "" &&
      /^[≥≤>=<＞＜]|以上$|以内$|不低于|不高于|不超过/.test(actual) &&
      (actual === text.replace(/\s+/g, "") || /^[≥≤>=<＞＜]/.test(actual))
    ) {
      add("restated", { actual: String(row.actual) }, reading.cells[i].actual);
    }
    // A rate row (…率, 比例) expects a number whatever its 二级指标; words like 有效 or 持续 beside a number are not vague.
    const measurable =
      parsed?.kind === "quantity" ||
      parsed?.kind === "date" ||
      (typeof row.target !== "string" && row.target.symbol !== "定性");
    const rateRow = /率|比例/.test(row.name);
    if (RELATIVE.test(text) && !/\d/.test(text.replace(RELATIVE, ""))) {
      add("relative", { target: text });
      return;
    }
    if ((quantitativeRow || rateRow) && VAGUE.test(text) && !measurable) {
      add("vague", { word: VAGUE.exec(text)?.[0] ?? "", target: text });
      return;
    }
    if ((quantitativeRow || rateRow) && !hasNumber && !/应保尽保|应补尽补|全覆盖|零/.test(text)) {
      add("noNumber", { level2: row.level2, target: text });
      return;
    }
    const unit = unitGiven ?? (parsed?.kind === "quantity" ? parsed.unit : null);
    if (hasNumber && unit === "" && parsed?.kind !== "date") add("noUnit", { target: text });
  });
  return findings;
}
