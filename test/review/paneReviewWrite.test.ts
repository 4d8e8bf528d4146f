import { insertSummary, writeReview } from "../../taskpane/gateway/excelGateway";
import { Dec } from "../../src/decimal";
import type { ReviewSummary } from "../../src/review/layoutReview";
import { reviewChosenFiles } from "../../src/review/reviewFiles";
import { isSampleProblem, sampleSpecOf } from "../../src/review/sample";
import { installOfficeStub, recordingContext, type Entry, type Recording } from "../taskpane/recordingContext";
import { FILLED_FORM } from "../fixtures/forms";
import { handmadeXlsx, SEED_000_MERGED } from "../fixtures/handmade";

jest.setTimeout(60_000);
installOfficeStub();

const sets = (rec: Recording, name: string): Entry[] => rec.log.filter((e) => e.op === "set" && e.name === name);
const calls = (rec: Recording, name: string): Entry[] => rec.log.filter((e) => e.op === "call" && e.name === name);

/** The review of two forms and a broken file, as the pane's reader makes it. */
async function summaryOf(sample: boolean): Promise<ReviewSummary> {
  const files: Record<string, Uint8Array> = {
    "甲.xlsx": await handmadeXlsx(FILLED_FORM),
    "乙.xlsx": await handmadeXlsx(SEED_000_MERGED),
    "坏.xlsx": new TextEncoder().encode("no zip"),
  };
  return reviewChosenFiles(
    Object.entries(files).map(([name, bytes]) => ({ name, bytes: async () => bytes })),
    sample ? { sample: { by: "projects", share: new Dec("0.5"), seed: 3 } } : {},
  );
}

describe("the sample a person asks for, checked the same in every door", () => {
  test.each([
    ["projects", "20%", "7", { by: "projects", share: "0.2", seed: 7 }],
    ["funds", "0.3", "", { by: "funds", share: "0.3", seed: 1 }],
    ["projects", "100%", undefined, { by: "projects", share: "1", seed: 1 }],
    ["projects", "0%", "1", "抽样比例“0%”无效：写成 20% 或 0.2（大于 0，不超过 100%）。"],
    ["projects", "120%", "1", "抽样比例“120%”无效：写成 20% 或 0.2（大于 0，不超过 100%）。"],
    ["funds", "20%", "1.5", "随机种子“1.5”无效：应为 0 到 4294967295 的整数。"],
    ["funds", "20%", "-1", "随机种子“-1”无效：应为 0 到 4294967295 的整数。"],
  ] as const)("%s %j seed %j", (by, share, seed, expected) => {
    const got = sampleSpecOf(by, share, seed);
    if (typeof expected === "string") expect(isSampleProblem(got) && got.zh).toBe(expected);
    else expect(isSampleProblem(got) ? got : { ...got, share: got.share.toString() }).toEqual(expected);
  });
});

describe("the review written into Excel through the gateway", () => {
  test("new sheets, one suffix for all when a name is taken, formulas over the suffixed names, a column chart on 等级分布, 2 syncs", async () => {
    const { context, rec } = recordingContext({ sheets: ["Sheet1", "项目汇总"] });
    const out = await writeReview(context, await summaryOf(true));
    const names = ["项目汇总 (2)", "等级分布 (2)", "问题清单 (2)", "无法读取 (2)", "复核清单 (2)"];
    expect(out).toEqual({ status: "written", sheets: names, syncs: 2 });
    expect(rec.syncs).toBe(2);
    expect(
      calls(rec, "add")
        .filter((e) => e.path.endsWith("worksheets"))
        .map((e) => e.args?.[0]),
    ).toEqual(names);
    // Nothing is written into a sheet the workbook had.
    expect(
      rec.log
        .filter(
          (e) => e.op === "set" && !names.some((n) => e.path.includes(`add(${n})`)) && !e.path.includes("application"),
        )
        .map((e) => e.path),
    ).toEqual([]);
    const grades = sets(rec, "formulas").find((e) => e.path.includes("add(等级分布 (2))"))?.value as (
      string | number
    )[][];
    expect(grades[2].slice(0, 3)).toEqual([
      "优",
      "=COUNTIF('项目汇总 (2)'!$K:$K,$A$3)",
      "=SUMIF('项目汇总 (2)'!$K:$K,$A$3,'项目汇总 (2)'!$G:$G)",
    ]);
    const projects = sets(rec, "formulas").find((e) => e.path.includes("add(项目汇总 (2))"))?.value as (
      string | number
    )[][];
    expect(projects.map((r) => r[0])).toEqual(["文件", "乙.xlsx", "甲.xlsx"]);
    // The chart: 项目数 (B3:B6) per grade (A3:A6), beside the table.
    const chart = calls(rec, "add").filter((e) => e.path.endsWith("charts"));
    expect(chart.map((e) => [e.path, e.args?.[0], e.args?.[2]])).toEqual([
      ["context.workbook.worksheets.add(等级分布 (2)).charts", "ColumnClustered", "Columns"],
    ]);
    const ranges = calls(rec, "getRangeByIndexes").filter(
      (e) => e.path === "context.workbook.worksheets.add(等级分布 (2))",
    );
    expect(ranges.slice(-2).map((e) => e.args)).toEqual([
      [2, 1, 4, 1],
      [2, 0, 4, 1],
    ]);
    expect(calls(rec, "setXAxisValues")).toHaveLength(1);
    expect(sets(rec, "name").find((e) => e.path.endsWith("series.getItemAt(0)"))?.value).toBe("项目数");
    expect(sets(rec, "text").find((e) => e.path.endsWith(".title"))?.value).toBe("各等级项目数");
    expect(calls(rec, "setPosition").map((e) => e.args)).toEqual([["H2", "O17"]]);
    expect(calls(rec, "activate").map((e) => e.path)).toEqual(["context.workbook.worksheets.add(项目汇总 (2))"]);
  });

  test("in a workbook without review sheets the plain names; no 复核清单 without a sample", async () => {
    const { context } = recordingContext({ sheets: ["Sheet1"] });
    expect(await writeReview(context, await summaryOf(false))).toEqual({
      status: "written",
      sheets: ["项目汇总", "等级分布", "问题清单", "无法读取"],
      syncs: 2,
    });
  });

  test("a review Excel would refuse is refused before anything is written", async () => {
    const summary = await summaryOf(false);
    const odd = { ...summary, unreadable: [{ file: "x.xlsx", error: "=".repeat(40_000) }] }; // kept as text, but over 32,767 characters once an apostrophe leads it
    const { context, rec } = recordingContext({ sheets: [] });
    await expect(writeReview(context, odd, 1000)).rejects.toThrow(/Excel 无法写入/);
    expect(rec.syncs).toBe(1);
    expect(rec.log.filter((e) => e.op === "set" || e.name === "add")).toEqual([]);
  });

  test("项目汇总 gets its filter in Excel too", async () => {
    const { context, rec } = recordingContext({ sheets: [] });
    await writeReview(context, await summaryOf(false));
    expect(calls(rec, "apply").map((e) => e.path)).toEqual([
      "context.workbook.worksheets.add(项目汇总).autoFilter",
      "context.workbook.worksheets.add(问题清单).autoFilter",
    ]);
  });

  test("a review too large for one request is written in bands of rows, each request within the budget, every row once", async () => {
    const summary = await summaryOf(true);
    // 300 projects: the two read, again and again under other file names.
    const many = {
      ...summary,
      projects: Array.from({ length: 150 }, (_, i) =>
        summary.projects.map((p) => ({ ...p, file: `${String(i).padStart(3, "0")}/${p.file}` })),
      ).flat(),
    };
    const budget = 40_000;
    const { context, rec } = recordingContext({ sheets: [] });
    const out = await writeReview(context, many, budget);
    expect(out.syncs).toBe(rec.syncs);
    expect(rec.syncs).toBeGreaterThan(5);
    for (let batch = 1; batch < rec.syncs; batch++) {
      const bytes = Buffer.byteLength(
        JSON.stringify(rec.log.filter((e) => e.batch === batch && e.name === "formulas").map((e) => e.value)),
      );
      expect(bytes).toBeLessThan(budget * 1.5);
    }
    // Every row of 项目汇总 written once, in bands that follow one another.
    const blocks = sets(rec, "formulas")
      .filter((e) => e.path.startsWith("context.workbook.worksheets.add(项目汇总).getRangeByIndexes("))
      .map((e) => ({
        top: Number(/getRangeByIndexes\((\d+),/.exec(e.path)?.[1]),
        rows: (e.value as unknown[][]).length,
      }));
    expect(blocks.length).toBeGreaterThan(1);
    blocks.forEach((b, i) => expect(b.top).toBe(i === 0 ? 0 : blocks[i - 1].top + blocks[i - 1].rows));
    expect(blocks.reduce((a, b) => a + b.rows, 0)).toBe(301);
    // The sheet's setup once: frozen heading, filter, widths with the first band.
    expect(calls(rec, "freezeRows").filter((e) => e.path.includes("add(项目汇总)"))).toHaveLength(1);
    expect(calls(rec, "apply").filter((e) => e.path.includes("add(项目汇总)"))).toHaveLength(1);
  });

  test("汇总's bar chart shares the description: one series, 得分率 (D) per indicator (A)", async () => {
    const { context, rec } = recordingContext({ sheets: [] });
    await insertSummary(
      context,
      "梅州",
      [
        { name: "决策", weight: 15, score: 12, rate: 0.8 },
        { name: "管理", weight: 25, score: 21.9, rate: 0.876 },
      ],
      91.3,
      "优",
    );
    expect(calls(rec, "add").find((e) => e.path.endsWith("charts"))?.args?.[0]).toBe("BarClustered");
    const ranges = calls(rec, "getRangeByIndexes").filter(
      (e) => e.path === "context.workbook.worksheets.add(得分汇总)",
    );
    expect(ranges.slice(-2).map((e) => e.args)).toEqual([
      [2, 3, 2, 1],
      [2, 0, 2, 1],
    ]);
    expect(sets(rec, "name").find((e) => e.path.endsWith("series.getItemAt(0)"))?.value).toBe("得分率");
    expect(
      sets(rec, "numberFormat")
        .filter((e) => e.path.includes("charts.add"))
        .map((e) => e.value),
    ).toEqual(["0%", "0%"]);
  });
});
