import type { HandSheet } from "../fixtures/handmade";

/**
 * One real, published table or form, transcribed cell by cell as its source prints it.
 * The corpus tests read each sheet through the project's readers and compare with what the source printed.
 */
export interface CorpusEntry {
  /** Short stable id, e.g. "t01-guangxi-2022-edu" (t = scoring table, f = self-evaluation form, g = goal table). */
  id: string;
  kind: "table" | "form" | "goals";
  source: {
    /** The report's own title, in Chinese as published. */
    title: string;
    /** Who published it (部门/单位/评价机构) and the year evaluated. */
    publisher: string;
    year: number;
    /** Where it was found: the public address as the search tool gave it. */
    url: string;
    /** Which table of the report (e.g. "附件1 绩效评价指标体系及评分表", "附表2 项目支出绩效自评表"). */
    table: string;
  };
  /** The sheet as a person would have typed it from the printed table (merges as the print shows them). */
  sheet: HandSheet;
  /** What the source itself prints; only what is printed, at the printed precision. */
  printed: {
    total?: number;
    grade?: string;
    /** 一级指标 as printed: name, weight, score. */
    level1?: { name: string; weight: number; score?: number }[];
    /** Forms: 年度资金总额 figures and 预算执行率 as printed (rate as a fraction, e.g. 0.9879). */
    funds?: { budget?: number; spent?: number; rate?: number; score?: number };
  };
  /** Slips in the source (sums that do not add up, a score above its weight, …), found by hand, with the cell in `sheet`. */
  slips?: { cell: string; what: string }[];
  /** Anything about the transcription a reader should know (cells left out, pages joined, OCR doubts). */
  notes?: string;
}
