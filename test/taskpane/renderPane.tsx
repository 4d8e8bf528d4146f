import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../taskpane/App";
import type { Gateway } from "../../taskpane/gateway/gateway";
import type { Lang } from "../../taskpane/i18n";
import type { Template } from "../../src/kinds/table/model";

/** The small template the pane tests start from: two top-level indicators, three leaves, weights adding up. */
export const SMALL: Template = {
  format: "jixiao-template",
  version: 1,
  title: "小模板",
  indicators: [
    {
      name: "决策",
      weight: 20,
      children: [
        { name: "立项", weight: 12 },
        { name: "资金", weight: 8 },
      ],
    },
    { name: "产出", weight: 80, children: [{ name: "数量", weight: 80 }] },
  ],
};

/** The whole pane as a person meets it, on a gateway the test gives, with no function metadata to load. */
export function renderPane(
  gateway: Gateway,
  { template = SMALL, lang = "zh" }: { template?: Template | undefined; lang?: Lang } = {},
) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App gateway={gateway} initialLang={lang} loadMetadata={async () => null} initialTemplate={template} />
    </FluentProvider>,
  );
}
