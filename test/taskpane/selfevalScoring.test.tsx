/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../taskpane/App";
import { fakeGateway } from "./fakeGateway";

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
    expect([...rules.options].map((o) => o.textContent)).toEqual(["2020年版（财预〔2020〕10号）", "2021年版（财预〔2021〕101号）"]);
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
