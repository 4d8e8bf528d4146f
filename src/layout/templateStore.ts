import { Refused } from "../messages";
import { pathInWords } from "../template/pathInWords";
import { readTemplate } from "../template/readTemplate";
import type { Problem } from "../tree/checkTree";
import type { Template } from "../kinds/table/model";
import { SETTINGS_SHEET } from "./workbook";

/**
 * The one place a workbook keeps the pane's template: the hidden settings sheet every door can write and read
 * (exceljs, Office.js, WPS). A1 holds the settings the readers read; A2 this mark and the number of parts;
 * A3… the template's JSON, cut into parts a cell holds.
 */
export const TEMPLATE_MARK = "jixiao-template:v1";
/** Characters of JSON a part holds (a cell takes 32,767). */
const TEMPLATE_PART = 32000;
/** Where the mark is: the settings sheet's A2, 0-based. */
export const TEMPLATE_AT = { sheet: SETTINGS_SHEET, row: 1, col: 0 } as const;

/** The template as the column below the settings: the mark and the number of parts, then the JSON in parts; blanks clear older parts. */
export function templateCells(template: Template, oldParts = 0): string[][] {
  const json = JSON.stringify(template);
  const parts: string[] = [];
  for (let i = 0; i < json.length; i += TEMPLATE_PART) parts.push(json.slice(i, i + TEMPLATE_PART));
  const rows = [`${TEMPLATE_MARK} ${parts.length}`, ...parts];
  while (rows.length < oldParts + 1) rows.push("");
  return rows.map((r) => [r]);
}

/** How many parts the mark in A2 announces; 0 when A2 holds no mark (no template kept). */
export function templateParts(mark: unknown): number {
  const m = typeof mark === "string" ? new RegExp(`^${TEMPLATE_MARK} (\\d+)$`).exec(mark) : null;
  return m ? Number(m[1]) : 0;
}

/** Up to three problems in one language, and how many there are in all. */
function problemsIn(problems: readonly Problem[], lang: "zh" | "en"): string {
  const shown = problems
    .slice(0, 3)
    .map((p) => (lang === "zh" ? `${pathInWords(p.at, lang)}：${p.message}` : `${pathInWords(p.at, lang)}: ${p.en}`));
  const more =
    problems.length > 3 ? (lang === "zh" ? `（共 ${problems.length} 处）` : ` (${problems.length} in all)`) : "";
  return `${shown.join(lang === "zh" ? "；" : "; ")}${more}`;
}

/**
 * The template kept as JSON text (the parts joined, an older workbook's custom XML part, or the browser page's
 * draft), read as a template file is. A damaged one is refused with its problems, never taken for no template.
 */
export function keptTemplate(
  text: string,
  kept: "settingsUnreadable" | "browserTemplateUnreadable" = "settingsUnreadable",
): Template {
  const reading = readTemplate(text);
  if (reading.template) return reading.template;
  throw Refused.because(kept, {
    why: { zh: problemsIn(reading.problems, "zh"), en: problemsIn(reading.problems, "en") },
  });
}
