import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { main } from "../../src/cli/main";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { PERSONAL, SEED_002, writeExport } from "../survey/exports";
import { builtPage, seriousViolations, SHOTS } from "./browser";

// The 满意度 page of the built browser page (dist/): a survey export uploaded, seed 002's 4.4 computed, the statistics downloaded.
const session = builtPage("dist", "index.html");
let page: Page;

/** Replaces a field's text key by key, as a person types. */
async function retype(name: string | RegExp, text: string): Promise<void> {
  await page.getByRole("textbox", { name }).click();
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
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
    for (const el of Array.from(document.querySelectorAll("body *"))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 0.5 && !scrolls(el))
        out.push(`${el.tagName.toLowerCase()} ${Math.round(r.right)} px: ${(el.textContent ?? "").slice(0, 20)}`);
    }
    return out;
  });
}

test("满意度 at 350 px: upload an export, the mean method typed in, seed 002's 4.4, the statistics downloaded without the respondents' own data", async () => {
  page = await session.browser.newPage({ viewport: { width: 350, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${session.url}index.html`);
  await page.getByRole("tree", { name: "指标体系" }).waitFor();
  // In a 350 px pane the tab is in the overflow menu, or in the bar.
  const tab = page.getByRole("tab", { name: "满意度" });
  if (await tab.isVisible()) await tab.click();
  else {
    await page.getByRole("button", { name: /^更多，另有 \d+ 个选项卡$/ }).click();
    await page.getByRole("menuitem", { name: "满意度" }).click();
  }
  const file = path.join(session.dir, "问卷导出.xlsx");
  await writeExport(file, [SEED_002]);
  await page.locator('input[type="file"][aria-label="选择问卷导出文件 (.xlsx)"]').setInputFiles(file);
  await page.getByText("问卷导出.xlsx［Sheet1］：769 份答卷，1 个题目列。").waitFor();
  await page.getByRole("radio", { name: "平均分 ÷ 满分等级" }).check();
  await retype(/满分等级/, "7");
  await retype("分值", "5");
  await retype("小数位数", "1");
  const figures = page.getByRole("status", { name: "满意度结果" });
  await figures.getByText("总体满意度：87.3%　得分：4.4").waitFor();
  expect(await page.getByText(/有效 759，跳过 10，平均 6.11，满意度 87.3%/).count()).toBe(1);
  await page.waitForTimeout(300);
  expect(await overflowing()).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, "350-满意度.png"), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "下载满意度统计 .xlsx" }).click(),
  ]);
  const out = path.join(session.dir, download.suggestedFilename());
  await download.saveAs(out);
  expect(download.suggestedFilename()).toBe("满意度统计.xlsx");
  const wb = await readWorkbook(fs.readFileSync(out));
  expect(wb.sheets.map((s) => s.name)).toEqual(["满意度统计", "问卷数据"]);
  const text = JSON.stringify(wb.sheets);
  for (const p of PERSONAL) expect(text).not.toContain(p);
  // The downloaded responses give jx survey the same figures.
  const lines: string[] = [];
  expect(
    await main(["survey", out, "--sheet", "问卷数据", "--max", "7", "--points", "5", "--digits", "1", "--json"], {
      out: (t) => void lines.push(t),
      err: () => undefined,
    }),
  ).toBe(0);
  expect(JSON.parse(lines[0])).toMatchObject({ respondents: 769, score: 4.4 });

  // English words are longer: the page still does not scroll sideways.
  await page.getByRole("button", { name: "English" }).click();
  await page.getByText(/Overall rate/).waitFor();
  await page.waitForTimeout(300);
  expect(await overflowing()).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, "350-en-satisfaction.png"), fullPage: true });
  expect(errors).toEqual([]);
  await page.close();
});
