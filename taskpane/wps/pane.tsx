import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../App";
import { Notice } from "../common/Notice";
import { wpsGateway } from "../gateway/wpsGateway";
import { initialLang } from "../i18n";

/** What the pane says first inside WPS: the cell functions are Excel's alone. */
export const WPS_NOTICE =
  "WPS 表格版：评分表、校验、汇总与 Excel 版相同；WPS 不支持加载项的自定义函数（JIXIAO.*），评分表使用 Excel 与 WPS 都能计算的原生公式。/ WPS 表格: tables, checks and summaries as in Excel; WPS has no add-in custom functions (JIXIAO.*), so the tables use native formulas that WPS calculates.";

/** The functions' help, copied from the Excel build; the page lists the functions without it when it is missing. */
async function loadMetadata(): Promise<{ functions: { id: string; description?: string }[] } | null> {
  try {
    const response = await fetch("functions.json");
    return response.ok ? ((await response.json()) as { functions: { id: string; description?: string }[] }) : null;
  } catch {
    return null;
  }
}

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <div style={{ padding: "8px 12px 0" }}>
        <Notice intent="info">{WPS_NOTICE}</Notice>
      </div>
      <App gateway={wpsGateway()} initialLang={initialLang(undefined)} loadMetadata={loadMetadata} />
    </FluentProvider>,
  );
}
