import type { SheetGrid } from "../../src/sheet/grid";
import type { Template } from "../../src/kinds/table/model";
import type { Gateway, InsertOutcome } from "../../taskpane/gateway/gateway";

/** A gateway that records what the app asked of it, with scripted answers. */
export function fakeGateway(
  kind: "excel" | "browser" = "excel",
  script: {
    occupied?: boolean;
    grid?: SheetGrid | null;
    grids?: SheetGrid[];
    fail?: string;
    kept?: Template | null;
  } = {},
) {
  const calls: { name: string; args: unknown[] }[] = [];
  const record = (name: string, ...args: unknown[]) => {
    calls.push({ name, args });
    if (script.fail) throw new Error(script.fail);
  };
  const gateway: Gateway & { calls: typeof calls; written: string[] } = {
    kind,
    calls,
    written: [],
    async insertFormula(formula) {
      record("insertFormula", formula);
      gateway.written.push(formula);
      return "Sheet1!C3";
    },
    async insertTable(template, problems, target, overwrite, panel): Promise<InsertOutcome> {
      record("insertTable", template, problems, target, overwrite, panel);
      if (script.occupied && !overwrite) return { status: "occupied", address: "Sheet1!C5:P40", syncs: 1 };
      return kind === "browser"
        ? { status: "downloaded", fileName: "x.xlsx", syncs: 0 }
        : { status: "written", sheet: "评分表", address: "评分表!A1", syncs: 2 };
    },
    async insertSurvey(write) {
      record("insertSurvey", write);
      return kind === "browser"
        ? { status: "downloaded", fileName: "满意度统计.xlsx", syncs: 0 }
        : { status: "written", sheet: "满意度统计", address: "满意度统计!A1", syncs: 2 };
    },
    async insertForm(form) {
      record("insertForm", form);
      return kind === "browser"
        ? { status: "downloaded", fileName: "form.xlsx", syncs: 0 }
        : { status: "written", sheet: "自评表", address: "自评表!A1", syncs: 2 };
    },
    async readSheets() {
      record("readSheets");
      return script.grids ?? (script.grid ? [script.grid] : []);
    },
    async readSheet(scope) {
      record("readSheet", scope);
      return script.grid ?? null;
    },
    async selectCell(sheet, address) {
      record("selectCell", sheet, address);
    },
    async markCells(sheet, addresses) {
      record("markCells", sheet, addresses);
    },
    async clearMarks(sheet) {
      record("clearMarks", sheet);
    },
    async insertSummary(title) {
      record("insertSummary", title);
      return "得分汇总";
    },
    async saveTemplate(template) {
      record("saveTemplate", template);
    },
    async loadTemplate() {
      calls.push({ name: "loadTemplate", args: [] });
      return script.kept ?? null;
    },
  };
  return gateway;
}
