import type { SheetReader } from "../../readers/readSheet";
import type { DocumentKind } from "../kind";
import { readFundsDetail } from "./fundsDetail";
import { readForm, withScoring } from "./read";

/** A form's headings also look like a table's, so forms are tried before tables. */
const formReader: SheetReader = {
  kind: "form",
  order: 10,
  read(grid, options) {
    const read = readForm(grid);
    // The rule set (财预〔2020〕10号 or 〔2021〕101号) the workbook keeps; unset when it keeps none.
    const form = read && withScoring(read, options.settings);
    return form ? { kind: form.weighted ? "form" : "goals", sheet: grid.name, form } : null;
  },
};

/** A 基础数据表 (seed 003) holds the funds of a form kept on another sheet: tried after tables. */
const fundsReader: SheetReader = {
  kind: "funds",
  order: 30,
  read(grid) {
    const found = readFundsDetail(grid);
    return found ? { kind: "funds", sheet: grid.name, funds: found.detail, at: found.at } : null;
  },
};

/** 项目支出绩效自评表 and 绩效目标表: the national layout of 财预〔2020〕10号 / 〔2021〕101号, and their funds sheets. */
export const FORM_KIND: DocumentKind = {
  id: "form",
  zh: "自评表、绩效目标表",
  en: "self-evaluation form, goal table",
  readers: [formReader, fundsReader],
};
