import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { NoDataTypesPlugin, withoutDataTypes } = require("../../taskpane/functionsMetadata.js") as {
  NoDataTypesPlugin: new (file?: string) => webpack.WebpackPluginInstance;
  withoutDataTypes: (json: string) => string;
};

/* dist/functions.json has no data-type flag: Jixiao uses no data types, and Office 2021 volume-licensed
 * builds without the data-types runtime are reported to give #VALUE! when it is on. */

const ROOT = path.join(__dirname, "../..");

describe("functions.json without data types", () => {
  test("the flag is written false; the functions are untouched", () => {
    const json = JSON.stringify(
      { allowCustomDataForDataTypeAny: true, functions: [{ id: "EXECRATE", name: "EXECRATE" }] },
      null,
      4,
    );
    const out = JSON.parse(withoutDataTypes(json));
    expect(out).toEqual({ allowCustomDataForDataTypeAny: false, functions: [{ id: "EXECRATE", name: "EXECRATE" }] });
  });

  test("the build's webpack config runs the plugin after the metadata plugin", () => {
    const config = fs.readFileSync(path.join(ROOT, "taskpane/webpack.config.js"), "utf8");
    expect(config.indexOf("new NoDataTypesPlugin(")).toBeGreaterThan(
      config.indexOf("new CustomFunctionsMetadataPlugin("),
    );
  });

  test("a webpack build with both plugins emits functions.json with the flag false and all 16 functions", async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-fn-"));
    try {
      const compiler = webpack({
        mode: "production",
        context: ROOT,
        entry: { stub: "./test/stubs/office-addin-manifest.js" },
        output: { path: out },
        plugins: [
          new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./functions/functions.ts" }),
          new NoDataTypesPlugin("functions.json"),
        ],
      });
      await new Promise<void>((resolve, reject) =>
        compiler.run((err, stats) => {
          if (err || stats?.hasErrors()) reject(err ?? new Error(stats?.toString("errors-only")));
          else compiler.close(() => resolve());
        }),
      );
      const meta = JSON.parse(fs.readFileSync(path.join(out, "functions.json"), "utf8"));
      expect(meta.allowCustomDataForDataTypeAny).toBe(false);
      expect(meta.functions).toHaveLength(16);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 60000);
});
