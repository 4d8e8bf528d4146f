/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../taskpane/App";
import { fakeGateway } from "../taskpane/fakeGateway";
import { TINY } from "./craft";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";

// jsdom has no TextDecoder and no Blob.arrayBuffer; browsers do.
Object.assign(globalThis, {
  TextDecoder: globalThis.TextDecoder ?? NodeTextDecoder,
  TextEncoder: globalThis.TextEncoder ?? NodeTextEncoder,
});
if (!Blob.prototype.arrayBuffer) {
  Blob.prototype.arrayBuffer = function (this: Blob) {
    return new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(this);
    });
  };
}

// The page's import doors refuse what jx refuses, and say so: a throw inside the import no longer vanishes.
function renderApp(lang: "zh" | "en" = "zh") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App gateway={fakeGateway("browser")} initialLang={lang} loadMetadata={async () => null} initialTemplate={TINY} />
    </FluentProvider>,
  );
}

const file = (bytes: Uint8Array | string, name: string) =>
  new File([bytes as BlobPart], name, { type: "application/json" });

describe("模板 import", () => {
  test("JSON nested 100,000 deep: the problem is shown, the tree unchanged", async () => {
    const user = userEvent.setup();
    renderApp();
    await user.upload(
      screen.getByLabelText("导入模板文件"),
      file(`${"[".repeat(100_000)}${"]".repeat(100_000)}`, "deep.json"),
    );
    expect(await screen.findByText(/嵌套超过 64 层/)).toBeTruthy();
    expect(screen.getByDisplayValue("小表")).toBeTruthy();
  });

  test("a GBK file: told to save it as UTF-8", async () => {
    const user = userEvent.setup();
    renderApp();
    const gbk = new Uint8Array([
      ...new TextEncoder().encode('{"title":"'),
      0xbe,
      0xf6,
      0xb2,
      0xdf,
      ...new TextEncoder().encode('"}'),
    ]);
    await user.upload(screen.getByLabelText("导入模板文件"), file(gbk, "gbk.json"));
    expect(await screen.findByText(/GBK\/GB18030.*UTF-8/)).toBeTruthy();
  });

  test("a file over 64 MiB is refused before it is read", async () => {
    const user = userEvent.setup();
    renderApp();
    const big = file("{}", "big.json");
    Object.defineProperty(big, "size", { value: 65 * 1024 * 1024 });
    Object.defineProperty(big, "arrayBuffer", { value: () => Promise.reject(new Error("read")) });
    await user.upload(screen.getByLabelText("导入模板文件"), big);
    expect(await screen.findByText(/文件有 65 MiB，超过上限 64 MiB，未读取/)).toBeTruthy();
  });

  test("in English the refusal is English only", async () => {
    const user = userEvent.setup();
    renderApp("en");
    const big = file("{}", "big.json");
    Object.defineProperty(big, "size", { value: 65 * 1024 * 1024 });
    await user.upload(screen.getByLabelText("Import a template file"), big);
    const shown = await screen.findByText(/The file is 65 MiB, over the limit of 64 MiB; it was not read\./);
    expect(shown.textContent).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
