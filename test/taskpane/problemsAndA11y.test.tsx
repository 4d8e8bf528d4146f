/**
 * @jest-environment jsdom
 */
import { render, screen, within, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../taskpane/App";
import type { Template } from "../../src/kinds/table/model";
import { fakeGateway } from "./fakeGateway";

const BROKEN: Template = {
  format: "jixiao-template",
  version: 1,
  title: "有问题的模板",
  indicators: [
    {
      name: "决策",
      weight: 20,
      children: [
        { name: "立项", weight: 12 },
        { name: "资金", weight: 9 },
      ],
    },
    { name: "产出", weight: 80, children: [{ name: "数量", weight: 80 }] },
  ],
};

function renderApp(kind: "excel" | "browser" = "excel", lang: "zh" | "en" = "zh", template: Template = BROKEN) {
  const gateway = fakeGateway(kind);
  render(
    <FluentProvider theme={webLightTheme}>
      <App gateway={gateway} initialLang={lang} loadMetadata={async () => null} initialTemplate={template} />
    </FluentProvider>,
  );
  return gateway;
}

describe("problems where the eye is", () => {
  test("模板: the problems come first, each a link that selects its indicator", async () => {
    const user = userEvent.setup();
    renderApp();
    const list = screen.getByRole("list", { name: "1 处问题：" });
    // Above the preset chooser, not below the tree.
    expect(
      list.compareDocumentPosition(screen.getByRole("combobox", { name: "预设" })) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    await user.click(within(list).getByRole("button", { name: "决策 分值 20 ≠ 下级合计 21" }));
    expect(screen.getByRole("treeitem", { selected: true }).textContent).toMatch(/^决策/);
    await waitFor(() => expect(document.activeElement?.getAttribute("role")).toBe("treeitem"));
  });

  test("插入 lists the problems that block the download", async () => {
    const user = userEvent.setup();
    renderApp("browser");
    await user.click(screen.getByRole("tab", { name: "插入" }));
    expect(await screen.findByText("模板有 1 处问题，改正后才能下载（或勾选下方“仍然下载”）：")).toBeTruthy();
    expect(
      within(screen.getByRole("list", { name: "1 处问题：" })).getByText("决策 分值 20 ≠ 下级合计 21"),
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "下载 .xlsx" }).hasAttribute("disabled")).toBe(true);
  });

  test("in English every problem, preset name and message is English", async () => {
    const user = userEvent.setup();
    renderApp("excel", "en");
    expect(screen.getByRole("list", { name: "1 problem(s):" }).textContent).toBe(
      "决策: weight 20 ≠ sum of its children 21",
    );
    const presets = within(screen.getByRole("combobox", { name: "Preset" }))
      .getAllByRole("option")
      .map((o) => o.textContent ?? "");
    expect(presets.filter((p) => /[\u4e00-\u9fff]/.test(p))).toEqual([]);
    await user.click(screen.getByRole("treeitem", { name: /^立项/ }));
    const weight = screen.getByRole("textbox", { name: "Weight" });
    await user.clear(weight);
    await user.type(weight, "x");
    expect(screen.getByText("Not a number: type one such as 520.25 or 1,234.5")).toBeTruthy();
  });
});

describe("accessibility", () => {
  test("tabs control their tabpanel", async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole("tab", { name: "函数" }));
    const tab = screen.getByRole("tab", { name: "函数" });
    const panel = await screen.findByRole("tabpanel");
    expect(tab.getAttribute("aria-controls")).toBe(panel.id);
    expect(panel.getAttribute("aria-labelledby")).toBe(tab.id);
  });

  test("tree items' names carry the 下级合计 they show, and say when it does not match", () => {
    renderApp();
    expect(screen.getByRole("treeitem", { name: "决策，下级合计 21，20，与分值不一致" })).toBeTruthy();
    expect(screen.getByRole("treeitem", { name: "产出，下级合计 80，80" })).toBeTruthy();
    expect(screen.getByRole("treeitem", { name: "立项，12" })).toBeTruthy();
  });

  test("Shift+Enter adds a sibling where there is no Insert key, and the help says so", async () => {
    const user = userEvent.setup();
    renderApp();
    screen.getByRole("treeitem", { name: /^立项/ }).focus();
    await user.click(screen.getByRole("treeitem", { name: /^立项/ }));
    await user.keyboard("{Shift>}{Enter}{/Shift}");
    expect(screen.getAllByRole("treeitem").map((e) => e.textContent)[2]).toBe("新指标1");
    expect(screen.getByText(/Insert 或 Shift\+Enter 添加同级/)).toBeTruthy();
  });

  test("the preview is a region reachable by Tab, so it scrolls by keyboard", async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole("tab", { name: "插入" }));
    const region = await screen.findByRole("region", { name: "预览" });
    expect(region.getAttribute("tabindex")).toBe("0");
  });

  test("a message can be dismissed, and the next action replaces it", async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole("button", { name: "保存到工作簿" }));
    expect(await screen.findByText(/模板已保存在工作簿中/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "关闭消息" }));
    expect(screen.queryByText(/模板已保存在工作簿中/)).toBeNull();
  });
});
