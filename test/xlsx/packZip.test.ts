import { packZip, unpackZip, type ZipPart } from "../../src/xlsx/zip";

const enc = new TextEncoder();
const part = (name: string, text: string): ZipPart => ({
  rawName: enc.encode(name),
  name,
  flags: 0,
  content: enc.encode(text),
});

describe("packZip: the zip we hand back after adding parts (charts) is deflated, and unpacks to the same parts", () => {
  test("XML parts are deflated; a tiny part is stored; every part unpacks byte for byte", async () => {
    const parts = [
      part(
        "xl/worksheets/sheet1.xml",
        `<sheetData>${'<row r="1"><c r="A1" t="s"><v>0</v></c></row>'.repeat(2000)}</sheetData>`,
      ),
      part("mimetype", "x"),
    ];
    const bytes = await packZip(parts);
    const raw = parts.reduce((s, p) => s + p.content.length, 0);
    expect(bytes.length).toBeLessThan(raw / 10);
    const back = await unpackZip(bytes);
    expect(back.map((p) => [p.name, new TextDecoder().decode(p.content)])).toEqual(
      parts.map((p) => [p.name, new TextDecoder().decode(p.content)]),
    );
  });
});
