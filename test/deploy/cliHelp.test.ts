import { jx } from "../cli/runJx";
import { COMMANDS } from "../../src/cli/commands";
import { commandHelp } from "../../src/cli/main";

/* The command-line conventions a user expects: per-command help in both spellings, exit 0, on stdout. */

const names = [...Object.keys(COMMANDS), "fn"];

describe("jx COMMAND --help and jx help COMMAND", () => {
  test.each(names)("%s: its own usage lines, the exit statuses, exit 0, nothing on stderr", async (name) => {
    const help = commandHelp(name);
    expect(help).not.toBeNull();
    expect(help).toMatch(new RegExp(`^用法 Usage:\\n  jx ${name}\\b`));
    expect(help).toContain("退出码 Exit status: 0");
    for (const argv of [
      [name, "--help"],
      [name, "-h"],
      ["help", name],
    ]) {
      expect(await jx(...argv)).toEqual({ code: 0, out: help, err: "" });
    }
  });

  test("--help anywhere among a file command's options", async () => {
    expect((await jx("check", "a.xlsx", "--json", "--help")).out).toBe(commandHelp("check"));
  });

  test("template's help keeps its continuation lines", () => {
    expect(commandHelp("template")).toContain(
      "--from TREE.json --out FILE.xlsx [--force] [--overwrite]\n                                                          由模板文件生成",
    );
  });

  test("fn's help has the argument notes; --help later in jx fn is an argument", async () => {
    expect(commandHelp("fn")).toContain("jx fn 参数 Arguments:");
    expect(commandHelp("fn")).toContain("例 Example: jx fn EXECRATE");
    const r = await jx("fn", "GRADE", "--help");
    expect(r.out).not.toContain("用法 Usage:");
  });

  test("help for an unknown command is a usage error (exit 2, stderr, both languages)", async () => {
    expect(commandHelp("frobnicate")).toBeNull();
    expect(await jx("help", "frobnicate")).toEqual({
      code: 2,
      out: "",
      err: "jx：未知命令 frobnicate。 Unknown command frobnicate.\n运行 jx --help 查看用法。 Run jx --help for usage.\n",
    });
  });

  test("jx --version and -v print package.json's version", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { version } = require("../../package.json") as { version: string };
    expect(await jx("--version")).toEqual({ code: 0, out: `${version}\n`, err: "" });
    expect(await jx("-v")).toEqual({ code: 0, out: `${version}\n`, err: "" });
  });

  test("jx --help names the per-command help", async () => {
    expect((await jx("--help")).out).toContain("jx help COMMAND | jx COMMAND --help");
  });
});
