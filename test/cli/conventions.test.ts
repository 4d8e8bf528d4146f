import { execFile, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseArgs } from "util";
import { COMMANDS } from "../../src/cli/commands";
import { GRADE_SCHEMES } from "../../src/grades";
import { PRESETS } from "../../src/kinds/table/presets";
import { FORM_PRESETS } from "../../src/kinds/form/presets";
import { usageMistake } from "../../src/cli/options";
import { formPresetById } from "../../src/kinds/form/presets";
import { jx } from "./runJx";
import { SCORED_2021 as SCORED } from "../fixtures/templates";

/* The command-line conventions of issue 12 that are not per-command help: usage mistakes in Chinese then
 * English (never Node's words), every error line on stderr, real pipes in and out, a closed pipe ending
 * quietly, and template files carrying "$schema". */

jest.setTimeout(180_000);
const JX = path.join(__dirname, "../../src/cli/jx.js");
let dir: string;
const at = (name: string): string => path.join(dir, name);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-conventions-"));
  fs.writeFileSync(at("scored.json"), JSON.stringify(SCORED));
  expect((await jx("template", "--from", at("scored.json"), "--out", at("good.xlsx"))).code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Node's own parseArgs wording, which must never reach a person. */
const NODE_WORDS =
  /Unknown option '|Option '|argument missing|does not take an argument|is ambiguous|positional argument|To specify/;

describe("usage mistakes: Chinese first, then English, never Node's parseArgs text", () => {
  test.each([
    [
      ["template", "--preset"],
      "jx：选项 --preset 后面缺少取值。 The option --preset needs a value after it.\n运行 jx template --help 查看用法。 Run jx template --help for usage.\n",
    ],
    [
      ["check", "a.xlsx", "--bogus"],
      "jx：jx check 没有选项 --bogus（可用的选项：--sheet … --json）。 jx check has no option --bogus (its options: --sheet … --json).\n运行 jx check --help 查看用法。 Run jx check --help for usage.\n",
    ],
    [
      ["score", "-x"],
      "jx：jx score 没有选项 -x（可用的选项：--sheet … --grades … --score-column … --explain --json）。 jx score has no option -x (its options: --sheet … --grades … --score-column … --explain --json).\n运行 jx score --help 查看用法。 Run jx score --help for usage.\n",
    ],
    [
      ["check", "--json=yes", "a.xlsx"],
      "jx：选项 --json 不带取值（写 --json，不写 --json=…）。 The option --json takes no value (write --json, not --json=…).\n运行 jx check --help 查看用法。 Run jx check --help for usage.\n",
    ],
    [
      ["export", "a.xlsx", "--out", "-x.json"],
      "jx：选项 --out 后面缺少取值，或取值以 - 开头：取值以 - 开头时请写成 --out=-值。 The option --out is missing its value, or the value starts with -: write --out=-VALUE for such a value.\n运行 jx export --help 查看用法。 Run jx export --help for usage.\n",
    ],
  ])("jx %j", async (argv, err) => {
    expect(await jx(...argv)).toEqual({ code: 2, out: "", err });
  });

  test.each(Object.keys(COMMANDS).filter((c) => c !== "fn"))(
    "jx %s with an unknown option, and with an option missing its value: exit 2, no English-only text",
    async (command) => {
      for (const argv of [
        [command, "--no-such-option"],
        [command, "a.xlsx", "--out"],
        [command, "--sheet"],
      ]) {
        const r = await jx(...argv);
        expect([argv, r.code, r.out]).toEqual([argv, 2, ""]);
        // A Chinese sentence first, then its English.
        expect(r.err).toMatch(/^jx：[^。\n]*[\u4e00-\u9fff][^。\n]*。[^\n]*[A-Za-z]{3}/);
        expect(r.err).not.toMatch(NODE_WORDS);
      }
    },
  );

  /** The error Node's parseArgs raises for `args` against `options`. */
  function nodeError(
    args: string[],
    options: Record<string, { type: "string" | "boolean"; short?: string }>,
    allowPositionals = true,
  ): unknown {
    try {
      parseArgs({ args, options, allowPositionals, strict: true });
    } catch (e) {
      return e;
    }
    throw new Error("parseArgs accepted it");
  }

  test.each([
    [
      "ERR_PARSE_ARGS_UNKNOWN_OPTION",
      ["--nope"],
      {},
      true,
      "jx demo 没有选项 --nope（可用的选项：无）。 jx demo has no option --nope (its options: none).",
    ],
    [
      "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL",
      ["stray"],
      {},
      false,
      'jx demo 不接受参数“stray”。 jx demo takes no argument "stray".',
    ],
    [
      "ERR_PARSE_ARGS_INVALID_OPTION_VALUE (missing)",
      ["--out"],
      { out: { type: "string" } },
      true,
      "选项 --out 后面缺少取值。 The option --out needs a value after it.",
    ],
    [
      "ERR_PARSE_ARGS_INVALID_OPTION_VALUE (short and long)",
      ["--out"],
      { out: { type: "string", short: "o" } },
      true,
      "选项 --out 后面缺少取值。 The option --out needs a value after it.",
    ],
    [
      "ERR_PARSE_ARGS_INVALID_OPTION_VALUE (boolean with a value)",
      ["--json=1"],
      { json: { type: "boolean" } },
      true,
      "选项 --json 不带取值（写 --json，不写 --json=…）。 The option --json takes no value (write --json, not --json=…).",
    ],
  ] as const)(
    "every kind of parseArgs error this Node raises has its sentence: %s",
    (_kind, args, options, positionals, text) => {
      const e = nodeError([...args], options as Record<string, { type: "string" | "boolean" }>, positionals);
      expect(usageMistake(e, options as Record<string, { type: "string" | "boolean" }>, "demo")?.message).toBe(text);
    },
  );

  test("any other error is jx's own mistake, not the person's: not dressed as a usage error", () => {
    expect(
      usageMistake(new TypeError("The property 'options.a.short' must be a single character"), {}, "demo"),
    ).toBeNull();
    expect(usageMistake(Object.assign(new Error("x"), { code: "ERR_INVALID_ARG_TYPE" }), {}, "demo")).toBeNull();
  });
});

describe("every error line goes to stderr; stdout carries only results", () => {
  test.each([
    [["check", "missing.xlsx"], "jx check：missing.xlsx 找不到文件。 No such file.\n"],
    [["score", "missing.xlsx"], "jx score：missing.xlsx 找不到文件。 No such file.\n"],
    [["audit", "missing.xlsx"], "jx audit：missing.xlsx 找不到文件。 No such file.\n"],
    [["export", "missing.xlsx", "--out", "x.json"], "jx export：missing.xlsx 找不到文件。 No such file.\n"],
    [["survey", "missing.xlsx"], "jx survey：missing.xlsx 找不到文件。 No such file.\n"],
    [
      ["panel", "missing.xlsx", "missing2.xlsx", "--out", "x.xlsx"],
      "jx panel：missing.xlsx 找不到文件。 No such file.\n",
    ],
    [
      ["template", "--from", "missing.json", "--out", "x.xlsx"],
      "jx：无法读取模板文件 missing.json：找不到文件。 Cannot read the template file missing.json: No such file.\n",
    ],
    [
      ["selfeval", "--from", "missing.json", "--out", "x.xlsx"],
      "jx：无法读取自评表文件 missing.json：找不到文件。 Cannot read the form file missing.json: No such file.\n",
    ],
  ])("jx %j", async (argv, err) => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(await jx(...argv)).toEqual({ code: 2, out: "", err });
    } finally {
      process.chdir(cwd);
    }
  });

  test("jx review: the unreadable file on stderr, the summary on stdout", async () => {
    const r = await jx("review", at("missing.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toBe(`✗ ${at("missing.xlsx").split(path.sep).join("/")}：找不到文件。 No such file.\n`);
    expect(r.out).toMatch(/^jx review：1 个文件，0 个项目；1 个无法读取。/);
    expect(r.out).not.toContain("找不到文件");
  });

  test("jx fn: an Excel error on stderr", async () => {
    const r = await jx("fn", "EXECRATE", "1", "0");
    expect([r.code, r.out]).toEqual([1, ""]);
    expect(r.err).toMatch(/^#DIV\/0! /);
  });
});

/** Runs a shell line with jx on PATH-free terms: `$JX` is the command. */
function shell(line: string): Promise<{ code: number | null; out: Buffer; err: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      "bash",
      ["-c", line],
      { cwd: dir, env: { ...process.env, JX: `${process.execPath} ${JX}` }, encoding: "buffer", maxBuffer: 64 << 20 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? ((error as { code?: number }).code ?? 1) : 0,
          out: stdout,
          err: stderr.toString("utf8"),
        }),
    );
    child.stdin?.end();
  });
}

describe("real pipes between processes", () => {
  test("jx template --preset … --out - | jx check -: the workbook crosses the pipe whole", async () => {
    const r = await shell("set -o pipefail; $JX template --preset national-2020 --out - | $JX check -");
    expect(r.code).toBe(0);
    expect(r.out.toString("utf8")).toBe(
      "✓ -（标准输入 stdin）［评分表］权重一致：4 个一级指标、17 个末级指标 / weights consistent: 4 top-level indicators, 17 leaves\n",
    );
    expect(r.err).toBe(
      "✓ 已写入 -（标准输出 stdout）：4 个一级指标、17 个末级指标。Wrote -（标准输出 stdout）: 4 top-level and 17 leaf indicators.\n",
    );
  });

  test("jx template --from - --out - < tree.json > file.xlsx: a binary workbook through stdout, scored from the file", async () => {
    const r = await shell(
      "$JX template --from - --out - < scored.json > piped.xlsx && $JX score piped.xlsx --json && $JX export - --out - < piped.xlsx",
    );
    expect(r.code).toBe(0);
    const [score, ...exported] = r.out.toString("utf8").split("\n");
    expect(JSON.parse(score)).toMatchObject({ total: 91.3, grade: "优" });
    expect(JSON.parse(exported.join("\n")).indicators[1].children[0]).toEqual({
      name: "资金管理",
      weight: 15,
      score: 12.4,
    });
  });

  test("jx check FILE… | head -1 ends quietly: one line, nothing on stderr, exit 0", async () => {
    // Enough output (about 70 KB) to outlast the pipe's buffer, so jx really writes into a closed pipe.
    const many = Array.from({ length: 700 }, () => "good.xlsx").join(" ");
    const r = await shell(`$JX check ${many} | head -1; echo "jx=\${PIPESTATUS[0]}" >&2`);
    expect(r.out.toString("utf8")).toMatch(/^✓ good\.xlsx［评分表］权重一致[^\n]*\n$/);
    expect(r.err).toBe("jx=0\n");
  });

  test("jx check missing.xlsx in a shell: stdout empty, the line on stderr, exit 2", () => {
    const r = spawnSync(process.execPath, [JX, "check", "missing.xlsx"], { cwd: dir, encoding: "utf8" });
    expect([r.status, r.stdout, r.stderr]).toEqual([2, "", "jx check：missing.xlsx 找不到文件。 No such file.\n"]);
  });
});

describe('template and form files may carry "$schema" for editors', () => {
  test("a template with $schema is read as without it", async () => {
    fs.writeFileSync(
      at("with-schema.json"),
      JSON.stringify({ $schema: "./node_modules/jixiao/src/template/template.schema.json", ...SCORED }),
    );
    const r = await jx("template", "--from", at("with-schema.json"), "--out", at("with-schema.xlsx"));
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(JSON.parse((await jx("score", at("with-schema.xlsx"), "--json")).out).total).toBe(91.3);
  });

  test("$schema that is not a string is still refused by the schema", async () => {
    fs.writeFileSync(at("bad-schema.json"), JSON.stringify({ $schema: 5, ...SCORED }));
    const r = await jx("template", "--from", at("bad-schema.json"), "--out", at("bad-schema.xlsx"));
    expect(r.code).toBe(1);
    expect(r.err).toContain("$schema");
  });

  test("a form file with $schema", async () => {
    fs.writeFileSync(
      at("form.json"),
      JSON.stringify({ $schema: "./selfeval.schema.json", ...formPresetById("dibao-2022")!.form }),
    );
    const r = await jx("selfeval", "--from", at("form.json"), "--out", at("form.xlsx"));
    expect([r.code, r.err]).toEqual([0, ""]);
  });
});

describe("jx presets lists every preset with its kind", () => {
  test("text: each id under its kind's heading, forms with their rule set", async () => {
    const r = await jx("presets");
    expect(r.code).toBe(0);
    const sections = r.out.trimEnd().split(/\n(?=\S)/);
    const ids = (heading: string) =>
      sections
        .find((s) => s.startsWith(heading))!
        .split("\n")
        .slice(1)
        .map((l) => l.trim().split(/\s+/)[0]);
    expect(ids("指标模板 Templates")).toEqual(PRESETS.map((p) => p.id));
    expect(ids("等级方案 Grade schemes")).toEqual(GRADE_SCHEMES.map((g) => g.id));
    expect(ids("自评表 Self-evaluation forms")).toEqual(FORM_PRESETS.map((f) => f.id));
    expect(r.out).toContain("dibao-2022");
    expect(r.out).toMatch(/self-eval-form-2021 .*（按 2021 年版计分 \/ 2021 rules）/);
  });

  test("--json: every entry carries its kind", async () => {
    const j = JSON.parse((await jx("presets", "--json")).out) as Record<string, { id: string; kind: string }[]>;
    expect(
      Object.fromEntries(Object.entries(j).map(([k, list]) => [k, [...new Set(list.map((e) => e.kind))]])),
    ).toEqual({ presets: ["template"], gradeSchemes: ["grades"], forms: ["selfeval"] });
    expect(j.forms.map((f) => f.id)).toEqual(FORM_PRESETS.map((f) => f.id));
  });

  test("an argument is a usage error", async () => {
    expect((await jx("presets", "extra")).code).toBe(2);
  });
});
