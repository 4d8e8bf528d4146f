/**
 * @jest-environment jsdom
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Gateway } from "../../taskpane/gateway/gateway";
import type { Lang } from "../../taskpane/i18n";
import { fakeGateway } from "../taskpane/fakeGateway";
import { renderPane } from "../taskpane/renderPane";

const renderApp = (gateway: Gateway, lang: Lang = "zh") => renderPane(gateway, { lang });

describe("插入: the experts option", () => {
  test("typing a number of experts adds their columns to the preview and writes a panel's sheet into a new sheet", async () => {
    const user = userEvent.setup();
    const gateway = fakeGateway();
    renderApp(gateway);
    await user.click(screen.getByRole("tab", { name: "插入" }));
    const experts = await screen.findByRole("textbox", { name: "专家人数（0 为不设专家列）" });
    expect(screen.getByRole("radio", { name: /所选单元格/ })).toBeTruthy();
    await user.clear(experts);
    await user.type(experts, "3");
    const preview = screen.getByRole("table", { name: "预览" }).textContent ?? "";
    expect(["专家1", "专家2", "专家3", "专家分歧"].every((h) => preview.includes(h))).toBe(true);
    // A panel's sheet goes into a new sheet: the selection is not offered.
    expect(screen.queryByRole("radio", { name: /所选单元格/ })).toBeNull();
    await user.click(screen.getByRole("button", { name: "写入表格" }));
    await waitFor(() => expect(gateway.calls.some((c) => c.name === "insertTable")).toBe(true));
    expect(gateway.calls.find((c) => c.name === "insertTable")?.args.slice(2)).toEqual([
      "newSheet",
      false,
      { experts: 3, method: "mean" },
    ]);
  });

  test("1 expert, or a trimmed mean of fewer than 5, is refused in words and holds back writing; 5 trimmed writes", async () => {
    const user = userEvent.setup();
    const gateway = fakeGateway();
    renderApp(gateway);
    await user.click(screen.getByRole("tab", { name: "插入" }));
    const experts = await screen.findByRole("textbox", { name: "专家人数（0 为不设专家列）" });
    const write = screen.getByRole("button", { name: "写入表格" });
    await user.clear(experts);
    await user.type(experts, "1");
    expect(screen.getByText("专家人数应为 0（不设专家列）或 2 到 30 的整数")).toBeTruthy();
    expect(write.hasAttribute("disabled")).toBe(true);
    await user.clear(experts);
    await user.type(experts, "4");
    await user.click(screen.getByRole("radio", { name: /去掉一个最高分/ }));
    expect(screen.getByText("去掉最高最低分的平均需要至少 5 位专家，现有 4 位")).toBeTruthy();
    expect(write.hasAttribute("disabled")).toBe(true);
    await user.clear(experts);
    await user.type(experts, "5");
    expect(write.hasAttribute("disabled")).toBe(false);
    await user.click(write);
    await waitFor(() =>
      expect(gateway.calls.find((c) => c.name === "insertTable")?.args[4]).toEqual({ experts: 5, method: "trimmed" }),
    );
    // Back to 0: the plain table, no panel.
    await user.clear(experts);
    await user.type(experts, "0");
    expect(screen.queryByRole("radio", { name: /去掉一个最高分/ })).toBeNull();
  });
});

/** A panel's sheet as the pane reads it: 得分 in E, three experts' columns after it. */
const PANEL_GRID = {
  name: "评分表",
  cells: [
    ["一级指标", "分值", "二级指标", "分值", "得分", "专家1", "专家2", "专家3", "专家分歧"],
    ["决策", 20, "立项", 12, 10, 9, 10, 11, ""],
    [null, null, "资金", 8, 7.33, 7, 7, 8, ""],
    ["产出", 80, "数量", 80, 70, 70, 72, 68, ""],
  ],
  merges: [
    { top: 1, left: 0, bottom: 2, right: 0 },
    { top: 1, left: 1, bottom: 2, right: 1 },
  ],
};

describe("汇总 of a panel's sheet", () => {
  test("says how many experts scored, on the page and in the report's sentences (both languages)", async () => {
    const user = userEvent.setup();
    renderApp(fakeGateway("excel", { grid: PANEL_GRID }));
    await user.click(screen.getByRole("tab", { name: "汇总" }));
    await user.click(await screen.findByRole("button", { name: "读取得分" }));
    expect(await screen.findByText("专家评分表：3 位专家，3 位已评分。")).toBeTruthy();
    expect((screen.getByRole("textbox", { name: "报告用语" }) as HTMLTextAreaElement).value).toBe(
      "项目决策类指标标准分值 20 分，实际得分 17.33 分，得分率 86.65%。项目产出类指标标准分值 80 分，实际得分 70 分，得分率 87.50%。由 3 位专家评分，综合得分 87.33 分，评价等级为“良”。",
    );
    await user.click(screen.getByRole("button", { name: "English" }));
    expect(
      ((await screen.findByRole("textbox", { name: "Report wording (English)" })) as HTMLTextAreaElement).value,
    ).toContain("Scored by 3 experts, the total is 87.33, graded 良.");
  });
});
