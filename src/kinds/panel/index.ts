import type { DocumentKind } from "../kind";

/**
 * 专家评分: a scoring table with one score column per expert. Its sheets are scoring tables, so the table
 * reader recognises them and hands the expert columns to `readPanel` (read.ts); the kind adds no reader.
 */
export const PANEL_KIND: DocumentKind = {
  id: "panel",
  zh: "专家评分表",
  en: "expert panel scoring sheet",
  readers: [],
};
