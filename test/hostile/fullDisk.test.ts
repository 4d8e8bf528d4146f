import * as fs from "fs";
import * as path from "path";
import { writeOut } from "../../src/cli/files";
import { Refusal } from "../../src/cli/io";
import { tempDir } from "./craft";

// A full disk, made by failing the write part-way (a real one was tried by hand on an 8 KiB tmpfs:
// exit 2, "磁盘已满", nothing left). fs passes through unless a fault is set.
const mockFault: { at: "write" | "rename" | null } = { at: null };
jest.mock("fs", () => {
  const actual = jest.requireActual<typeof import("fs")>("fs");
  const enospc = () => Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
  return {
    ...actual,
    writeFileSync: (
      file: fs.PathOrFileDescriptor,
      data: string | NodeJS.ArrayBufferView,
      options?: fs.WriteFileOptions,
    ) => {
      if (mockFault.at !== "write") return actual.writeFileSync(file, data, options);
      mockFault.at = null;
      actual.writeFileSync(file, "8 KiB written before the disk filled", options);
      throw enospc();
    },
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      if (mockFault.at !== "rename") return actual.renameSync(from, to);
      mockFault.at = null;
      throw enospc();
    },
  };
});

const t = tempDir("jx-hostile-full-");
afterAll(() => fs.rmSync(t.dir, { recursive: true, force: true }));

test.each(["write", "rename"] as const)(
  "the disk fills during %s: a message in both languages, no temporary file, no output",
  (at) => {
    mockFault.at = at;
    const out = path.join(t.dir, `full-${at}.xlsx`);
    expect(() => writeOut(out, "x".repeat(8192), false)).toThrow(Refusal);
    mockFault.at = at;
    expect(() => writeOut(out, "x", false)).toThrow(
      `无法写入 ${out}：磁盘已满，未写入任何内容。 Cannot write ${out}: the disk is full; nothing was written.`,
    );
    const mine = () => fs.readdirSync(t.dir).filter((f) => f.endsWith(".tmp") || f === `full-${at}.xlsx`);
    expect(mine()).toEqual([]);
    writeOut(out, "x", false);
    expect(mine()).toEqual([`full-${at}.xlsx`]);
  },
);
