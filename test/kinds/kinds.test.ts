import * as fs from "fs";
import * as path from "path";
import { KINDS } from "../../src/kinds";
import { READERS } from "../../src/readers/readSheet";

/* One pattern per document kind (ARCHITECTURE.md): a folder with the same modules, declared and registered. */

const root = path.join(__dirname, "..", "..", "src", "kinds");
const folders = fs
  .readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const MODULES = ["index.ts", "model.ts", "layout.ts", "read.ts", "score.ts"];

describe("document kinds", () => {
  test("every folder under src/kinds is a registered kind, and every registered kind has its folder", () => {
    expect(KINDS.map((k) => k.id).sort()).toEqual(folders);
  });

  test.each(folders)("src/kinds/%s has model, presets, layout, read, score and index", (folder) => {
    const dir = path.join(root, folder);
    for (const m of MODULES)
      expect({ folder, module: m, exists: fs.existsSync(path.join(dir, m)) }).toEqual({
        folder,
        module: m,
        exists: true,
      });
    const presets = fs.existsSync(path.join(dir, "presets.ts")) || fs.existsSync(path.join(dir, "presets", "index.ts"));
    expect({ folder, presets }).toEqual({ folder, presets: true });
  });

  test("the one reader layer tries exactly the readers the kinds declare, each at its own place", () => {
    const declared = KINDS.flatMap((k) => k.readers);
    expect(new Set(READERS)).toEqual(new Set(declared));
    expect(READERS).toHaveLength(declared.length);
    const orders = READERS.map((r) => r.order);
    expect(new Set(orders).size).toBe(orders.length);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  test("forms are tried before tables (their headings look alike), funds sheets last", () => {
    expect(READERS.map((r) => r.kind)).toEqual(["form", "table", "funds"]);
  });

  test.each(KINDS.map((k) => [k.id, k] as const))("%s is named in Chinese and English", (_, k) => {
    expect(k.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(k.en).toMatch(/^[\x20-\x7e]+$/);
  });
});
