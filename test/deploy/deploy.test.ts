import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { XMLParser } from "fast-xml-parser";
import { manifestVersionOf, withManifestVersion } from "./syncManifestVersion";

/* What an office's IT and Microsoft's tools expect of the package: a manifest whose version follows
 * the release, a real help page, a provider, a licence, a dist/ manifest pointing where dist/ is hosted. */

const ROOT = path.join(__dirname, "../..");
const read = (f: string): string => fs.readFileSync(path.join(ROOT, f), "utf8");
const pkg = JSON.parse(read("package.json")) as { version: string; license: string; scripts: Record<string, string> };
const xml = read("manifest.xml");
const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml).OfficeApp;
const functionIds = [...read("functions/functions.ts").matchAll(/@customfunction (\w+)/g)].map((m) => m[1]);

describe("the manifest's version follows package.json", () => {
  test("<Version> is package.json's version with a fourth part", () => {
    expect(doc.Version).toBe(`${pkg.version}.0`);
    expect(manifestVersionOf(pkg.version)).toBe(doc.Version);
  });

  test("npm version rewrites it (the package.json version script)", () => {
    expect(pkg.scripts.version).toContain("test/deploy/syncManifestVersion.ts");
    const bumped = withManifestVersion(xml, "0.2.0");
    expect(bumped).toContain("<Version>0.2.0.0</Version>");
    expect(bumped.replace("<Version>0.2.0.0</Version>", `<Version>${doc.Version}</Version>`)).toBe(xml);
    expect(() => manifestVersionOf("1.2")).toThrow("版本号应为 x.y.z / the version must be x.y.z: 1.2");
  });
});

describe("help, provider and licence", () => {
  test("SupportUrl and LearnMoreUrl point at help.html, which the build copies into dist/", () => {
    expect(doc.SupportUrl["@DefaultValue"]).toBe("https://localhost:3000/help.html");
    const learnMore = (
      doc.VersionOverrides.Resources["bt:Urls"]["bt:Url"] as { "@id": string; "@DefaultValue": string }[]
    ).find((u) => u["@id"] === "GetStarted.LearnMoreUrl");
    expect(learnMore?.["@DefaultValue"]).toBe("https://localhost:3000/help.html");
    expect(read("taskpane/webpack.config.js")).toContain('{ from: "taskpane/help.html", to: "help.html" }');
  });

  test("help.html: Chinese first, then English, every function named, where to ask", () => {
    const help = read("taskpane/help.html");
    const zh = help.slice(help.indexOf('<section id="zh"'), help.indexOf('<section id="en"'));
    const en = help.slice(help.indexOf('<section id="en"'));
    expect(zh.length).toBeGreaterThan(1000);
    expect(en.length).toBeGreaterThan(1000);
    expect(functionIds.length).toBe(16);
    for (const id of functionIds) {
      expect(zh).toContain(`JIXIAO.${id}<`);
      expect(en).toContain(`<code>${id}</code>`);
    }
    expect(zh).toContain("单位信息部门");
    expect(en).toContain("ask the IT staff who deployed the add-in");
    expect(help).not.toMatch(/<script/i); // plain HTML: readable in any webview
  });

  test("ProviderName says who provides it", () => {
    expect(doc.ProviderName).toMatch(/[\u4e00-\u9fff]/);
    expect(doc.ProviderName).toContain("Jixiao");
    expect(doc.ProviderName.length).toBeLessThanOrEqual(250);
  });

  test("a LICENSE file matching package.json (MIT)", () => {
    expect(pkg.license).toBe("MIT");
    expect(read("LICENSE")).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
    expect(read("LICENSE")).toContain('THE SOFTWARE IS PROVIDED "AS IS"');
  });
});

describe("building for a server: JIXIAO_URL", () => {
  type Pattern = { from: string; to: string; transform?: (c: Buffer) => string };
  async function manifestTransform(url: string | undefined): Promise<(c: Buffer) => string> {
    const saved = process.env.JIXIAO_URL;
    if (url === undefined) delete process.env.JIXIAO_URL;
    else process.env.JIXIAO_URL = url;
    try {
      type Config = { name?: string; plugins: { patterns?: Pattern[] }[] };
      let config: (env: object, options: object) => Promise<Config | Config[]> = () =>
        Promise.reject(new Error("not loaded"));
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh load, so that JIXIAO_URL is read again
        config = require("../../taskpane/webpack.config.js");
      });
      const configs = [await config({ WEBPACK_BUILD: true }, { mode: "production" })].flat(); // the Excel build, then the WPS add-in's
      const built = configs[0];
      expect(configs.map((c) => c.name)).toEqual(["main", "wps"]);
      const copy = built.plugins.find((p) => p.patterns)?.patterns?.find((p) => p.from === "manifest.xml");
      if (!copy?.transform) throw new Error("no manifest transform");
      return copy.transform;
    } finally {
      if (saved === undefined) delete process.env.JIXIAO_URL;
      else process.env.JIXIAO_URL = saved;
    }
  }

  test.each(["https://jixiao.example.gov.cn/addin/", "https://jixiao.example.gov.cn/addin"])(
    "dist/manifest.xml points every URL at %s",
    async (url) => {
      const out = (await manifestTransform(url))(Buffer.from(xml));
      expect(out).not.toContain("localhost");
      const urls = [...out.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
      expect(urls.length).toBeGreaterThan(8);
      expect(urls.filter((u) => !u.startsWith("https://jixiao.example.gov.cn/addin/"))).toEqual([]);
      expect(out.replace(/https:\/\/jixiao\.example\.gov\.cn(\/addin)?/g, "https://localhost:3000")).toBe(xml);
      expect(out).toContain('<SupportUrl DefaultValue="https://jixiao.example.gov.cn/addin/help.html"/>');
      expect(out).toContain("<AppDomain>https://jixiao.example.gov.cn</AppDomain>");
    },
  );

  test("an http address is refused, in both languages", async () => {
    await expect(manifestTransform("http://intranet/jixiao/")).rejects.toThrow(
      "JIXIAO_URL 必须是 https 地址 / JIXIAO_URL must be an https address: http://intranet/jixiao/",
    );
  });
});

describe("Microsoft's own manifest tools read it offline", () => {
  test("office-addin-manifest parses it: id, version, provider, locale, support URL", () => {
    // In a plain Node process: under jest the package pulls in an ESM-only dependency (see package.json's moduleNameMapper).
    const script =
      'require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1]).then((i) => process.stdout.write(JSON.stringify(i)))';
    const info = JSON.parse(
      execFileSync(process.execPath, ["-e", script, path.join(ROOT, "manifest.xml")], {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 60000,
      }),
    );
    expect(info).toMatchObject({
      id: doc.Id,
      version: doc.Version,
      providerName: doc.ProviderName,
      defaultLocale: "zh-CN",
      hosts: ["Workbook"],
      officeAppType: "TaskPaneApp",
      supportUrl: "https://localhost:3000/help.html",
    });
  });

  test("office-addin-manifest-converter converts it to the unified manifest without complaint", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { convert } = require("office-addin-manifest-converter");
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-manifest-"));
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      await convert(path.join(ROOT, "manifest.xml"), out, false, undefined, undefined, false);
      const json = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"));
      expect(json.id).toBe(doc.Id);
      expect(json.version).toBe(pkg.version);
      expect(json.developer.websiteUrl).toBe("https://localhost:3000/help.html");
      expect(JSON.stringify(json.extensions)).toContain('"name":"SharedRuntime"');
    } finally {
      log.mockRestore();
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
