import fc from "fast-check";
import { layoutWorkbook } from "../../src/layout/workbook";
import { readSheet } from "../../src/readers/readSheet";
import { scoreWorkbook } from "../../src/readers/scoreWorkbook";
import { checkTemplateData } from "../../src/template/checkTemplate";
import { leafNodes, type IndicatorNode } from "../../src/tree/node";
import { treeOfTemplate } from "../../src/tree/fromTemplate";
import { scoreTree } from "../../src/kinds/table/score";
import type { Template, TemplateIndicator } from "../../src/kinds/table/model";
import { xlsxBytes } from "../../src/xlsx/writeWorkbook";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import type { CellValue } from "../../src/cells/readCell";
import type { Area, SheetGrid } from "../../src/sheet/grid";
import { SETTINGS_SHEET, settingsOfText } from "../../src/layout/workbook";
import { insertTable } from "../../taskpane/gateway/excelGateway";
import { installOfficeStub, recordingContext, type Recording } from "../taskpane/recordingContext";
import type { FormIndicator, SelfEvalForm } from "../../src/kinds/form/model";
import { layoutForm } from "../../src/kinds/form/layout";
import { scoreForm } from "../../src/kinds/form/score";

/** Names drawn from a small set, so adjacent siblings of the same name come up often. */
const name = fc.constantFrom(
  "项目立项",
  "资金管理",
  "产出数量",
  "产出质量",
  "满意度",
  "社会效益",
  "绩效目标",
  "新指标",
);

/** A subtree whose weights add up exactly to `weight` (in hundredths), with scores within each leaf's weight. */
function subtree(weight: number, depth: number): fc.Arbitrary<TemplateIndicator> {
  const leaf = fc
    .record({ name, score: fc.option(fc.integer({ min: 0, max: weight }), { nil: undefined }) })
    .map(({ name: n, score }) => ({
      name: n,
      weight: weight / 100,
      ...(score === undefined ? {} : { score: score / 100 }),
    }));
  if (depth <= 1 || weight < 2) return leaf;
  return fc.oneof(
    leaf,
    fc
      .integer({ min: 1, max: Math.min(4, weight) })
      .chain((n) => fc.array(fc.integer({ min: 1, max: 100 }), { minLength: n, maxLength: n }))
      .chain((parts) => {
        const sum = parts.reduce((a, b) => a + b, 0);
        const shares = parts.map((p) => Math.max(1, Math.floor((p * weight) / sum)));
        shares[shares.length - 1] += weight - shares.reduce((a, b) => a + b, 0);
        if (shares.some((s) => s < 1)) return leaf;
        return fc
          .tuple(name, ...shares.map((s) => subtree(s, depth - 1)))
          .map(([n, ...children]) => ({ name: n, weight: weight / 100, children }));
      }),
  );
}

const template: fc.Arbitrary<Template> = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom(100, 60), fc.integer({ min: 1, max: 4 }))
  .chain(([n, total, depth]) => {
    const cents = total * 100;
    const each = Math.floor(cents / n);
    const shares = Array.from({ length: n }, (_, i) => (i === n - 1 ? cents - each * (n - 1) : each));
    return fc.tuple(...shares.map((s) => subtree(s, depth))).map((indicators) => ({
      format: "jixiao-template" as const,
      version: 1 as const,
      title: "往返",
      total,
      indicators,
    }));
  });

function shape(list: readonly TemplateIndicator[]): unknown[] {
  return list.map((i) => [i.name, i.weight, i.children?.length ? shape(i.children) : (i.score ?? null)]);
}
function shapeOfNodes(list: readonly IndicatorNode[]): unknown[] {
  return list.map((n) => [
    n.name,
    n.weight?.toNumber() ?? null,
    n.children.length ? shapeOfNodes(n.children) : (n.score?.toNumber() ?? null),
  ]);
}

describe("the round-trip law: what jx writes, jx reads back to the same figures", () => {
  test("random templates (adjacent siblings of the same name, totals other than 100, partial scores): same tree, total, grade; no number unread", async () => {
    await fc.assert(
      fc.asyncProperty(template, async (t) => {
        const checked = checkTemplateData(t);
        expect(checked.template).not.toBeNull();
        const wb = await readWorkbook(await xlsxBytes(layoutWorkbook(t, checked.problems)));
        const grid = wb.sheets.find((s) => s.name === "评分表");
        const reading = grid && readSheet(grid, { settings: wb.settings });
        expect(reading?.kind).toBe("table");
        if (reading?.kind !== "table") return;
        expect(shapeOfNodes(reading.table.tree.nodes)).toEqual(shape(t.indicators));
        const scored = scoreWorkbook(reading, wb.settings);
        expect(scored.unread).toEqual([]);
        // The same figures the template itself scores to (every leaf scored: the total; otherwise the grade is held back).
        const direct = scoreTree(treeOfTemplate(t), 2);
        const allScored = leafNodes(treeOfTemplate(t).nodes).every((l) => l.score !== null);
        expect(scored.grade).toBe(allScored ? direct.grade : null);
        if (allScored) expect(scored.total?.toFixed()).toBe(direct.total?.toFixed());
        expect(scored.problems.filter((p) => p.kind !== "scoreMissing")).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

/** A form's rows: targets as text or as 符号/值/单位, actuals as numbers or text, weights that make 100 with 预算执行率 10. */
const formRow = (weight: number): fc.Arbitrary<FormIndicator> =>
  fc
    .record({
      name: fc.constantFrom("参保人数", "验收合格率", "拨付时间", "满意度", "社会效益"),
      kind: fc.constantFrom("count", "rate", "days", "stored"),
      target: fc.integer({ min: 1, max: 99 }),
      actual: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    })
    .map(({ name, kind, target, actual }): FormIndicator => {
      const base = { level1: kind === "rate" ? "满意度指标" : "产出指标", level2: "数量指标", name, weight };
      if (kind === "count")
        return { ...base, target: `≥${target}人`, ...(actual === undefined ? {} : { actual: `${actual}人` }) };
      if (kind === "rate")
        return { ...base, target: `≥${target}%`, ...(actual === undefined ? {} : { actual: actual / 100 }) };
      if (kind === "days")
        return { ...base, target: `≤${target}日`, ...(actual === undefined ? {} : { actual: `${actual}日` }) };
      return {
        ...base,
        target: { symbol: ">=", value: target / 100, unit: "%" },
        ...(actual === undefined ? {} : { actual: actual / 100 }),
      };
    });

const form: fc.Arbitrary<SelfEvalForm> = fc
  .tuple(
    fc.integer({ min: 1, max: 6 }),
    fc.integer({ min: 1, max: 2_000_000 }),
    fc.integer({ min: 0, max: 2_000_000 }),
    fc.constantFrom("2020", "2021"),
  )
  .chain(([n, budget, spent, scoring]) => {
    const each = Math.floor(9000 / n);
    const weights = Array.from({ length: n }, (_, i) => (i === n - 1 ? 9000 - each * (n - 1) : each) / 100);
    return fc.tuple(...weights.map(formRow)).map((indicators): SelfEvalForm => ({
      format: "jixiao-selfeval",
      version: 1,
      scoring: scoring as "2020" | "2021",
      project: { name: "往返项目" },
      funds: {
        weight: 10,
        rows: [{ label: "年度资金总额", initial: budget / 100, annual: budget / 100, executed: spent / 100 }],
        completed: true,
      },
      indicators,
    }));
  });

describe("the round-trip law for self-evaluation forms", () => {
  test("random forms (texts and 符号/值/单位, % cells, both rule sets): read back to the same rows, funds, total and grade; no number unread", async () => {
    await fc.assert(
      fc.asyncProperty(form, async (f) => {
        const wb = await readWorkbook(await xlsxBytes(layoutForm(f)));
        const grid = wb.sheets.find((s) => s.name === "自评表");
        const reading = grid && readSheet(grid, { settings: wb.settings });
        expect(reading?.kind).toBe("form");
        if (reading?.kind !== "form") return;
        expect(reading.form.form.indicators.map((i) => [i.name, i.weight])).toEqual(
          f.indicators.map((i) => [i.name, i.weight]),
        );
        expect(reading.form.form.funds.rows[0]).toMatchObject({
          annual: f.funds.rows[0].annual,
          executed: f.funds.rows[0].executed,
        });
        const scored = scoreWorkbook(reading, wb.settings);
        expect(scored.unread).toEqual([]);
        const direct = scoreForm(f);
        const complete = f.indicators.every((i) => i.actual !== undefined);
        // Every row reported: the same total and grade as the form itself scores to (a missing 偏差原因 is listed, not scored).
        // The grade is held back while an item cannot be scored (a 2021 project overspent, say), and is the form's own otherwise.
        const unscored = scored.problems.some((p) => p.kind === "scoreMissing" || p.kind === "fundsUnscored");
        if (complete)
          expect([scored.total?.toFixed(), scored.grade]).toEqual([
            direct.total.toFixed(),
            unscored ? null : direct.grade,
          ]);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

/** The sheets the Office.js gateway wrote, rebuilt from its recorded writes (formulas uncalculated, as an unrecalculated file). */
function gridsWritten(rec: Recording): Map<string, SheetGrid> {
  const grids = new Map<string, { cells: CellValue[][]; merges: Area[] }>();
  const sheetOf = (path: string) => /worksheets\.(?:add|getItem)\(([^)]*)\)/.exec(path)?.[1] ?? "";
  const rangeOf = (path: string) => /getRangeByIndexes\((\d+),(\d+),(\d+),(\d+)\)/.exec(path)?.slice(1).map(Number);
  for (const e of rec.log) {
    const sheet = sheetOf(e.path);
    const at = rangeOf(e.path);
    if (!sheet || !at) continue;
    const g = grids.get(sheet) ?? { cells: [], merges: [] };
    grids.set(sheet, g);
    const [top, left, h, w] = at;
    if (e.op === "set" && e.name === "formulas") {
      (e.value as unknown[][]).forEach((row, r) =>
        row.forEach((v, c) => {
          const cell = v === "" || (typeof v === "string" && v.startsWith("=")) ? null : (v as CellValue);
          (g.cells[top + r] ??= [])[left + c] = cell;
        }),
      );
    }
    if (e.op === "call" && e.name === "merge") g.merges.push({ top, left, bottom: top + h - 1, right: left + w - 1 });
  }
  const out = new Map<string, SheetGrid>();
  for (const [name, g] of grids)
    out.set(name, {
      name,
      cells: Array.from({ length: g.cells.length }, (_, r) => g.cells[r] ?? []),
      merges: g.merges,
    });
  return out;
}

describe("the round-trip law through the Office.js gateway", () => {
  test("random templates written by the task pane read back to the same tree, with the workbook's settings", async () => {
    installOfficeStub();
    await fc.assert(
      fc.asyncProperty(template, async (t) => {
        const { context, rec } = recordingContext({ sheets: ["Sheet1"] });
        await insertTable(context, t, [], "newSheet", false);
        const grids = gridsWritten(rec);
        const { settings, problems } = settingsOfText(String(grids.get(SETTINGS_SHEET)?.cells[0]?.[0] ?? ""));
        expect([settings?.total, problems]).toEqual([t.total, []]);
        const reading = readSheet(grids.get("评分表") as SheetGrid, { settings });
        expect(reading?.kind).toBe("table");
        if (reading?.kind !== "table") return;
        expect(shapeOfNodes(reading.table.tree.nodes)).toEqual(shape(t.indicators));
        expect(scoreWorkbook(reading, settings).unread).toEqual([]);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
