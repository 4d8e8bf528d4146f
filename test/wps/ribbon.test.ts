import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { runInNewContext } from "vm";
import { baseUrl, PANE_BUTTONS, ribbon, showPane, type WpsHost } from "../../taskpane/wps/ribbon";

const root = join(__dirname, "..", "..");
const ribbonXml = readFileSync(join(root, "wps", "ribbon.xml"), "utf8");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addinFiles } = require("../../taskpane/wps/webpack.wps.js") as {
  addinFiles: (version: string, url: string) => Record<string, string>;
};

/** Every callback ribbon.xml names: onLoad, onAction, getImage, getLabel, … */
function callbacks(xml: string): string[] {
  return [...xml.matchAll(/\s(on[A-Z]\w*|get[A-Z]\w*)="([^"]+)"/g)].map((m) => m[2]);
}

function fakeHost() {
  const panes: { ID: string; Visible: boolean; url: string }[] = [];
  const dialogs: string[] = [];
  const store = new Map<string, unknown>();
  const host: WpsHost = {
    CreateTaskPane(url) {
      const p = { ID: `pane${panes.length + 1}`, Visible: false, url };
      panes.push(p);
      return p;
    },
    GetTaskPane: (id) => panes.find((p) => p.ID === id),
    ShowDialog: (url) => void dialogs.push(url),
    PluginStorage: { getItem: (k) => store.get(k), setItem: (k, v) => void store.set(k, v) },
  };
  return { host, panes, dialogs };
}

describe("the 绩效评价 ribbon tab", () => {
  test("every callback of ribbon.xml is a function of the ribbon object the bundle sets", () => {
    const names = callbacks(ribbonXml);
    expect(names.length).toBeGreaterThan(6);
    for (const n of names) {
      expect(n).toMatch(/^ribbon\.\w+$/);
      expect(typeof (ribbon as Record<string, unknown>)[n.slice("ribbon.".length)]).toBe("function");
    }
    expect((globalThis as { ribbon?: unknown }).ribbon).toBe(ribbon);
    expect(ribbonXml).toContain('<tab id="tabJixiao" label="绩效评价">');
    const ids = [...ribbonXml.matchAll(/<button id="(\w+)"/g)].map((m) => m[1]);
    expect(ids).toEqual([...PANE_BUTTONS, "btnJixiaoHelp"]);
  });

  test("the buttons open the same task pane: made once, shown again after; 帮助 opens the help page", () => {
    const { host, panes, dialogs } = fakeHost();
    const g = globalThis as { Application?: WpsHost };
    g.Application = host;
    try {
      for (const id of PANE_BUTTONS) ribbon.OnAction({ Id: id });
      ribbon.OnAction({ Id: "btnJixiaoHelp" });
    } finally {
      delete g.Application;
    }
    expect(panes.length).toBe(1);
    expect(panes[0]).toMatchObject({ Visible: true });
    expect(panes[0].url).toMatch(/\/taskpane\.html$/);
    expect(dialogs[0]).toMatch(/\/help\.html$/);
    const again = fakeHost();
    showPane(again.host, "http://intranet/jixiao");
    expect(again.panes[0].url).toBe("http://intranet/jixiao/taskpane.html");
    expect(baseUrl("file:///home/u/jsaddons/jixiao_0.1.0/index.html?x#y")).toBe("file:///home/u/jsaddons/jixiao_0.1.0");
  });

  test("jsplugins.xml online and offline, publish.xml for one machine", () => {
    const files = addinFiles("0.1.0", "http://intranet.example/jixiao/");
    expect(files["jsplugins.xml"]).toContain(
      '<jspluginonline name="jixiao" type="et" url="http://intranet.example/jixiao/" version="0.1.0"/>',
    );
    expect(files["offline/jsplugins.xml"]).toContain(
      '<jsplugin name="jixiao" type="et" url="http://intranet.example/jixiao/jixiao_0.1.0.7z" version="0.1.0"/>',
    );
    expect(files["offline/publish.xml"]).toContain('url="jixiao_0.1.0"');
    expect(files["manifest.xml"]).toContain("<Name>jixiao</Name>");
  });
});

const dist = join(root, "dist", "wps");
// The built add-in, when `npm run build` has made it (the e2e run builds first).
(existsSync(join(dist, "main.js")) ? describe : describe.skip)("dist/wps/ as npm run build leaves it", () => {
  test("index.html runs main.js, whose global ribbon has every callback ribbon.xml names", () => {
    expect(readFileSync(join(dist, "ribbon.xml"), "utf8")).toBe(ribbonXml);
    expect(readFileSync(join(dist, "index.html"), "utf8")).toMatch(/<script[^>]+src="?main\.js"?/);
    expect(readFileSync(join(dist, "taskpane.html"), "utf8")).toMatch(/<script[^>]+src="?taskpane\.js"?/);
    const sandbox: Record<string, unknown> = { location: { href: "http://x/jixiao/index.html" } };
    sandbox.window = sandbox;
    sandbox.globalThis = sandbox;
    sandbox.self = sandbox;
    runInNewContext(readFileSync(join(dist, "main.js"), "utf8"), sandbox);
    const built = sandbox.ribbon as Record<string, unknown>;
    for (const n of callbacks(ribbonXml)) expect(typeof built[n.slice("ribbon.".length)]).toBe("function");
  });

  test("the offline folder holds the whole add-in; the XML files are there", () => {
    const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
    for (const f of [
      "index.html",
      "main.js",
      "taskpane.html",
      "taskpane.js",
      "ribbon.xml",
      "manifest.xml",
      "help.html",
      "functions.json",
      "images/icon-64.png",
    ]) {
      expect(existsSync(join(dist, "offline", `jixiao_${version}`, f))).toBe(true);
    }
    for (const f of ["jsplugins.xml", "manifest.xml", "offline/jsplugins.xml", "offline/publish.xml"])
      expect(existsSync(join(dist, f))).toBe(true);
  });
});
