import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { GRADE_SCHEMES } from "../../src/grades";
import { bandsInWords } from "../../src/kinds/table/layout";
import { linesOf, rowHeightsOf } from "../../src/layout/rowHeights";
import type { SheetLayout } from "../../src/layout/model";
import { layoutWorkbook } from "../../src/layout/workbook";
import { PRESETS } from "../../src/kinds/table/presets";
import { FORM_PRESETS, formPresetById } from "../../src/kinds/form/presets";
import { layoutForm } from "../../src/kinds/form/layout";
import { xlsxBytes } from "../../src/xlsx/writeWorkbook";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { recalc } from "./recalc";

jest.setTimeout(120_000);

const textAt = (s: SheetLayout, row: number, col: number) =>
  s.cells.find((c) => c.row === row && c.col === col)?.content;
const covered = (s: SheetLayout, row: number, col: number) =>
  s.cells.some((c) => c.row === row && c.col === col) ||
  s.merges.some((m) => m.top <= row && m.bottom >= row && m.left <= col && m.right >= col);

describe("printed workbooks look like the report tables", () => {
  test.each([
    ["standard", "90分（含）以上为优，80（含）—90分为良，60（含）—80分为中，60分以下为差"],
    [
      "five-tier",
      "90分（含）以上为优秀，80（含）—90分为良好，70（含）—80分为中等，60（含）—70分为及格，60分以下为不及格",
    ],
    ["good-from-75", "90分（含）以上为优，75（含）—90分为良，60（含）—75分为中，60分以下为差"],
  ])("the bands of %s are stated as reports state them", (id, words) => {
    expect(bandsInWords(GRADE_SCHEMES.find((g) => g.id === id)!.bands)).toBe(words);
  });

  test.each([
    ["评分标准", 9, 44, 1],
    [
      "依据相关基础信息和证据判断目标设置的完整性，即是否包含总目标和阶段性目标，是否包括预期提供的公共产品或服务的产出数量、质量、成本指标，预期达到的效果性指标，据此核定分数。",
      9,
      44,
      4,
    ],
    ["109,805.66", 10, 12, 1],
    ["第一段\n第二段", 10, 20, 2],
  ])("%s in %i pt over %i units takes %i line(s)", (text, pt, width, lines) =>
    expect(linesOf(text, pt, width)).toBe(lines),
  );

  test.each(PRESETS.map((p) => [p.id, p] as const))(
    "%s: rows fit their wrapped text, every table cell is boxed, 权重校验 stays out of print, blank 合计 and 等级",
    (_id, preset) => {
      const sheet = layoutWorkbook(preset.template).sheets[0];
      const heading = (label: string) =>
        sheet.cells.find((c) => c.row === 1 && c.content?.kind === "text" && c.content.text === label)?.col ?? -1;
      const [note, check] = [heading("评分说明"), heading("权重校验")];
      expect(sheet.print?.area).toEqual({ top: 0, left: 0, bottom: sheet.rowCount - 1, right: note });
      expect(check).toBeGreaterThan(note);
      // Every cell from the headings to 等级, up to 评分说明, exists (so it has its border) or lies in a merge.
      const totalRow = sheet.cells.find(
        (c) => c.col === 0 && c.content?.kind === "text" && c.content.text === "合计",
      )!.row;
      for (let r = 1; r <= totalRow + 1; r++)
        for (let c = 0; c <= note; c++) expect({ r, c, boxed: covered(sheet, r, c) }).toEqual({ r, c, boxed: true });
      // A row holding long 评分标准 is taller than the default.
      const criteria = heading("评分标准");
      const long = sheet.cells.find(
        (c) => c.col === criteria && c.row > 2 && c.content?.kind === "text" && c.content.text.length > 60,
      );
      if (long) expect(rowHeightsOf(sheet)[long.row]).toBeGreaterThan(15);
      expect(sheet.rowHeights).toEqual(rowHeightsOf(sheet));
      // A template without scores: 合计 and 等级 are blank, not 0 and 差.
      const score = heading("得分");
      const total = textAt(sheet, totalRow, score);
      const grade = textAt(sheet, totalRow + 1, score);
      expect([total?.kind === "formula" && total.result, grade?.kind === "formula" && grade.result]).toEqual(["", ""]);
      expect(sheet.cells.filter((c) => c.content?.kind === "text" && /[<>]=/.test(c.content.text))).toEqual([]);
    },
  );

  test.each(FORM_PRESETS.map((p) => [p.id] as const))(
    "%s: ≥ and ≤ print as such, amounts fit, the table is boxed",
    (id) => {
      const sheet = layoutForm(formPresetById(id)!.form).sheets[0];
      const symbols = sheet.cells
        .filter((c) => c.row > 12 && c.col === 3)
        .map((c) => (c.content?.kind === "text" ? c.content.text : ""));
      expect(symbols.every((s) => ["≥", "≤", "=", "定性"].includes(s))).toBe(true);
      expect(symbols.some((s) => s === "≥")).toBe(true);
      // 全年执行数 (H) holds 109,805.66 in 10 pt with room to spare.
      expect(linesOf("109,805.66", 10, sheet.columns[7]!.width)).toBe(1);
      expect(sheet.columns[7]!.width).toBeGreaterThanOrEqual(11);
      expect(sheet.print?.area).toEqual({ top: 0, left: 0, bottom: sheet.rowCount - 1, right: 11 });
      const totalRow = sheet.cells.find(
        (c) => c.col === 0 && c.content?.kind === "text" && c.content.text === "总分",
      )!.row;
      for (const r of [totalRow, totalRow + 1])
        for (let c = 0; c <= 11; c++) expect({ r, c, boxed: covered(sheet, r, c) }).toEqual({ r, c, boxed: true });
      const note = sheet.cells.find((c) => c.row === totalRow + 2)!.content;
      expect(note?.kind === "text" && note.text).toContain(
        "90分（含）以上为优，80（含）—90分为良，60（含）—80分为中，60分以下为差",
      );
    },
  );

  test("in LibreOffice a blank template and a blank form compute blank 合计 and 等级, and the print area reaches 评分说明", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-print-"));
    try {
      const tpl = path.join(dir, "blank.xlsx");
      fs.writeFileSync(tpl, await xlsxBytes(layoutWorkbook(PRESETS[0].template)));
      const form = path.join(dir, "form.xlsx");
      fs.writeFileSync(form, await xlsxBytes(layoutForm(formPresetById("self-eval-form")!.form)));
      const [a, b] = [
        await readWorkbook(fs.readFileSync(await recalc(tpl))),
        await readWorkbook(fs.readFileSync(await recalc(form))),
      ];
      expect([a.names.JX_TOTAL ?? null, a.names.JX_GRADE ?? null]).toEqual([null, null]);
      expect([b.names.JX_TOTAL ?? null, b.names.JX_GRADE ?? null]).toEqual([null, null]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
