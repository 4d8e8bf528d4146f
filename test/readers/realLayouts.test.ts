import type { CellValue } from "../../src/cells/readCell";
import { GRADE_SCHEMES, bandsInText, parseGradeSpec, printedGradeLabel } from "../../src/grades";
import type { WorkbookSettings } from "../../src/layout/workbook";
import { readSheet, type SheetReading } from "../../src/readers/readSheet";
import { scoreWorkbook, type ScoredSheet } from "../../src/readers/scoreWorkbook";
import { checkTable } from "../../src/kinds/table/check";
import type { Area, SheetGrid } from "../../src/sheet/grid";
import { parseAddress } from "../../src/sheet/grid";
import { FILLED_FORM } from "../fixtures/forms";
import { auditTargets } from "../../src/kinds/form/audit";
import { printedRate } from "../../src/cells/printedRate";

const _ = null;

/** A grid literal: rows of cells and A1 merges, as the readers get it from any door. */
function grid(rows: CellValue[][], merges: string[] = [], name = "评分表"): SheetGrid {
  const areas = merges.map((m): Area => {
    const [a, b] = m.split(":");
    const p = parseAddress(a) as { row: number; col: number };
    const q = parseAddress(b ?? a) as { row: number; col: number };
    return { top: p.row, left: p.col, bottom: q.row, right: q.col };
  });
  return { name, cells: rows, merges: areas };
}

function read(g: SheetGrid, options: { settings?: WorkbookSettings; scoreColumn?: string } = {}): SheetReading {
  const r = readSheet(g, options);
  if (!r) throw new Error("no reading");
  return r;
}

function scored(
  g: SheetGrid,
  options: { settings?: WorkbookSettings; scoreColumn?: string; bands?: ReturnType<typeof parseGradeSpec> } = {},
): ScoredSheet {
  return scoreWorkbook(read(g, options), options.settings, { bands: options.bands ?? undefined });
}

const at = (s: ScoredSheet) => s.problems.map((p) => `${p.at} ${p.message}`);
const total = (s: ScoredSheet) => [s.total?.toNumber() ?? null, s.grade];

describe("the silent misreadings of real sheets, each now read or said", () => {
  test("a total row with a compound label is the total, not one more top-level indicator", () => {
    const s = scored(
      grid(
        [
          ["一级指标", "分值", "二级指标", "分值", "得分"],
          ["决策", 20, "项目立项", 10, 9],
          [_, _, "绩效目标", 10, 8],
          ["管理", 80, "资金管理", 80, 75],
          ["综合评价得分（总分）", 100, _, 100, 92],
        ],
        ["A2:A3", "B2:B3", "A5:C5"],
      ),
    );
    expect(s.levels.map((l) => l.name)).toEqual(["决策", "管理"]);
    expect(total(s)).toEqual([92, "优"]);
    expect(at(s)).toEqual([]);
    expect(s.unread).toEqual([]);
  });

  test.each([
    "合计",
    "总计",
    "总分",
    "综合得分",
    "评价得分",
    "得分合计",
    "合 计",
    "总得分",
    "评价总分：",
    "综合评价得分",
  ])("the total labelled %s", (label) => {
    const s = scored(
      grid([
        ["一级指标", "分值", "得分"],
        ["决策", 40, 30],
        ["效益", 60, 50],
        [label, 100, 80],
      ]),
    );
    expect(s.levels).toHaveLength(2);
    expect(total(s)).toEqual([80, "良"]);
  });

  test("a leaf whose name is merged over several rows, each with its own score, scores the sum of its rows", () => {
    const s = scored(
      grid(
        [
          ["一级指标", "分值", "二级指标", "分值", "评分要点", "得分"],
          ["产出", 100, "产出数量", 60, "要点一", 20],
          [_, _, _, _, "要点二", 20],
          [_, _, _, _, "要点三", 15],
          [_, _, "产出质量", 40, "达标率", 35],
          ["合计", 100, _, _, _, 90],
        ],
        ["A2:A5", "B2:B5", "C2:C4", "D2:D4"],
      ),
    );
    expect(total(s)).toEqual([90, "优"]);
    expect(at(s)).toEqual([]);
    expect(s.unread).toEqual([]);
    expect(s.explain.some((e) => e.zh.includes("产出数量 占多行"))).toBe(true);
  });

  test("a leaf's further scoring points on rows with blank names add their scores too", () => {
    const s = scored(
      grid([
        ["一级指标", "分值", "二级指标", "分值", "得分"],
        ["产出", 100, "产出数量", 60, 20],
        [_, _, _, _, 30],
        [_, _, "产出质量", 40, 40],
        ["合计", 100, _, _, 90],
      ]),
    );
    expect(total(s)).toEqual([90, "优"]);
    expect(s.unread).toEqual([]);
  });

  test("a funds label with a trailing colon keeps its funds block", () => {
    const rows = FILLED_FORM.rows.map((r) =>
      r.map((c) => (c === "年度资金总额" ? "年度资金总额：" : c === "其中：当年财政拨款" ? "其中： 当年财政拨款" : c)),
    );
    const s = scored(grid(rows as CellValue[][], FILLED_FORM.merges, "自评表"));
    expect(s.kind).toBe("form");
    expect(s.levels[0]).toMatchObject({ name: "预算执行率" });
    expect(s.levels[0].score.toNumber()).toBe(9.5);
    expect(total(s)).toEqual([90.78, "优"]);
  });

  const budgetSystemForm = (value: CellValue, actual: CellValue) =>
    grid(
      [
        ["一级指标", "二级指标", "三级指标", "年度指标值", _, _, "实际完成值", "分值", "得分"],
        [_, _, _, "符号", "值", "单位", _, _, _],
        ["产出指标", "质量指标", "验收合格率", ">=", value, "%", actual, 10, _],
      ],
      ["D1:F1"],
      "自评表",
    );

  test("符号 >=, 值 90, 单位 % as budget systems store it is 90 %, so 92 % meets it", () => {
    const s = scored(budgetSystemForm(90, "92%"));
    expect(s.rows?.[0]).toMatchObject({ target: "≥90%", score: 10 });
  });

  test("an actual typed without its unit beside a % target: 84.3 is read as 84.3 % and said so", () => {
    const s = scored(budgetSystemForm(90, 84.3));
    expect(s.rows?.[0].score).toBe(9.37);
    expect(s.explain.some((e) => e.zh.includes("按目标的 % 读作 84.3%"))).toBe(true);
  });

  test("an actual of 0.03 beside a ≤ 5 % target could be 3 % or 0.03 %: left to a person, never scored", () => {
    const g = budgetSystemForm(5, 0.03);
    (g.cells[2] as CellValue[])[3] = "<=";
    const s = scored(g);
    expect(s.rows?.[0].score).toBeNull();
    expect(s.judgement.map((j) => j.message).join()).toContain("需人工确认");
  });

  test("a cached 合计 of 93.30000000000001 is read with the one number rule: no false mismatch", () => {
    const s = scored(
      grid([
        ["一级指标", "分值", "得分"],
        ["决策", 40, 33.3],
        ["效益", 60, 60],
        ["合计", 100, 93.30000000000001],
      ]),
    );
    expect(at(s)).toEqual([]);
    expect(s.total?.toNumber()).toBe(93.3);
  });

  test("the workbook's own grade scheme (five tiers) gives 中等, not 中", () => {
    const settings: WorkbookSettings = {
      format: "jixiao-settings",
      version: 1,
      title: "t",
      grades: [...(GRADE_SCHEMES.find((g) => g.id === "five-tier")?.bands ?? [])],
    };
    const s = scored(
      grid([
        ["一级指标", "分值", "得分"],
        ["决策", 40, 30],
        ["效益", 60, 44],
      ]),
      { settings },
    );
    expect(total(s)).toEqual([74, "中等"]);
    expect(s.bandsSource).toBe("settings");
  });

  test("a workbook's total of 60 is honoured", () => {
    const settings: WorkbookSettings = { format: "jixiao-settings", version: 1, title: "t", total: 60 };
    const r = read(
      grid([
        ["一级指标", "分值", "得分"],
        ["决策", 20, 18],
        ["效益", 40, 30],
      ]),
      { settings },
    );
    expect(r.kind === "table" && checkTable(r.table)).toEqual([]);
  });
});

describe("what real tables do", () => {
  test("headings 评价内容 / 评价要点 instead of 一级指标 / 二级指标", () => {
    const s = scored(
      grid(
        [
          ["评价内容", "分值", "评价要点", "分值", "评分标准", "得分"],
          ["项目决策", 20, "立项依据充分性", 10, "……", 10],
          [_, _, "绩效目标合理性", 10, "……", 7],
          ["项目管理", 80, "资金到位率", 80, "……", 72],
        ],
        ["A2:A3", "B2:B3"],
      ),
    );
    expect(s.levels.map((l) => [l.name, l.weight.toNumber(), l.score.toNumber()])).toEqual([
      ["项目决策", 20, 17],
      ["项目管理", 80, 72],
    ]);
  });

  test("several score columns: the evaluator's over the unit's own, said, and --score-column to choose", () => {
    const g = grid([
      ["一级指标", "分值", "单位自评得分", "评价得分"],
      ["决策", 40, 40, 35],
      ["效益", 60, 58, 50],
      ["合计", 100, 98, 85],
    ]);
    const s = scored(g);
    expect(total(s)).toEqual([85, "良"]);
    expect(s.explain.some((e) => e.zh.includes("取“评价得分”"))).toBe(true);
    expect(s.unread.map((u) => `${u.cell} ${u.value}`)).toEqual(["C2 40", "C3 58", "C4 98"]);
    expect(s.unread[0].why).toContain("另一得分列“单位自评得分”");
    expect(total(scored(g, { scoreColumn: "单位自评得分" }))).toEqual([98, "优"]);
    expect(total(scored(g, { scoreColumn: "C" }))).toEqual([98, "优"]);
  });

  test("level-1 names carrying their weight: 一、绩效目标设定（20分）", () => {
    const s = scored(
      grid(
        [
          ["一级指标", "二级指标", "分值", "得分"],
          ["一、绩效目标设定（20分）", "目标明确性", 20, 18],
          ["二、目标实现（80分）", "产出数量", 50, 45],
          [_, "产出质量", 30, 30],
        ],
        ["A3:A4"],
      ),
    );
    expect(s.levels.map((l) => [l.name, l.weight.toNumber()])).toEqual([
      ["绩效目标设定", 20],
      ["目标实现", 80],
    ]);
    expect(at(s)).toEqual([]);
  });

  test("a 续表 with the heading and the current parent repeated on the next page", () => {
    const s = scored(
      grid([
        ["一级指标", "分值", "二级指标", "分值", "得分"],
        ["决策", 20, "项目立项", 10, 10],
        [_, _, "绩效目标", 10, 8],
        ["过程", 30, "资金管理", 15, 15],
        ["续表"],
        ["一级指标", "分值", "二级指标", "分值", "得分"],
        ["过程", 30, "组织实施", 15, 12],
        ["效益", 50, "社会效益", 50, 45],
        ["合计", 100, _, 100, 90],
      ]),
    );
    expect(s.levels.map((l) => [l.name, l.score.toNumber()])).toEqual([
      ["决策", 18],
      ["过程", 27],
      ["效益", 45],
    ]);
    expect(at(s)).toEqual([]);
    expect(s.unread).toEqual([]);
  });

  test("rows under the table: a ticked grade, notes with the bands, signatures and dates", () => {
    const s = scored(
      grid([
        ["一级指标", "分值", "得分"],
        ["决策", 40, 30],
        ["效益", 60, 48],
        ["合计", 100, 78],
        ["评价等级", "优□ 良好□ 合格√ 不合格□"],
        ["注：90分（含）以上为优秀，75（含）—90分为良好，60（含）—75分为合格，60分以下为不合格。"],
        ["评价人（签字）：", _, "日期：2024年5月"],
      ]),
    );
    expect(total(s)).toEqual([78, "良好"]);
    expect(s.bandsSource).toBe("note");
    expect(at(s)).toEqual(["B5 评价等级“合格”与得分对应的等级“良好”不一致"]);
    expect(s.skipped.map((k) => k.row)).toEqual([4, 5, 6, 7]);
  });

  test("an only child printed without its own weight takes its parent's", () => {
    const s = scored(
      grid(
        [
          ["一级指标", "分值", "二级指标", "分值", "得分"],
          ["决策", 20, "立项规范性", _, 18],
          ["管理", 80, "资金到位率", 40, 40],
          [_, _, "预算执行率", 40, 30],
        ],
        ["A3:A4", "B3:B4"],
      ),
    );
    expect(at(s)).toEqual([]);
    expect(total(s)).toEqual([88, "良"]);
  });

  test("a long explanation in a name column is not an indicator, and its numbers are listed", () => {
    const s = scored(
      grid([
        ["一级指标", "分值", "得分"],
        ["决策", 40, 30],
        ["效益", 60, 50],
        ["本表依据财预〔2020〕10号制定。各指标得分之和为总分；不适用的指标按比例折算。"],
        ["合计", 100, 80],
      ]),
    );
    expect(s.levels).toHaveLength(2);
    expect(total(s)).toEqual([80, "良"]);
  });

  test("tables deeper than four levels are read and scored", () => {
    const s = scored(
      grid([
        ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "四级指标", "分值", "五级指标", "分值", "得分"],
        ["产出", 100, "数量", 100, "完成量", 100, "实际完成率", 100, "城区", 60, 55],
        [_, _, _, _, _, _, _, _, "乡镇", 40, 35],
      ]),
    );
    expect(at(s)).toEqual([]);
    expect(total(s)).toEqual([90, "优"]);
  });

  test("every number in the region is accounted for: a stray number is listed with its cell", () => {
    const s = scored(
      grid([
        ["一级指标", "分值", "得分", "备注"],
        ["决策", 40, 30, _],
        ["效益", 60, 50, 7],
        ["合计", 100, 80, _],
      ]),
    );
    expect(s.unread).toEqual([
      { cell: "D3", value: "7", why: "说明文字列中的数字，未用于计分", whyEn: "a number in a text column; not used" },
    ]);
  });

  test("a parent repeated on every row with a different weight is a slip at its cell", () => {
    const s = scored(
      grid([
        ["一级指标", "分值", "二级指标", "分值", "得分"],
        ["决策", 20, "立项", 10, 10],
        ["决策", 25, "目标", 10, 8],
        ["管理", 80, "资金", 80, 70],
      ]),
    );
    expect(at(s)).toContain("B3 决策 重复印出的分值 25 与首次的 20（B2）不一致");
  });

  test("a printed 得分率 is checked against score ÷ weight", () => {
    const s = scored(
      grid([
        ["一级指标", "分值", "得分", "得分率"],
        ["决策", 40, 30, "75%"],
        ["效益", 60, 45, "80%"],
      ]),
    );
    expect(at(s)).toEqual(["D3 效益 得分率 80% 与 得分÷分值 75% 不一致"]);
    expect(s.unread).toEqual([]);
  });

  test("the national form's placeholder rows are not problems", () => {
    const rows = [
      ...FILLED_FORM.rows.slice(0, 19),
      ["产出指标", "数量指标", "指标1", _, _, _, _, _, _, _, _, _],
      [_, _, "……", _, _, _, _, _, _, _, _, _],
      ...FILLED_FORM.rows.slice(19),
    ];
    const s = scored(grid(rows as CellValue[][], FILLED_FORM.merges, "自评表"));
    expect(s.rows).toHaveLength(6);
  });

  test("a budget of 0 or blank: the execution rate is listed, not scored 0", () => {
    const rows = FILLED_FORM.rows.map((r, i) => (i === 5 ? r.map((c, k) => (k === 5 ? 0 : c)) : r));
    const s = scored(grid(rows as CellValue[][], FILLED_FORM.merges, "自评表"));
    expect(s.problems.map((p) => p.message).join()).toContain("预算执行率无法计算");
  });

  test("a goal table printed as 具体指标 / 目标值 / 完成值, with a footnote under it", () => {
    const s = scored(
      grid(
        [
          ["一级指标", "二级指标", "具体指标", "目标值", "完成值"],
          ["产出指标", "数量指标", "培训人次", "≥500人次", "520人次"],
          [_, "质量指标", "合格率", "≥90%", "95%"],
          ["注：完成值以年末统计为准。"],
        ],
        [],
        "绩效目标",
      ),
    );
    expect(s.kind).toBe("goals");
    expect(s.rows?.map((r) => r.ratio)).toEqual([1.04, 95 / 90]);
  });
});

describe("grade bands as people write them", () => {
  test("inline on the command line", () => {
    expect(parseGradeSpec("优秀:90,良好:75,合格:60,不合格")).toEqual([
      { label: "优秀", min: 90 },
      { label: "良好", min: 75 },
      { label: "合格", min: 60 },
      { label: "不合格", min: 0 },
    ]);
    expect(parseGradeSpec("优秀:90,良好")).toEqual([
      { label: "优秀", min: 90 },
      { label: "良好", min: 0 },
    ]);
    expect(parseGradeSpec("优秀:90,良好:abc")).toBeNull();
    expect(parseGradeSpec("优秀:90,良好:90,差")).toBeNull();
    expect(parseGradeSpec("nonsense")).toBeNull();
  });

  test("in a note, as reports state them", () => {
    expect(
      bandsInText("评价得分90分（含）以上为“优”，80（含）—90分为“良”，60（含）—80分为“中”，60分以下为“差”。"),
    ).toEqual([
      { label: "优", min: 90 },
      { label: "良", min: 80 },
      { label: "中", min: 60 },
      { label: "差", min: 0 },
    ]);
    expect(bandsInText("本表由评价组填写")).toBeNull();
  });

  test.each([
    ["良（√）", "良"],
    ["优□ 良☑ 中□ 差□", "良"],
    ["√良好", "良好"],
    ["评价等级：优", "优"],
    ["优□ 良□ 中□ 差□", null],
  ])("a printed grade %s reads as %s", (text, label) => {
    expect(printedGradeLabel(text, ["优", "良", "中", "差", "良好"])).toBe(label);
  });
});

describe("the target audit, as a reviewer reads a goal table", () => {
  const goals = (rows: CellValue[][]) => {
    const r = read(grid([["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"], ...rows], [], "目标"));
    if (r.kind !== "goals" && r.kind !== "form") throw new Error(r.kind);
    return auditTargets(r.form).map((f) => `${f.cell} ${f.kind}`);
  };
  test("a blank target, a restated actual, vague words in a rate row whatever its 二级指标", () => {
    expect(
      goals([
        ["产出指标", "数量指标", "培训人次", _, "520人次"],
        ["产出指标", "质量指标", "验收合格率", "≥85%", "≥85%"],
        ["效益指标", "社会效益指标", "政策知晓率", "有所提升", "提升"],
      ]),
    ).toEqual(["D2 blank", "E3 restated", "D4 vague"]);
  });
  test("words such as 有效, 良好, 持续 beside a number are not vague; a percentage typed in Excel has its unit", () => {
    expect(
      goals([
        ["产出指标", "质量指标", "有效投诉办结率", "≥95%", "96%"],
        ["效益指标", "可持续影响指标", "设施良好运行率", "90%", "92%"],
      ]),
    ).toEqual([]);
  });
});

describe("deadlines and units goal tables write", () => {
  test("a deadline without a year: 12月20日 meets 12月31日前", async () => {
    const { jx } = await import("../cli/runJx");
    expect((await jx("fn", "TARGETSCORE", "12月31日前", "12月20日")).out.trim()).toBe("1");
    expect((await jx("fn", "TARGETSCORE", "≥100百分比", "95%")).out.trim()).toBe("0.95");
  });
});

describe("numbers outside the table", () => {
  test("a number in the title area is listed, not silently passed over", () => {
    const s = scored(
      grid([
        ["项目资金（万元）", 520.25],
        ["一级指标", "分值", "得分"],
        ["决策", 40, 30],
        ["效益", 60, 50],
      ]),
    );
    expect(s.unread.map((u) => `${u.cell} ${u.value} ${u.why}`)).toEqual([
      "B1 520.25 表头以上（标题区）的数字，未读取",
    ]);
    expect(s.skipped).toEqual([]);
  });
});

describe("a form's project details", () => {
  test("a blank 主管部门 is not answered by the next label (实施单位)", () => {
    const rows = FILLED_FORM.rows.map((r, i) =>
      i === 3 ? ["主管部门", _, _, _, _, _, "实施单位", _, "某县医疗保障局"] : r,
    );
    const r = read(grid(rows as CellValue[][], FILLED_FORM.merges, "自评表"));
    expect(r.kind === "form" && [r.form.form.project.department, r.form.form.project.unit]).toEqual([
      undefined,
      "某县医疗保障局",
    ]);
  });
});

describe("printed rates keep the precision they show", () => {
  test.each([
    ["97.80%", 2, "0.978", 4],
    ["80%", 1, "0.8", 2],
    ["0.9", 1, "0.9", 1],
    [97.8, 2, "0.978", 3],
    [1.05, 2, "1.05", 2],
  ] as const)("%s (points above %d) is %s to %d places", (v, above, value, places) => {
    expect(printedRate(v, above)).toMatchObject({ places });
    expect(printedRate(v, above)?.value.toFixed()).toBe(value);
  });
  test("a 执行率 printed 97.80% for 31.69 ÷ 32.4 = 97.81% is a slip at its cell", () => {
    const rows = FILLED_FORM.rows.map((r, i) =>
      i === 5 ? r.map((c, k) => (k === 5 ? 32.4 : k === 7 ? 31.69 : k === 9 ? "97.80%" : k === 10 ? 9.78 : c)) : r,
    );
    const s = scored(grid(rows as CellValue[][], FILLED_FORM.merges, "自评表"));
    expect(s.problems.map((p) => `${p.at} ${p.kind}`)).toContain("J6 rateMismatch");
  });
});
