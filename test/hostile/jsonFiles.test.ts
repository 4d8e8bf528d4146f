import * as fs from "fs";
import { jx } from "../cli/runJx";
import { readTemplate } from "../../src/template/readTemplate";
import { readFormFile } from "../../src/kinds/form/readFormFile";
import { decodeText, parseJsonText } from "../../src/template/jsonText";
import { FORM_PRESETS } from "../../src/kinds/form/presets";
import { TINY, tempDir } from "./craft";

const t = tempDir("jx-hostile-json-");
afterAll(() => fs.rmSync(t.dir, { recursive: true, force: true }));

const deep = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;
const tinyText = JSON.stringify(TINY);

describe("nesting beyond 64 levels is refused in every door, without a stack overflow", () => {
  test.each([
    ["an array 100,000 deep", deep(100_000)],
    ["objects 10,000 deep", `${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}`],
    ["deep inside a valid template", tinyText.replace('"title":"小表"', `"title":"小表","x":${deep(65)}`)],
  ])("%s", (_what, text) => {
    for (const reading of [readTemplate(text), readFormFile(text)]) {
      expect(reading.problems).toHaveLength(1);
      expect(reading.problems[0].message).toContain("嵌套超过 64 层");
      expect(reading.problems[0].at).toMatch(/^第 1 行第 \d+ 列$/);
    }
  });
  test("64 levels are still read (and then judged by the schema)", () => {
    expect(parseJsonText(deep(64)).problems).toEqual([]);
  });
  test("jx template --from and jx selfeval --from: exit 1 with the message", async () => {
    const file = t.write("deep.json", deep(50_000));
    for (const cmd of ["template", "selfeval"]) {
      const r = await jx(cmd, "--from", file, "--out", t.at(`deep-${cmd}.xlsx`));
      expect(r.code).toBe(1);
      expect(r.err).toContain("嵌套超过 64 层");
      expect(fs.existsSync(t.at(`deep-${cmd}.xlsx`))).toBe(false);
    }
  }, 30_000);
});

describe("__proto__, duplicate keys and numbers out of range, at their JSON path", () => {
  test.each([
    [
      "__proto__",
      tinyText.replace('"title":"小表"', '"title":"小表","__proto__":{"polluted":1}'),
      "/__proto__",
      "__proto__",
    ],
    [
      "a duplicate key",
      tinyText.replace('"title":"小表"', '"title":"小表","title":"另一个"'),
      "/title",
      "字段“title”重复出现",
    ],
    [
      "a duplicate key deep down",
      tinyText.replace('"name":"立项","weight":40', '"name":"立项","weight":40,"weight":4'),
      "/indicators/0/children/0/weight",
      "重复出现",
    ],
    [
      "1e309",
      tinyText.replace('"name":"立项","weight":40', '"name":"立项","weight":1e309'),
      "/indicators/0/children/0/weight",
      "数字 1e309 超出可用范围",
    ],
    [
      "-1e16",
      tinyText.replace('"score":30,', '"score":-1e16,').replace('"score":30}', '"score":-1e16}'),
      "/indicators/0/children/0/score",
      "超出可用范围",
    ],
    ["1e-400", tinyText.replace('"score":20', '"score":1e-400'), "/indicators/1/children/1/score", "会被读成 0"],
  ])("%s", (_what, text, at, message) => {
    const reading = readTemplate(text);
    expect(reading.template).toBeNull();
    expect(reading.problems.map((p) => p.at)).toContain(at);
    expect(reading.problems.find((p) => p.at === at)?.message).toContain(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  test("a digit string of 400 characters is abbreviated in the message", () => {
    const reading = readTemplate(tinyText.replace('"weight":40,"children"', `"weight":${"9".repeat(400)},"children"`));
    expect(reading.problems[0].message.length).toBeLessThan(100);
    expect(reading.problems[0].message).toContain("共 400 个字符");
  });
  test("1e309 never reaches a workbook: jx template exits 1 and writes nothing", async () => {
    const file = t.write("inf.json", tinyText.replace('"name":"立项","weight":40', '"name":"立项","weight":1e309'));
    const r = await jx("template", "--from", file, "--out", t.at("inf.xlsx"));
    expect(r.code).toBe(1);
    expect(r.err).toContain("/indicators/0/children/0/weight");
    expect(fs.existsSync(t.at("inf.xlsx"))).toBe(false);
  });
});

describe("text encodings", () => {
  const utf16 = (text: string, bom: "le" | "be") => {
    const le = Buffer.from(`\uFEFF${text}`, "utf16le");
    if (bom === "le") return le;
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
    return be;
  };
  test.each([
    ["UTF-8", Buffer.from(tinyText, "utf8")],
    ["UTF-8 with a BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(tinyText, "utf8")])],
    ["UTF-16 LE with a BOM", utf16(tinyText, "le")],
    ["UTF-16 BE with a BOM", utf16(tinyText, "be")],
  ])("%s is read", async (name, bytes) => {
    expect(decodeText(bytes)).toEqual({ text: tinyText });
    const r = await jx("template", "--from", t.write(`${name}.json`, bytes), "--out", t.at(`${name}.xlsx`));
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(
      JSON.parse((await jx("score", t.at(`${name}.xlsx`), "--json")).out).levels.map((l: { name: string }) => l.name),
    ).toEqual(["决策", "产出"]);
  });

  test("GBK (Windows ANSI) is refused with how to save as UTF-8, exit 2, nothing written", async () => {
    const gbk = Buffer.from(new TextEncoder().encode(tinyText.replace(/[^\x00-\x7f]/g, "")));
    // 决策 in GBK, put where the title goes: bytes a UTF-8 reader would turn into U+FFFD.
    const bytes = Buffer.concat([gbk.subarray(0, 10), Buffer.from([0xbe, 0xf6, 0xb2, 0xdf]), gbk.subarray(10)]);
    const r = await jx("template", "--from", t.write("gbk.json", bytes), "--out", t.at("gbk.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("GBK/GB18030");
    expect(r.err).toContain("UTF-8");
    expect(r.err).toContain("Save As");
    expect(fs.existsSync(t.at("gbk.xlsx"))).toBe(false);
  });

  test("UTF-16 without a BOM is refused, not read as garbage", () => {
    const refused = decodeText(Buffer.from(tinyText, "utf16le"));
    expect("refusal" in refused && refused.refusal.zh).toContain("UTF-16");
  });

  test("the page's import gets the same reading from bytes", () => {
    const gbkTitle = Buffer.concat([
      Buffer.from('{"title":"'),
      Buffer.from([0xbe, 0xf6, 0xb2, 0xdf]),
      Buffer.from('"}'),
    ]);
    expect(readTemplate(gbkTitle).problems[0].message).toContain("GBK");
    expect(readFormFile(gbkTitle).problems[0].message).toContain("GBK");
    expect(readFormFile(new TextEncoder().encode(JSON.stringify(FORM_PRESETS[0].form))).form).not.toBeNull();
  });
});
