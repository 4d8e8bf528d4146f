import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { browserGateway } from "./gateway/browserGateway";
import { excelGateway } from "./gateway/excelGateway";
import { initialLang } from "./i18n";

async function loadMetadata() {
  const response = await fetch("functions.json");
  return response.ok ? ((await response.json()) as { functions: { id: string; description?: string }[] }) : null;
}

function render(inExcel: boolean, displayLanguage: string | undefined): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App gateway={inExcel ? excelGateway() : browserGateway()} initialLang={initialLang(displayLanguage)} loadMetadata={loadMetadata} />
    </FluentProvider>,
  );
}

// Inside Excel, office.js is loaded and reports the host; anywhere else the page runs with the browser gateway.
if (typeof Office !== "undefined") {
  void Office.onReady((info) => render(info.host === Office.HostType.Excel, Office.context?.displayLanguage));
} else {
  render(false, undefined); // the browser page serves Chinese offices first; the switch gives English
}
