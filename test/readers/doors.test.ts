import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { browserGateway } from "../../taskpane/gateway/browserGateway";
import { readActive } from "../../taskpane/common/readActive";
import { scoreWorkbook } from "../../src/readers/scoreWorkbook";
import { layoutWorkbook } from "../../src/layout/workbook";
import { xlsxBytes } from "../../src/xlsx/writeWorkbook";
import { handmadeXlsx, SEED_000_MERGED, SEED_002_BLANK_BELOW, SEED_003_SPLIT } from "../fixtures/handmade";
import { FILLED_FORM } from "../fixtures/forms";
import { GRADE_SCHEMES } from "../../src/grades";
import { jx } from "../cli/runJx";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/** A scored template written with the five-tier scheme: its settings must reach every door. */
async function fiveTier(): Promise<Uint8Array> {
  return xlsxBytes(
    layoutWorkbook({
      format: "jixiao-template",
      version: 1,
      title: "五档",
      grades: [...(GRADE_SCHEMES.find((g) => g.id === "five-tier")?.bands ?? [])],
      indicators: [
        { name: "决策", weight: 40, score: 30 },
        { name: "效益", weight: 60, score: 44 },
      ],
    }),
  );
}

const cases: [string, () => Promise<Uint8Array>][] = [
  ["seed 000 merged", () => handmadeXlsx(SEED_000_MERGED)],
  ["seed 002 blank below", () => handmadeXlsx(SEED_002_BLANK_BELOW)],
  ["seed 003 split over pages", () => handmadeXlsx(SEED_003_SPLIT)],
  ["a filled national form", () => handmadeXlsx(FILLED_FORM)],
  ["a five-tier workbook of ours", fiveTier],
];

describe("one workbook, the same figures through jx score and the browser page", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-doors-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each(cases)("%s", async (name, make) => {
    const bytes = await make();
    const file = path.join(dir, `${name}.xlsx`);
    fs.writeFileSync(file, bytes);
    const cli = JSON.parse((await jx("score", file, "--json")).out);

    const gateway = browserGateway({ download: () => undefined });
    await gateway.openFile(bytes, `${name}.xlsx`);
    const active = await readActive(gateway, "sheet");
    expect(active).not.toBeNull();
    const page = scoreWorkbook(active!.reading, active!.settings);

    expect([page.total?.toNumber() ?? null, page.grade]).toEqual([cli.total, cli.grade]);
    expect(page.levels.map((l) => [l.name, l.weight.toNumber(), l.score.toNumber()])).toEqual(
      cli.levels.map((l: { name: string; weight: number; score: number }) => [l.name, l.weight, l.score]),
    );
    expect(page.problems.map((p) => p.at)).toEqual(cli.problems.map((p: { cell: string }) => p.cell));
    expect(page.unread.map((u) => u.cell)).toEqual(cli.unread.map((u: { cell: string }) => u.cell));
    // The workbook's settings travel with the grid in both doors.
    expect(active!.settings).toEqual((await readWorkbook(bytes)).settings);
  });

  test("the five-tier workbook is 中等 through both doors", async () => {
    const file = path.join(dir, "five.xlsx");
    fs.writeFileSync(file, await fiveTier());
    expect(JSON.parse((await jx("score", file, "--json")).out).grade).toBe("中等");
  });
});
