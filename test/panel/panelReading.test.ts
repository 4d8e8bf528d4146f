import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { jx } from "../cli/runJx";
import { Dec } from "../../src/decimal";
import { NOT_APPLICABLE } from "../../src/kinds/table/layout";
import {
  blankExperts,
  layoutPanelWorkbook,
  layoutScoringWorkbook,
  panelChoiceProblem,
} from "../../src/kinds/panel/layout";
import type { Expert } from "../../src/kinds/panel/model";
import { readingsOf } from "../../src/readers/readingsOf";
import { readSheet } from "../../src/readers/readSheet";
import { scoreWorkbook, type ScoredSheet } from "../../src/readers/scoreWorkbook";
import type { TreeScore } from "../../src/kinds/table/score";
import { summarySentences, summarySentencesEn } from "../../src/summary/sentences";
import type { Template } from "../../src/kinds/table/model";
import { xlsxBytes } from "../../src/xlsx/writeWorkbook";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { browserGateway } from "../../taskpane/gateway/browserGateway";

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-panel-read-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Leaves 目标设定 10, 资金分配 10, 资金管理 15, 组织实施 15, 数量 15, 质量 15, 满意度 20 (as test/panel/panel.test.ts). */
const TEMPLATE: Template = {
  format: "jixiao-template",
  version: 1,
  title: "专家评分测试",
  indicators: [
    {
      name: "决策",
      weight: 20,
      children: [
        { name: "目标设定", weight: 10 },
        { name: "资金分配", weight: 10 },
      ],
    },
    {
      name: "过程",
      weight: 30,
      children: [
        { name: "资金管理", weight: 15 },
        { name: "组织实施", weight: 15 },
      ],
    },
    {
      name: "产出",
      weight: 30,
      children: [
        { name: "数量", weight: 15 },
        { name: "质量", weight: 15 },
      ],
    },
    { name: "效益", weight: 20, children: [{ name: "满意度", weight: 20 }] },
  ],
};
const SCORES = [
  [9, 8, 14, 12, 15, 13, 18],
  [8, 8, 13, 12, 14, 13, 17],
  [10, 5, 15, 12, 15, 14, 19],
  [6, 9, 12, 11, 15, 12, 20],
  [9, 7, 14, 13, 13, 13, 16],
];
const experts = (n: number): Expert[] =>
  SCORES.slice(0, n).map((s, i) => ({ name: `专家${i + 1}`, scores: s.map((x) => new Dec(x)) }));

/** The scored sheet as the 汇总 page hands it to the sentences. */
const tree = (s: ScoredSheet): TreeScore => ({
  total: s.total,
  grade: s.grade,
  applicableWeight: new Dec(100),
  levels: s.levels,
});

async function scored(layout: Parameters<typeof xlsxBytes>[0]) {
  const wb = await readWorkbook(await xlsxBytes(layout));
  const [reading] = readingsOf(wb);
  return scoreWorkbook(reading, wb.settings);
}

describe("a panel's sheet through the one reader layer", () => {
  test("three experts (jx panel's layout): recognised, each 得分 checked as their mean, no expert's figure left unread", async () => {
    const s = await scored(layoutPanelWorkbook(TEMPLATE, experts(3)));
    expect(s.panel).toEqual({ experts: 3, columns: ["J", "K", "L"], scored: 3, method: "mean" });
    expect(s.total?.toFixed()).toBe("88"); // by hand: 9 + 7 + 14 + 12 + 14.67 + 13.33 + 18
    expect([s.grade, s.problems, s.unread]).toEqual(["良", [], []]);
    expect(s.explain.map((e) => e.zh)).toContain(
      "专家评分表：3 位专家（J、K、L 列），3 位已评分；得分为专家组平均分，逐项核对",
    );
    expect(summarySentences(tree(s), { experts: s.panel?.scored })).toBe(
      "项目决策类指标标准分值 20 分，实际得分 16 分，得分率 80.00%。项目过程类指标标准分值 30 分，实际得分 26 分，得分率 86.67%。" +
        "项目产出类指标标准分值 30 分，实际得分 28 分，得分率 93.33%。项目效益类指标标准分值 20 分，实际得分 18 分，得分率 90.00%。" +
        "由 3 位专家评分，综合得分 88 分，评价等级为“良”。",
    );
    expect(summarySentencesEn(tree(s), { experts: 3 })).toBe(
      "决策: 20 points, scored 16, 80.00%. 过程: 30 points, scored 26, 86.67%. 产出: 30 points, scored 28, 93.33%. 效益: 20 points, scored 18, 90.00%. Scored by 3 experts, the total is 88, graded 良.",
    );
    // One evaluator's sheet: the sentences as before.
    expect(summarySentences(tree(s))).toMatch(/。综合得分 88 分，评价等级为“良”。$/);
  });

  test("five experts, trimmed mean: recognised as such (87.68 by hand)", async () => {
    const s = await scored(layoutPanelWorkbook(TEMPLATE, experts(5), { method: "trimmed" }));
    expect(s.panel).toMatchObject({ experts: 5, scored: 5, method: "trimmed" });
    expect([s.total?.toFixed(), s.problems, s.unread]).toEqual(["87.68", [], []]);
  });

  test("jx template --experts 3 (blank): a panel of 3 that has not scored; the total waits", async () => {
    const s = await scored(layoutScoringWorkbook(TEMPLATE, [], {}, { experts: 3, method: "mean" }));
    expect(s.panel).toEqual({ experts: 3, columns: ["J", "K", "L"], scored: 0, method: null });
    expect(s.total).toBeNull();
    expect(s.problems.every((p) => p.kind === "scoreMissing")).toBe(true);
  });

  test("a 得分 that is not the experts' mean is a problem at its cell; the experts' figures of that leaf stay listed", async () => {
    const layout = layoutPanelWorkbook(TEMPLATE, experts(3));
    const sheet = layout.sheets[0];
    // 目标设定's 得分 (E4) typed over as 10, where the mean of 9, 8, 10 is 9.
    const cells = sheet.cells.map((c) =>
      c.row === 3 && c.col === 4 ? { ...c, content: { kind: "number" as const, value: 10 } } : c,
    );
    const s = await scored({ ...layout, sheets: [{ ...sheet, cells }, ...layout.sheets.slice(1)] });
    // (The cached 得分率 and 合计 were not recalculated either: those are listed too.)
    expect(s.problems.map((p) => [p.at, p.kind, p.message])).toContainEqual([
      "E4",
      "scoreMismatch",
      "目标设定 得分 10 不是专家评分（9、8、10）的平均分 9",
    ]);
    expect(s.unread.map((u) => u.cell)).toEqual(["J4", "K4", "L4"]);
  });

  test("不适用 from every expert: the leaf is 不适用 and the panel still reads", async () => {
    const ex = experts(3).map((e) => ({ ...e, scores: e.scores.map((x, i) => (i === 6 ? NOT_APPLICABLE : x)) }));
    const s = await scored(layoutPanelWorkbook(TEMPLATE, ex));
    expect(s.panel).toMatchObject({ experts: 3, scored: 3, method: "mean" });
    expect(s.problems).toEqual([]);
  });

  test.each([
    [["专家1", "专家2", "专家3"]],
    [["专家1得分", "专家2得分", "专家3得分"]],
    [["专家一", "专家二", "专家三"]],
    [["专家A", "专家B", "专家C"]],
    [["专家甲", "专家乙", "专家丙"]],
  ])("a report's own panel sheet, experts headed %j before the 得分 column", (headings) => {
    const grid = {
      name: "S",
      merges: [],
      cells: [
        ["一级指标", "分值", "二级指标", "分值", ...headings, "得分"],
        ["决策", 20, "立项", 12, 9, 10, 11, 10],
        [null, null, "资金", 8, 7, 7, 8, 7.33],
        ["产出", 80, "数量", 80, 70, 72, 68, 70],
      ],
    };
    const reading = readSheet(grid, {});
    if (!reading) throw new Error("no reading");
    const s = scoreWorkbook(reading, null);
    expect([s.panel, s.total?.toFixed(), s.problems, s.unread]).toEqual([
      { experts: 3, columns: ["E", "F", "G"], scored: 3, method: "mean" },
      "87.33",
      [],
      [],
    ]);
  });

  test.each([
    [14, 15, 15],
    [13, 13, 14],
    [0.1, 0.2, 0.4],
  ])(
    "an unrounded =AVERAGE() as 得分 (a float) agrees with the experts %d, %d, %d at the 15 digits Excel shows",
    (a, b, c) => {
      const grid = {
        name: "S",
        merges: [],
        cells: [
          ["一级指标", "分值", "专家1", "专家2", "专家3", "得分"],
          ["决策", 20, a, b, c, (a + b + c) / 3],
          ["产出", 80, 70, 70, 70, 70],
        ],
      };
      const reading = readSheet(grid, {});
      if (!reading) throw new Error("no reading");
      const s = scoreWorkbook(reading, null);
      expect([s.panel?.method, s.problems, s.unread]).toEqual(["mean", [], []]);
    },
  );

  test("one expert's column is not a panel", () => {
    const grid = {
      name: "S",
      merges: [],
      cells: [
        ["一级指标", "分值", "专家1", "得分"],
        ["决策", 40, 30, 30],
        ["产出", 60, 50, 50],
      ],
    };
    const reading = readSheet(grid, {});
    if (!reading) throw new Error("no reading");
    expect(scoreWorkbook(reading, null).panel).toBeUndefined();
  });

  test("jx score --json carries the panel; the text output says it", async () => {
    const file = path.join(dir, "panel.xlsx");
    fs.writeFileSync(file, await xlsxBytes(layoutPanelWorkbook(TEMPLATE, experts(3))));
    const r = await jx("score", file, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).panel).toEqual({ experts: 3, scored: 3, method: "mean", columns: ["J", "K", "L"] });
    expect((await jx("score", file)).out).toContain("专家评分 Panel：3 位专家，3 位已评分");
  });
});

describe("插入's experts option: the layout of jx template --experts N [--panel trimmed]", () => {
  test.each([
    [3, "mean"],
    [5, "trimmed"],
  ] as const)(
    "%i experts, %s: the browser page's download and jx template's file hold the same cells",
    async (n, method) => {
      const from = path.join(dir, "t.json");
      fs.writeFileSync(from, JSON.stringify(TEMPLATE));
      const out = path.join(dir, `t${n}.xlsx`);
      const r = await jx(
        "template",
        "--from",
        from,
        "--out",
        out,
        "--experts",
        String(n),
        ...(method === "trimmed" ? ["--panel", "trimmed"] : []),
        "--overwrite",
      );
      expect(r.code).toBe(0);
      let bytes: Uint8Array | null = null;
      await browserGateway({ download: (b) => (bytes = b), storage: undefined }).insertTable(
        TEMPLATE,
        [],
        "newSheet",
        false,
        { experts: n, method },
      );
      const cli = await readWorkbook(fs.readFileSync(out));
      const pane = await readWorkbook(bytes as unknown as Uint8Array);
      expect(pane.sheets).toEqual(cli.sheets);
      expect(pane.settings).toEqual(cli.settings);
      expect(JSON.stringify(pane.sheets[0].cells)).toContain(`专家${n}`);
    },
  );

  test("0 experts is the plain workbook; 1, 31, 2.5, and a trimmed mean under 5 are refused in words", () => {
    expect(layoutScoringWorkbook(TEMPLATE, [], {}, { experts: 0, method: "mean" })).toEqual(
      layoutScoringWorkbook(TEMPLATE, []),
    );
    expect([1, 31, 2.5].map((n) => panelChoiceProblem({ experts: n, method: "mean" })?.zh)).toEqual(
      Array(3).fill("专家人数应为 0（不设专家列）或 2 到 30 的整数"),
    );
    expect(panelChoiceProblem({ experts: 4, method: "trimmed" })?.zh).toBe(
      "去掉最高最低分的平均需要至少 5 位专家，现有 4 位",
    );
    expect(panelChoiceProblem({ experts: 5, method: "trimmed" })).toBeNull();
    expect(() => layoutScoringWorkbook(TEMPLATE, [], {}, { experts: 1, method: "mean" })).toThrow(/专家人数/);
    expect(blankExperts(2).map((e) => e.name)).toEqual(["专家1", "专家2"]);
  });
});
