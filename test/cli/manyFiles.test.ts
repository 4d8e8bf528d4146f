import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { jx } from "./runJx";
import { SCORED_2021 as SCORED } from "../fixtures/templates";

/* jx score and jx audit take many files as jx check does: a verdict per file, a summary, the worst status;
 * --json an array of per-file objects (one file: its object exactly as before); an unreadable file listed
 * with its reason on stderr, never stopping the rest. */

jest.setTimeout(120_000);
let dir: string;
const at = (name: string): string => path.join(dir, name);

const SUMMARY = (n: number, ok: number, problems: number, unreadable: number) =>
  `共 ${n} 个文件：${ok} 个通过，${problems} 个有问题，${unreadable} 个无法读取。${n} files: ${ok} ok, ${problems} with problems, ${unreadable} unreadable.`;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-many-"));
  fs.writeFileSync(at("scored.json"), JSON.stringify(SCORED));
  await jx("template", "--from", at("scored.json"), "--out", at("good.xlsx"));
  await jx("template", "--preset", "national-2020", "--out", at("blank.xlsx"));
  await jx("selfeval", "--preset", "dibao-2022", "--out", at("form.xlsx"));
  await jx("selfeval", "--preset", "self-eval-form", "--out", at("form-blank.xlsx"));
  fs.writeFileSync(at("plain.xlsx"), "这不是表格");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("jx score FILE...", () => {
  test("a verdict per file in the order given, then the summary; an unreadable file on stderr; exit 2 (the worst)", async () => {
    const r = await jx("score", at("good.xlsx"), at("missing.xlsx"), at("blank.xlsx"));
    expect(r.code).toBe(2);
    const lines = r.out.trimEnd().split("\n");
    expect(lines[0]).toBe("good.xlsx［评分表］");
    expect(lines.find((l) => l.startsWith("  合计 Total："))).toBe(
      "  合计 Total：91.3    等级 Grade：优（按表下注释的等级标准）",
    );
    expect(lines.filter((l) => /^\S+\.xlsx［/.test(l))).toEqual(["good.xlsx［评分表］", "blank.xlsx［评分表］"]);
    expect(lines[lines.length - 1]).toBe(SUMMARY(3, 1, 1, 1));
    expect(r.out).not.toContain("missing.xlsx");
    expect(r.err).toBe("jx score：missing.xlsx 找不到文件。 No such file.\n");
  });

  test.each([
    [["good.xlsx", "good.xlsx"], 0, SUMMARY(2, 2, 0, 0)],
    [["good.xlsx", "blank.xlsx"], 1, SUMMARY(2, 1, 1, 0)],
    [["plain.xlsx", "good.xlsx"], 2, SUMMARY(2, 1, 0, 1)],
  ])("%j: exit %i", async (names, code, summary) => {
    const r = await jx("score", ...names.map(at));
    expect(r.code).toBe(code);
    expect(r.out.trimEnd().split("\n").pop()).toBe(summary);
  });

  test("one file: no summary line, output as before", async () => {
    const r = await jx("score", at("good.xlsx"));
    expect(r.out).not.toContain("共 1 个文件");
  });

  test("--json with several files: one object per file, each with file; the unreadable one with its reason", async () => {
    const r = await jx("score", at("good.xlsx"), at("plain.xlsx"), at("blank.xlsx"), "--json");
    expect(r.code).toBe(2);
    const all = JSON.parse(r.out) as Record<string, unknown>[];
    const single = async (name: string) =>
      JSON.parse((await jx("score", at(name), "--json")).out) as Record<string, unknown>;
    expect(all).toEqual([
      { file: at("good.xlsx"), ...(await single("good.xlsx")) },
      { file: at("plain.xlsx"), error: expect.stringContaining("不是 .xlsx 文件"), errorEn: expect.any(String) },
      { file: at("blank.xlsx"), ...(await single("blank.xlsx")) },
    ]);
    expect(all[0]).toMatchObject({ total: 91.3, grade: "优" });
    expect(r.err).toMatch(/^jx score：plain\.xlsx .*不是 \.xlsx 文件/);
  });

  test("--json with one file keeps WORKBOOK.md's object: not an array, no file key", async () => {
    const one = JSON.parse((await jx("score", at("good.xlsx"), "--json")).out);
    expect(Array.isArray(one)).toBe(false);
    expect(Object.keys(one)).toEqual(["total", "grade", "levels", "problems", "sheet", "unread", "bands"]);
    const unreadable = await jx("score", at("missing.xlsx"), "--json");
    expect([unreadable.code, unreadable.out]).toEqual([2, ""]);
  });

  test("no file at all is a usage error", async () => {
    const r = await jx("score");
    expect([r.code, r.err]).toEqual([
      2,
      "jx：jx score 需要至少一个 .xlsx 文件。 jx score needs at least one .xlsx file.\n运行 jx score --help 查看用法。 Run jx score --help for usage.\n",
    ]);
  });
});

describe("jx audit FILE...", () => {
  test("a verdict per file, then the summary; exit 1 when any target cannot be measured", async () => {
    const r = await jx("audit", at("form.xlsx"), at("form-blank.xlsx"));
    const heads = r.out.split("\n").filter((l) => /\.xlsx［/.test(l));
    expect(heads).toEqual([
      "form.xlsx［自评表］3 个目标无法衡量 / 3 target(s) cannot be measured",
      expect.stringMatching(/^form-blank\.xlsx［自评表］/),
    ]);
    expect(r.out.trimEnd().split("\n").pop()).toMatch(/^共 2 个文件：/);
    expect(r.code).toBe(1);
  });

  test("an unreadable file is listed on stderr and the rest are audited; exit 2", async () => {
    const r = await jx("audit", at("missing.xlsx"), at("form.xlsx"), at("good.xlsx"));
    expect(r.code).toBe(2);
    expect(r.out).toContain("form.xlsx［自评表］3 个目标无法衡量");
    expect(r.out.trimEnd().split("\n").pop()).toBe(SUMMARY(3, 0, 1, 2));
    expect(r.err.split("\n").filter(Boolean)).toEqual([
      "jx audit：missing.xlsx 找不到文件。 No such file.",
      expect.stringMatching(/^jx audit：good\.xlsx 工作簿中找不到自评表或绩效目标表/),
    ]);
  });

  test("--json: one object per file with file; one file exactly as before", async () => {
    const one = JSON.parse((await jx("audit", at("form.xlsx"), "--json")).out);
    expect(Object.keys(one)).toEqual(["ok", "findings"]);
    const all = JSON.parse((await jx("audit", at("form.xlsx"), at("missing.xlsx"), "--json")).out);
    expect(all).toEqual([
      { file: at("form.xlsx"), ...one },
      { file: at("missing.xlsx"), error: "找不到文件。", errorEn: "No such file." },
    ]);
  });
});

describe("jx check FILE... shares the loop", () => {
  test("an unreadable file: its line on stderr, the summary on stdout, --json unchanged", async () => {
    const r = await jx("check", at("good.xlsx"), at("missing.xlsx"));
    expect(r.code).toBe(2);
    expect(r.out).toBe(
      `✓ good.xlsx［评分表］权重一致：4 个一级指标、8 个末级指标 / weights consistent: 4 top-level indicators, 8 leaves\n${SUMMARY(2, 1, 0, 1)}\n`,
    );
    expect(r.err).toBe("jx check：missing.xlsx 找不到文件。 No such file.\n");
    const json = JSON.parse((await jx("check", at("good.xlsx"), at("missing.xlsx"), "--json")).out);
    expect(json).toEqual({
      ok: false,
      problems: [],
      files: [
        { file: at("good.xlsx"), sheet: "评分表", kind: "table", ok: true, problems: [] },
        { file: at("missing.xlsx"), ok: false, error: "找不到文件。", errorEn: "No such file.", problems: [] },
      ],
    });
  });
});
