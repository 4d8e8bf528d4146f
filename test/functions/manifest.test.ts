import * as fs from "fs";
import * as path from "path";
import { XMLParser } from "fast-xml-parser";

// Offline checks of what Microsoft's online validator and Office enforce (ENGINEERING.md).
const xml = fs.readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  preserveOrder: false,
  isArray: () => false,
});
const doc = parser.parse(xml).OfficeApp;
const host = doc.VersionOverrides.Hosts.Host;
const resources = doc.VersionOverrides.Resources;

function ids(group: unknown, key: string): string[] {
  const list = (group as Record<string, unknown>)[key];
  return (Array.isArray(list) ? list : [list]).map((e: { "@id": string }) => e["@id"]);
}

describe("manifest.xml", () => {
  const defined = new Set([
    ...ids(resources["bt:Images"], "bt:Image"),
    ...ids(resources["bt:Urls"], "bt:Url"),
    ...ids(resources["bt:ShortStrings"], "bt:String"),
    ...ids(resources["bt:LongStrings"], "bt:String"),
  ]);

  test("every resid it uses is defined in Resources", () => {
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
  });

  test("one runtime id shared by the runtime, the functions page and the function file", () => {
    const runtime = host.Runtimes.Runtime;
    expect(runtime["@lifetime"]).toBe("long");
    const page = host.AllFormFactors.ExtensionPoint.Page.SourceLocation["@resid"];
    const functionFile = host.DesktopFormFactor.FunctionFile["@resid"];
    expect([runtime["@resid"], page, functionFile]).toEqual(["Taskpane.Url", "Taskpane.Url", "Taskpane.Url"]);
  });

  test("elements in the order Office enforces: Runtimes, AllFormFactors, DesktopFormFactor", () => {
    const at = (tag: string): number => xml.indexOf(`<${tag}>`);
    expect(at("Runtimes")).toBeGreaterThan(xml.indexOf('<Host xsi:type="Workbook">'));
    expect(at("Runtimes")).toBeLessThan(at("AllFormFactors"));
    expect(at("AllFormFactors")).toBeLessThan(at("DesktopFormFactor"));
  });

  test("every URL is https", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  test("namespace JIXIAO, at most 32 characters", () => {
    const ns = (resources["bt:ShortStrings"]["bt:String"] as { "@id": string; "@DefaultValue": string }[]).find(
      (s) => s["@id"] === "Functions.Namespace",
    );
    expect(ns?.["@DefaultValue"]).toBe("JIXIAO");
    expect(ns?.["@DefaultValue"].length).toBeLessThanOrEqual(32);
  });

  test("zh-CN by default with a Chinese display name and English overrides", () => {
    expect(doc.DefaultLocale).toBe("zh-CN");
    expect(doc.DisplayName["@DefaultValue"]).toMatch(/[\u4e00-\u9fff]/);
    expect(doc.DisplayName.Override["@Locale"]).toBe("en-US");
    const button = (
      resources["bt:ShortStrings"]["bt:String"] as {
        "@id": string;
        "@DefaultValue": string;
        "bt:Override"?: { "@Locale": string };
      }[]
    ).find((s) => s["@id"] === "TaskpaneButton.Label");
    expect(button?.["@DefaultValue"]).toMatch(/[\u4e00-\u9fff]/);
    expect(button?.["bt:Override"]?.["@Locale"]).toBe("en-US");
  });

  test("a button on the Home tab opens the task pane, with our icons at 16/32/64/80 px", () => {
    const tab = host.DesktopFormFactor.ExtensionPoint.OfficeTab;
    expect(tab["@id"]).toBe("TabHome");
    expect(tab.Group.Control.Action["@xsi:type"]).toBe("ShowTaskpane");
    for (const size of [16, 32, 64, 80]) {
      expect(fs.existsSync(path.join(__dirname, `../../assets/icon-${size}.png`))).toBe(true);
      expect(xml).toContain(`assets/icon-${size}.png`);
    }
  });
});
