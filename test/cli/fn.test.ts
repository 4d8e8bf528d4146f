import { execFileSync, spawnSync } from "child_process";
import * as path from "path";
import { jx } from "./runJx";
import pkg from "../../package.json";

describe("jx fn", () => {
  test.each([
    [["EXECRATE", "987.91", "1000"], "0.98791"],
    [["EXECRATE", "109805.66", "135528.71", "3", "1"], "2.4"],
    [["LIKERTSCORE", "[1,2,3,4,5,6,7]", "[0.3,0.2,0.4,4.3,12.5,25.2,33]", "5", "7", "1"], "4.4"],
    [["WEIGHTEDSCORE", "[[1],[1],[1]]", "[33.3,33.3,33.4]"], "100"],
    [["WEIGHTEDSCORE", "[[1,1],[1,1]]", "[25,25,25,25]"], "#VALUE!"],
    [["WEIGHTEDSCORE", "[[1],[1],[1]]", "[[33.3],[33.3],[33.4]]"], "100"],
    [["GRADE", "89.99999999999999"], "优"],
    [["GRADE", "76", '[["优秀",90],["良好",75],["合格",60],["不合格",0]]'], "良好"],
    [["TIER", "0.05", '[">0","10%","20%","50%"]', "[0.5,1,2,3]"], "0.5"],
    [["CHECKLIST", '[true,true,false,"是"]', "4"], "3"],
    [["QUALSCORE", "部分达成", "10", "0.7"], "7"],
    [["TARGETSCORE", "≤30日", "25日", "4"], "4"],
    [["EXECRATE", "1", "2", "", "2"], "0.5"],
    [["jixiao.execrate", "1", "4"], "0.25"],
    [["CHECKWEIGHTS", "[15,25,30,30]"], "TRUE"],
    [["EXECRATE", "0.12345678901234567", "1"], "0.123456789012346"],
    [["EXECRATE", "[0.12345678901234567]", "1"], "0.123456789012346"],
    [["DEDUCT", "10", "3", "0"], "10"],
    [["DEDUCT", "10", "3", ""], "7"],
    [["LIKERTSCORE", "[100,75,50,25,0]", '["",93,172,17,167]', "10", "", "2"], "3.56"],
    [["DEVIATIONSCORE", "0.1", "10", "0.05", "0"], "#VALUE!"],
  ])("jx fn %j prints %s", async (args, expected) => {
    const r = await jx("fn", ...args);
    if (expected.startsWith("#")) {
      expect(r.code).toBe(1);
      expect(r.err.startsWith(expected)).toBe(true);
      expect(r.out).toBe("");
    } else {
      expect([r.code, r.out, r.err]).toEqual([0, `${expected}\n`, ""]);
    }
  });

  test("an error prints the code and the Chinese then English message on stderr, exit 1", async () => {
    const r = await jx("fn", "EXECRATE", "abc", "10");
    expect(r).toEqual({
      code: 1,
      out: "",
      err: '#VALUE! 参数「实际支出」应为数字，收到“abc”。argument spent must be a number, got "abc".\n',
    });
    expect((await jx("fn", "EXECRATE", "1", "0")).err.startsWith("#DIV/0! ")).toBe(true);
    expect((await jx("fn", "EXECRATE", "-5", "10")).err.startsWith("#NUM! ")).toBe(true);
    expect((await jx("fn", "TARGETSCORE", "有所提升", "下降")).err.startsWith("#N/A ")).toBe(true);
  });

  test("a missing required argument is #VALUE!; too many arguments or an unknown name is bad usage (2)", async () => {
    expect((await jx("fn", "EXECRATE", "1")).code).toBe(1);
    expect((await jx("fn", "EXECRATE", "1", "2", "3", "4", "5")).code).toBe(2);
    const unknown = await jx("fn", "NOSUCH", "1");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("NOSUCH");
  });
});

describe("the jx bin", () => {
  const bin = path.join(__dirname, "../../src/cli/jx.js");
  test("--help lists every command, Chinese first", () => {
    const out = execFileSync("node", [bin, "--help"], { encoding: "utf8" });
    for (const c of ["template", "presets", "check", "score", "export", "fn"]) expect(out).toContain(`jx ${c}`);
    expect(out.search(/[\u4e00-\u9fff]/)).toBeLessThan(out.search(/Usage/));
  });
  test("--version prints the package version", () => {
    expect(execFileSync("node", [bin, "--version"], { encoding: "utf8" }).trim()).toBe(pkg.version);
  });
  test("fn runs as a process with the documented exit codes", () => {
    const ok = spawnSync("node", [bin, "fn", "EXECRATE", "109805.66", "135528.71", "3", "1"], { encoding: "utf8" });
    expect([ok.status, ok.stdout]).toEqual([0, "2.4\n"]);
    const bad = spawnSync("node", [bin, "fn", "EXECRATE", "abc", "10"], { encoding: "utf8" });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^#VALUE! /);
  });
});
