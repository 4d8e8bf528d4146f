/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../taskpane/App";
import { fakeGateway } from "./fakeGateway";
import { layoutForm } from "../../src/kinds/form/layout";
import type { SheetGrid } from "../../src/sheet/grid";
import type { CellValue } from "../../src/cells/readCell";
import type { WorkbookSettings } from "../../src/layout/workbook";
import type { ActiveGrid } from "../../taskpane/gateway/gateway";
import { issueForm } from "../fixtures/forms2021";

/** The generated form as the pane reads it from Excel: each cell's value (a formula's computed result). */
function gridOf(form = issueForm("2021")): SheetGrid {
  const sheet = layoutForm(form).sheets[0];
  const cells: CellValue[][] = Array.from({ length: sheet.rowCount }, () => []);
  for (const c of sheet.cells) {
    const v = c.content;
    cells[c.row][c.col] = v === null ? null : v.kind === "text" ? v.text : v.kind === "number" ? v.value : v.result;
  }
  return { name: "自评表", cells, merges: [...sheet.merges] };
}

describe("自评表: the rule set", () => {
  test("the 2021 preset brings 财预〔2021〕101号; the person may choose 2020; the choice goes into the form written and its note", async () => {
    const user = userEvent.setup();
    const gateway = fakeGateway();
    render(
      <FluentProvider theme={webLightTheme}>
        <App gateway={gateway} initialLang="zh" loadMetadata={async () => null} />
      </FluentProvider>,
    );
    await user.click(screen.getByRole("tab", { name: "自评表" }));
    const rules = (await screen.findByRole("combobox", { name: "计分规则" })) as HTMLSelectElement;
    expect(rules.value).toBe("2020");
    expect([...rules.options].map((o) => o.textContent)).toEqual([
      "2020年版（财预〔2020〕10号）",
      "2021年版（财预〔2021〕101号）",
    ]);
    await user.selectOptions(screen.getByRole("combobox", { name: "自评表预设" }), "self-eval-form-2021");
    await user.click(screen.getByRole("button", { name: "使用此预设" }));
    expect(rules.value).toBe("2021");
    expect(screen.getByRole("table", { name: "预览" }).textContent).toContain("本表按财预〔2021〕101号计分");
    expect(screen.getByRole("table", { name: "预览" }).textContent).toContain("项目已完成");
    await user.selectOptions(rules, "2020");
    expect(screen.getByRole("table", { name: "预览" }).textContent).toContain("本表按财预〔2020〕10号计分");
    await user.selectOptions(rules, "2021");
    await user.click(screen.getByRole("button", { name: "写入自评表" }));
    expect(gateway.calls.find((c) => c.name === "insertForm")?.args[0]).toMatchObject({ scoring: "2021" });
  });
});

describe("汇总 of a form: the rule set the workbook keeps", () => {
  const renderSummary = async (settings: WorkbookSettings | null) => {
    const user = userEvent.setup();
    const grid: ActiveGrid = { ...gridOf(), settings };
    render(
      <FluentProvider theme={webLightTheme}>
        <App gateway={fakeGateway("excel", { grid })} initialLang="zh" loadMetadata={async () => null} />
      </FluentProvider>,
    );
    await user.click(screen.getByRole("tab", { name: "汇总" }));
    await user.click(await screen.findByRole("button", { name: "读取得分" }));
  };

  test("a workbook keeping 2021: 65.45 中, as jx score gives", async () => {
    await renderSummary({ format: "jixiao-settings", version: 1, title: "x", scoring: "2021" });
    expect(await screen.findByText(/合计：65.45/)).toBeTruthy();
    expect(screen.getByText("计分规则：财预〔2021〕101号")).toBeTruthy();
  });

  test("a workbook keeping no rule set: scored by 2020 (85.28 良), and the page says so", async () => {
    await renderSummary(null);
    expect(await screen.findByText(/合计：85.28/)).toBeTruthy();
    expect(screen.getByText(/计分规则：财预〔2020〕10号\s+工作簿未写明计分规则/)).toBeTruthy();
  });
});
