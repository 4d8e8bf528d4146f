import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { jx } from "./runJx";

/* Each jx command loads its modules only when it runs: jx fn never pays for exceljs (issue 11). */

const root = path.join(__dirname, "..", "..");

/** Runs jx in a fresh process and lists which of the given packages it loaded. */
function loadedAfter(argv: string[], packages: string[]): string[] {
  const script = `
    const main = require(${JSON.stringify(path.join(root, "src", "cli", "main.ts"))}).main;
    main(${JSON.stringify(argv)}, { out() {}, err() {} }).then(() => {
      const files = Object.keys(require.cache);
      process.stdout.write(JSON.stringify(${JSON.stringify(packages)}.filter((p) => files.some((f) => f.includes("/node_modules/" + p + "/")))));
    });`;
  return JSON.parse(
    execFileSync(process.execPath, ["-r", "tsx/cjs", "-e", script], { cwd: root, encoding: "utf8" }),
  ) as string[];
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-lazy-"));
const table = path.join(dir, "table.xlsx");
beforeAll(async () => {
  expect((await jx("template", "--preset", "national-2020", "--out", table)).code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("lazy command modules", () => {
  test("jx fn loads decimal.js but not exceljs", () => {
    expect(loadedAfter(["fn", "EXECRATE", "109805.66", "135528.71", "3", "1"], ["exceljs", "decimal.js"])).toEqual([
      "decimal.js",
    ]);
  }, 30_000);

  test("jx --help loads neither", () => {
    expect(loadedAfter(["--help"], ["exceljs", "decimal.js"])).toEqual([]);
  }, 30_000);

  test("jx check reads with our own reader: exceljs is not loaded (it only writes)", () => {
    expect(loadedAfter(["check", table], ["exceljs", "decimal.js"])).toEqual(["decimal.js"]);
  }, 30_000);

  test("jx template loads exceljs, to write", () => {
    expect(
      loadedAfter(["template", "--preset", "national-2020", "--out", path.join(dir, "again.xlsx")], ["exceljs"]),
    ).toEqual(["exceljs"]);
  }, 30_000);
});
