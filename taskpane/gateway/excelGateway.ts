import type { Gateway } from "./gateway";

/** The gateway inside Excel: every Office.js call of the task pane is here. */
export function excelGateway(): Gateway {
  return {
    kind: "excel",
    async insertFormula(formula) {
      return Excel.run(async (context) => {
        const cell = context.workbook.getActiveCell();
        cell.formulas = [[formula]];
        cell.load("address");
        await context.sync();
        return cell.address;
      });
    },
  };
}
