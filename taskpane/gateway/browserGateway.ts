import { Refused } from "../../src/messages";
import { keptTemplate } from "../../src/layout/templateStore";
import type { Template } from "../../src/kinds/table/model";
import type { ActiveGrid, Gateway, ReviewDoor } from "./gateway";
import { downloadFile } from "../common/download";
import type { ChosenFile } from "../../src/review/reviewFiles";

export type { ChosenFile };

const STORAGE_KEY = "jixiao.template";

/** The browser page's extras: an uploaded workbook stands in for the active sheet. */
export interface BrowserGateway extends Gateway, ReviewDoor {
  readonly kind: "browser";
  /** Reads an uploaded .xlsx (the reader loaded only now; exceljs is not needed to read); throws the reader's Chinese message when it cannot. */
  openFile(bytes: Uint8Array, fileName: string): Promise<{ sheet: string | null; fileName: string }>;
  /** Makes the uploaded workbook's sheet of that name the one 汇总 and 校验 read. */
  chooseSheet(name: string): void;
}

/** The survey workbook's file name. */
export const SURVEY_FILE = "满意度统计.xlsx";

/** The review's file name. */
export const REVIEW_FILE = "汇总.xlsx";

export interface BrowserDeps {
  readonly clipboard?: Pick<Clipboard, "writeText">;
  readonly download?: (bytes: Uint8Array, fileName: string) => void;
  readonly storage?: Pick<Storage, "getItem" | "setItem">;
}

function saveFile(bytes: Uint8Array, fileName: string): void {
  downloadFile(bytes as BlobPart, fileName, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
}

/** A file name from a title: characters Windows refuses are replaced. */
export function fileNameOf(title: string): string {
  return `${title.replace(/[\\/:*?"<>|\s]+/g, "_").slice(0, 80) || "评分表"}.xlsx`;
}

/** The gateway of the browser page, where there is no workbook open: tables download, uploads are read. */
export function browserGateway(deps: BrowserDeps = {}): BrowserGateway {
  const clipboard = deps.clipboard ?? globalThis.navigator?.clipboard;
  const download = deps.download ?? saveFile;
  const storage = deps.storage ?? globalThis.localStorage;
  let chosen: ActiveGrid | null = null;
  let all: ActiveGrid[] = [];
  return {
    kind: "browser",
    async insertFormula(formula) {
      if (clipboard) await clipboard.writeText(formula);
      return "clipboard";
    },
    async insertTable(template, problems, _target, _overwrite, panel) {
      // exceljs is loaded only when a workbook is made.
      const [{ xlsxBytes }, { layoutScoringWorkbook }] = await Promise.all([
        import("../../src/xlsx/writeWorkbook"),
        import("../../src/kinds/panel/layout"),
      ]);
      const fileName = fileNameOf(template.title);
      download(await xlsxBytes(layoutScoringWorkbook(template, problems, {}, panel)), fileName);
      return { status: "downloaded", fileName, syncs: 0 };
    },
    async insertForm(form) {
      const [{ xlsxBytes }, { layoutForm }] = await Promise.all([
        import("../../src/xlsx/writeWorkbook"),
        import("../../src/kinds/form/layout"),
      ]);
      const fileName = fileNameOf(`${form.project.name}绩效自评表`);
      download(await xlsxBytes(layoutForm(form)), fileName);
      return { status: "downloaded", fileName, syncs: 0 };
    },
    async insertSurvey(write) {
      const [{ xlsxBytes }, { layoutSurveyWrite }, { layoutTemplateWithSurvey }, { checkTemplateData }] =
        await Promise.all([
          import("../../src/xlsx/writeWorkbook"),
          import("../../src/kinds/survey/surveyWrite"),
          import("../../src/kinds/survey/templateSurvey"),
          import("../../src/template/checkTemplate"),
        ]);
      if (write.template && write.leaf) {
        // The template's scoring workbook with the survey, its leaf linked: what jx template --survey writes.
        const layout = layoutTemplateWithSurvey(
          write.template,
          write.leaf.name,
          write,
          checkTemplateData(write.template).problems,
        );
        if (!layout) throw Refused.because("noScoreCell", { label: write.leaf.name });
        const fileName = fileNameOf(write.template.title);
        download(await xlsxBytes(layout), fileName);
        return { status: "downloaded", fileName, syncs: 0 };
      }
      // The survey's own workbook, as jx survey --out writes it: 满意度统计 and 问卷数据.
      download(await xlsxBytes({ sheets: layoutSurveyWrite({ ...write, leaf: null }).sheets, names: [] }), SURVEY_FILE);
      return { status: "downloaded", fileName: SURVEY_FILE, syncs: 0 };
    },
    async openFile(bytes, fileName) {
      const { readWorkbook } = await import("../../src/xlsx/readWorkbook");
      const wb = await readWorkbook(bytes);
      const { readSheet } = await import("../../src/readers/readSheet");
      const withTable = wb.sheets.find((s) => readSheet(s, { settings: wb.settings }) !== null) ?? null;
      const grid = withTable ?? wb.sheets[0] ?? null;
      chosen = grid ? { ...grid, settings: wb.settings, settingsProblems: wb.settingsProblems ?? [] } : null;
      all = wb.sheets.map((s) => ({ ...s, settings: wb.settings, settingsProblems: wb.settingsProblems ?? [] }));
      return { sheet: withTable?.name ?? null, fileName };
    },
    async reviewFiles(files, options, onProgress) {
      const { reviewChosenFiles } = await import("../../src/review/reviewFiles");
      return reviewChosenFiles(files, options, onProgress);
    },
    async saveReview(summary) {
      const [{ xlsxBytes }, { layoutReview }] = await Promise.all([
        import("../../src/xlsx/writeWorkbook"),
        import("../../src/review/layoutReview"),
      ]);
      download(await xlsxBytes(layoutReview(summary)), REVIEW_FILE);
      return { status: "downloaded", fileName: REVIEW_FILE };
    },
    async readSheet() {
      return chosen;
    },
    async readSheets() {
      return all;
    },
    chooseSheet(name: string) {
      chosen = all.find((s) => s.name === name) ?? chosen;
    },
    async selectCell() {
      // No sheet to select in: the page shows the address beside each problem.
    },
    async markCells() {},
    async clearMarks() {},
    async insertSummary() {
      throw Refused.because("browserNoSummary");
    },
    async saveTemplate(template: Template) {
      storage?.setItem(STORAGE_KEY, JSON.stringify(template));
    },
    // The browser page has no workbook open: its draft stays in the browser (the workbooks it downloads keep theirs in 评分表).
    async loadTemplate() {
      const text = storage?.getItem(STORAGE_KEY);
      if (!text) return null;
      // Read as a template file is: nesting, __proto__, duplicate keys and numbers checked before the schema; a damaged one is said.
      return keptTemplate(text, "browserTemplateUnreadable");
    },
  };
}
