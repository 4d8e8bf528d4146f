import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PRESETS } from "../../src/kinds/table/presets";
import { jx } from "./runJx";
import { SCORED_2021 as VALID } from "../fixtures/templates";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-template-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const at = (name: string): string => path.join(dir, name);
function json(name: string, data: unknown): string {
  fs.writeFileSync(at(name), typeof data === "string" ? data : JSON.stringify(data));
  return at(name);
}

describe("jx template", () => {
  test("--from a valid tree writes a workbook that jx check passes and jx score totals", async () => {
    const r = await jx("template", "--from", json("ok.json", VALID), "--out", at("ok.xlsx"));
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toContain("已写入");
    expect((await jx("check", at("ok.xlsx"))).code).toBe(0);
    const s = JSON.parse((await jx("score", at("ok.xlsx"), "--json")).out);
    expect([s.total, s.grade]).toEqual([91.3, "优"]);
  });

  test("a tree whose weights do not add up is refused with every problem and its JSON path (exit 1), nothing written", async () => {
    const bad = structuredClone(VALID);
    bad.indicators[0].children[1].weight = 4;
    bad.indicators[3].weight = 31;
    bad.indicators[3].children[1].score = 6;
    const r = await jx("template", "--from", json("bad.json", bad), "--out", at("bad.xlsx"));
    expect(r.code).toBe(1);
    expect(fs.existsSync(at("bad.xlsx"))).toBe(false);
    for (const p of ["/indicators/0/weight", "/indicators/3/weight", "/indicators/3/children/1/score", "/indicators"])
      expect(r.err).toContain(p);
    expect(r.err).toContain("决策 权重 15 ≠ 下级合计 16");
    expect(r.err).toContain("一级指标权重合计 101 ≠ 100");
    expect(r.err).toContain("公平性 得分 6 超过分值 5");
  });

  test("--force writes it anyway, the problems flagged in the sheet", async () => {
    const bad = structuredClone(VALID);
    bad.indicators[0].children[1].weight = 4;
    const r = await jx("template", "--from", json("bad2.json", bad), "--out", at("forced.xlsx"), "--force");
    expect(r.code).toBe(0);
    expect(r.err).toContain("/indicators/0/weight");
    const check = JSON.parse((await jx("check", at("forced.xlsx"), "--json")).out);
    expect(check.problems.map((p: { message: string }) => p.message)).toContain("决策 权重 15 ≠ 下级合计 16");
  });

  test("schema problems: all of them at once, in Chinese, with their JSON paths", async () => {
    const r = await jx(
      "template",
      "--from",
      json("schema.json", {
        format: "jixiao-template",
        version: 2,
        indicators: [
          { name: "", weight: 0, colour: "red" },
          { name: "产出", weight: "三十" },
        ],
      }),
      "--out",
      at("schema.xlsx"),
    );
    expect(r.code).toBe(1);
    const lines = r.err.split("\n");
    const has = (p: string, words: string): boolean => lines.some((l) => l.includes(`${p}  `) && l.includes(words));
    expect(has("/", "缺少必填字段“title”")).toBe(true);
    expect(has("/version", "应为 1")).toBe(true);
    expect(has("/indicators/0", "不认识的字段“colour”")).toBe(true);
    expect(has("/indicators/0/name", "不能为空")).toBe(true);
    expect(has("/indicators/0/weight", "应大于 0")).toBe(true);
    expect(has("/indicators/1/weight", "类型应为 数字")).toBe(true);
  });

  test("a file that is not JSON says where it breaks", async () => {
    const r = await jx(
      "template",
      "--from",
      json("broken.json", '{\n  "format": "jixiao-template",\n  "title": 决策\n}'),
      "--out",
      at("broken.xlsx"),
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain("第 3 行");
  });

  test("a tree deeper than four levels is refused", async () => {
    const deep = {
      ...VALID,
      indicators: [
        {
          name: "一",
          weight: 100,
          children: [
            {
              name: "二",
              weight: 100,
              children: [
                {
                  name: "三",
                  weight: 100,
                  children: [{ name: "四", weight: 100, children: [{ name: "五", weight: 100 }] }],
                },
              ],
            },
          ],
        },
      ],
    };
    const r = await jx("template", "--from", json("deep.json", deep), "--out", at("deep.xlsx"));
    expect(r.code).toBe(1);
    expect(r.err).toContain("/indicators/0/children/0/children/0/children/0/children/0/name");
    expect(r.err).toContain("超过四级指标");
  });

  test("--out refuses an existing file unless --overwrite; bad usage is exit 2", async () => {
    fs.writeFileSync(at("mine.xlsx"), "a person's own file");
    const r = await jx("template", "--preset", "national-2020", "--out", at("mine.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("已存在，未覆盖");
    expect(fs.readFileSync(at("mine.xlsx"), "utf8")).toBe("a person's own file");
    expect((await jx("template", "--preset", "national-2020", "--out", at("mine.xlsx"), "--overwrite")).code).toBe(0);
    expect((await jx("template", "--preset", "no-such", "--out", at("x.xlsx"))).code).toBe(2);
    expect((await jx("template", "--preset", "national-2020")).code).toBe(2);
    expect((await jx("template", "--out", at("y.xlsx"))).code).toBe(2);
    expect((await jx("template", "--preset", "national-2020", "--out", at("z.xlsx"), "--bogus")).code).toBe(2);
  });

  test("every preset and grade scheme writes a workbook that checks clean", async () => {
    for (const p of PRESETS) {
      expect((await jx("template", "--preset", p.id, "--out", at(`${p.id}.xlsx`))).code).toBe(0);
      expect([p.id, (await jx("check", at(`${p.id}.xlsx`))).code]).toEqual([p.id, 0]);
    }
    expect(
      (await jx("template", "--preset", "self-eval", "--grades", "five-tier", "--out", at("five.xlsx"))).code,
    ).toBe(0);
  });

  test("jx export reads a workbook back into the same template", async () => {
    await jx("template", "--from", json("round.json", VALID), "--out", at("round.xlsx"));
    expect((await jx("export", at("round.xlsx"), "--out", at("round-back.json"))).code).toBe(0);
    const back = JSON.parse(fs.readFileSync(at("round-back.json"), "utf8"));
    expect(back).toEqual({ ...VALID, levelNames: ["一级指标", "二级指标"], total: 100 });
  });
});

describe("jx presets", () => {
  test("lists preset ids with titles, and as JSON", async () => {
    const r = await jx("presets");
    expect(r.code).toBe(0);
    for (const p of PRESETS) expect(r.out).toContain(p.id);
    const j = JSON.parse((await jx("presets", "--json")).out);
    expect(j.presets.map((p: { id: string }) => p.id)).toEqual(PRESETS.map((p) => p.id));
    expect(j.gradeSchemes.map((g: { id: string }) => g.id)).toEqual([
      "standard",
      "excellent-pass",
      "five-tier",
      "good-from-75",
    ]);
  });

  test("lists the self-evaluation forms too, with their rule sets", async () => {
    expect((await jx("presets")).out).toContain(
      "自评表 Self-evaluation forms（jx selfeval --preset ID --out FILE.xlsx）",
    );
    const j = JSON.parse((await jx("presets", "--json")).out);
    expect(j.forms.map((f: { id: string; scoring: string }) => `${f.id}:${f.scoring}`)).toEqual([
      "self-eval-form:2020",
      "self-eval-form-2021:2021",
      "dibao-2022:2020",
    ]);
  });
});
