import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { jx } from "../cli/runJx";
import { writeOut } from "../../src/cli/files";
import { visible } from "../../src/cells/visibleText";
import { tempDir } from "./craft";

// Every failure is a message: exit 2, Chinese then English, no stack trace and no temporary file left.
const t = tempDir("jx-hostile-fail-");
afterAll(() => fs.rmSync(t.dir, { recursive: true, force: true }));

const leftovers = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"));

describe("--out that cannot be written", () => {
  test.each([
    ["a folder", () => t.dir, "是一个文件夹"],
    ["a missing folder", () => path.join(t.dir, "no", "such", "out.xlsx"), "不存在"],
    ["a name too long", () => path.join(t.dir, `${"评".repeat(84)}.xlsx`), "文件名太长"],
    ["a path through a file", () => path.join(t.write("plain.txt", "x"), "out.xlsx"), "不是文件夹"],
  ])("%s: exit 2 with a message, nothing left behind", async (_what, out, message) => {
    const r = await jx("template", "--preset", "national-2020", "--out", out());
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).toMatch(/Cannot write|folder|not exist/);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(leftovers(t.dir)).toEqual([]);
  });

  test("a 250-byte file name, which the old temporary suffix made too long, is written", async () => {
    const out = path.join(t.dir, `${"a".repeat(245)}.xlsx`);
    const r = await jx("template", "--preset", "national-2020", "--out", out);
    expect(r.code).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
    expect(leftovers(t.dir)).toEqual([]);
  });

  test("an unwritable folder: exit 2, no temporary file", () => {
    const locked = path.join(t.dir, "locked");
    fs.mkdirSync(locked);
    fs.chmodSync(locked, 0o500);
    try {
      const canWrite = (() => {
        try {
          fs.writeFileSync(path.join(locked, "probe"), "");
          fs.rmSync(path.join(locked, "probe"));
          return true;
        } catch {
          return false;
        }
      })();
      if (canWrite) return; // running as root: permissions do not stop writing, nothing to test
      expect(() => writeOut(path.join(locked, "out.xlsx"), "x", false)).toThrow(/没有写入权限.*permission denied/);
      expect(leftovers(locked)).toEqual([]);
    } finally {
      fs.chmodSync(locked, 0o700);
    }
  });
});

describe("inputs that never end, and outputs that are not files", () => {
  test("jx check /dev/zero stops at the size limit", async () => {
    const r = await jx("check", "/dev/zero");
    expect([r.code, r.err]).toEqual([2, expect.stringContaining("文件超过上限 64 MiB")]);
  }, 60_000);
  test("jx template --from /dev/zero stops at the size limit", async () => {
    const r = await jx("template", "--from", "/dev/zero", "--out", t.at("zero.xlsx"));
    expect([r.code, r.err]).toEqual([2, expect.stringContaining("文件超过上限 64 MiB")]);
  }, 60_000);
  test("--out /dev/null --overwrite is refused: a device is not replaced", async () => {
    const r = await jx("template", "--preset", "national-2020", "--out", "/dev/null", "--overwrite");
    expect([r.code, r.err]).toEqual([2, expect.stringContaining("不是普通文件")]);
  });
});

describe("jx fn: ranges are rows of cells", () => {
  test.each([
    [["CHECKWEIGHTS", '[{"a":1}]'], '#VALUE! 第 1 个参数的区域中有“{"a":1}”'],
    [["CHECKWEIGHTS", "[[[1]]]"], "#VALUE! 第 1 个参数的区域中有“[1]”"],
    [["CHECKWEIGHTS", '{"a":1}'], '#VALUE! 第 1 个参数的区域中有“{"a":1}”'],
    [["CHECKWEIGHTS", "[50,50"], "#VALUE! 第 1 个参数应为区域（JSON，如 [[1],[2]]），“[50,50”不是有效的 JSON"],
    [["EXECRATE", "[{}]", "1"], "#VALUE! 第 1 个参数的区域中有“{}”"],
  ])("%j", async (args, message) => {
    const r = await jx("fn", ...args);
    expect(r.code).toBe(1);
    expect(r.err.startsWith(message)).toBe(true);
  });
  test("invisible characters in a quoted value are shown", async () => {
    const r = await jx("fn", "EXECRATE", "2\u200B0", "10");
    expect(r.err).toContain("“2\\u200B0”");
  });
  test("a huge number is abbreviated in a message", async () => {
    const r = await jx("fn", "SCORERATE", "1e300", "5");
    expect(r.err).toContain("得分 ≈1.00000e+300 超过分值 5");
  });
  test.each([
    ["2\u200B0", "2\\u200B0"],
    ["a\u202Eb", "a\\u202Eb"],
    ["\uFEFF12", "\\uFEFF12"],
    ["行1\n行2", "行1\\n行2"],
    ["全角　空格", "全角　空格"],
    ["98.79%", "98.79%"],
    ["123456789012345", "123456789012345"],
    [`1${"0".repeat(308)}`, "≈1.00000e+308"],
    [`9${"9".repeat(400)}`, "99999999…（401 位 digits）"],
  ])("visible(%j) = %j", (text, shown) => {
    expect(visible(text)).toBe(shown);
  });
});

describe("writing into a closed pipe ends quietly", () => {
  test("jx presets | (reader gone)", async () => {
    const child = spawn(process.execPath, [path.join(__dirname, "../../src/cli/jx.js"), "--help"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.destroy();
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(err).toBe("");
    expect(code).toBe(0);
  }, 60_000);
});
