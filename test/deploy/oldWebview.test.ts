import * as fs from "fs";
import * as path from "path";
import * as acorn from "acorn";
import { JSDOM } from "jsdom";

/* In Internet Explorer or old Edge the ES2022 bundle does not parse: the inline ES5 check in
 * taskpane.html must say, in Chinese first, what to do instead of leaving a blank pane. */

const html = fs.readFileSync(path.join(__dirname, "../../taskpane/taskpane.html"), "utf8");
const script = /<script id="old-webview-check">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";

/** The pane as a webview shows it, before the bundle; `engine` decides what `new Function(modern code)` does. */
async function pane(engine: "modern" | "old" | "csp"): Promise<JSDOM> {
  const page = html.replace(/<script src="https:[^"]+"><\/script>/, "");
  const dom = new JSDOM(page, {
    url: "https://addin.example.gov.cn/jixiao/taskpane.html?_host_Info=Excel",
    runScripts: "dangerously",
    beforeParse(window) {
      const w = window as unknown as { Function: unknown; SyntaxError: ErrorConstructor; EvalError: ErrorConstructor };
      if (engine === "old")
        w.Function = function () {
          throw new w.SyntaxError("Expected identifier");
        };
      if (engine === "csp")
        w.Function = function () {
          throw new w.EvalError("Refused to evaluate a string as JavaScript");
        };
    },
  });
  await new Promise((resolve) => dom.window.addEventListener("load", resolve));
  return dom;
}

describe("the old-webview check in taskpane.html", () => {
  test("is ES5, so that Internet Explorer itself can run it", () => {
    expect(script.length).toBeGreaterThan(500);
    expect(() => acorn.parse(script, { ecmaVersion: 5 })).not.toThrow();
  });

  test("in an old engine it shows what to do, Chinese first, with the browser page's address", async () => {
    const dom = await pane("old");
    const text = dom.window.document.getElementById("container")?.textContent ?? "";
    expect(text.indexOf("网页内核过旧")).toBeGreaterThanOrEqual(0);
    expect(text.indexOf("网页内核过旧")).toBeLessThan(text.indexOf("web engine is too old"));
    expect(text).toContain("https://addin.example.gov.cn/jixiao/index.html");
    expect(text).toContain("Excel 自带公式");
    expect(dom.window.document.querySelector("[role=alert] a")?.getAttribute("href")).toBe(
      "https://addin.example.gov.cn/jixiao/index.html",
    );
  });

  test("in a modern engine, or one that only forbids eval, it leaves the pane alone", async () => {
    for (const engine of ["modern", "csp"] as const) {
      const dom = await pane(engine);
      expect(dom.window.document.getElementById("container")?.innerHTML).toBe("");
      expect((dom.window as unknown as { JIXIAO_OLD_WEBVIEW?: boolean }).JIXIAO_OLD_WEBVIEW).toBeUndefined();
    }
  });

  test("its probe is code this project's bundle really uses: the TypeScript target is ES2022", () => {
    const tsconfig = JSON.parse(fs.readFileSync(path.join(__dirname, "../../tsconfig.json"), "utf8"));
    expect(tsconfig.compilerOptions.target).toBe("ES2022");
    expect(
      () =>
        new Function(
          "class A { #x = 1; static m(o) { return o?.n ?? 0; } } return async () => { for await (const y of []) {} };",
        ),
    ).not.toThrow();
  });
});
