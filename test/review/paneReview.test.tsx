/**
 * @jest-environment jsdom
 */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../taskpane/App";
import type { Gateway, ReviewDoor, ReviewSaved } from "../../taskpane/gateway/gateway";
import { canReview } from "../../taskpane/gateway/gateway";
import { Dec } from "../../src/decimal";
import type { ReviewSummary } from "../../src/review/layoutReview";
import type { ChosenFile, ReviewOptions } from "../../src/review/reviewFiles";
import { fakeGateway } from "../taskpane/fakeGateway";
import axe from "axe-core";

jest.setTimeout(60_000);

/** A review as the gateway gives it (jsdom cannot unzip: the reading itself is tested in paneReviewWrite.test.ts). */
function summaryOf(sample: boolean): ReviewSummary {
  const project = { file: "乙.xlsx", sheet: "评分表" };
  return {
    projects: [project, { file: "甲.xlsx", sheet: "自评表" }],
    unreadable: [{ file: "坏.xlsx", error: "不是 .xlsx 文件。 Not an .xlsx file." }],
    grades: [
      { label: "优", count: 2, funds: new Dec(1250), spent: new Dec(1187.5) },
      { label: "良", count: 0, funds: new Dec(0), spent: new Dec(0) },
    ],
    sample: sample
      ? { projects: [project], how: "按主管部门分层抽样：抽取项目直至其全年预算数达到资金的 30.00%，随机种子 7。" }
      : null,
    recheck: null,
    threshold: new Dec(10),
    sentences: sample
      ? [{ zh: "抽取 1 个项目复核，占项目总数的 50.00%、资金的 80.00%。", en: "1 project drawn." }]
      : [],
  } as unknown as ReviewSummary;
}

/** An Excel gateway for the page: records what the review asked and answers with a scripted summary. */
function excelReviewGateway(summary: ReviewSummary, hold?: Promise<void>) {
  const asked: { files: string[]; options: ReviewOptions | undefined }[] = [];
  const saved: ReviewSummary[] = [];
  const gateway: Gateway & ReviewDoor = {
    ...fakeGateway("excel"),
    async reviewFiles(
      files: readonly ChosenFile[],
      options?: ReviewOptions,
      onProgress?: (done: number, total: number) => void,
    ) {
      asked.push({ files: files.map((f) => f.name), options });
      onProgress?.(1, files.length);
      await hold;
      onProgress?.(files.length, files.length);
      return summary;
    },
    async saveReview(s: ReviewSummary): Promise<ReviewSaved> {
      saved.push(s);
      return { status: "written", sheets: ["项目汇总", "等级分布", "问题清单", "无法读取", "复核清单"] };
    },
  };
  return { gateway, asked, saved };
}

function renderPane(gateway: Gateway) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App gateway={gateway} initialLang="zh" loadMetadata={async () => null} />
    </FluentProvider>,
  );
}

describe("汇总多个文件 in the Excel task pane", () => {
  test("the Excel gateway offers it; a gateway without the review does not show it", () => {
    expect(canReview(excelReviewGateway({} as ReviewSummary).gateway)).toBe(true);
    expect(canReview(fakeGateway("excel"))).toBe(false);
  });

  test("sampling by funds with a seed goes to the gateway; progress shows; the summary and the sample show; the sheets are written", async () => {
    const user = userEvent.setup();
    const summary = summaryOf(true);
    let release: () => void = () => undefined;
    const hold = new Promise<void>((r) => (release = r));
    const { gateway, asked, saved } = excelReviewGateway(summary, hold);
    renderPane(gateway);
    await user.click(screen.getByRole("tab", { name: "汇总" }));
    const section = await screen.findByRole("region", { name: "汇总多个文件" });
    await user.click(within(section).getByRole("radio", { name: "按资金抽样" }));
    const share = within(section).getByLabelText("抽样比例（如 20%）");
    await user.clear(share);
    await user.type(share, "30%");
    const seed = within(section).getByLabelText("随机种子");
    await user.clear(seed);
    await user.type(seed, "7");
    const input = within(section).getByLabelText("选择多个 .xlsx 文件") as HTMLInputElement;
    await user.upload(input, [new File(["a"], "甲.xlsx"), new File(["b"], "乙.xlsx"), new File(["c"], "坏.xlsx")]);
    expect(await within(section).findByRole("status")).toHaveProperty("textContent", "正在读取 1/3");
    expect(within(section).getByRole("progressbar")).toBeTruthy();
    await act(async () => release());
    expect(asked).toHaveLength(1);
    expect(asked[0].files).toEqual(["甲.xlsx", "乙.xlsx", "坏.xlsx"]);
    expect(asked[0].options?.sample).toEqual({ by: "funds", share: new Dec("0.3"), seed: 7 });
    expect(await within(section).findByText("3 个文件，2 个项目；1 个无法读取")).toBeTruthy();
    expect(within(section).queryByRole("progressbar")).toBeNull();
    const table = within(section).getByRole("table", { name: "汇总多个文件" });
    expect(
      within(table)
        .getAllByRole("row")
        .map((r) => r.textContent),
    ).toEqual(["等级#全年预算数（万元）", "优21250", "良00"]);
    expect(within(section).getByText("复核清单：1 个项目")).toBeTruthy();
    expect(within(section).getByText("抽取 1 个项目复核，占项目总数的 50.00%、资金的 80.00%。")).toBeTruthy();
    await user.click(within(section).getByRole("button", { name: "写入汇总表" }));
    expect(saved).toEqual([summary]);
    expect(await screen.findByText(/已写入工作表：项目汇总、等级分布、问题清单、无法读取、复核清单/)).toBeTruthy();
  });

  test("a share that is not one is said beside the field, and no file can be chosen until it is fixed", async () => {
    const user = userEvent.setup();
    const { gateway, asked } = excelReviewGateway(summaryOf(false));
    renderPane(gateway);
    await user.click(screen.getByRole("tab", { name: "汇总" }));
    const section = await screen.findByRole("region", { name: "汇总多个文件" });
    await user.click(within(section).getByRole("radio", { name: "按项目数抽样" }));
    const share = within(section).getByLabelText("抽样比例（如 20%）");
    await user.clear(share);
    await user.type(share, "150%");
    expect(within(section).getByText("抽样比例“150%”无效：写成 20% 或 0.2（大于 0，不超过 100%）。")).toBeTruthy();
    expect(within(section).getByRole("button", { name: "选择多个 .xlsx 文件" })).toHaveProperty("disabled", true);
    await user.clear(share);
    await user.type(share, "50%");
    expect(within(section).getByRole("button", { name: "选择多个 .xlsx 文件" })).toHaveProperty("disabled", false);
    expect(asked).toEqual([]);
  });

  test("a summary drawn with other sample settings is dropped when they change, so it is not written by mistake", async () => {
    const user = userEvent.setup();
    const { gateway } = excelReviewGateway(summaryOf(false));
    renderPane(gateway);
    await user.click(screen.getByRole("tab", { name: "汇总" }));
    const section = await screen.findByRole("region", { name: "汇总多个文件" });
    await user.upload(within(section).getByLabelText("选择多个 .xlsx 文件"), [new File(["a"], "甲.xlsx")]);
    expect(await within(section).findByRole("button", { name: "写入汇总表" })).toBeTruthy();
    await user.click(within(section).getByRole("radio", { name: "按项目数抽样" }));
    expect(within(section).queryByRole("button", { name: "写入汇总表" })).toBeNull();
  });

  test("axe finds no serious or critical violation in the section, sample fields shown, summary and sample on screen", async () => {
    const user = userEvent.setup();
    const { gateway } = excelReviewGateway(summaryOf(true));
    renderPane(gateway);
    await user.click(screen.getByRole("tab", { name: "汇总" }));
    const section = await screen.findByRole("region", { name: "汇总多个文件" });
    await user.click(within(section).getByRole("radio", { name: "按项目数抽样" }));
    await user.upload(within(section).getByLabelText("选择多个 .xlsx 文件"), [new File(["a"], "甲.xlsx")]);
    await within(section).findByRole("button", { name: "写入汇总表" });
    const result = await axe.run(section, { rules: { "color-contrast": { enabled: false } } });
    expect(
      result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  });
});
