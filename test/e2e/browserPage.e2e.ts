import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { main } from "../../src/cli/main";
import { handmadeXlsx, SEED_002_BLANK_BELOW } from "../fixtures/handmade";
import { launchChromium } from "./browser";
import { serveFolder } from "./staticServer";

// Screenshots of the main screens go where the tests write their output.
const SHOTS = path.join(__dirname, "../../test-output/screenshots");
const DIST = path.join(__dirname, "../../dist");

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let page: Page;
let dir: string;

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "index.html"))) throw new Error("dist/ is not built: run npm run build first (npm run test:e2e does)");
  fs.mkdirSync(SHOTS, { recursive: true });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-e2e-"));
  server = await serveFolder(DIST);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1000, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}index.html`);
  await page.getByRole("tree", { name: "指标体系" }).waitFor();
  expect(errors).toEqual([]);
});
afterEach(async () => page?.close());

const silent = { out: () => undefined, err: () => undefined };

describe("the browser page", () => {
  test("pick a preset, break a weight and see the error, fix it, download the .xlsx and pass it to jx check", async () => {
    await page.getByRole("combobox", { name: "预设" }).selectOption("meizhou-2021");
    await page.getByRole("button", { name: "使用此预设" }).click();
    await page.getByRole("treeitem", { name: /^论证充分性/ }).click();
    await page.screenshot({ path: path.join(SHOTS, "template.png"), fullPage: true });
    const weight = page.getByRole("textbox", { name: "分值" });
    await weight.fill("5");
    await page.getByRole("list", { name: "1 处问题：" }).waitFor();
    const listed = await page.getByRole("list", { name: "1 处问题：" }).innerText();
    expect(listed).toContain("论证决策 分值 4 ≠ 下级合计 5");
    await page.screenshot({ path: path.join(SHOTS, "template-problem.png"), fullPage: true });
    await weight.fill("4");
    await page.getByText(/分值一致/).waitFor();

    await page.getByRole("tab", { name: "插入" }).click();
    await page.getByRole("table", { name: "预览" }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, "insert-preview.png"), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载 .xlsx" }).click()]);
    const file = path.join(dir, download.suggestedFilename());
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
    const broken = path.join(dir, "broken.xlsx");
    fs.writeFileSync(broken, await handmadeXlsx({ ...SEED_002_BLANK_BELOW, rows }));
    await page.getByRole("tab", { name: "校验" }).click();
    await page.getByLabel("选择 .xlsx 文件").setInputFiles(broken);
    await page.getByRole("button", { name: /F6.*目标设置 分值 6 ≠ 下级合计 7/ }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, "check.png"), fullPage: true });

    const good = path.join(dir, "good.xlsx");
    fs.writeFileSync(good, await handmadeXlsx(SEED_002_BLANK_BELOW));
    await page.getByRole("tab", { name: "汇总" }).click();
    await page.getByLabel("选择 .xlsx 文件").setInputFiles(good);
    await page.getByRole("table", { name: "汇总" }).waitFor();
    expect(await page.getByRole("textbox", { name: "报告用语" }).inputValue()).toContain("综合得分 91.3 分，评价等级为“优”。");
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
    const names = async () => (await tree.getByRole("treeitem").allInnerTexts()).slice(0, 5).map((t) => t.split("\n")[0]);
    expect(await names()).toEqual(["决策", "项目立项", "立项可行性", "立项依据充分性", "立项程序规范性"]);
    await page.getByText(/项目立项 分值 5 ≠ 下级合计 6/).first().waitFor();
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
});

