import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vm from "vm";
import Ajv from "ajv";
import webpack from "webpack";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { NoDataTypesPlugin, withoutDataTypes } = require("../../taskpane/functionsMetadata.js") as {
  NoDataTypesPlugin: new (file?: string) => webpack.WebpackPluginInstance;
  withoutDataTypes: (json: string) => string;
};

/*
 * functions.json checked offline. No package on the registry ships Microsoft's published schema
 * (https://developer.microsoft.com/json-schemas/office-js/custom-functions.schema.json): not
 * custom-functions-metadata, custom-functions-metadata-plugin, office-addin-manifest or the converter.
 * So the schema below is transcribed from Microsoft's metadata reference ("Manually create JSON metadata
 * for custom functions", learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json) and its
 * naming rules (custom-functions-naming), strict: no property the reference does not list.
 * Then functions.js is built as the add-in ships it and loaded the way the shared runtime loads it,
 * with a CustomFunctions global, to see every id registered to a working function.
 */

const ROOT = path.join(__dirname, "../..");
const TYPES = ["boolean", "number", "string", "any"];
const DIMENSIONALITY = ["scalar", "matrix"];

const SCHEMA = {
  type: "object",
  required: ["functions"],
  additionalProperties: false,
  properties: {
    $schema: { type: "string" },
    allowCustomDataForDataTypeAny: { type: "boolean" },
    allowErrorForDataTypeAny: { type: "boolean" },
    functions: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["id", "name", "parameters", "result"],
        additionalProperties: false,
        properties: {
          id: { type: "string", pattern: "^[A-Z][A-Z0-9._]{2,}$" },
          name: { type: "string", minLength: 3, maxLength: 128, pattern: "^[\\p{L}_.][\\p{L}\\p{N}_.]*$" },
          description: { type: "string" },
          helpUrl: { type: "string" },
          result: {
            type: "object",
            additionalProperties: false,
            properties: { type: { enum: TYPES }, dimensionality: { enum: DIMENSIONALITY } },
          },
          parameters: {
            type: "array",
            items: {
              type: "object",
              required: ["name"],
              additionalProperties: false,
              properties: {
                name: { type: "string", minLength: 1 },
                description: { type: "string" },
                type: { enum: TYPES },
                dimensionality: { enum: DIMENSIONALITY },
                optional: { type: "boolean" },
                repeating: { type: "boolean" },
                customEnumId: { type: "string" },
                cellValueType: { type: "string" },
              },
            },
          },
          options: {
            type: "object",
            additionalProperties: false,
            properties: Object.fromEntries(
              [
                "cancelable",
                "capturesCallingObject",
                "excludeFromAutoComplete",
                "linkedEntityLoadService",
                "requiresAddress",
                "requiresParameterAddresses",
                "requiresStreamAddress",
                "requiresStreamParameterAddresses",
                "stream",
                "volatile",
              ].map((k) => [k, { type: "boolean" }]),
            ),
          },
        },
      },
    },
    enums: { type: "array" },
  },
};

interface Fn {
  id: string;
  name: string;
  result: { type?: string; dimensionality?: string };
  parameters: { name: string; optional?: boolean; repeating?: boolean }[];
  options?: Record<string, boolean>;
}

/** The rules the reference states in words, which a schema cannot say. */
function referenceProblems(meta: { functions: Fn[] }): string[] {
  const out: string[] = [];
  const ids = meta.functions.map((f) => f.id.toUpperCase());
  ids.forEach((id, i) => ids.indexOf(id) !== i && out.push(`${id}: id used twice`));
  for (const f of meta.functions) {
    const o = f.options ?? {};
    if (o.stream && o.cancelable) out.push(`${f.id}: stream and cancelable`);
    if (o.stream && o.requiresAddress) out.push(`${f.id}: stream and requiresAddress`);
    if (o.requiresParameterAddresses && f.result.dimensionality !== "matrix")
      out.push(`${f.id}: requiresParameterAddresses needs a matrix result`);
    if (/^[A-Z]{1,3}\d+$/i.test(f.name) || /^R\d*C\d*$/i.test(f.name))
      out.push(`${f.id}: name looks like a cell reference`);
    const firstOptional = f.parameters.findIndex((p) => p.optional || p.repeating);
    if (firstOptional >= 0 && f.parameters.slice(firstOptional).some((p) => !p.optional && !p.repeating))
      out.push(`${f.id}: a required parameter after an optional one`);
  }
  return out;
}

let shipped: { functions: Fn[]; allowCustomDataForDataTypeAny?: boolean };
const validate = new Ajv({ allErrors: true, strict: true }).compile(SCHEMA);

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata([path.join(ROOT, "functions/functions.ts")], false);
  expect(result.errors).toEqual([]);
  shipped = JSON.parse(withoutDataTypes(result.metadataJson));
}, 30000);

describe("functions.json against Microsoft's metadata reference", () => {
  test("passes the schema transcribed from the reference, strictly", () => {
    expect(validate(shipped) ? [] : validate.errors).toEqual([]);
    expect(shipped.functions).toHaveLength(16);
  });

  test("passes the rules the reference states in words", () => {
    expect(referenceProblems(shipped)).toEqual([]);
  });

  test("has no data-type flag on", () => {
    expect(shipped.allowCustomDataForDataTypeAny).toBe(false);
  });

  test.each([
    [
      "an unknown property",
      (m: { functions: Fn[] }) => ((m.functions[0] as unknown as Record<string, unknown>).volatile = true),
      "must NOT have additional properties",
    ],
    [
      "a lower-case id with a dash",
      (m: { functions: Fn[] }) => (m.functions[0].id = "exec-rate"),
      "must match pattern",
    ],
    [
      "a parameter type Excel does not know",
      (m: { functions: Fn[] }) => ((m.functions[0].parameters[0] as unknown as Record<string, unknown>).type = "int"),
      "must be equal to one of the allowed values",
    ],
    [
      "a missing result",
      (m: { functions: Fn[] }) => delete (m.functions[0] as Partial<Fn>).result,
      "must have required property 'result'",
    ],
  ])("the schema refuses %s", (_, spoil, message) => {
    const copy = JSON.parse(JSON.stringify(shipped));
    spoil(copy);
    expect(validate(copy)).toBe(false);
    expect(JSON.stringify(validate.errors)).toContain(message);
  });

  test.each([
    ["a duplicate id", (m: { functions: Fn[] }) => (m.functions[1].id = m.functions[0].id), "id used twice"],
    [
      "parameter addresses without a matrix result",
      (m: { functions: Fn[] }) => (m.functions[0].options = { requiresParameterAddresses: true }),
      "needs a matrix result",
    ],
    ["a name like a cell", (m: { functions: Fn[] }) => (m.functions[0].name = "XFD12"), "looks like a cell reference"],
    [
      "a required parameter after an optional one",
      (m: { functions: Fn[] }) => m.functions[0].parameters.push({ name: "extra" }),
      "a required parameter after an optional one",
    ],
  ])("the word rules refuse %s", (_, spoil, message) => {
    const copy = JSON.parse(JSON.stringify(shipped));
    spoil(copy);
    expect(referenceProblems(copy).join("\n")).toContain(message);
  });
});

describe("functions.js loaded as the shared runtime loads it", () => {
  class CFError extends Error {
    constructor(
      public code: string,
      message?: string,
    ) {
      super(message);
    }
  }
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  let emitted: { functions: Fn[]; allowCustomDataForDataTypeAny?: boolean };

  beforeAll(async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-functions-"));
    try {
      const compiler = webpack({
        mode: "production",
        context: ROOT,
        entry: { functions: "./functions/functions.ts" },
        output: { path: out, filename: "[name].js" },
        resolve: { extensions: [".ts", ".js"] },
        module: {
          rules: [
            {
              test: /\.ts$/,
              exclude: /node_modules/,
              use: {
                loader: "ts-loader",
                options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler" } },
              },
            },
          ],
        },
        performance: { hints: false },
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
      emitted = JSON.parse(fs.readFileSync(path.join(out, "functions.json"), "utf8"));
      const CustomFunctions = {
        Error: CFError,
        ErrorCode: {
          invalidValue: "#VALUE!",
          notAvailable: "#N/A",
          divisionByZero: "#DIV/0!",
          invalidNumber: "#NUM!",
          nullReference: "#NULL!",
          invalidName: "#NAME?",
          invalidReference: "#REF!",
        },
        associate: (id: string | Record<string, (...a: unknown[]) => unknown>, fn?: (...a: unknown[]) => unknown) => {
          if (typeof id === "string" && fn) associated.set(id, fn);
          else if (typeof id === "object") for (const [k, f] of Object.entries(id)) associated.set(k, f);
        },
      };
      const sandbox = {
        CustomFunctions,
        console,
        self: {} as Record<string, unknown>,
        globalThis: {} as Record<string, unknown>,
      };
      sandbox.self = sandbox as unknown as Record<string, unknown>;
      sandbox.globalThis = sandbox as unknown as Record<string, unknown>;
      vm.runInNewContext(fs.readFileSync(path.join(out, "functions.js"), "utf8"), sandbox, {
        filename: "functions.js",
      });
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 120000);

  test("the emitted functions.json is the checked one", () => {
    expect(emitted).toEqual(shipped);
  });

  test("every id of functions.json is registered to a function, and nothing else", () => {
    expect([...associated.keys()].sort()).toEqual(shipped.functions.map((f) => f.id).sort());
  });

  test.each([
    ["EXECRATE", [987.91, 1000, null, null], 0.98791],
    ["GRADE", [91.3, null], "优"],
    ["CHECKWEIGHTS", [[[15, 25, 30, 30]], null], true],
  ])("the registered %s computes", (id, args, expected) => {
    expect(associated.get(id)?.(...args)).toEqual(expected);
  });

  test("a bad argument throws CustomFunctions.Error with #VALUE! and the Chinese message first", () => {
    let thrown: unknown;
    try {
      associated.get("EXECRATE")?.("abc", 1000, null, null);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(CFError);
    expect((thrown as CFError).code).toBe("#VALUE!");
    expect((thrown as CFError).message).toMatch(/^[\u4e00-\u9fff「]/);
  });
});
