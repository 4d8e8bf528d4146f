import type { Problem } from "../../src/tree/checkTree";
import type { Lang } from "../i18n";
import { pathInWords } from "../../src/template/pathInWords";

export { pathInWords };

/** English names of the presets and grade schemes the pane lists (the Chinese titles come from the core). */
export const TITLES_EN: Readonly<Record<string, string>> = {
  "national-2020": "Project expenditure evaluation framework (MoF 2020 No. 10, annex 2, reference weights)",
  "self-eval": "Unit self-evaluation (execution 10 / outputs 50 / effects 30 / satisfaction 10)",
  "self-eval-2021":
    "Unit self-evaluation, 2021 edition (execution 10 / cost 20 / outputs 40 / effects 20 / satisfaction 10)",
  "guangdong-2022":
    "Guangdong provincial special funds, four levels (inputs 20 / process 20 / outputs 30 / effects 30)",
  "meizhou-2021":
    "Meizhou key expenditure projects, four levels (decision 15 / management 25 / outputs 30 / effects 30)",
  "district-self-eval":
    "District project self-evaluation score sheet (decision 18 / process 22 / outputs 30 / effects 30)",
  "self-eval-form":
    "Project expenditure self-evaluation form (execution 10 / outputs 50 / effects 30 / satisfaction 10)",
  "self-eval-form-2021":
    "Self-evaluation form, 2021 edition (execution 10 / cost 20 / outputs 40 / effects 20 / satisfaction 10)",
  "dibao-2022": "Rural minimum living allowance, 2022 self-evaluation (example, Zhanjiang)",
  standard: "Excellent / good / fair / poor (90 / 80 / 60, MoF 2020 No. 10)",
  "excellent-pass": "Excellent / good / pass / fail (90 / 80 / 60, civil affairs)",
  "five-tier": "Excellent / good / medium / pass / fail (90 / 80 / 70 / 60)",
  "good-from-75": "Excellent / good / fair / poor (good from 75, whole-department evaluation)",
};

/** A preset's or scheme's title in the pane's language. */
export function titleIn(lang: Lang, id: string, zh: string): string {
  return lang === "en" ? (TITLES_EN[id] ?? zh) : zh;
}

/** A schema type as the pane names it (a list, a group of fields), by the schema's own name. */
const TYPES: Readonly<Record<string, readonly [string, string]>> = {
  string: ["文字", "text"],
  number: ["数字", "a number"],
  integer: ["整数", "a whole number"],
  array: ["列表", "a list"],
  object: ["一组字段", "a group of fields"],
};

/** An import problem in words: where it is (not a JSON path) and what is wrong (not a parser code), in one language. */
export function importProblemText(p: Problem, lang: Lang): string {
  const where = pathInWords(
    p.at.replace(/^offset (\d+)$/, (_, n: string) =>
      lang === "en" ? `character ${Number(n) + 1}` : `第 ${Number(n) + 1} 个字符`,
    ),
    lang,
  );
  if (p.reason === "schemaType") {
    const words = TYPES[String(p.params.typeEn)];
    return lang === "en"
      ? `${where} must be ${words?.[1] ?? String(p.params.typeEn)}`
      : `${where}应为${words?.[0] ?? String(p.params.type)}`;
  }
  return lang === "en" ? `${where}: ${p.en}` : `${where}：${p.message}`;
}

/**
 * A checking problem in the pane's language: the English twin, or the Chinese message in the fields' own word,
 * 分值 (the core's messages say 权重, as TREECHECK's result text does).
 */
export function problemText(p: Pick<Problem, "message" | "en">, lang: Lang): string {
  return lang === "en" ? p.en : p.message.replace(/权重/g, "分值");
}
