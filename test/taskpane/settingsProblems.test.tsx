/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../taskpane/App";
import { settingsOfText } from "../../src/layout/workbook";
import { fakeGateway } from "./fakeGateway";

// A workbook whose kept settings hold a grade bound that is not a number: the bound is ignored, and the page says so.
const kept = settingsOfText(
  JSON.stringify({ format: "jixiao-settings", version: 1, title: "梅州", grades: [{ label: "好", min: "八十" }] }),
);
const grid = {
  name: "评分表",
  cells: [
    ["一级指标", "分值", "得分"],
    ["决策", 40, 30],
    ["效益", 60, 50],
    ["合计", 100, 80],
  ],
  merges: [],
  settings: kept.settings,
  settingsProblems: kept.problems,
};

function renderApp(lang: "zh" | "en") {
  render(
    <FluentProvider theme={webLightTheme}>
      <App gateway={fakeGateway("excel", { grid })} initialLang={lang} loadMetadata={async () => null} />
    </FluentProvider>,
  );
}

describe("settings a workbook keeps wrongly are said on the page, in its language", () => {
  test.each([
    [
      "zh",
      "校验",
      "校验当前工作表",
      "工作簿设置有 1 处错误，已忽略这些设置",
      "_jixiao!A1 /grades/0/min 工作簿设置有误，已忽略：类型应为 数字",
    ],
    [
      "en",
      "Check",
      "Check the active sheet",
      "1 workbook setting(s) are wrong and were ignored",
      "_jixiao!A1 /grades/0/min a workbook setting is wrong and was ignored: must be of type number",
    ],
  ] as const)("%s", async (lang, tab, button, heading, line) => {
    const user = userEvent.setup();
    renderApp(lang);
    await user.click(screen.getByRole("tab", { name: tab }));
    await user.click(await screen.findByRole("button", { name: button }));
    expect((await screen.findByRole("list", { name: heading })).textContent).toBe(line);
  });
});
