import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { layoutWorkbook } from "../../src/layout/workbook";
import type { Template, TemplateIndicator } from "../../src/tree/template";
import { xlsxBytes } from "../../src/xlsx/writeWorkbook";

/** A tree of tops × seconds × leaves, weights summing exactly (hundredths), scores filled. */
export function syntheticTree(tops: number, seconds: number, leaves: number, seed = 1): Template {
  const per = 10000 / (tops * seconds * leaves);
  const indicators: TemplateIndicator[] = Array.from({ length: tops }, (_, a) => {
    const children = Array.from({ length: seconds }, (_, b) => {
      const kids = Array.from({ length: leaves }, (_, c) => {
        const w = Math.floor(per) / 100;
        return { name: `指标${a + 1}-${b + 1}-${c + 1}`, weight: w, score: Math.round(w * (((a + b + c + seed) % 5) / 10 + 0.6) * 100) / 100 };
      });
      return { name: `二级${a + 1}-${b + 1}`, weight: 0, children: kids };
    });
    return { name: `一级${a + 1}`, weight: 0, children };
  });
  // Put the rounding remainder on the first leaf so the top level sums to exactly 100.
  const all = indicators.flatMap((i) => i.children ?? []).flatMap((i) => i.children ?? []);
  const rest = Math.round((100 - all.reduce((s, l) => s + l.weight * 100, 0) / 100) * 100) / 100;
  all[0].weight = Math.round((all[0].weight + rest) * 100) / 100;
  for (const top of indicators) {
    for (const second of top.children ?? []) second.weight = Math.round((second.children ?? []).reduce((s, l) => s + l.weight * 100, 0)) / 100;
    top.weight = Math.round((top.children ?? []).reduce((s, l) => s + l.weight * 100, 0)) / 100;
  }
  return { format: "jixiao-template", version: 1, title: "基准测试", indicators };
}

const silent = { out: () => undefined, err: () => undefined };

export async function benchCheck(files = 200): Promise<Record<string, unknown>[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-bench-"));
  try {
    const bytes = await xlsxBytes(layoutWorkbook(syntheticTree(4, 3, 5)));
    const names = Array.from({ length: files }, (_, i) => path.join(dir, `项目${i + 1}.xlsx`));
    for (const n of names) fs.writeFileSync(n, bytes);
    const t0 = process.hrtime.bigint();
    const status = await main(["check", ...names], silent);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (status !== 0) throw new Error(`jx check failed on the bench files (${status})`);
    const filesPerSecond = files / seconds;

    // What a person would otherwise do: open each file in LibreOffice (headless conversion), one by one.
    const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
    let libre: Record<string, unknown> = { libreOffice: "not installed" };
    if (soffice) {
      const sample = names.slice(0, 5);
      const profile = fs.mkdtempSync(path.join(os.tmpdir(), "jx-lo-"));
      const l0 = process.hrtime.bigint();
      for (const n of sample) {
        execFileSync(soffice, ["--headless", "--norestore", `-env:UserInstallation=file://${profile}`, "--convert-to", "csv", "--outdir", path.join(dir, "csv"), n], { stdio: "ignore", timeout: 120_000 });
      }
      const perFile = Number(process.hrtime.bigint() - l0) / 1e9 / sample.length;
      fs.rmSync(profile, { recursive: true, force: true });
      libre = { libreOfficeSecondsPerFile: Math.round(perFile * 1000) / 1000, speedupOverLibreOffice: Math.round((filesPerSecond * perFile) * 10) / 10, goalSpeedup: 20 };
    }

    const big = path.join(dir, "2000.xlsx");
    fs.writeFileSync(big, await xlsxBytes(layoutWorkbook(syntheticTree(10, 10, 20))));
    const b0 = process.hrtime.bigint();
    const bigStatus = await main(["check", big], silent);
    const bigMs = Number(process.hrtime.bigint() - b0) / 1e6;
    if (bigStatus !== 0) throw new Error("jx check failed on the 2,000-leaf sheet");
    return [
      { bench: "check-files", files, leavesPerFile: 60, seconds: Math.round(seconds * 1000) / 1000, filesPerSecond: Math.round(filesPerSecond * 10) / 10, goalFilesPerSecond: 50, ...libre },
      { bench: "read-2000-leaf-sheet", leaves: 2000, ms: Math.round(bigMs), goalMs: 1000 },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
