import type { DocumentKind } from "../kind";

/**
 * 问卷（满意度调查）: the answers an online survey service exports, one row per respondent. They are read by
 * `findQuestions` (read.ts) for `jx survey` and the 满意度 page, not scored as a sheet by the reader layer.
 */
export const SURVEY_KIND: DocumentKind = { id: "survey", zh: "满意度问卷", en: "satisfaction survey", readers: [] };
