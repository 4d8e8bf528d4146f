import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Dec } from "../../src/decimal";
import { layoutWorkbook } from "../../src/layout/workbook";
import type { Template, TemplateIndicator } from "../../src/kinds/table/model";
import { xlsxBytes } from "../../src/xlsx/writeWorkbook";
import { seeded } from "./formulas";
import { jxCommand, load, medianRun, round, runProcess, type ProcessRun } from "./processes";

/**
 * A tree of `leaves` leaves under tops × seconds, weights exact decimals summing to 100 (100 / leaves each),
 * scores varied by a seeded generator: every file of a batch differs.
 */
export function growthTree(leaves: number, seed = 1): Template {
  const seconds = leaves >= 1000 ? 10 : 5;
  const tops = leaves >= 1000 ? 10 : 4;
  const perSecond = leaves / (tops * seconds);
  if (!Number.isInteger(perSecond)) throw new Error(`${leaves} leaves do not divide into ${tops}×${seconds}`);
  const w = new Dec(100).div(leaves);
  const rnd = seeded(seed);
  const indicators: TemplateIndicator[] = Array.from({ length: tops }, (_, a) => ({
    name: `一级${a + 1}`,
    weight: w.times(perSecond * seconds).toNumber(),
    children: Array.from({ length: seconds }, (_, b) => ({
      name: `二级${a + 1}-${b + 1}`,
      weight: w.times(perSecond).toNumber(),
      children: Array.from({ length: perSecond }, (_, c) => ({
        name: `指标${a + 1}-${b + 1}-${c + 1}`,
        weight: w.toNumber(),
        score: w.times(Math.floor(rnd() * 11) / 10).toNumber(),
      })),
    })),
  }));
  return { format: "jixiao-template", version: 1, title: "基准测试", indicators };
}

let jx = jxCommand();
/** Measures the CLI compiled into `outDir` (the bench compiles it there, as `npm ci` does into dist/jx). */
export function useCompiled(outDir: string): void {
  jx = jxCommand(outDir);
}
function runJx(args: string[], runs: number): ProcessRun & { runs: number } {
  return medianRun(jx.command, [...jx.args, ...args], runs);
}

/** Cold start as whole processes: node itself, `jx fn`, `jx check` of one 60-leaf file. */
export async function benchStart(dir: string): Promise<Record<string, unknown>> {
  const file = path.join(dir, "60.xlsx");
  fs.writeFileSync(file, await xlsxBytes(layoutWorkbook(growthTree(80))));
  const node = medianRun(process.execPath, ["-e", "0"], 7);
  const fn = runJx(["fn", "EXECRATE", "109805.66", "135528.71", "3", "1"], 7);
  const check = runJx(["check", file], 7);
  if (fn.status !== 0 || check.status !== 0) throw new Error(`jx fn / jx check exited ${fn.status} / ${check.status}`);
  return {
    bench: "cold-start",
    compiled: jx.compiled,
    leaves: 80,
    node,
    fn,
    check,
    fnOverNode: { wall: round(fn.wallMs / node.wallMs, 2), cpu: round(fn.cpuMs / node.cpuMs, 2), goal: 2 },
    checkOverNode: { wall: round(check.wallMs / node.wallMs, 2), cpu: round(check.cpuMs / node.cpuMs, 2), goal: 3 },
    ...load(),
  };
}

/** `jx check many/*.xlsx` in one process against LibreOffice converting the same files in one batch. */
export async function benchFiles(dir: string, files = 50): Promise<Record<string, unknown>> {
  const many = path.join(dir, "many");
  fs.mkdirSync(many);
  const names: string[] = [];
  for (let i = 0; i < files; i++) {
    const name = path.join(many, `项目${i + 1}.xlsx`);
    fs.writeFileSync(name, await xlsxBytes(layoutWorkbook(growthTree(80, i + 1))));
    names.push(name);
  }
  const check = runJx(["check", ...names], 3);
  if (check.status !== 0) throw new Error(`jx check failed on the bench files (${check.status})`);
  const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
  let libre: Record<string, unknown> = { libreOffice: "not installed" };
  if (soffice) {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), "jx-lo-"));
    const convert = (out: string): ProcessRun =>
      runProcess(soffice, [
        "--headless",
        "--norestore",
        `-env:UserInstallation=file://${profile}`,
        "--convert-to",
        "csv",
        "--outdir",
        path.join(dir, out),
        ...names,
      ]);
    convert("csv-warm"); // the profile's first start, as a person's LibreOffice already has one
    const lo = convert("csv");
    fs.rmSync(profile, { recursive: true, force: true });
    libre = {
      libreOffice: { wallMs: round(lo.wallMs), cpuMs: round(lo.cpuMs), peakKb: lo.peakKb, status: lo.status },
      speedupWall: round(lo.wallMs / check.wallMs, 1),
      speedupCpu: round(lo.cpuMs / check.cpuMs, 1),
    };
  }
  return {
    bench: "check-files",
    files,
    leavesPerFile: 80,
    jxCheck: check,
    filesPerSecondWall: round((files * 1000) / check.wallMs, 1),
    filesPerSecondCpu: round((files * 1000) / check.cpuMs, 1),
    ...libre,
    ...load(),
  };
}

/** Time and peak memory of `jx template`, `jx check`, `jx score` from 100 to `sizes` leaves, each a whole process. */
export function benchGrowth(dir: string, sizes: readonly number[]): Record<string, unknown>[] {
  const lines: Record<string, unknown>[] = [];
  const first = new Map<string, { leaves: number; cpuMs: number; peakKb: number }>();
  for (const leaves of sizes) {
    const tree = path.join(dir, `tree-${leaves}.json`);
    const book = path.join(dir, `growth-${leaves}.xlsx`);
    fs.writeFileSync(tree, JSON.stringify(growthTree(leaves)));
    const runs = leaves <= 1000 ? 3 : 1;
    const commands: [string, string[]][] = [
      ["template", ["template", "--from", tree, "--out", book, "--overwrite"]],
      ["check", ["check", book]],
      ["score", ["score", book]],
    ];
    for (const [name, args] of commands) {
      const r = runJx(args, runs);
      if (r.status !== 0) throw new Error(`jx ${name} exited ${r.status} at ${leaves} leaves`);
      // Beyond the smallest size: what each further leaf costs, start-up and module loading taken out.
      const base = first.get(name) ?? { leaves, cpuMs: r.cpuMs, peakKb: r.peakKb };
      first.set(name, base);
      const more = leaves - base.leaves;
      const marginal =
        more > 0
          ? {
              msPerExtraLeafCpu: round((r.cpuMs - base.cpuMs) / more, 3),
              kbPerExtraLeaf: round((r.peakKb - base.peakKb) / more, 2),
            }
          : {};
      lines.push({
        bench: "growth",
        command: name,
        leaves,
        ...r,
        msPerLeafCpu: round(r.cpuMs / leaves, 3),
        kbPerLeaf: round(r.peakKb / leaves, 1),
        ...marginal,
        ...load(),
      });
    }
  }
  return lines;
}
