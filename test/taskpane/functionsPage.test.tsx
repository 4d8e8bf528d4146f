/**
 * @jest-environment jsdom
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../taskpane/App";
import type { Gateway } from "../../taskpane/gateway/gateway";
import { fakeGateway } from "./fakeGateway";
import { RULES } from "../../src/catalog";

function recordingGateway(kind: "excel" | "browser", fail?: string) {
  return fakeGateway(kind, { fail });
}

const metadata = {
  functions: RULES.map((r) => ({
    id: r.name,
    description: `${r.name} 的中文说明 English help`,
    parameters: r.params.map((p) => ({ name: p.name, description: `${p.zh} help` })),
  })),
};

function renderApp(gateway: Gateway) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App gateway={gateway} initialLang="zh" loadMetadata={async () => metadata} />
    </FluentProvider>,
  );
}

describe("函数 page", () => {
  test("lists every function with its help and an example", async () => {
    renderApp(recordingGateway("excel"));
    await userEvent.setup().click(screen.getByRole("tab", { name: "函数" }));
    expect(await screen.findByText("EXECRATE 的中文说明 English help")).toBeTruthy();
    for (const rule of RULES) expect(screen.getByRole("group", { name: rule.name })).toBeTruthy();
  });

  test("searching narrows the list, by name or by description", async () => {
    const user = userEvent.setup();
    renderApp(recordingGateway("excel"));
    await user.click(screen.getByRole("tab", { name: "函数" }));
    await screen.findByText("GRADE 的中文说明 English help");
    await user.type(screen.getByRole("textbox", { name: "搜索函数（名称或说明）" }), "grade");
    expect(screen.getByRole("group", { name: "GRADE" })).toBeTruthy();
    expect(screen.queryByRole("group", { name: "EXECRATE" })).toBeNull();
    await user.clear(screen.getByRole("textbox", { name: "搜索函数（名称或说明）" }));
    await user.type(screen.getByRole("textbox", { name: "搜索函数（名称或说明）" }), "不存在的函数");
    expect(screen.getByText("没有匹配的函数")).toBeTruthy();
  });

  test("the button writes the example formula into the selected cell and says where", async () => {
    const user = userEvent.setup();
    const gateway = recordingGateway("excel");
    renderApp(gateway);
    await user.click(screen.getByRole("tab", { name: "函数" }));
    const card = await screen.findByRole("group", { name: "EXECRATE" });
    await user.click(within(card).getByRole("button", { name: "写入所选单元格" }));
    expect(gateway.written).toEqual(["=JIXIAO.EXECRATE(987.91,1000)"]);
    expect(await screen.findByText("已写入 Sheet1!C3：=JIXIAO.EXECRATE(987.91,1000)")).toBeTruthy();
  });

  test("a failure reaches the person as an error message bar", async () => {
    const user = userEvent.setup();
    renderApp(recordingGateway("excel", "单元格正在编辑"));
    await user.click(screen.getByRole("tab", { name: "函数" }));
    const card = await screen.findByRole("group", { name: "GRADE" });
    await user.click(within(card).getByRole("button", { name: "写入所选单元格" }));
    expect((await screen.findByRole("alert")).textContent).toContain("单元格正在编辑");
  });

  test("in the browser page the button copies the formula and shows its result", async () => {
    const user = userEvent.setup();
    const gateway = recordingGateway("browser");
    renderApp(gateway);
    await user.click(screen.getByRole("tab", { name: "函数" }));
    const card = await screen.findByRole("group", { name: "LIKERTSCORE" });
    await user.click(within(card).getByRole("button", { name: "复制公式" }));
    expect(gateway.written[0]).toBe("=JIXIAO.LIKERTSCORE({1,2,3,4,5,6,7},{0.3,0.2,0.4,4.3,12.5,25.2,33},5,7,1)");
    expect(await screen.findByText(/结果为 4\.4/)).toBeTruthy();
  });

  test("the language switch turns the page to English", async () => {
    const user = userEvent.setup();
    renderApp(recordingGateway("excel"));
    await user.click(screen.getByRole("button", { name: "English" }));
    await user.click(screen.getByRole("tab", { name: "Functions" }));
    expect(screen.getAllByRole("button", { name: "Write into the selected cell" }).length).toBe(RULES.length);
  });
});
