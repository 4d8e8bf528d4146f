import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { main } from "../../src/cli/main";
import { handmadeXlsx, SEED_002_BLANK_BELOW } from "../fixtures/handmade";
import { builtPage, seriousViolations, SHOTS } from "./browser";

// The built browser page (dist/) in Chromium; screenshots of the main screens go to SHOTS.
const session = builtPage("dist", "index.html");
let page: Page;
beforeEach(async () => {
  page = await session.browser.newPage({ viewport: { width: 1000, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${session.url}index.html`);
  await page.getByRole("tree", { name: "指标体系" }).waitFor();
  expect(errors).toEqual([]);
});
afterEach(async () => page?.close());

const silent = { out: () => undefined, err: () => undefined };

/** Replaces a field's text key by key, as a person types (not fill()). */
async function retype(field: ReturnType<Page["getByRole"]>, text: string): Promise<void> {
  await field.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
}

const TABS = ["模板", "插入", "自评表", "校验", "汇总", "函数"] as const;

/** Opens a tab, from the tab bar or, in a narrow pane, from the overflow menu. */
async function openTab(name: string): Promise<void> {
  const tab = page.getByRole("tab", { name });
  if (await tab.isVisible()) await tab.click();
  else {
    await page.getByRole("button", { name: /^(更多，另有 \d+ 个选项卡|More, \d+ more tabs)$/ }).click();
    await page.getByRole("menuitem", { name }).click();
  }
  await page.getByRole("tabpanel").waitFor();
}

/** Elements reaching past the right edge of the pane, outside a region that scrolls on its own. */
function overflowing(): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (el: Element): boolean => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if ((o === "auto" || o === "scroll" || o === "hidden") && p.getBoundingClientRect().right <= width + 0.5)
          return true;
      }
      return false;
    };
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`page ${document.documentElement.scrollWidth} px`);
    // The tab bar clips what overflows, so each tab and the “更多” button shown must lie inside the pane.
    for (const el of Array.from(document.querySelectorAll('[role="tablist"] button'))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 0.5) out.push(`tab ${el.textContent} ${Math.round(r.right)} px`);
    }
    for (const el of Array.from(document.querySelectorAll("body *"))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 0.5 && !scrolls(el))
        out.push(`${el.tagName.toLowerCase()} ${Math.round(r.right)} px: ${(el.textContent ?? "").slice(0, 20)}`);
    }
    return out;
  });
}

describe("the browser page", () => {
  test("pick a preset, break a weight and see the error, fix it, download the .xlsx and pass it to jx check", async () => {
    await page.getByRole("combobox", { name: "预设" }).selectOption("meizhou-2021");
    await page.getByRole("button", { name: "使用此预设" }).click();
    await page.getByRole("treeitem", { name: /^论证充分性/ }).click();
    await page.screenshot({ path: path.join(SHOTS, "template.png"), fullPage: true });
    const weight = page.getByRole("textbox", { name: "分值" });
    await retype(weight, "5");
    await page.getByRole("list", { name: "1 处问题：" }).waitFor();
    const listed = await page.getByRole("list", { name: "1 处问题：" }).innerText();
    expect(listed).toContain("论证决策 分值 4 ≠ 下级合计 5");
    await page.screenshot({ path: path.join(SHOTS, "template-problem.png"), fullPage: true });
    await retype(weight, "4");
    await page.getByText(/分值一致/).waitFor();

    await page.getByRole("tab", { name: "插入" }).click();
    await page.getByRole("table", { name: "预览" }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, "insert-preview.png"), fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载 .xlsx" }).click(),
    ]);
    const file = path.join(session.dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(await main(["check", file], silent)).toBe(0);
    const out: string[] = [];
    await main(["score", file, "--json"], { out: (t) => void out.push(t), err: () => undefined });
    expect(JSON.parse(out[0]).levels.map((l: { name: string }) => l.name)).toEqual(["决策", "管理", "产出", "效益"]);
  });

  test("upload a broken sheet and see its problems with their cells; 汇总 reads the scores", async () => {
    const rows = SEED_002_BLANK_BELOW.rows.map((r) => [...r]);
    rows[6][7] = 3; // 合理性 2 → 3
    const broken = path.join(session.dir, "broken.xlsx");
    fs.writeFileSync(broken, await handmadeXlsx({ ...SEED_002_BLANK_BELOW, rows }));
    await page.getByRole("tab", { name: "校验" }).click();
    await page.getByLabel("选择 .xlsx 文件").setInputFiles(broken);
    await page.getByRole("button", { name: /F6.*目标设置 分值 6 ≠ 下级合计 7/ }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, "check.png"), fullPage: true });

    const good = path.join(session.dir, "good.xlsx");
    fs.writeFileSync(good, await handmadeXlsx(SEED_002_BLANK_BELOW));
    await page.getByRole("tab", { name: "汇总" }).click();
    await page.getByLabel("选择 .xlsx 文件").setInputFiles(good);
    await page.getByRole("table", { name: "汇总" }).waitFor();
    expect(await page.getByRole("textbox", { name: "报告用语" }).inputValue()).toContain(
      "综合得分 91.3 分，评价等级为“优”。",
    );
    await page.screenshot({ path: path.join(SHOTS, "summary.png"), fullPage: true });
  });

  test("the tree editor runs by keyboard alone", async () => {
    const tree = page.getByRole("tree", { name: "指标体系" });
    await tree.getByRole("treeitem").first().focus();
    await page.keyboard.press("ArrowDown"); // 项目立项
    await page.keyboard.press("ArrowDown"); // 立项依据充分性
    await page.keyboard.press("Insert"); // a sibling
    await page.keyboard.press("Enter"); // edit its name
    await page.keyboard.press("Control+A");
    await page.keyboard.type("立项可行性");
    await page.keyboard.press("Enter"); // back to the tree
    await page.keyboard.press("Alt+ArrowUp"); // move it above 立项程序规范性? it is already after 立项依据充分性: up puts it first
    const names = async () =>
      (await tree.getByRole("treeitem").allInnerTexts()).slice(0, 5).map((t) => t.split("\n")[0]);
    expect(await names()).toEqual(["决策", "项目立项", "立项可行性", "立项依据充分性", "立项程序规范性"]);
    await page
      .getByText(/项目立项 分值 5 ≠ 下级合计 6/)
      .first()
      .waitFor();
    await page.keyboard.press("Delete");
    expect(await names()).toEqual(["决策", "项目立项", "立项依据充分性", "立项程序规范性", "绩效目标"]);
    await page.keyboard.press("Control+z");
    expect((await names())[2]).toBe("立项可行性");
    await page.keyboard.press("Control+y");
    expect((await names())[2]).toBe("立项依据充分性");
    await page.getByText(/分值一致/).waitFor();
  });

  test("the English switch", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("tab", { name: "Functions" }).click();
    await page.getByText("JIXIAO.EXECRATE", { exact: true }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, "functions-en.png"), fullPage: true });
  });

  test("at 350 px nothing is wider than the pane and the tabs do not wrap; screenshots at 350 px and 1280 × 800", async () => {
    for (const width of [350, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const name of TABS) {
        await openTab(name);
        await page.waitForTimeout(300);
        expect({ width, name, overflowing: await overflowing() }).toEqual({ width, name, overflowing: [] });
        const bar = await page.getByRole("tablist").boundingBox();
        expect(bar && bar.height < 60).toBe(true); // one line of tabs
        await page.screenshot({ path: path.join(SHOTS, `${width}-${name}.png`), fullPage: true });
      }
    }
    // English words are longer: the pane still does not scroll sideways.
    await page.setViewportSize({ width: 350, height: 800 });
    await openTab("模板");
    await page.getByRole("button", { name: "English" }).click();
    for (const name of ["Template", "Insert", "Self-evaluation", "Check", "Summary", "Functions"]) {
      await openTab(name);
      await page.waitForTimeout(300);
      expect({ name, overflowing: await overflowing() }).toEqual({ name, overflowing: [] });
      await page.screenshot({ path: path.join(SHOTS, `350-en-${name}.png`), fullPage: true });
    }
  });

  test("real typing: a click on a row, then 分值 10 stays 10 and the focus stays in the field", async () => {
    await page.getByRole("treeitem", { name: /^立项依据充分性/ }).click();
    const weight = page.getByRole("textbox", { name: "分值" });
    await weight.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("10");
    expect(await weight.inputValue()).toBe("10");
    expect(await weight.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Delete");
    await page.keyboard.press("Backspace");
    expect(await weight.inputValue()).toBe("1");
    expect(await page.getByRole("treeitem").count()).toBeGreaterThan(20);
    for (const [label, text] of [
      ["名称", "立项依据充分性（修订）"],
      ["编号", "A1"],
      ["评分标准", "符合规划得 3 分。"],
      ["指标解释", "是否符合规划。"],
    ] as const) {
      const field = page.getByRole("textbox", { name: label });
      await field.click();
      await page.keyboard.press("Control+A");
      await page.keyboard.type(text);
      expect({ label, value: await field.inputValue() }).toEqual({ label, value: text });
    }
  });

  test("自评表 money keeps its decimal point; a field that is not a number says so; a cleared field stays blank", async () => {
    await openTab("自评表");
    const initial = page.getByRole("textbox", { name: "年初预算数（万元）" });
    await retype(initial, "520.25");
    expect(await initial.inputValue()).toBe("520.25");
    const annual = page.getByRole("textbox", { name: "全年预算数（万元）" });
    await retype(annual, "1,234.5");
    expect(await annual.inputValue()).toBe("1,234.5");
    const preview = page.getByRole("table", { name: "预览" });
    await expect_(async () => expect(await preview.innerText()).toContain("520.25"));
    const weight = page.getByRole("textbox", { name: "分值 1" });
    await retype(weight, "17.5");
    expect(await weight.inputValue()).toBe("17.5");
    await retype(annual, "12三");
    await page.getByText("不是数字，请输入如 520.25 或 1,234.5 的数").waitFor();
    await annual.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    expect(await annual.inputValue()).toBe("");
  });

  test("opened from disk (file://) every page works and 函数 has its descriptions; 满意度 finds LIKERTSCORE", async () => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`file://${path.join(session.root, "index.html")}`);
    await page.getByRole("tree", { name: "指标体系" }).waitFor();
    for (const name of TABS) await openTab(name);
    expect(await page.getByText(/Failed to fetch|出错了/).count()).toBe(0);
    await page
      .getByText(/预算执行率\/资金支出率 = 实际支出 ÷ 预算资金/)
      .first()
      .waitFor();
    await page.getByRole("textbox", { name: /搜索函数/ }).click();
    await page.keyboard.type("满意度");
    await page.getByRole("group", { name: "LIKERTSCORE" }).waitFor();
    expect(errors).toEqual([]);
  });

  test("axe-core finds no serious or critical violation on any page, at 1280 and 350 px", async () => {
    for (const width of [1280, 350]) {
      await page.setViewportSize({ width, height: 800 });
      for (const name of TABS) {
        await openTab(name);
        const violations = await seriousViolations(page);
        expect({ width, name, violations }).toEqual({ width, name, violations: [] });
      }
    }
  });
});

/** Retries an expectation for a moment (the preview follows the typing). */
async function expect_(check: () => Promise<void>): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      return await check();
    } catch (e) {
      if (i > 20) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
