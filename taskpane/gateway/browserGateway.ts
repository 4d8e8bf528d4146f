import type { Gateway } from "./gateway";

/** The gateway of the browser page, where there is no workbook: formulas go to the clipboard. */
export function browserGateway(clipboard: Pick<Clipboard, "writeText"> | undefined = globalThis.navigator?.clipboard): Gateway {
  return {
    kind: "browser",
    async insertFormula(formula) {
      if (clipboard) await clipboard.writeText(formula);
      return "clipboard";
    },
  };
}
