/**
 * What the task pane asks of the spreadsheet. Two implementations: Office.js inside Excel
 * (`excelGateway.ts`, the only module that calls Excel.run) and the browser page's (`browserGateway.ts`).
 */
export interface Gateway {
  readonly kind: "excel" | "browser";
  /** Puts a formula into the selected cell (Excel) or hands it to the person (browser); says where it went. */
  insertFormula(formula: string): Promise<string>;
}
