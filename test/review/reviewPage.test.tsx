/**
 * @jest-environment jsdom
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../taskpane/App";
import type { BrowserGateway, ChosenFile } from "../../taskpane/gateway/browserGateway";
import { Dec } from "../../src/decimal";
import type { ReviewSummary } from "../../src/review/layoutReview";
import { fakeGateway } from "../taskpane/fakeGateway";

jest.setTimeout(60_000);

/** The browser page's 汇总多个文件: many files chosen, the distribution shown, the workbook downloaded through the gateway. */
test("汇总多个文件: chosen files go to the gateway, the grade counts and unreadable files show, the workbook downloads", async () => {
  const user = userEvent.setup();
  const chosen: string[] = [];
  const summary: ReviewSummary = {
    projects: [],
    unreadable: [{ file: "坏.xlsx", error: "不是 .xlsx 文件。 Not an .xlsx file." }],
    grades: [
      { label: "优", count: 2, funds: new Dec(1250), spent: new Dec(1187.5) },
      { label: "良", count: 1, funds: new Dec(30), spent: new Dec(20) },
    ],
    sample: null,
    recheck: null,
    threshold: new Dec(10),
    sentences: [],
  };
  const downloaded: ReviewSummary[] = [];
  const gateway = {
    ...fakeGateway("browser"),
    async openFile() {
      return { sheet: null, fileName: "" };
    },
    async reviewFiles(
      files: readonly ChosenFile[],
      _options: unknown,
      onProgress?: (done: number, total: number) => void,
    ) {
      chosen.push(...files.map((f) => f.name));
      onProgress?.(files.length, files.length);
      return { ...summary, projects: new Array(3).fill(null) } as unknown as ReviewSummary;
    },
    async saveReview(s: ReviewSummary) {
      downloaded.push(s);
      return { status: "downloaded", fileName: "汇总.xlsx" };
    },
  } as unknown as BrowserGateway;
  render(
    <FluentProvider theme={webLightTheme}>
      <App gateway={gateway} initialLang="zh" loadMetadata={async () => null} />
    </FluentProvider>,
  );
  await user.click(screen.getByRole("tab", { name: "汇总" }));
  const input = (await screen.findByLabelText("选择多个 .xlsx 文件")) as HTMLInputElement;
  await user.upload(input, [new File(["a"], "甲.xlsx"), new File(["b"], "乙.xlsx"), new File(["c"], "坏.xlsx")]);
  expect(chosen).toEqual(["甲.xlsx", "乙.xlsx", "坏.xlsx"]);
  expect(await screen.findByText("3 个文件，3 个项目；1 个无法读取")).toBeTruthy();
  const table = screen.getByRole("table", { name: "汇总多个文件" });
  expect(
    within(table)
      .getAllByRole("row")
      .map((r) => r.textContent),
  ).toEqual(["等级#全年预算数（万元）", "优21250", "良130"]);
  expect(screen.getByText(/坏\.xlsx：不是 \.xlsx 文件/)).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "下载汇总工作簿" }));
  expect(downloaded).toHaveLength(1);
  expect(await screen.findByText(/已下载 汇总\.xlsx/)).toBeTruthy();
});
