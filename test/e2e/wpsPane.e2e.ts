import * as fs from "fs";
import * as path from "path";
import ts from "typescript";
import type { Page } from "playwright-core";
import { builtPage } from "./browser";

// The built WPS add-in (dist/wps/) in Chromium, the engine WPS panes run in, over the mock WPS objects of
// test/wps/ put where WPS puts its own: window.Application.
const session = builtPage("dist/wps", "taskpane.html");
let page: Page;
let errors: string[];
let mock: string;

beforeAll(() => {
  // mockEt.ts imports only types, so one file transpiled to CommonJS and wrapped runs in the page as it is.
  const source = fs.readFileSync(path.join(__dirname, "../wps/mockEt.ts"), "utf8");
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  }).outputText;
  mock = `var JixiaoMockEt = (function () { var exports = {}; var module = { exports: exports }; ${js}; return module.exports; })();
    window.__et = new JixiaoMockEt.MockEt();
    window.__panes = [];
    window.Application = Object.assign(window.__et.application(), {
      CreateTaskPane: (url) => { const p = { ID: "p" + (window.__panes.length + 1), Visible: false, url }; window.__panes.push(p); return p; },
      GetTaskPane: (id) => window.__panes.find((p) => p.ID === id),
      ShowDialog: () => undefined,
      PluginStorage: { _m: {}, getItem(k) { return this._m[k]; }, setItem(k, v) { this._m[k] = v; } },
    });`;
});
beforeEach(async () => {
  page = await session.browser.newPage({ viewport: { width: 900, height: 900 } });
  errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript(mock);
});
afterEach(async () => page?.close());

describe("the WPS add-in as built", () => {
  test("index.html sets every ribbon callback; the buttons open one task pane", async () => {
    await page.goto(`${session.url}index.html`);
    const xml = fs.readFileSync(path.join(session.root, "ribbon.xml"), "utf8");
    const names = [...xml.matchAll(/\s(?:on|get)[A-Z]\w*="ribbon\.(\w+)"/g)].map((m) => m[1]);
    expect(
      await page.evaluate(
        (ns) => ns.map((n) => typeof (window as unknown as { ribbon: Record<string, unknown> }).ribbon[n]),
        names,
      ),
    ).toEqual(names.map(() => "function"));
    const panes = await page.evaluate(() => {
      const w = window as unknown as {
        ribbon: { OnAction: (c: { Id: string }) => void };
        __panes: { url: string; Visible: boolean }[];
      };
      w.ribbon.OnAction({ Id: "btnJixiaoPane" });
      w.ribbon.OnAction({ Id: "btnJixiaoCheck" });
      return w.__panes;
    });
    expect(panes).toEqual([{ ID: "p1", Visible: true, url: `${session.url}taskpane.html` }]);
    expect(errors).toEqual([]);
  });

  test("the pane says there are no cell functions, writes the table through the WPS objects and checks it", async () => {
    await page.goto(`${session.url}taskpane.html`);
    await page.getByRole("tree", { name: "指标体系" }).waitFor();
    await page.getByText(/WPS 表格版/).waitFor();
    await page.getByRole("tab", { name: "插入" }).click();
    await page.getByRole("button", { name: "写入表格" }).click();
    await page.getByText("已写入工作表“评分表”（0 次往返）。").waitFor();
    const sheets = await page.evaluate(() =>
      (window as unknown as { __et: { sheets: { name: string; visible: number }[] } }).__et.sheets.map(
        (s) => `${s.name}:${s.visible}`,
      ),
    );
    expect(sheets).toEqual(["Sheet1:-1", "评分表:-1", "汇总:-1", "_jixiao:0"]);
    await page.getByRole("tab", { name: "校验" }).click();
    await page.getByRole("button", { name: "校验当前工作表" }).click();
    await page.getByText(/分值一致：\d+ 个一级指标/).waitFor();
    await page.getByRole("tab", { name: "汇总" }).click();
    await page.getByRole("button", { name: "读取得分" }).click();
    await page.getByRole("table", { name: "汇总" }).waitFor();
    // A table written from a preset has no scores yet: 汇总 holds back the grade, the sentences and the summary sheet.
    await page.getByText(/等级：暂不评定/).waitFor();
    expect(await page.getByRole("button", { name: "插入汇总表（WPS 版不画图表）" }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
