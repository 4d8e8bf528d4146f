/**
 * @jest-environment jsdom
 */
import { screen, within, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Gateway } from "../../taskpane/gateway/gateway";
import type { Template } from "../../src/kinds/table/model";
import { fakeGateway } from "./fakeGateway";
import { renderPane, SMALL } from "./renderPane";
import { GRADE_SCHEMES } from "../../src/grades";

const renderApp = (gateway: Gateway, template: Template = SMALL, lang: "zh" | "en" = "zh") =>
  renderPane(gateway, { template, lang });
const topLevel = () => screen.getAllByRole("treeitem").filter((e) => e.getAttribute("aria-level") === "1");
const items = () => screen.getAllByRole("treeitem").map((el) => `${el.getAttribute("aria-level")}:${el.textContent}`);

describe("模板: the tree editor", () => {
  test("shows each parent's weight beside its children's sum and the problems in words", async () => {
    const user = userEvent.setup();
    renderApp(fakeGateway());
    expect(items()).toEqual(["1:决策下级合计 20 20", "2:立项12", "2:资金8", "1:产出下级合计 80 80", "2:数量80"]);
    expect(screen.getByText(/分值一致/)).toBeTruthy();
    // Break a weight: the parent is marked and the problem is listed.
    await user.click(screen.getByRole("treeitem", { name: /^资金/ }));
    const weight = screen.getByRole("textbox", { name: "分值" });
    await user.clear(weight);
    await user.type(weight, "9");
    expect(screen.getByRole("treeitem", { name: "决策，下级合计 21，20，与分值不一致" })).toBeTruthy();
    expect(screen.getByRole("list", { name: "1 处问题：" }).textContent).toContain("决策 分值 20 ≠ 下级合计 21");
    expect(screen.getByText(/一级指标合计 100 \/ 100/)).toBeTruthy();
    // Fix it again.
    await user.clear(weight);
    await user.type(weight, "8");
    expect(screen.getByText(/分值一致/)).toBeTruthy();
  });

  test("a weight that is not a number above 0 is refused with a message, and the tree keeps its last good value", async () => {
    const user = userEvent.setup();
    renderApp(fakeGateway());
    await user.click(screen.getByRole("treeitem", { name: /^立项/ }));
    const weight = screen.getByRole("textbox", { name: "分值" });
    await user.clear(weight);
    await user.type(weight, "十二");
    expect(screen.getByText("不是数字，请输入如 520.25 或 1,234.5 的数")).toBeTruthy();
    expect(screen.getByRole("treeitem", { name: "立项，12" })).toBeTruthy();
  });

  test("runs by keyboard alone: select, add, rename, indent, move, delete, undo, redo", async () => {
    const user = userEvent.setup();
    renderApp(fakeGateway());
    screen.getAllByRole("treeitem")[0].focus();
    await user.keyboard("{ArrowDown}{ArrowDown}"); // 资金
    expect(screen.getByRole("treeitem", { selected: true }).textContent).toBe("资金8");
    await user.keyboard("{Insert}"); // a sibling after 资金
    expect(items()[3]).toBe("2:新指标1");
    await user.keyboard("{Enter}");
    const name = screen.getByRole("textbox", { name: "名称" });
    expect(document.activeElement).toBe(name);
    await user.keyboard("{Control>}a{/Control}保障{Enter}");
    expect(items()[3]).toBe("2:保障1");
    expect(document.activeElement?.getAttribute("role")).toBe("treeitem");
    await user.keyboard("{Alt>}{ArrowRight}{/Alt}"); // indent under 资金
    expect(items().slice(0, 5)).toEqual([
      "1:决策下级合计 20 20",
      "2:立项12",
      "2:资金下级合计 1 8",
      "3:保障1",
      "1:产出下级合计 80 80",
    ]);
    await user.keyboard("{Alt>}{ArrowLeft}{/Alt}{Alt>}{ArrowUp}{/Alt}"); // outdent, then move above 资金
    expect(items().slice(0, 4)).toEqual(["1:决策下级合计 21 20", "2:立项12", "2:保障1", "2:资金8"]);
    await user.keyboard("{Delete}");
    expect(items()).toEqual(["1:决策下级合计 20 20", "2:立项12", "2:资金8", "1:产出下级合计 80 80", "2:数量80"]);
    await user.keyboard("{Control>}z{/Control}");
    expect(items()).toContain("2:保障1");
    await user.keyboard("{Control>}y{/Control}");
    expect(items()).not.toContain("2:保障1");
  });

  test("a preset replaces the tree, undoably; the template is kept with the workbook on request", async () => {
    const user = userEvent.setup();
    const gateway = fakeGateway();
    renderApp(gateway);
    await user.selectOptions(screen.getByRole("combobox", { name: "预设" }), "meizhou-2021");
    await user.click(screen.getByRole("button", { name: "使用此预设" }));
    expect(topLevel().map((e) => e.textContent?.replace(/下级合计.*/, ""))).toEqual(["决策", "管理", "产出", "效益"]);
    await user.click(screen.getByRole("button", { name: "撤销" }));
    expect(topLevel().length).toBe(2);
    await user.click(screen.getByRole("button", { name: "保存到工作簿" }));
    expect(gateway.calls.find((c) => c.name === "saveTemplate")?.args[0]).toMatchObject({ title: "小模板" });
    expect(await screen.findByText(/模板已保存在工作簿中/)).toBeTruthy();
  });

  test("the template kept in the workbook comes back when the pane opens", async () => {
    renderApp(fakeGateway("excel", { kept: { ...SMALL, title: "工作簿里的模板" } }));
    expect(await screen.findByDisplayValue("工作簿里的模板")).toBeTruthy();
    expect(screen.getByText("已载入工作簿中保存的模板。")).toBeTruthy();
  });
});

describe("插入", () => {
  test("writes into a new sheet by default, and says so", async () => {
    const user = userEvent.setup();
    const gateway = fakeGateway();
    renderApp(gateway);
    await user.click(screen.getByRole("tab", { name: "插入" }));
    expect((await screen.findByRole("table", { name: "预览" })).textContent).toContain("决策");
    await user.click(screen.getByRole("button", { name: "写入表格" }));
    expect(await screen.findByText("已写入工作表“评分表”（2 次往返）。")).toBeTruthy();
    expect(gateway.calls.find((c) => c.name === "insertTable")?.args.slice(2)).toEqual(["newSheet", false]);
  });

  test("at an occupied selection it asks first; cancel leaves the cells, overwrite writes", async () => {
    const user = userEvent.setup();
    const gateway = fakeGateway("excel", { occupied: true });
    renderApp(gateway);
    await user.click(screen.getByRole("tab", { name: "插入" }));
    await user.click(await screen.findByRole("radio", { name: /所选单元格/ }));
    await user.click(screen.getByRole("button", { name: "写入表格" }));
    // Tabster (Fluent's focus manager) activates a dialog's modal layer on focus events that jsdom does not always
    // deliver, and then marks the layer aria-hidden; the role and the modal attribute are checked, not the layer's state.
    const dialog = await screen.findByRole("dialog", { hidden: true });
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    expect(dialog.textContent).toContain("Sheet1!C5:P40");
    await user.click(within(dialog).getByRole("button", { name: "取消", hidden: true }));
    expect(await screen.findByText("未写入，原有内容保持不变。")).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull()); // the first dialog has gone
    expect(gateway.calls.filter((c) => c.name === "insertTable").map((c) => c.args[3])).toEqual([false]);
    await user.click(screen.getByRole("button", { name: "写入表格" }));
    await user.click(
      await within(await screen.findByRole("dialog", { hidden: true })).findByRole("button", {
        name: "覆盖",
        hidden: true,
      }),
    );
    await waitFor(() =>
      expect(gateway.calls.filter((c) => c.name === "insertTable").map((c) => c.args[3])).toEqual([false, false, true]),
    );
  });

  test("a template with problems is written only when the person says so", async () => {
    const user = userEvent.setup();
    renderApp(fakeGateway(), { ...SMALL, indicators: [{ ...SMALL.indicators[0], weight: 25 }, SMALL.indicators[1]] });
    await user.click(screen.getByRole("tab", { name: "插入" }));
    const write = await screen.findByRole("button", { name: "写入表格" });
    expect(write.hasAttribute("disabled")).toBe(true);
    await user.click(screen.getByRole("checkbox", { name: /仍然写入/ }));
    expect(write.hasAttribute("disabled")).toBe(false);
  });

  test("in the browser page the button downloads the workbook", async () => {
    const user = userEvent.setup();
    renderApp(fakeGateway("browser"));
    await user.click(screen.getByRole("tab", { name: "插入" }));
    await user.click(await screen.findByRole("button", { name: "下载 .xlsx" }));
    expect(screen.queryByRole("radio")).toBeNull();
    expect(await screen.findByText("已下载 x.xlsx。")).toBeTruthy();
  });
});

const GRID = {
  name: "Sheet1",
  cells: [
    ["一级指标", "分值", "二级指标", "分值", "得分"],
    ["决策", 15, "项目立项", 12, 10],
    [null, null, "资金落实", 2, 2],
    ["管理", 85, "资金管理", 85, 80],
  ],
  merges: [],
};

describe("校验 and 汇总", () => {
  test("problems are listed with their cells; clicking one selects it; marks can be set and cleared", async () => {
    const user = userEvent.setup();
    const gateway = fakeGateway("excel", { grid: GRID });
    renderApp(gateway);
    await user.click(screen.getByRole("tab", { name: "校验" }));
    await user.click(await screen.findByRole("button", { name: "校验当前工作表" }));
    const problem = await screen.findByRole("button", { name: /B2.*决策 分值 15 ≠ 下级合计 14/ });
    await user.click(problem);
    expect(gateway.calls.find((c) => c.name === "selectCell")?.args).toEqual(["Sheet1", "B2"]);
    await user.click(screen.getByRole("button", { name: "标出问题单元格" }));
    expect(gateway.calls.find((c) => c.name === "markCells")?.args).toEqual(["Sheet1", ["B2"]]);
    await user.click(screen.getByRole("button", { name: "清除标记" }));
    expect(gateway.calls.some((c) => c.name === "clearMarks")).toBe(true);
  });

  test("a sheet without a table says so", async () => {
    const user = userEvent.setup();
    renderApp(fakeGateway("excel", { grid: { name: "S", cells: [["项目", "金额"]], merges: [] } }));
    await user.click(screen.getByRole("tab", { name: "校验" }));
    await user.click(await screen.findByRole("button", { name: "校验当前工作表" }));
    expect((await screen.findByRole("alert")).textContent).toContain("找不到指标表");
  });

  test("汇总 shows each top-level indicator, the total, the grade and the report's sentences", async () => {
    const user = userEvent.setup();
    const fixed = { ...GRID, cells: GRID.cells.map((r, i) => (i === 2 ? [null, null, "资金落实", 3, 2] : r)) };
    const gateway = fakeGateway("excel", { grid: fixed });
    renderApp(gateway);
    await user.click(screen.getByRole("tab", { name: "汇总" }));
    await user.click(await screen.findByRole("button", { name: "读取得分" }));
    const table = await screen.findByRole("table", { name: "汇总" });
    expect(
      within(table)
        .getAllByRole("row")
        .map((r) => r.textContent),
    ).toEqual(["指标分值得分得分率", "决策151280.00%", "管理858094.12%"]);
    expect(screen.getByText(/合计：92/).textContent).toContain("等级：优");
    expect((screen.getByRole("textbox", { name: "报告用语" }) as HTMLTextAreaElement).value).toBe(
      "项目决策类指标标准分值 15 分，实际得分 12 分，得分率 80.00%。项目管理类指标标准分值 85 分，实际得分 80 分，得分率 94.12%。综合得分 92 分，评价等级为“优”。",
    );
    await user.click(screen.getByRole("button", { name: "插入汇总表和图表" }));
    expect(gateway.calls.find((c) => c.name === "insertSummary")?.args[0]).toBe("Sheet1");
  });
  test("汇总 grades by the workbook's own scheme, as jx score does: a five-tier workbook's 74 is 中等", async () => {
    const user = userEvent.setup();
    const settings = {
      format: "jixiao-settings" as const,
      version: 1 as const,
      title: "t",
      grades: [...(GRADE_SCHEMES.find((g) => g.id === "five-tier")?.bands ?? [])],
    };
    const grid = {
      name: "评分表",
      cells: [
        ["一级指标", "分值", "得分"],
        ["决策", 40, 30],
        ["效益", 60, 44],
      ],
      merges: [],
      settings,
    };
    renderApp(fakeGateway("excel", { grid }));
    await user.click(screen.getByRole("tab", { name: "汇总" }));
    await user.click(await screen.findByRole("button", { name: "读取得分" }));
    expect((await screen.findByText(/合计：74/)).textContent).toContain("等级：中等");
  });
});

describe("自评表", () => {
  test("a form from a preset, weights checked, written through the gateway", async () => {
    const user = userEvent.setup();
    const gateway = fakeGateway();
    renderApp(gateway);
    await user.click(screen.getByRole("tab", { name: "自评表" }));
    await user.selectOptions(await screen.findByRole("combobox", { name: "自评表预设" }), "dibao-2022");
    await user.click(screen.getByRole("button", { name: "使用此预设" }));
    expect((screen.getByRole("textbox", { name: "项目名称" }) as HTMLInputElement).value).toBe(
      "农村居民最低生活保障金",
    );
    expect(screen.getByText("预算执行率 10 分 + 指标分值 90 分 = 100 / 100")).toBeTruthy();
    const weight = screen.getByRole("textbox", { name: "分值 1" });
    await user.clear(weight);
    await user.type(weight, "12");
    expect(screen.getByText("预算执行率 10 分 + 指标分值 92 分 = 102 / 100")).toBeTruthy();
    expect(screen.getByRole("button", { name: "写入自评表" }).hasAttribute("disabled")).toBe(true);
    await user.clear(weight);
    await user.type(weight, "10");
    await user.click(screen.getByRole("button", { name: "写入自评表" }));
    expect(await screen.findByText("已写入工作表“自评表”（2 次往返）。")).toBeTruthy();
    expect(gateway.calls.find((c) => c.name === "insertForm")?.args[0]).toMatchObject({
      project: { name: "农村居民最低生活保障金" },
    });
    expect(screen.getByRole("table", { name: "预览" }).textContent).toContain("年度指标值");
  });

  test("校验 on a goal table audits its targets with suggestions (one button: 校验 audits a form)", async () => {
    const user = userEvent.setup();
    const grid = {
      name: "目标",
      cells: [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
        ["产出指标", "数量指标", "救助人次", "有所提升", "提升"],
        [null, "质量指标", "核查准确率", "≥98%", "99%"],
      ],
      merges: [],
    };
    renderApp(fakeGateway("excel", { grid }));
    await user.click(screen.getByRole("tab", { name: "校验" }));
    expect(screen.queryByRole("button", { name: "审核绩效目标" })).toBeNull();
    await user.click(await screen.findByRole("button", { name: "校验当前工作表" }));
    expect(await screen.findByText("1 个目标无法衡量：")).toBeTruthy();
    expect(screen.getByRole("button", { name: /D2.*救助人次/ })).toBeTruthy();
    expect(screen.getByText(/建议：用数值代替程度词/)).toBeTruthy();
  });

  test("in English the audit's finding and suggestion are English", async () => {
    const user = userEvent.setup();
    const grid = {
      name: "目标",
      cells: [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
        ["产出指标", "数量指标", "救助人次", "有所提升", "提升"],
      ],
      merges: [],
    };
    renderApp(fakeGateway("excel", { grid }), SMALL, "en");
    await user.click(screen.getByRole("tab", { name: "Check" }));
    await user.click(await screen.findByRole("button", { name: "Check the active sheet" }));
    expect(
      await screen.findByRole("button", { name: /D2.*救助人次: a quantitative row uses the vague word "有所提升"/ }),
    ).toBeTruthy();
    expect(screen.getByText(/replace the vague word with a figure/)).toBeTruthy();
  });
});

describe("what the reader understood, on the page", () => {
  test("校验 lists every number it did not read, with its cell, and what it read", async () => {
    const user = userEvent.setup();
    const grid = {
      name: "评分表",
      cells: [
        ["一级指标", "分值", "得分", "备注"],
        ["决策", 40, 30, null],
        ["效益", 60, 50, 7],
        ["合计", 100, 80, null],
      ],
      merges: [],
    };
    renderApp(fakeGateway("excel", { grid }));
    await user.click(screen.getByRole("tab", { name: "校验" }));
    await user.click(await screen.findByRole("button", { name: "校验当前工作表" }));
    const unread = await screen.findByRole("list", { name: "1 个数字未读取，请核对" });
    expect(unread.textContent).toBe("D3 7：说明文字列中的数字，未用于计分");
    expect(screen.getByRole("list", { name: /读取说明/ }).textContent).toContain("第 4 行：合计行");
  });
});

describe("汇总 holds back what does not stand", () => {
  test("a score above its weight: no grade and no report sentences until it is fixed, and the page says why", async () => {
    const user = userEvent.setup();
    const grid = {
      name: "评分表",
      cells: [
        ["一级指标", "分值", "得分"],
        ["决策", 40, 45],
        ["效益", 60, 50],
      ],
      merges: [],
    };
    renderApp(fakeGateway("excel", { grid }));
    await user.click(screen.getByRole("tab", { name: "汇总" }));
    await user.click(await screen.findByRole("button", { name: "读取得分" }));
    expect((await screen.findByText(/合计：95/)).textContent).toContain("暂不评定");
    expect(screen.queryByRole("textbox", { name: "报告用语" })).toBeNull();
    expect(screen.getByText(/修正上列问题后才给出等级和报告用语/)).toBeTruthy();
  });
});

describe("a workbook with one project per sheet", () => {
  test("校验所有工作表 gives every sheet its own verdict, named; a wrong sheet is never hidden behind a right one", async () => {
    const user = userEvent.setup();
    const good = {
      name: "项目一",
      cells: [
        ["一级指标", "分值", "得分"],
        ["决策", 40, 30],
        ["效益", 60, 50],
      ],
      merges: [],
    };
    const bad = {
      name: "项目二",
      cells: [
        ["一级指标", "分值", "得分"],
        ["决策", 40, 30],
        ["效益", 50, 50],
      ],
      merges: [],
    };
    const gateway = fakeGateway("excel", {
      grid: good,
      grids: [good, bad, { name: "说明", cells: [["本工作簿共两个项目"]], merges: [] }],
    });
    renderApp(gateway);
    await user.click(screen.getByRole("tab", { name: "校验" }));
    await user.click(await screen.findByRole("button", { name: "校验所有工作表" }));
    expect((await screen.findByText(/权重一致：2 个一级指标/)).closest("[class]")?.textContent).toContain("［项目一］");
    const problems = screen.getByRole("list", { name: "［项目二］" });
    expect(problems.textContent).toContain("一级指标权重合计 90 ≠ 100");
    await user.click(within(problems).getByText("B2"));
    expect(gateway.calls.find((c) => c.name === "selectCell")?.args[0]).toBe("项目二");
  });
});
