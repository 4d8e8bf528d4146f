import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { handmadeXlsx } from "../fixtures/handmade";
import { FILLED_FORM } from "../fixtures/forms";
import type { SelfEvalForm } from "../../src/kinds/form/model";
import { layoutForm } from "../../src/kinds/form/layout";
import { formPresetById } from "../../src/kinds/form/presets";
import { scoreForm } from "../../src/kinds/form/score";
import { xlsxBytes } from "../../src/xlsx/writeWorkbook";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { recalc } from "../workbook/recalc";
import { issueForm } from "../fixtures/forms2021";
import { jx } from "./runJx";

jest.setTimeout(200_000);
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-selfeval2021-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const at = (n: string) => path.join(dir, n);

/** The 2021 preset filled: a completed project under budget, a ≤ target missed, a row at the pass line exactly, a tie at .xx5, 满意度 79 %. */
function mixedForm(scoring: "2020" | "2021"): SelfEvalForm {
  const form = structuredClone(formPresetById("self-eval-form-2021")!.form);
  form.scoring = scoring;
  form.funds.rows[0] = { label: "年度资金总额", initial: 200, annual: 200, executed: 100 };
  form.funds.completed = true;
  const actuals = ["80万元", "0起", "1起", "88%", "57%", "40日", "85.5%", "3年", "79%"];
  form.indicators.forEach((r, i) => (r.actual = actuals[i]));
  return form;
}

/** Writes the form with nothing cached, so every figure read back is LibreOffice's own. */
async function recalculated(form: SelfEvalForm, name: string) {
  const file = at(`${name}.xlsx`);
  fs.writeFileSync(file, await xlsxBytes(layoutForm(form), { cachedResults: false }));
  const out = await recalc(file);
  return { file: out, wb: await readWorkbook(fs.readFileSync(out)) };
}

describe("2021 forms compute by themselves and jx score reads their rule set back", () => {
  // Figures by hand from the guide's text (see test/template/selfeval2021.test.ts for the rules).
  test.each([
    ["issue 2021", 65.45, "中", [15.45, 15, 0, 20, 8], 7, () => issueForm("2021")],
    ["issue 2020", 85.28, "良", [18.18, 18, 10.6, 20, 10], 8.5, () => issueForm("2020")],
    // 2021: 10 (completed, 50 % spent) + 10 + 5 + 0 + 10.5 + 0 (at 60 %) + 3.75 + 13.13 (0.95 → 13.125) + 5 + 5 (满意度 79 %).
    ["mixed 2021", 62.38, "中", [10, 5, 0, 10.5, 0, 3.75, 13.13, 5, 5], 10, () => mixedForm("2021")],
    // 2020: 5 (50 % × 10) + 10 + 5 + 0 + 13.2 + 9 + 7.5 + 14.25 + 5 + 9.29 (79 ÷ 85 × 10).
    ["mixed 2020", 78.24, "中", [10, 5, 0, 13.2, 9, 7.5, 14.25, 5, 9.29], 5, () => mixedForm("2020")],
  ] as const)(
    "%s: the core, LibreOffice and jx score agree on %p %p",
    async (name, total, grade, rows, funds, make) => {
      const form = make();
      const core = scoreForm(form);
      expect([
        core.total.toNumber(),
        core.grade,
        core.fundsScore?.toNumber(),
        core.rows.map((r) => r.score?.toNumber()),
      ]).toEqual([total, grade, funds, rows]);
      const { file, wb } = await recalculated(form, name.replace(/ /g, "-"));
      expect([wb.names.JX_TOTAL, wb.names.JX_GRADE, wb.names.JX_WEIGHT_TOTAL]).toEqual([total, grade, 100]);
      const sheet = wb.sheets[0];
      expect(sheet.cells[5][10]).toBe(funds);
      expect(sheet.cells.slice(13, 13 + rows.length).map((r) => r[10])).toEqual(rows);
      const r = await jx("score", file, "--json");
      const out = JSON.parse(r.out);
      expect([out.scoring, out.scoringNote, out.total, out.grade, out.levels[0].score]).toEqual([
        form.scoring,
        "",
        total,
        grade,
        funds,
      ]);
      expect(out.problems.filter((p: { kind: string }) => p.kind === "totalMismatch")).toEqual([]);
      const text = await jx("score", file);
      expect(text.out).toContain(
        form.scoring === "2021"
          ? "计分规则 Scoring：2021 年版（财预〔2021〕101号）"
          : "计分规则 Scoring：2020 年版（财预〔2020〕10号）",
      );
    },
  );

  test("jx selfeval --preset self-eval-form-2021 writes the 2021 rules; 项目已完成 left blank is a person's to fill, in the sheet and in jx score", async () => {
    const made = await jx("selfeval", "--preset", "self-eval-form-2021", "--out", at("preset2021.xlsx"));
    expect([made.code, made.out]).toEqual([
      0,
      `✓ 已写入自评表 ${at("preset2021.xlsx")}：9 项绩效指标，按 2021 年版（财预〔2021〕101号）计分。Wrote the self-evaluation form ${at("preset2021.xlsx")}: 9 indicators, scored by the 2021 rules.\n`,
    ]);
    expect((await readWorkbook(fs.readFileSync(at("preset2021.xlsx")))).settings?.scoring).toBe("2021");
    const form = issueForm("2021");
    delete form.funds.completed;
    const { file, wb } = await recalculated(form, "blank-completed");
    expect(wb.sheets[0].cells[5][10]).toBe("需人工判断");
    expect(wb.names.JX_TOTAL).toBeNull(); // 总分 stays blank until 预算执行率 is decided too (it would be 65.45 − 7)
    const r = await jx("score", file, "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).problems.find((p: { cell: string }) => p.cell === "L6")).toMatchObject({
      message: "预算执行率无法按公式评分（“项目已完成”未填写（2021 年版按项目是否完成计分））",
    });
  });

  test("a project not completed that spent its whole budget takes the 7-point band, listed for review; an overspent completed one is left to a person", async () => {
    const form = issueForm("2021");
    form.funds.rows[0] = { label: "年度资金总额", annual: 100, executed: 105 };
    fs.writeFileSync(at("over.json"), JSON.stringify(form));
    expect((await jx("selfeval", "--from", at("over.json"), "--out", at("over.xlsx"))).code).toBe(0);
    const out = JSON.parse((await jx("score", at("over.xlsx"), "--json")).out);
    expect([out.levels[0].score, out.total]).toEqual([7, 65.45]);
    expect(out.judgement).toEqual([
      expect.objectContaining({
        cell: "L6",
        message: "预算执行率：项目未完成而执行率达到 100% 以上：按 80%（含）–100% 一档计分，请复核",
      }),
    ]);
    form.funds.completed = true;
    fs.writeFileSync(at("over-done.json"), JSON.stringify(form));
    expect((await jx("selfeval", "--from", at("over-done.json"), "--out", at("over-done.xlsx"))).code).toBe(0);
    const { wb } = await recalculated(form, "over-done");
    expect([wb.sheets[0].cells[5][10], wb.names.JX_TOTAL]).toEqual(["需人工判断", null]);
    const done = await jx("score", at("over-done.xlsx"), "--json");
    expect(done.code).toBe(1);
    expect(JSON.parse(done.out).problems.find((p: { cell: string }) => p.cell === "L6").message).toBe(
      "预算执行率无法按公式评分（项目已完成但执行数超出全年预算，指引未规定得分，需人工判断）",
    );
  });

  test("a form whose workbook names no rule set is scored by 2020, and says so", async () => {
    fs.writeFileSync(at("filled.xlsx"), await handmadeXlsx(FILLED_FORM));
    const out = JSON.parse((await jx("score", at("filled.xlsx"), "--json")).out);
    expect([out.scoring, out.total]).toEqual(["2020", 90.78]);
    expect(out.scoringNote).toContain("工作簿未写明计分规则，按 2020 年版（财预〔2020〕10号）计分");
    const text = await jx("score", at("filled.xlsx"));
    expect(text.out).toContain("! 工作簿未写明计分规则");
  });
});
