import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { browserGateway } from "./gateway/browserGateway";
import type { Gateway } from "./gateway/gateway";
import { initialLang } from "./i18n";

/** functions.json as generated from the JSDoc at build time (webpack's DefinePlugin): no fetch, so file:// works. */
declare const __JIXIAO_FUNCTIONS__: { functions: { id: string; description?: string }[] };

async function loadMetadata() {
  return __JIXIAO_FUNCTIONS__;
}

async function render(inExcel: boolean, displayLanguage: string | undefined): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  // The Office.js writer loads only inside Excel; the browser page never needs it.
  const gateway: Gateway = inExcel ? (await import("./gateway/excelGateway")).excelGateway() : browserGateway();
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App gateway={gateway} initialLang={initialLang(displayLanguage)} loadMetadata={loadMetadata} />
    </FluentProvider>,
  );
}

// Inside Excel, office.js is loaded and reports the host; anywhere else the page runs with the browser gateway.
if (typeof Office !== "undefined") {
  void Office.onReady((info) => render(info.host === Office.HostType.Excel, Office.context?.displayLanguage));
} else {
  void render(false, undefined); // the browser page serves Chinese offices first; the switch gives English
}
