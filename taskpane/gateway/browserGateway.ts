import { Refused } from "../../src/messages";
import { keptTemplate } from "../../src/layout/templateStore";
import type { Template } from "../../src/tree/template";
import type { ActiveGrid, Gateway } from "./gateway";
import { downloadFile } from "../common/download";
import type { ReviewSummary } from "../../src/review/layoutReview";
import type { ProjectRow, Unreadable } from "../../src/review/projects";

const STORAGE_KEY = "jixiao.template";

/** The browser page's extras: an uploaded workbook stands in for the active sheet. */
export interface BrowserGateway extends Gateway {
  readonly kind: "browser";
  /** Reads an uploaded .xlsx (exceljs loaded only now); throws the reader's Chinese message when it cannot. */
  openFile(bytes: Uint8Array, fileName: string): Promise<{ sheet: string | null; fileName: string }>;
  /** Makes the uploaded workbook's sheet of that name the one 汇总 and 校验 read. */
  chooseSheet(name: string): void;
  /** 汇总多个文件: the chosen files read one at a time (in name order) into one review, as `jx review` makes it. */
  reviewFiles(files: readonly ChosenFile[], onProgress?: (done: number, total: number) => void): Promise<ReviewSummary>;
  /** Downloads the review's workbook (项目汇总, 等级分布, 问题清单, 无法读取); resolves to the file name. */
  downloadReview(summary: ReviewSummary): Promise<string>;
}

/** A file the person chose: its name, and its bytes read only when its turn comes. */
export interface ChosenFile {
  readonly name: string;
  bytes(): Promise<Uint8Array>;
}

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
    async insertTable(template, problems) {
      // exceljs is loaded only when a workbook is made or read.
      const [{ xlsxBytes }, { layoutWorkbook }] = await Promise.all([import("../../src/xlsx/writeWorkbook"), import("../../src/layout/workbook")]);
      const fileName = fileNameOf(template.title);
      download(await xlsxBytes(layoutWorkbook(template, problems)), fileName);
      return { status: "downloaded", fileName, syncs: 0 };
    },
    async insertForm(form) {
      const [{ xlsxBytes }, { layoutForm }] = await Promise.all([import("../../src/xlsx/writeWorkbook"), import("../../src/selfeval/layoutForm")]);
      const fileName = fileNameOf(`${form.project.name}绩效自评表`);
      download(await xlsxBytes(layoutForm(form)), fileName);
      return { status: "downloaded", fileName, syncs: 0 };
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
    async reviewFiles(files, onProgress) {
      const [{ collectBytes }, { summarize }, { byCodeUnits }, { Dec }] = await Promise.all([import("../../src/review/collect"), import("../../src/review/summarize"), import("../../src/review/sample"), import("../../src/decimal")]);
      const sorted = [...files].sort((a, b) => byCodeUnits(a.name, b.name));
      const projects: ProjectRow[] = [];
      const unreadable: Unreadable[] = [];
      for (const [i, f] of sorted.entries()) {
        onProgress?.(i, sorted.length);
        const got = await collectBytes(f.name, await f.bytes());
        projects.push(...got.rows);
        unreadable.push(...got.unreadable);
      }
      onProgress?.(sorted.length, sorted.length);
      return summarize({ projects, unreadable, threshold: new Dec(10) });
    },
    async downloadReview(summary) {
      const [{ xlsxBytes }, { layoutReview }] = await Promise.all([import("../../src/xlsx/writeWorkbook"), import("../../src/review/layoutReview")]);
      download(await xlsxBytes(layoutReview(summary)), REVIEW_FILE);
      return REVIEW_FILE;
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
