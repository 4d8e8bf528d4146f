import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { processIo, Refusal } from "../../src/cli/io";
import { formPresetById } from "../../src/kinds/form/presets";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { WORKBOOK_LIMITS } from "../../src/xlsx/limits";
import { writeExport } from "../survey/exports";
import { jx, jxPiped } from "./runJx";
import { SCORED_2021 as SCORED } from "../fixtures/templates";

/* `-` is standard input where a file is read and standard output where one is written, in every command. */

jest.setTimeout(120_000);
let dir: string;
const at = (name: string): string => path.join(dir, name);
const STDIN = "-（标准输入 stdin）";
const STDOUT = "-（标准输出 stdout）";

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-stdio-"));
  fs.writeFileSync(at("scored.json"), JSON.stringify(SCORED));
  expect((await jx("template", "--from", at("scored.json"), "--out", at("scored.xlsx"))).code).toBe(0);
  expect((await jx("selfeval", "--preset", "dibao-2022", "--out", at("form.xlsx"))).code).toBe(0);
  await writeExport(at("survey.xlsx"), [
    {
      heading: "1、您对项目实施的总体满意度",
      runs: [
        ["非常满意", 60],
        ["满意", 30],
        ["基本满意", 8],
        ["不满意", 2],
      ],
    },
  ]);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A workbook's content as the readers see it, so two writes of the same workbook compare equal. */
async function contentOf(bytes: Uint8Array) {
  const wb = await readWorkbook(bytes);
  return { sheets: wb.sheets, names: wb.names, settings: wb.settings };
}

describe("--out -: the file on standard output, whole and unchanged; the command's own lines on stderr", () => {
  test("jx template --preset ID --out -: the same workbook as --out FILE, byte for byte in length and cell for cell", async () => {
    const r = await jxPiped("", "template", "--preset", "national-2020", "--out", "-");
    expect([r.code, r.out]).toEqual([0, ""]);
    expect(r.err).toBe(
      `✓ 已写入 ${STDOUT}：4 个一级指标、17 个末级指标。Wrote ${STDOUT}: 4 top-level and 17 leaf indicators.\n`,
    );
    expect([...r.stdout.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    await jx("template", "--preset", "national-2020", "--out", at("national.xlsx"));
    const file = fs.readFileSync(at("national.xlsx"));
    expect(r.stdout.length).toBe(file.length);
    expect(await contentOf(r.stdout)).toEqual(await contentOf(file));
  });

  test("jx export FILE --out -: the template file's text on stdout, as --out FILE writes it", async () => {
    const r = await jxPiped("", "export", at("scored.xlsx"), "--out", "-");
    expect([r.code, r.out, r.err]).toEqual([0, "", `✓ 已导出 ${STDOUT}（4 个一级指标）。Exported ${STDOUT}.\n`]);
    await jx("export", at("scored.xlsx"), "--out", at("exported.json"));
    expect(r.stdout.toString("utf8")).toBe(fs.readFileSync(at("exported.json"), "utf8"));
  });

  test("jx selfeval --preset ID --out -", async () => {
    const r = await jxPiped("", "selfeval", "--preset", "dibao-2022", "--out", "-");
    expect([r.code, r.out]).toEqual([0, ""]);
    expect(r.err).toContain(`✓ 已写入自评表 ${STDOUT}：11 项绩效指标`);
    expect(await contentOf(r.stdout)).toEqual(await contentOf(fs.readFileSync(at("form.xlsx"))));
  });

  test("jx survey FILE --out -: the workbook on stdout, the summary on stderr", async () => {
    const r = await jxPiped("", "survey", at("survey.xlsx"), "--out", "-");
    expect([r.code, r.out]).toEqual([0, ""]);
    expect(r.err).toContain("满意度 Rate：");
    expect(r.err).toContain(`✓ 已写入 ${STDOUT}（问卷数据、满意度统计）`);
    expect((await readWorkbook(r.stdout)).sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["问卷数据", "满意度统计"]),
    );
  });

  test("jx review PATH --out -: the summary workbook on stdout, the report on stderr", async () => {
    const r = await jxPiped("", "review", at("form.xlsx"), "--out", "-");
    expect([r.code, r.out]).toEqual([0, ""]);
    expect(r.err).toContain("jx review：1 个文件，1 个项目；0 个无法读取。");
    expect(r.err).toContain(`已写出 ${STDOUT}。`);
    expect((await readWorkbook(r.stdout)).sheets.length).toBeGreaterThan(0);
  });

  test("jx panel A B --out -", async () => {
    const r = await jxPiped("", "panel", at("scored.xlsx"), at("scored.xlsx"), "--out", "-");
    expect([r.code, r.out]).toEqual([0, ""]);
    expect(r.err).toContain(`✓ 已写入 ${STDOUT}：2 位专家`);
    expect((await readWorkbook(r.stdout)).names.JX_TOTAL).toBe(91.3);
  });
});

describe("- as an input: the file read from standard input", () => {
  const bytes = (name: string) => fs.readFileSync(at(name));

  test.each([
    ["check", [] as string[]],
    ["check", ["--json"]],
    ["score", ["--json"]],
    ["score", ["--explain"]],
    ["audit", ["--json"]],
    ["audit", [] as string[]],
  ])("jx %s - %j gives what jx %s FILE gives, the file named as standard input", async (command, extra) => {
    const file = command === "audit" ? at("form.xlsx") : at("scored.xlsx");
    const fromFile = await jx(command, file, ...extra);
    const piped = await jxPiped(fs.readFileSync(file), command, "-", ...extra);
    expect(piped.stdinReads).toBe(1);
    expect([piped.code, piped.err]).toEqual([fromFile.code, fromFile.err]);
    const named = fromFile.out.split(JSON.stringify(file)).join('"-"').split(path.basename(file)).join(STDIN);
    expect(piped.out).toBe(named);
  });

  test("jx score - --json: the scored workbook's total and grade", async () => {
    const r = await jxPiped(bytes("scored.xlsx"), "score", "-", "--json");
    expect(JSON.parse(r.out)).toMatchObject({ total: 91.3, grade: "优" });
  });

  test("jx template --from - --out -: a template from stdin, the workbook to stdout, which jx score - reads back", async () => {
    const written = await jxPiped(JSON.stringify(SCORED), "template", "--from", "-", "--out", "-");
    expect([written.code, written.out]).toEqual([0, ""]);
    const scored = await jxPiped(written.stdout, "score", "-", "--json");
    expect(JSON.parse(scored.out)).toMatchObject({ total: 91.3, grade: "优" });
  });

  test("jx template --from - takes a BOM and a $schema like a file", async () => {
    const text = `\ufeff${JSON.stringify({ $schema: "https://example.org/template.schema.json", ...SCORED })}`;
    const r = await jxPiped(text, "template", "--from", "-", "--out", at("from-stdin.xlsx"));
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(JSON.parse((await jx("score", at("from-stdin.xlsx"), "--json")).out).total).toBe(91.3);
  });

  test("an invalid template from stdin: exit 1, the problems named as standard input's", async () => {
    const bad = structuredClone(SCORED);
    bad.indicators[0].weight = 16;
    const r = await jxPiped(JSON.stringify(bad), "template", "--from", "-", "--out", at("never.xlsx"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^✗ ${STDIN.replace(/[()（）]/g, ".")} 不是有效的模板`));
    expect(fs.existsSync(at("never.xlsx"))).toBe(false);
  });

  test("jx selfeval --from - --out -: a form file from stdin", async () => {
    const form = formPresetById("dibao-2022")!.form;
    const r = await jxPiped(JSON.stringify(form), "selfeval", "--from", "-", "--out", "-");
    expect([r.code, r.out]).toEqual([0, ""]);
    expect(await contentOf(r.stdout)).toEqual(await contentOf(bytes("form.xlsx")));
  });

  test("jx export - --out -: from a workbook on stdin to a template on stdout", async () => {
    const r = await jxPiped(bytes("scored.xlsx"), "export", "-", "--out", "-");
    expect(r.code).toBe(0);
    expect(r.stdout.toString("utf8")).toBe(fs.readFileSync(at("exported.json"), "utf8"));
  });

  test("jx survey - --json equals jx survey FILE --json", async () => {
    const r = await jxPiped(bytes("survey.xlsx"), "survey", "-", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(JSON.parse((await jx("survey", at("survey.xlsx"), "--json")).out));
  });

  test("jx template --survey -: the survey export from stdin", async () => {
    const r = await jxPiped(
      bytes("survey.xlsx"),
      "template",
      "--from",
      at("scored.json"),
      "--survey",
      "-",
      "--survey-leaf",
      "公平性",
      "--out",
      at("with-survey.xlsx"),
    );
    expect(r.code).toBe(0);
    expect((await readWorkbook(fs.readFileSync(at("with-survey.xlsx")))).sheets.map((s) => s.name)).toContain(
      "满意度统计",
    );
  });

  test("jx panel - FILE: one expert's copy from stdin", async () => {
    const r = await jxPiped(bytes("scored.xlsx"), "panel", "-", at("scored.xlsx"), "--out", at("panel.xlsx"), "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ experts: 2, total: 91.3 });
  });

  test("jx review -: one self-evaluation from stdin", async () => {
    const r = await jxPiped(bytes("form.xlsx"), "review", "-", "--json");
    expect(r.code).toBe(0);
    expect(JSON.stringify(JSON.parse(r.out))).toContain('"file":"-"');
  });
});

describe("standard input is read once, and stdout carries one thing", () => {
  test.each([
    [["check", "-", "-"]],
    [["score", "-", "a.xlsx", "-"]],
    [["audit", "-", "-"]],
    [["panel", "-", "-", "--out", "x.xlsx"]],
    [["review", "-", "--recheck", "-"]],
    [["template", "--from", "-", "--survey", "-", "--survey-leaf", "满意度", "--out", "x.xlsx"]],
  ])("%j: usage error, stdin not read", async (argv) => {
    const r = await jxPiped("", ...argv);
    expect([r.code, r.out, r.stdinReads]).toEqual([2, "", 0]);
    expect(r.err).toContain(
      "标准输入只能读取一次：只能有一个输入写作 -。 Standard input can be read only once: give - for one input only.",
    );
  });

  test.each([
    [["survey", "a.xlsx", "--out", "-", "--json"]],
    [["panel", "a.xlsx", "b.xlsx", "--out", "-", "--json"]],
    [["review", "a.xlsx", "--out", "-", "--json"]],
  ])("%j: --out - with --json is a usage error", async (argv) => {
    const r = await jxPiped("", ...argv);
    expect([r.code, r.out, r.stdout.length]).toEqual([2, "", 0]);
    expect(r.err).toContain(
      "--out - 与 --json 都要写到标准输出，只能选一个。 --out - and --json would both write to standard output: use one.",
    );
  });
});

describe("standard input that cannot be read", () => {
  test("empty: exit 2, the reason named as standard input's, on stderr", async () => {
    const r = await jxPiped("", "check", "-");
    expect([r.code, r.out]).toEqual([2, ""]);
    expect(r.err).toMatch(/^jx check：-（标准输入 stdin） /);
  });

  test("over the size limit: refused naming the limit", async () => {
    const r = await jxPiped(Buffer.alloc(WORKBOOK_LIMITS.unpackedBytes + 1), "score", "-");
    expect([r.code, r.out]).toEqual([2, ""]);
    expect(r.err).toBe(`jx score：${STDIN} 标准输入超过上限 64 MiB。 Standard input is over the limit of 64 MiB.\n`);
    const t = await jxPiped(
      Buffer.alloc(WORKBOOK_LIMITS.unpackedBytes + 1),
      "template",
      "--from",
      "-",
      "--out",
      at("big.xlsx"),
    );
    expect([t.code, t.err]).toEqual([
      2,
      `jx：无法读取模板文件 ${STDIN}：标准输入超过上限 64 MiB。 Cannot read the template file ${STDIN}: Standard input is over the limit of 64 MiB.\n`,
    ]);
  });

  test("a terminal is not read: it says to pipe or redirect", async () => {
    let err = "";
    const code = await main(["audit", "-"], {
      out: () => undefined,
      err: (t) => void (err += t),
      stdin: async () => "terminal",
    });
    expect(code).toBe(2);
    expect(err).toContain(
      "标准输入是终端：请用管道或重定向（< 文件）提供内容。 Standard input is a terminal: give the content through a pipe or a redirection (< FILE).",
    );
  });

  test("an .xlsx is not written onto a terminal; text is", () => {
    const was = process.stdout.isTTY;
    const write = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      process.stdout.isTTY = true;
      expect(() => processIo.stdout(new Uint8Array([0x50, 0x4b]))).toThrow(Refusal);
      expect(() => processIo.stdout(new Uint8Array([0x50, 0x4b]))).toThrow("标准输出是终端，未写入 .xlsx");
      expect(write).not.toHaveBeenCalled();
      processIo.stdout("{}\n");
      expect(write).toHaveBeenCalledWith("{}\n");
    } finally {
      process.stdout.isTTY = was;
      write.mockRestore();
    }
  });
});
