import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { FILLED_FORM } from "../fixtures/forms";
import { handmadeXlsx } from "../fixtures/handmade";
import { runProcess } from "./processes";

const DEPARTMENTS = ["甲局", "乙局", "丙局", "丁局", "戊局"];
const JX = path.join(__dirname, "../../src/cli/jx.js");

/** `files` small self-evaluation forms in five department folders under `dir`/forms. */
export async function writeForms(dir: string, files: number): Promise<string> {
  const root = path.join(dir, "forms");
  for (const d of DEPARTMENTS) fs.mkdirSync(path.join(root, d), { recursive: true });
  for (let i = 0; i < files; i++) {
    const rows = FILLED_FORM.rows.map((r) => [...r]);
    rows[2][1] = `项目${i + 1}`;
    rows[3][1] = DEPARTMENTS[i % DEPARTMENTS.length];
    rows[5][5] = 1000 + i;
    fs.writeFileSync(
      path.join(root, DEPARTMENTS[i % DEPARTMENTS.length], `${String(i + 1).padStart(4, "0")}.xlsx`),
      await handmadeXlsx({ ...FILLED_FORM, rows }),
    );
  }
  return root;
}

/**
 * jx review over `files` forms as one whole process (goal: 1,000 in at most 60 s, memory bounded because files are
 * read one at a time): wall and CPU time, files per second and peak resident memory, for the whole review with its
 * workbook and 20% sample, and for reading alone (--json).
 */
export async function benchReview(files = 1000): Promise<Record<string, unknown>[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-review-bench-"));
  try {
    const root = await writeForms(dir, files);
    const runs: [string, string[]][] = [
      ["review", [root, "--out", path.join(dir, "汇总.xlsx"), "--sample", "20%", "--seed", "7"]],
      ["review --json", [root, "--json"]],
    ];
    return runs.map(([bench, args]) => {
      const r = runProcess(process.execPath, [JX, "review", ...args]);
      return {
        bench,
        files,
        status: r.status,
        seconds: Math.round(r.wallMs) / 1000,
        cpuSeconds: Math.round(r.cpuMs) / 1000,
        filesPerSecond: Math.round((files / r.wallMs) * 1000),
        peakRssMB: Math.round(r.peakKb / 1024),
        goalSeconds: 60,
      };
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module)
  void benchReview(Number(process.argv[2] ?? 1000)).then((lines) =>
    lines.forEach((l) => console.log(JSON.stringify(l))),
  );
