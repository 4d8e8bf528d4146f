import type { Problem } from "../../src/tree/checkTree";
import type { Lang } from "../i18n";
import { pathInWords } from "../../src/template/pathInWords";

export { pathInWords };

/** English names of the presets and grade schemes the pane lists (the Chinese titles come from the core). */
export const TITLES_EN: Readonly<Record<string, string>> = {
  "national-2020": "Project expenditure evaluation framework (MoF 2020 No. 10, annex 2, reference weights)",
  "self-eval": "Unit self-evaluation (execution 10 / outputs 50 / effects 30 / satisfaction 10)",
  "self-eval-2021": "Unit self-evaluation, 2021 edition (execution 10 / cost 20 / outputs 40 / effects 20 / satisfaction 10)",
  "guangdong-2022": "Guangdong provincial special funds, four levels (inputs 20 / process 20 / outputs 30 / effects 30)",
  "meizhou-2021": "Meizhou key expenditure projects, four levels (decision 15 / management 25 / outputs 30 / effects 30)",
  "district-self-eval": "District project self-evaluation score sheet (decision 18 / process 22 / outputs 30 / effects 30)",
  "self-eval-form": "Project expenditure self-evaluation form (execution 10 / outputs 50 / effects 30 / satisfaction 10)",
  "self-eval-form-2021": "Self-evaluation form, 2021 edition (execution 10 / cost 20 / outputs 40 / effects 20 / satisfaction 10)",
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

/** jsonc-parser's error codes in words. */
const JSON_ERRORS: Readonly<Record<string, readonly [string, string]>> = {
  InvalidSymbol: ["有无法识别的字符", "a character that cannot be read"],
  InvalidNumberFormat: ["数字的写法不对", "a number written wrongly"],
  PropertyNameExpected: ["此处应是用双引号括起的字段名（常见原因：最后一项后多了逗号）", "a quoted field name is expected here (often a comma after the last item)"],
  ValueExpected: ["此处缺少值", "a value is missing here"],
  ColonExpected: ["字段名后缺少冒号", "a colon is missing after the field name"],
  CommaExpected: ["两项之间缺少逗号", "a comma is missing between two items"],
  CloseBraceExpected: ["缺少右花括号 }", "a closing brace } is missing"],
  CloseBracketExpected: ["缺少右方括号 ]", "a closing bracket ] is missing"],
  EndOfFileExpected: ["文件结尾后还有多余内容", "there is more text after the end"],
  InvalidCommentToken: ["JSON 文件里不能写注释", "JSON files take no comments"],
  UnexpectedEndOfComment: ["注释没有结束", "a comment does not end"],
  UnexpectedEndOfString: ["文字的引号没有闭合", "a quoted text is not closed"],
  UnexpectedEndOfNumber: ["数字没有写完", "a number is cut short"],
  InvalidUnicode: ["\\u 编码写法不对", "a \\u escape is wrong"],
  InvalidEscapeCharacter: ["反斜杠转义写法不对", "a backslash escape is wrong"],
  InvalidCharacter: ["文字中有不允许的字符（如换行）", "a text holds a character JSON does not allow (such as a line break)"],
};

const TYPES: Readonly<Record<string, readonly [string, string]>> = {
  文字: ["文字", "text"],
  数字: ["数字", "a number"],
  整数: ["整数", "a whole number"],
  数组: ["列表", "a list"],
  对象: ["一组字段", "a group of fields"],
};

/** An import problem in words: where it is (not a JSON path) and what is wrong (not a parser code), in one language. */
export function importProblemText(p: Problem, lang: Lang): string {
  const where = pathInWords(p.at.replace(/^offset (\d+)$/, (_, n: string) => (lang === "en" ? `character ${Number(n) + 1}` : `第 ${Number(n) + 1} 个字符`)), lang);
  const code = /JSON\s*[（(](\w+)[）)]/.exec(lang === "en" ? p.en : p.message)?.[1];
  if (code) {
    const words = JSON_ERRORS[code];
    const what = words ? words[lang === "en" ? 1 : 0] : code;
    return lang === "en" ? `${where}: not valid JSON: ${what}` : `${where}：不是有效的 JSON，${what}`;
  }
  const type = /^类型应为 (\S+)$/.exec(p.message)?.[1];
  if (type) {
    const words = TYPES[type];
    return lang === "en" ? `${where} must be ${words?.[1] ?? type}` : `${where}应为${words?.[0] ?? type}`;
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
