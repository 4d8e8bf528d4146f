import { Dec } from "../../decimal";
import type { SheetReader } from "../../readers/readSheet";
import type { DocumentKind } from "../kind";
import { readTable } from "./read";

const tableReader: SheetReader = {
  kind: "table",
  order: 20,
  read(grid, options) {
    const total = options.settings?.total; // checked with the workbook's other settings (checkSettings)
    const table = readTable(grid, {
      scoreColumn: options.scoreColumn,
      ownLayout: !!options.settings,
      total: total === undefined ? undefined : new Dec(total),
    });
    return table ? { kind: "table", sheet: grid.name, table } : null;
  },
};

/** 评分表: an indicator tree of up to four (or more) levels with weights and scores. */
export const TABLE_KIND: DocumentKind = {
  id: "table",
  zh: "评分表（绩效评价指标体系）",
  en: "scoring table (indicator tree)",
  readers: [tableReader],
};
