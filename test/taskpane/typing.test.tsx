/**
 * @jest-environment jsdom
 */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeGateway } from "./fakeGateway";
import { renderPane } from "./renderPane";

function renderApp(gateway = fakeGateway()) {
  renderPane(gateway);
  return gateway;
}

const field = (name: string) => screen.getByRole("textbox", { name }) as HTMLInputElement | HTMLTextAreaElement;
const treeNames = () => screen.getAllByRole("treeitem").map((e) => e.textContent);

/** Types into a field key by key, as a person does, and checks that every key stayed there. */
async function typeInto(user: ReturnType<typeof userEvent.setup>, name: string, text: string): Promise<void> {
  const el = field(name);
  await user.clear(el);
  await user.type(el, text);
  expect({ name, value: field(name).value, focused: document.activeElement === field(name) }).toEqual({
    name,
    value: text,
    focused: true,
  });
}

describe("no field loses a keystroke: real key events in every field of every page", () => {
  test("模板: click a row, click 分值, type 10; Delete in a field deletes a character, not an indicator", async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole("treeitem", { name: /^资金/ }));
    await user.click(field("分值"));
    await user.keyboard("{Control>}a{/Control}10");
    expect(field("分值").value).toBe("10");
    expect(document.activeElement).toBe(field("分值"));
    expect(screen.getByRole("treeitem", { name: "资金，10" })).toBeTruthy();
    await user.keyboard("{Delete}{Backspace}");
    expect(field("分值").value).toBe("1");
    expect(treeNames()).toHaveLength(5);
    // A tree key still brings focus back to the tree, and only then.
    await user.click(screen.getByRole("treeitem", { name: /^资金/ }));
    await user.keyboard("{ArrowUp}");
    expect(document.activeElement?.textContent).toBe("立项12");
  });

  test("模板: every field keeps what is typed and keeps the focus", async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole("treeitem", { name: /^立项/ }));
    await typeInto(user, "标题", "某项目绩效评价指标体系");
    await typeInto(user, "名称", "立项依据充分性");
    await typeInto(user, "编号", "A1-1");
    await typeInto(user, "分值", "17.5");
    await typeInto(user, "评分标准", "符合规划得 2 分，否则不得分。");
    await typeInto(user, "指标解释", "项目立项是否符合法律法规。");
    expect(screen.getByRole("treeitem", { name: "A1-1 立项依据充分性，17.5" })).toBeTruthy();
  });

  test("模板: a toolbar action moves focus to the tree; typing after it stays in the field", async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole("treeitem", { name: /^资金/ }));
    await user.click(screen.getByRole("button", { name: "添加同级" }));
    expect(document.activeElement?.getAttribute("role")).toBe("treeitem");
    expect(document.activeElement?.textContent).toBe("新指标1");
    await typeInto(user, "名称", "保障措施");
    await typeInto(user, "分值", "2.5");
  });

  test("自评表: every field keeps what is typed, and money keeps its decimal point", async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole("tab", { name: "自评表" }));
    await screen.findByRole("combobox", { name: "自评表预设" });
    await typeInto(user, "项目名称", "农村道路维护");
    await typeInto(user, "评价年度", "2024");
    await typeInto(user, "主管部门", "交通运输局");
    await typeInto(user, "实施单位", "公路事务中心");
    await typeInto(user, "年初预算数（万元）", "520.25");
    await typeInto(user, "全年预算数（万元）", "1,234.5");
    await typeInto(user, "全年执行数（万元）", "987.91");
    await typeInto(user, "一级指标 1", "产出指标");
    await typeInto(user, "二级指标 1", "数量指标");
    await typeInto(user, "三级指标 1", "维护里程");
    await typeInto(user, "年度指标值 1", "≥120公里");
    await typeInto(user, "分值 1", "17.5");
    // A cleared money field stays blank; it is stored as nothing, not 0.
    await user.clear(field("年初预算数（万元）"));
    expect(field("年初预算数（万元）").value).toBe("");
  });

  test("函数: the search field keeps what is typed", async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole("tab", { name: "函数" }));
    await screen.findByRole("textbox", { name: /搜索函数/ });
    const search = screen.getByRole("textbox", { name: /搜索函数/ }) as HTMLInputElement;
    await user.type(search, "执行率");
    expect(search.value).toBe("执行率");
    expect(document.activeElement).toBe(search);
  });
});

describe("自评表 number fields store only what the person typed", () => {
  async function openForm(user: ReturnType<typeof userEvent.setup>) {
    const gateway = renderApp();
    await user.click(screen.getByRole("tab", { name: "自评表" }));
    await screen.findByRole("combobox", { name: "自评表预设" });
    return gateway;
  }

  test("a field that is not a number says so beside it and holds back writing", async () => {
    const user = userEvent.setup();
    await openForm(user);
    const write = screen.getByRole("button", { name: "写入自评表" });
    expect(write.hasAttribute("disabled")).toBe(false);
    await typeInto(user, "全年执行数（万元）", "5２0.2x");
    expect(field("全年执行数（万元）").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("不是数字，请输入如 520.25 或 1,234.5 的数")).toBeTruthy();
    expect(write.hasAttribute("disabled")).toBe(true);
    await typeInto(user, "全年执行数（万元）", "520.25");
    expect(screen.queryByText(/不是数字/)).toBeNull();
    expect(write.hasAttribute("disabled")).toBe(false);
  });

  test("a cleared 分值 stays blank, asks to be filled and holds back writing", async () => {
    const user = userEvent.setup();
    await openForm(user);
    await user.clear(field("分值 1"));
    expect(field("分值 1").value).toBe("");
    expect(screen.getByText("请填写")).toBeTruthy();
    expect(screen.getByRole("button", { name: "写入自评表" }).hasAttribute("disabled")).toBe(true);
  });

  test("the figures written are exactly the ones typed", async () => {
    const user = userEvent.setup();
    const gateway = await openForm(user);
    await typeInto(user, "年初预算数（万元）", "520.25");
    await typeInto(user, "全年预算数（万元）", "1,234.5");
    await user.clear(field("全年执行数（万元）"));
    const before = screen.getByText(/预算执行率 10 分/).textContent ?? "";
    const w = Number(/指标分值 ([\d.]+) 分/.exec(before)?.[1]);
    const first = Number(field("分值 1").value);
    await typeInto(user, "分值 1", String(first - 2.5));
    await typeInto(user, "分值 2", String(Number(field("分值 2").value) + 2.5));
    expect(screen.getByText(/预算执行率 10 分/).textContent).toContain(`指标分值 ${w} 分`);
    await user.click(screen.getByRole("button", { name: "写入自评表" }));
    const form = gateway.calls.find((c) => c.name === "insertForm")?.args[0] as {
      funds: { rows: { initial?: number; annual?: number; executed?: number }[] };
      indicators: { weight: number }[];
    };
    expect(form.funds.rows[0]).toMatchObject({ initial: 520.25, annual: 1234.5 });
    expect("executed" in form.funds.rows[0] && form.funds.rows[0].executed !== undefined).toBe(false);
    expect(form.indicators[0].weight).toBe(first - 2.5);
  });
});
