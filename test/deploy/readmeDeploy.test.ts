import * as fs from "fs";
import * as path from "path";

/* The README alone must take an office from `npm run build` to a manifest its admin can deploy. */

const readme = fs.readFileSync(path.join(__dirname, "../../README.md"), "utf8");
const english = readme.indexOf("# Jixiao (English)");
const section = (from: string, to: string): string =>
  readme.slice(readme.indexOf(from), readme.indexOf(to, readme.indexOf(from) + 1));
const zh = section("## 部署到单位", "\n## ");
const en = section("## Deployment (for an office)", "\n## ");

describe("README: 部署 / Deployment", () => {
  test("Chinese first, then the same in English", () => {
    expect(readme.indexOf("## 部署到单位")).toBeGreaterThan(0);
    expect(readme.indexOf("## 部署到单位")).toBeLessThan(english);
    expect(readme.indexOf("## Deployment (for an office)")).toBeGreaterThan(english);
    expect(en.length).toBeGreaterThan(zh.length * 0.8);
  });

  test.each([
    ["building with JIXIAO_URL", "JIXIAO_URL=https://", "JIXIAO_URL=https://"],
    ["any https static server", "IIS、nginx", "IIS, nginx"],
    [
      "which manifest: the root one is localhost only",
      "仓库根目录的 `manifest.xml`",
      "the repository's `manifest.xml`",
    ],
    ["which manifest: dist/ for colleagues", "**`dist/manifest.xml`**", "**`dist/manifest.xml`**"],
    ["the admin center", "集成应用", "Integrated apps"],
    ["the shared-folder catalog", "受信任的加载项目录", "Trusted Add-in Catalogs"],
    ["upload by the user", "上传我的加载项", "Upload My Add-in"],
    ["how long until deployed", "最长 24 小时", "up to 24 hours"],
    ["the function metadata cache and the version", "npm version patch", "npm version patch"],
    [
      "clearing the Office cache",
      "清除所有以前启动的 Web 加载项缓存",
      "clear all previously-started web add-ins cache",
    ],
    ["the help page", "help.html", "help.html"],
  ])("%s", (_, inZh, inEn) => {
    expect(zh).toContain(inZh);
    expect(en).toContain(inEn);
  });

  test("the support table names retail perpetual Office from 2311", () => {
    expect(readme.slice(0, english)).toContain("零售版（买断制，内部版本 2311 及以上）");
    expect(readme.slice(english)).toContain("retail perpetual Office (2021, 2024) build 2311+");
  });
});
