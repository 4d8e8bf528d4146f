/**
 * @jest-environment jsdom
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FunctionsPage } from "../../taskpane/functionsPage/FunctionsPage";
import { functionInfos } from "../../taskpane/functionsPage/functionInfo";
import { NATIVE_FORMULAS, NATIVE_LABEL } from "../../taskpane/functionsPage/nativeFormulas";
import { NO_CELL_FUNCTIONS, wpsGateway } from "../../taskpane/gateway/wpsGateway";
import { MockEt } from "./mockEt";

describe("函数 page inside WPS", () => {
  test("offers the native formula where one exists, writes it into the active cell, and refuses JIXIAO.* with the reason", async () => {
    const et = new MockEt({ selection: "C3" });
    const messages: string[] = [];
    render(
      <FluentProvider theme={webLightTheme}>
        <FunctionsPage
          functions={functionInfos(null)}
          gateway={wpsGateway(() => et.application())}
          onMessage={(intent, text) => messages.push(`${intent} ${text}`)}
        />
      </FluentProvider>,
    );
    expect(screen.getAllByLabelText(new RegExp(NATIVE_LABEL.replace(/[()（）/]/g, ".")))).toHaveLength(
      Object.keys(NATIVE_FORMULAS).length,
    );
    const user = userEvent.setup();
    const grade = screen.getByLabelText(`GRADE ${NATIVE_LABEL}`);
    await user.click(within(grade).getByRole("button"));
    expect(et.sheets[0].cells.get("2,2")?.formula).toBe(NATIVE_FORMULAS.GRADE.formula);
    expect(messages[0]).toMatch(/^success .*Sheet1!C3/);
    const card = screen.getByRole("group", { name: "EXECRATE" });
    await user.click(within(card).getAllByRole("button")[0]);
    expect(messages[1]).toMatch(/^error /);
    expect(messages[1]).toContain(NO_CELL_FUNCTIONS.zh);
    expect(et.sheets[0].cells.size).toBe(1); // only the native formula was written
  });
});
