import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { handmadeXlsx } from "../fixtures/handmade";
import { FILLED_FORM, GOAL_TABLE } from "../fixtures/forms";
import { FORM_PRESETS, formPresetById } from "../../src/kinds/form/presets";
import { scoreForm } from "../../src/kinds/form/score";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { recalc } from "../workbook/recalc";
import { jx } from "./runJx";

jest.setTimeout(200_000);
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-selfeval-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const at = (n: string) => path.join(dir, n);

describe("jx selfeval: the form computes by itself", () => {
  test.each(FORM_PRESETS.map((p) => [p.id] as const))(
    "%s: LibreOffice's total and grade equal the core's, blank until every row is scored",
    async (id) => {
      expect((await jx("selfeval", "--preset", id, "--out", at(`${id}.xlsx`))).code).toBe(0);
      const core = scoreForm(formPresetById(id)!.form);
      const complete = core.fundsScore !== null && core.rows.every((r) => r.score !== null);
      const after = await readWorkbook(fs.readFileSync(await recalc(at(`${id}.xlsx`))));
      expect([after.names.JX_TOTAL, after.names.JX_GRADE, after.names.JX_WEIGHT_TOTAL]).toEqual(
        complete ? [core.total.toNumber(), core.grade, 100] : [null, null, 100],
      );
    },
  );
  test("the blank presets print no 总分 and no 等级; the filled example prints both", () => {
    const complete = (id: string) => {
      const core = scoreForm(formPresetById(id)!.form);
      return core.fundsScore !== null && core.rows.every((r) => r.score !== null);
    };
    expect(FORM_PRESETS.map((p) => [p.id, complete(p.id)])).toEqual([
      ["self-eval-form", false],
      ["self-eval-form-2021", false],
      ["dibao-2022", true],
    ]);
  });

  test("a form with a ≤ target missed, a qualitative band × factor, and a shortfall: the sheet's own formulas agree", async () => {
    const form = structuredClone(formPresetById("self-eval-form")!.form);
    form.funds.rows[0] = { label: "年度资金总额", initial: 100, annual: 120, executed: 102 };
    form.indicators[0].actual = "95%";
    form.indicators[2].actual = "36日";
    form.indicators[3] = {
      ...form.indicators[3],
      target: "有所提升",
      actual: "略有提升",
      band: "部分达成",
      factor: 0.7,
    };
    form.indicators[4].actual = "3年";
    form.indicators[5].actual = "92%";
    form.indicators[1].actual = "97%";
    const file = at("mixed.json");
    fs.writeFileSync(file, JSON.stringify(form));
    expect((await jx("template", "--from", file, "--out", at("mixed.xlsx"))).code).toBe(0);
    const core = scoreForm(form);
    expect(core.rows.map((r) => r.score?.toFixed())).toEqual(["19", "15", "12.5", "14", "10", "10"]);
    expect(core.fundsScore?.toFixed()).toBe("8.5");
    const after = await readWorkbook(fs.readFileSync(await recalc(at("mixed.xlsx"))));
    expect(after.names.JX_TOTAL).toBe(core.total.toNumber());
    expect(after.names.JX_TOTAL).toBe(89);
    expect(after.names.JX_GRADE).toBe("良");
    // jx score reads it back and asks for the missing 偏差原因 of the rows that fell short.
    const r = await jx("score", at("mixed.recalc.xlsx"), "--json");
    const out = JSON.parse(r.out);
    expect(out.total).toBe(89);
    expect(out.problems.map((p: { message: string }) => p.message)).toEqual([
      "（数量指标名称） 未达到目标，须填写偏差原因分析及改进措施",
      "（时效指标名称） 未达到目标，须填写偏差原因分析及改进措施",
      "（社会效益指标名称） 未达到目标，须填写偏差原因分析及改进措施",
    ]);
  });

  test("a form file that is not valid is refused with its JSON paths", async () => {
    const bad = {
      format: "jixiao-selfeval",
      version: 1,
      project: {},
      funds: { weight: 10, rows: [] },
      indicators: [{ level1: "产出指标", level2: "数量指标", name: "x", target: "≥1", weight: 0, band: "完成" }],
    };
    fs.writeFileSync(at("bad.json"), JSON.stringify(bad));
    const r = await jx("selfeval", "--from", at("bad.json"), "--out", at("bad.xlsx"));
    expect(r.code).toBe(1);
    for (const p of ["/project", "/funds/rows", "/indicators/0/weight", "/indicators/0/band"])
      expect(r.err).toContain(p);
    expect(fs.existsSync(at("bad.xlsx"))).toBe(false);
  });
});

describe("jx score reads filled forms", () => {
  test("a national form filled by hand: rows by the TARGETSCORE rules, the qualitative row by its band, the printed total checked", async () => {
    fs.writeFileSync(at("filled.xlsx"), await handmadeXlsx(FILLED_FORM));
    const r = await jx("score", at("filled.xlsx"), "--json");
    const out = JSON.parse(r.out);
    expect(out.kind).toBe("selfeval");
    expect(out.rows.map((x: { score: number }) => x.score)).toEqual([20, 15, 12.5, 14, 10, 9.78]);
    expect([out.total, out.grade]).toEqual([90.78, "优"]);
    expect(out.levels.map((l: { name: string; weight: number; score: number }) => [l.name, l.weight, l.score])).toEqual(
      [
        ["预算执行率", 10, 9.5],
        ["产出指标", 50, 47.5],
        ["效益指标", 30, 24],
        ["满意度指标", 10, 9.78],
      ],
    );
    // The satisfaction row fell short (88 % of ≥90 %) and has no 偏差原因.
    expect(out.problems).toEqual([
      expect.objectContaining({ cell: "L19", message: "参保群众满意度 未达到目标，须填写偏差原因分析及改进措施" }),
    ]);
    expect(r.code).toBe(1);
  });

  test("a goal table with free-text targets: ratios by the rules, the rest listed for a person", async () => {
    fs.writeFileSync(at("goals.xlsx"), await handmadeXlsx(GOAL_TABLE));
    const r = await jx("score", at("goals.xlsx"), "--json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    const ratio = Object.fromEntries(out.rows.map((x: { name: string; ratio: number | null }) => [x.name, x.ratio]));
    expect(ratio["低保对象人数"]).toBe(1);
    expect(ratio["低保资金社会化发放率"]).toBe(1);
    expect(ratio["建立社会救助家庭经济状况核对机制的县(市、区)比例"]).toBeCloseTo(1 / 0.95, 12);
    expect(ratio["困难群众基本生活救助和孤儿基本生活费按时发放率"]).toBeCloseTo(0.6 / 0.9, 12);
    expect(ratio["审批办结时限"]).toBe(1);
    expect(ratio["资金拨付完成时间"]).toBe(1);
    expect(ratio["新增救助人次"]).toBeCloseTo(950 / 900, 12);
    expect(ratio["政策知晓率"]).toBe(1);
    expect(ratio["困难群众生活水平情况"]).toBeNull();
    expect(ratio["临时救助覆盖面"]).toBeNull();
    expect(out.judgement.map((j: { cell: string }) => j.cell)).toEqual(["F11", "F15"]);
    expect(out.judgement[0].message).toContain("需人工判断");
  });

  test("jx audit flags what a reviewer would, each with its cell and a rewording", async () => {
    const r = await jx("audit", at("goals.xlsx"), "--json");
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.out).findings.map((f: { cell: string; kind: string }) => `${f.cell} ${f.kind}`);
    expect(findings).toEqual([
      "E6 vague",
      "F9 restated",
      "E9 relative",
      "F12 restated",
      "F14 restated",
      "E15 vague",
      "E16 noUnit",
    ]);
    expect(JSON.parse(r.out).findings[2].suggestion).toContain("上年");
    const text = await jx("audit", at("goals.xlsx"));
    expect(text.out).toContain("建议");
  });
});
