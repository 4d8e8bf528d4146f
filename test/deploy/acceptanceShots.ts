import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { launchChromium } from "../e2e/browser";
import { serveFolder } from "../e2e/staticServer";
import { main } from "../../src/cli/main";

/* The screenshots of docs/ACCEPTANCE.md: the browser page doing steps 3, 6 and 7, which the task pane in
 * Excel must match. Run after `npm run build`:  npx tsx test/deploy/acceptanceShots.ts */

const ROOT = path.join(__dirname, "../..");
const OUT = path.join(ROOT, "docs/acceptance");
const silent = { out: () => undefined, err: () => undefined };

async function run(): Promise<void> {
  const dist = path.join(ROOT, "dist");
  if (!fs.existsSync(path.join(dist, "index.html"))) throw new Error("先运行 npm run build / run npm run build first");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-shots-"));
  const scored = path.join(dir, "梅州-得分.xlsx");
  if ((await main(["template", "--from", path.join(OUT, "meizhou-2021-scored.json"), "--out", scored], silent)) !== 0)
    throw new Error("jx template");
  const server = await serveFolder(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: "zh-CN" });
    await page.goto(`${server.url}index.html`);
    await page.getByRole("tree", { name: "指标体系" }).waitFor();
    // Step 3: the Meizhou preset, and the table the pane writes.
    await page.getByRole("combobox", { name: "预设" }).selectOption("meizhou-2021");
    await page.getByRole("button", { name: "使用此预设" }).click();
    await page
      .getByText(/权重一致/)
      .first()
      .waitFor();
    await page.screenshot({ path: path.join(OUT, "step3-template.png") });
    await page.getByRole("tab", { name: "插入" }).click();
    await page.getByRole("table", { name: "预览" }).waitFor();
    await page.screenshot({ path: path.join(OUT, "step3-table.png") });
    // Step 7: the scores summarised.
    await page.getByRole("tab", { name: "汇总" }).click();
    await page.getByLabel("选择 .xlsx 文件").setInputFiles(scored);
    await page.getByRole("table", { name: "汇总" }).waitFor();
    await page.screenshot({ path: path.join(OUT, "step7-summary.png") });
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`docs/acceptance: step3-template.png step3-table.png step7-summary.png`);
}

run().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
