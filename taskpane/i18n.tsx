import { createContext, useContext } from "react";

/** Every string the task pane shows, Chinese first; English follows Office's display language or the switch. */
export const STRINGS = {
  zh: {
    appTitle: "绩效评价助手",
    switchLang: "English",
    tabFunctions: "函数",
    searchFunctions: "搜索函数（名称或说明）",
    example: "示例",
    result: "结果",
    insert: "写入所选单元格",
    copy: "复制公式",
    inserted: "已写入 {where}：{formula}",
    copied: "已复制公式 {formula}，结果为 {result}",
    noMatch: "没有匹配的函数",
    parameters: "参数",
    optional: "可选",
    errorTitle: "出错了",
    browserMode: "浏览器版：未连接 Excel。公式可复制到 Excel、WPS 或 LibreOffice 使用。",
  },
  en: {
    appTitle: "Jixiao",
    switchLang: "中文",
    tabFunctions: "Functions",
    searchFunctions: "Search functions (name or description)",
    example: "Example",
    result: "Result",
    insert: "Write into the selected cell",
    copy: "Copy formula",
    inserted: "Written to {where}: {formula}",
    copied: "Copied {formula}; it gives {result}",
    noMatch: "No function matches",
    parameters: "Parameters",
    optional: "optional",
    errorTitle: "Something went wrong",
    browserMode: "Browser page: not connected to Excel. Copy formulas into Excel, WPS or LibreOffice.",
  },
} as const;

export type Lang = keyof typeof STRINGS;
export type StringKey = keyof (typeof STRINGS)["zh"];

export const LangContext = createContext<Lang>("zh");

/** The translate function of the current language, filling {placeholders}. */
export function useT(): (key: StringKey, values?: Record<string, string>) => string {
  const lang = useContext(LangContext);
  return (key, values = {}) => STRINGS[lang][key].replace(/\{(\w+)\}/g, (w, k: string) => values[k] ?? w);
}

/** Chinese unless Office (or the browser) says the person reads another language. */
export function initialLang(displayLanguage: string | undefined): Lang {
  return displayLanguage && !/^zh/i.test(displayLanguage) ? "en" : "zh";
}
