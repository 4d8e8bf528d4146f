import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { FILLED_FORM } from "../fixtures/forms";
import { handmadeXlsx } from "../fixtures/handmade";

const DEPARTMENTS = ["甲局", "乙局", "丙局", "丁局", "戊局"];

/**
 * jx review over `files` small self-evaluation forms in five department folders, in one process (goal: 1,000 in
 * at most 60 s): the time, and the resident memory before and after.
 */
export async function benchReview(files = 1000): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-review-bench-"));
  try {
    for (const d of DEPARTMENTS) fs.mkdirSync(path.join(dir, "forms", d), { recursive: true });
    for (let i = 0; i < files; i++) {
      const rows = FILLED_FORM.rows.map((r) => [...r]);
      rows[2][1] = `项目${i + 1}`;
      rows[3][1] = DEPARTMENTS[i % DEPARTMENTS.length];
      rows[5][5] = 1000 + i;
      fs.writeFileSync(path.join(dir, "forms", DEPARTMENTS[i % DEPARTMENTS.length], `${String(i + 1).padStart(4, "0")}.xlsx`), await handmadeXlsx({ ...FILLED_FORM, rows }));
    }
    const rssBefore = process.memoryUsage().rss;
    const t0 = performance.now();
    const code = await main(["review", path.join(dir, "forms"), "--out", path.join(dir, "汇总.xlsx"), "--sample", "20%", "--seed", "7"], { out: () => undefined, err: () => undefined });
    const ms = performance.now() - t0;
    return { bench: "review", files, code, seconds: Math.round(ms) / 1000, goalSeconds: 60, rssBeforeMB: Math.round(rssBefore / 1e6), rssAfterMB: Math.round(process.memoryUsage().rss / 1e6) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void benchReview(Number(process.argv[2] ?? 1000)).then((r) => console.log(JSON.stringify(r)));
