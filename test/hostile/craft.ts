import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { layoutWorkbook } from "../../src/layout/workbook";
import type { Template } from "../../src/kinds/table/model";
import { xlsxBytes } from "../../src/xlsx/writeWorkbook";

/** A three-leaf template: the smallest table jx reads, with scores. */
export const TINY: Template = {
  format: "jixiao-template",
  version: 1,
  title: "小表",
  indicators: [
    { name: "决策", weight: 40, children: [{ name: "立项", weight: 40, score: 30 }] },
    {
      name: "产出",
      weight: 60,
      children: [
        { name: "数量", weight: 30, score: 30 },
        { name: "质量", weight: 30, score: 20 },
      ],
    },
  ],
};

/** The workbook jx writes for a template. */
export async function workbookOf(t: Template = TINY): Promise<Uint8Array> {
  return xlsxBytes(layoutWorkbook(t));
}

/** The same .xlsx with some parts rewritten (a function of the old text) or added (a string). */
export async function edited(
  bytes: Uint8Array,
  edits: Record<string, string | ((xml: string) => string)>,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, edit] of Object.entries(edits)) {
    const old = (await zip.file(name)?.async("string")) ?? "";
    zip.file(name, typeof edit === "string" ? edit : edit(old));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The worksheet part of the scoring sheet (the first sheet jx writes). */
export const SCORING = "xl/worksheets/sheet1.xml";

/** Inserts XML right after </sheetData>, where mergeCells and dataValidations go. */
export const afterSheetData = (extra: string) => (xml: string) => xml.replace("</sheetData>", `</sheetData>${extra}`);

/** Replaces the sheet's merges with these refs. */
export const withMerges =
  (...refs: string[]) =>
  (xml: string) =>
    xml
      .replace(/<mergeCells[\s\S]*?<\/mergeCells>/, "")
      .replace(
        "</sheetData>",
        `</sheetData><mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join("")}</mergeCells>`,
      );

/** Adds one cell with a value at an address (in its own row at the end of sheetData). */
export const withCellAt =
  (ref: string, row: number, value = "1") =>
  (xml: string) =>
    xml.replace("</sheetData>", `<row r="${row}"><c r="${ref}"><v>${value}</v></c></row></sheetData>`);

/** A temporary folder for a test file, removed by the caller's afterAll. */
export function tempDir(prefix: string): {
  dir: string;
  at: (name: string) => string;
  write: (name: string, data: Uint8Array | string) => string;
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const at = (name: string) => path.join(dir, name);
  return { dir, at, write: (name, data) => (fs.writeFileSync(at(name), data), at(name)) };
}

/** The same zip with the central directory declaring another unpacked size for one part (a lying bomb). */
export function withDeclaredSize(zip: Uint8Array, part: string, size: number): Buffer {
  const b = Buffer.from(zip);
  let end = b.length - 22;
  while (end > 0 && b.readUInt32LE(end) !== 0x06054b50) end--;
  let at = b.readUInt32LE(end + 16);
  for (let i = 0; i < b.readUInt16LE(end + 10); i++) {
    const nameLength = b.readUInt16LE(at + 28);
    if (b.toString("utf8", at + 46, at + 46 + nameLength) === part) b.writeUInt32LE(size, at + 24);
    at += 46 + nameLength + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  return b;
}

/** A zip of these parts (no workbook in it unless given). */
export async function zipOf(parts: Record<string, string | Uint8Array>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
