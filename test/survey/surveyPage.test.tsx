/**
 * @jest-environment jsdom
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Gateway } from "../../taskpane/gateway/gateway";
import type { SheetGrid } from "../../src/sheet/grid";
import type { SurveyWrite } from "../../src/kinds/survey/surveyWrite";
import { fakeGateway } from "../taskpane/fakeGateway";
import { renderPane } from "../taskpane/renderPane";
import type { Template } from "../../src/kinds/table/model";
import { num, text, type SheetLayout } from "../../src/layout/model";
import { xlsxBytes } from "../../src/xlsx/writeWorkbook";

/** A survey export as services download it: metadata, a respondent's own data, two questions, a free-text suggestion. */
function exportGrid(): SheetGrid {
  const q1 = [...Array(6).fill("非常满意"), ...Array(3).fill("满意"), "基本满意", null];
  const q2 = [...Array(5).fill("非常满意"), ...Array(4).fill("满意"), "不满意", "(跳过)"];
  const cells = [
    [
      "序号",
      "提交答卷时间",
      "来源",
      "来自IP",
      "姓名",
      "联系电话",
      "1、您对项目实施的总体满意度",
      "2、您对补助发放的及时性是否满意",
      "3、您的意见和建议",
    ],
  ];
  for (let r = 0; r < 11; r++)
    cells.push([
      r + 1,
      "2023/5/6 10:11:12",
      "手机提交",
      "10.1.2.3",
      r % 2 ? "张三丰" : "李四光",
      "13800138000",
      q1[r],
      q2[r],
      r % 3 ? "(跳过)" : "希望窗口多开几个，联系我 13800138000",
    ] as never);
  return { name: "问卷导出", cells, merges: [] };
}

/** The workbook's scoring sheet, with its satisfaction leaf (20 points) in row 3. */
const SCORING: SheetGrid = {
  name: "评分",
  cells: [
    ["一级指标", "分值", "二级指标", "分值", "得分"],
    ["产出", 80, "数量", 80, 70],
    ["效益", 20, "服务对象满意度", 20, null],
  ],
  merges: [],
};

// jsdom's Blob has no arrayBuffer(); browsers do (the file chooser reads with it).
if (!Blob.prototype.arrayBuffer) {
  Blob.prototype.arrayBuffer = function (this: Blob): Promise<ArrayBuffer> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}

const TEMPLATE: Template = {
  format: "jixiao-template",
  version: 1,
  title: "小模板",
  indicators: [
    { name: "产出", weight: 80, children: [{ name: "数量", weight: 80 }] },
    { name: "效益", weight: 20, children: [{ name: "服务对象满意度", weight: 20 }] },
  ],
};

/** A grid as a sheet of the layout model, to write an export file. */
function gridSheet(g: SheetGrid): SheetLayout {
  const cells = g.cells.flatMap((row, r) =>
    row.flatMap((v, c) =>
      v === null || v === undefined
        ? []
        : [{ row: r, col: c, content: typeof v === "number" ? num(v) : text(String(v)), style: "name" as const }],
    ),
  );
  return {
    name: g.name,
    cells,
    merges: [],
    columns: [],
    rowCount: g.cells.length,
    colCount: g.cells[0].length,
    frozenRows: 0,
    problemFormats: [],
    print: null,
  };
}

const renderApp = (gateway: Gateway, template?: Template) => renderPane(gateway, { template });

const figures = () => screen.getByRole("status", { name: "满意度结果" }).textContent;

describe("满意度: the survey page", () => {
  test("the active sheet's questions with counts and shares; rate and score by the typed options; written with the leaf linked", async () => {
    const user = userEvent.setup();
    const gateway = fakeGateway("excel", { grid: exportGrid(), grids: [SCORING] });
    renderApp(gateway);
    await user.click(screen.getByRole("tab", { name: "满意度" }));
    await user.click(await screen.findByRole("button", { name: "读取当前工作表" }));
    expect(await screen.findByText("问卷导出［问卷导出］：11 份答卷，2 个题目列。")).toBeTruthy();
    // Per question: each answer's count and share of the answered; skipped counted apart.
    const q1 = screen.getByRole("table", { name: "G 1、您对项目实施的总体满意度" });
    expect(
      within(q1)
        .getAllByRole("row")
        .map((r) => r.textContent),
    ).toEqual(["答案人数占比", "非常满意660.00%", "满意330.00%", "基本满意110.00%", "不满意00.00%"]);
    expect(screen.getByText(/有效 10，跳过 1，满意度 90.00%/)).toBeTruthy();
    // Weighted 100/80/60/0 by default: (0.9 + 0.82) / 2 = 86 %; the leaf's 20 points give 17.2.
    expect(figures()).toContain("总体满意度：86.00%　得分：17.20");
    expect(screen.getByRole("checkbox", { name: /服务对象满意度.*评分!E3.*20 分/ })).toBeTruthy();
    // Without the link the typed points count; question weights 1 and 3: (0.9 + 3 × 0.82) / 4 = 84 %.
    await user.click(screen.getByRole("checkbox", { name: /服务对象满意度/ }));
    await user.type(screen.getByRole("textbox", { name: "分值" }), "10");
    await user.type(screen.getByRole("textbox", { name: /各题权重/ }), "1,3");
    expect(figures()).toContain("总体满意度：84.00%　得分：8.40");
    const digits = screen.getByRole("textbox", { name: "小数位数" });
    await user.clear(digits);
    await user.type(digits, "1");
    expect(figures()).toContain("总体满意度：84.0%　得分：8.4");
    // The mean method needs its top level; the page says so in words, then computes.
    await user.click(screen.getByRole("radio", { name: "平均分 ÷ 满分等级" }));
    expect(await screen.findByText(/平均分法需要满分等级/)).toBeTruthy();
    await user.type(screen.getByRole("textbox", { name: /满分等级/ }), "5");
    await user.type(screen.getByRole("textbox", { name: /选项文字的等级/ }), "非常满意:5,满意:4,基本满意:3,不满意:1");
    await user.clear(screen.getByRole("textbox", { name: /各题权重/ }));
    // Q1 (30 + 12 + 3) / 10 = 4.5 → 0.9; Q2 (25 + 16 + 1) / 10 = 4.2 → 0.84; mean 0.87.
    expect(figures()).toContain("总体满意度：87.0%　得分：8.7");
    // Share: 非常满意 and 满意 of the answered, 9 of 10 in both.
    await user.click(screen.getByRole("radio", { name: "满意人数 ÷ 有效答卷" }));
    expect(figures()).toContain("总体满意度：90.0%　得分：9");
    // Written through the gateway with the leaf to link.
    await user.click(screen.getByRole("checkbox", { name: /服务对象满意度/ }));
    expect(figures()).toContain("得分：18");
    await user.click(screen.getByRole("button", { name: "写入满意度统计" }));
    await waitFor(() => expect(gateway.calls.some((c) => c.name === "insertSurvey")).toBe(true));
    const write = gateway.calls.find((c) => c.name === "insertSurvey")?.args[0] as SurveyWrite;
    expect(write.leaf).toMatchObject({ sheet: "评分", name: "服务对象满意度", at: "E3" });
    expect(write.result.score?.toFixed()).toBe("18");
    expect(write.survey.questions.map((q) => q.column)).toEqual(["G", "H"]);
    expect(
      await screen.findByText(/已写入工作表“满意度统计”.*“服务对象满意度”（评分!E3）的得分已链接到满意度统计/),
    ).toBeTruthy();
  });

  test("a sheet without question columns is said in words, and nothing is offered to write", async () => {
    const user = userEvent.setup();
    const notes: SheetGrid = {
      name: "意见",
      cells: [
        ["序号", "姓名", "您的意见和建议"],
        [1, "张三丰", "希望窗口多开几个，办事更方便一些"],
        [2, "李四光", "补助发放能否再提前一些时间呢"],
      ],
      merges: [],
    };
    const gateway = fakeGateway("excel", { grid: notes, grids: [SCORING] });
    renderApp(gateway);
    await user.click(screen.getByRole("tab", { name: "满意度" }));
    await user.click(await screen.findByRole("button", { name: "读取当前工作表" }));
    expect(await screen.findByText(/找不到问卷题目列/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "写入满意度统计" })).toBeNull();
  });

  test("in the browser page the statistics download; the active sheet is not offered", async () => {
    const user = userEvent.setup();
    const gateway = fakeGateway("browser");
    renderApp(gateway);
    await user.click(screen.getByRole("tab", { name: "满意度" }));
    expect(await screen.findByRole("button", { name: "选择问卷导出文件 (.xlsx)" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "读取当前工作表" })).toBeNull();
  });

  test("in the browser page the template's satisfaction leaf is linked on request: the scoring workbook downloads with the survey", async () => {
    const user = userEvent.setup();
    const gateway = fakeGateway("browser");
    renderApp(gateway, TEMPLATE);
    await user.click(screen.getByRole("tab", { name: "满意度" }));
    const bytes = await xlsxBytes({ sheets: [gridSheet(exportGrid())], names: [] });
    await user.upload(
      await screen.findByLabelText("选择问卷导出文件 (.xlsx)"),
      new File([bytes as BlobPart], "问卷.xlsx"),
    );
    expect(await screen.findByText("问卷.xlsx［问卷导出］：11 份答卷，2 个题目列。")).toBeTruthy();
    const link = screen.getByRole("checkbox", {
      name: /下载模板“小模板”的评分表，其中“服务对象满意度”（20 分）/,
    }) as HTMLInputElement;
    expect(link.checked).toBe(false);
    expect(screen.getByRole("button", { name: "下载满意度统计 .xlsx" })).toBeTruthy();
    await user.click(link);
    // The template's score decimals (2 by default) and the leaf's 20 points: 0.86 × 20 = 17.2.
    expect(figures()).toContain("总体满意度：86.00%　得分：17.20");
    await user.click(screen.getByRole("button", { name: "下载评分表和满意度统计 .xlsx" }));
    await waitFor(() => expect(gateway.calls.some((c) => c.name === "insertSurvey")).toBe(true));
    const write = gateway.calls.find((c) => c.name === "insertSurvey")?.args[0] as SurveyWrite;
    expect([write.leaf?.name, write.template?.title]).toEqual(["服务对象满意度", "小模板"]);
  });
});
