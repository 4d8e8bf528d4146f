import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/** One whole process as the machine saw it: wall time, CPU time (user + system), peak resident memory. */
export interface ProcessRun {
  wallMs: number;
  cpuMs: number;
  peakKb: number;
  status: number;
}

const TIME = "/usr/bin/time";

/** Runs `command args` as a child process under /usr/bin/time; its own output is discarded. */
export function runProcess(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): ProcessRun {
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "jx-time-")), "time.txt");
  const t0 = process.hrtime.bigint();
  const r = spawnSync(TIME, ["-f", "%U %S %M", "-o", report, command, ...args], {
    stdio: "ignore",
    env,
    maxBuffer: 1 << 26,
  });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const line = fs.readFileSync(report, "utf8").trim().split("\n").pop() ?? "";
  fs.rmSync(path.dirname(report), { recursive: true, force: true });
  const [user, sys, peak] = line.split(" ").map(Number);
  return { wallMs, cpuMs: (user + sys) * 1000, peakKb: peak, status: r.status ?? -1 };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Medians of `runs` runs (after one warm-up for the file cache). */
export function medianRun(command: string, args: readonly string[], runs = 5): ProcessRun & { runs: number } {
  runProcess(command, args);
  const all = Array.from({ length: runs }, () => runProcess(command, args));
  return {
    wallMs: round(median(all.map((r) => r.wallMs))),
    cpuMs: round(median(all.map((r) => r.cpuMs))),
    peakKb: median(all.map((r) => r.peakKb)),
    status: all[all.length - 1].status,
    runs,
  };
}

export function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** The machine's load average (1, 5, 15 minutes) and cores, printed beside every figure. */
export function load(): { load1: number; load5: number; cores: number } {
  const [l1, l5] = os.loadavg();
  return { load1: round(l1, 2), load5: round(l5, 2), cores: os.cpus().length };
}

/**
 * The jx the bench measures: the CLI compiled by `tsc -p src/cli/tsconfig.json --outDir OUT` (as users run it)
 * through a launcher like src/cli/jx.js, or else src/cli/jx.js itself (through tsx when dist/jx is absent).
 */
export function jxCommand(outDir?: string): { command: string; args: string[]; compiled: boolean } {
  const root = path.join(__dirname, "..", "..");
  if (outDir) {
    const launcher = path.join(outDir, "jx-launcher.js");
    const main = JSON.stringify(path.join(outDir, "cli", "main.js"));
    fs.writeFileSync(
      launcher,
      `require(${main}).main(process.argv.slice(2)).then((c) => { process.exitCode = c; }, (e) => { console.error(e); process.exitCode = 2; });\n`,
    );
    return { command: process.execPath, args: [launcher], compiled: true };
  }
  const compiled = fs.existsSync(path.join(root, "dist", "jx", "cli", "main.js"));
  return { command: process.execPath, args: [path.join(root, "src", "cli", "jx.js")], compiled };
}

/** Compiles the CLI into `outDir` with the project's own tsc and CLI tsconfig. */
export function compileCli(outDir: string): void {
  const root = path.join(__dirname, "..", "..");
  const r = spawnSync(
    process.execPath,
    [
      path.join(root, "node_modules", "typescript", "bin", "tsc"),
      "-p",
      path.join(root, "src", "cli", "tsconfig.json"),
      "--outDir",
      outDir,
    ],
    { stdio: "inherit" },
  );
  if (r.status !== 0) throw new Error("the CLI did not compile");
  // The compiled modules find their packages through a link beside them, as dist/jx finds the project's.
  const link = path.join(path.dirname(outDir), "node_modules");
  if (!fs.existsSync(link)) fs.symlinkSync(fs.realpathSync(path.join(root, "node_modules")), link, "dir");
}
