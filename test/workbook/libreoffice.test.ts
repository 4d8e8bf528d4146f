import { parseNumericText } from "../../src/cells/readCell";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { layoutWorkbook } from "../../src/layout/workbook";
import { PRESETS } from "../../src/kinds/table/presets";
import { GRADE_SCHEMES } from "../../src/grades";
import { checkTemplateData } from "../../src/template/checkTemplate";
import { treeOfTemplate } from "../../src/tree/fromTemplate";
import { scoreTree } from "../../src/kinds/table/score";
import { leavesOf, type Template } from "../../src/kinds/table/model";
import { xlsxBytes } from "../../src/xlsx/writeWorkbook";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { SEED_SCORES, scoredPreset } from "../template/seedScores";
import { recalc } from "./recalc";

jest.setTimeout(300_000);

/** Fills leaves with a fixed pattern of scores (two decimals), so every preset is scored. */
function patterned(t: Template, pattern = [1, 0.85, 0.93, 0.7, 1, 0.66]): Template {
  const copy = structuredClone(t);
  leavesOf(copy.indicators).forEach(
    ({ leaf }, i) => (leaf.score = Math.round(leaf.weight * pattern[i % pattern.length] * 100) / 100),
  );
  return copy;
}

const CASES: [string, Template][] = [
  ...PRESETS.map((p): [string, Template] => [
    `preset ${p.id}`,
    p.id in SEED_SCORES ? scoredPreset(p.id) : patterned(p.template),
  ]),
  [
    "不适用 leaves rescaled to 100",
    (() => {
      const t = patterned(PRESETS[0].template);
      const leaves = leavesOf(t.indicators);
      leaves[3].leaf.notApplicable = true;
      delete leaves[3].leaf.score;
      leaves[14].leaf.notApplicable = true;
      delete leaves[14].leaf.score;
      return t;
    })(),
  ],
  [
    "one-decimal total with a tie (80.15 → 80.2)",
    {
      format: "jixiao-template",
      version: 1,
      title: "一位小数",
      decimals: { score: 2, total: 1 },
      indicators: [
        {
          name: "甲",
          weight: 50,
          children: [
            { name: "甲一", weight: 25, score: 20.05 },
            { name: "甲二", weight: 25, score: 20.05 },
          ],
        },
        { name: "乙", weight: 50, children: [{ name: "乙一", weight: 50, score: 40.05 }] },
      ],
    },
  ],
  [
    "integer total with a tie (92.5 → 93)",
    {
      format: "jixiao-template",
      version: 1,
      title: "整数",
      decimals: { score: 1, total: 0 },
      indicators: [
        { name: "甲", weight: 60, score: 55.2 },
        { name: "乙", weight: 40, score: 37.3 },
      ],
    },
  ],
  ["five-tier bands", { ...patterned(PRESETS[1].template, [0.78]), grades: [...GRADE_SCHEMES[2].bands] }],
  ["良好 from 75", { ...patterned(PRESETS[1].template, [0.76]), grades: [...GRADE_SCHEMES[3].bands] }],
  [
    "custom bands in odd order, lowest above 0",
    {
      format: "jixiao-template",
      version: 1,
      title: "自定义",
      grades: [
        { label: "合格", min: 60 },
        { label: "优秀", min: 85 },
      ],
      indicators: [{ name: "甲", weight: 100, children: [{ name: "甲一", weight: 100, score: 59 }] }],
    },
  ],
  [
    "text that starts with = + - stays text",
    {
      format: "jixiao-template",
      version: 1,
      title: "=SUM(A1:A2)",
      indicators: [
        { name: "-负面清单", weight: 40, score: 40, criteria: "=1+1", note: "+5%" },
        { name: "+加分项", weight: 60, score: 30, explanation: "-" },
      ],
    },
  ],
];

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-recalc-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cellText(file: string, sheet: string, row: number, col: number): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const v = wb.getWorksheet(sheet)?.getCell(row, col).value;
  if (v && typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  return v && typeof v === "object" && "result" in v ? v.result : v;
}

/** A rate cell as the reader hands it over: percent-formatted numbers come as their percent text. */
const rateOf = (v: unknown): number =>
  typeof v === "string" ? (parseNumericText(v)?.value.toNumber() ?? NaN) : Number(v);

describe("generated workbooks compute by themselves in LibreOffice", () => {
  test.each(CASES)("%s: JX_TOTAL, JX_GRADE and the summary equal the core's figures", async (label, template) => {
    expect(checkTemplateData(template).problems).toEqual([]);
    const file = path.join(dir, `${label.replace(/[^\w\u4e00-\u9fff]+/g, "_")}.xlsx`);
    fs.writeFileSync(file, await xlsxBytes(layoutWorkbook(template), { cachedResults: false }));
    const before = await readWorkbook(fs.readFileSync(file));
    expect(before.names.JX_TOTAL).toBeNull(); // nothing cached: the figures below come from LibreOffice
    const after = await readWorkbook(fs.readFileSync(await recalc(file)));
    const core = scoreTree(treeOfTemplate(template), template.decimals?.total ?? 2, template.grades);
    expect([after.names.JX_TOTAL, after.names.JX_GRADE ?? "", after.names.JX_WEIGHT_TOTAL]).toEqual([
      core.total?.toNumber(),
      core.grade ?? "",
      100,
    ]);
    // The summary sheet: 分值, 得分, 得分率 per top-level indicator.
    const summary = after.sheets.find((s) => s.name === "汇总");
    const rows = core.levels.map((_, i) => summary?.cells[i + 2]);
    expect(rows.map((r) => [r?.[0], r?.[1], Math.round(Number(r?.[2]) * 1e9) / 1e9])).toEqual(
      core.levels.map((l) => [l.name, l.weight.toNumber(), l.score.toNumber()]),
    );
    expect(rows.map((r) => (r?.[3] === null || r?.[3] === "" ? null : Math.round(rateOf(r?.[3]) * 1e9) / 1e9))).toEqual(
      core.levels.map((l) => (l.rate === null ? null : Math.round(l.rate.toNumber() * 1e9) / 1e9)),
    );
    // Every weight check in the sheet is silent.
    const scoring = after.sheets.find((s) => s.name === "评分表");
    const header = scoring?.cells[1] ?? [];
    const checkCol = header.indexOf("权重校验");
    expect(checkCol).toBeGreaterThan(0);
    expect(
      (scoring?.cells ?? [])
        .slice(3)
        .map((r) => r[checkCol] ?? "")
        .filter((v) => v !== ""),
    ).toEqual([]);
    if (label.startsWith("text")) {
      expect(await cellText(file, "评分表", 1, 1)).toBe("=SUM(A1:A2)");
      expect(await cellText(file, "评分表", 4, 1)).toBe("-负面清单");
      expect(await cellText(await recalc(file), "评分表", 5, 1)).toBe("+加分项");
    }
  });

  test("a tree forced through with a wrong weight: the sheet's own check names the parent, the total still computes", async () => {
    const t: Template = {
      format: "jixiao-template",
      version: 1,
      title: "有误",
      indicators: [
        {
          name: "决策",
          weight: 20,
          children: [
            { name: "立项", weight: 12, score: 10 },
            { name: "资金", weight: 6, score: 6 },
          ],
        },
        { name: "产出", weight: 80, children: [{ name: "数量", weight: 80, score: 70 }] },
      ],
    };
    const problems = checkTemplateData(t).problems;
    expect(problems.map((p) => p.at)).toEqual(["/indicators/0/weight"]);
    const file = path.join(dir, "forced.xlsx");
    fs.writeFileSync(file, await xlsxBytes(layoutWorkbook(t, problems), { cachedResults: false }));
    const after = await readWorkbook(fs.readFileSync(await recalc(file)));
    const scoring = after.sheets.find((s) => s.name === "评分表");
    const checkCol = scoring?.cells[1].indexOf("权重校验") ?? -1;
    expect(scoring?.cells[3][checkCol]).toBe("决策 权重≠下级合计；");
    expect(after.names.JX_TOTAL).toBe(86);
    expect(JSON.stringify(scoring?.cells)).toContain("模板问题（第 1 个指标 › 分值）：决策 权重 20 ≠ 下级合计 18");
  });
});
