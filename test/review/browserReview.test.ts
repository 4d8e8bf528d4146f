import { browserGateway } from "../../taskpane/gateway/browserGateway";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { handmadeXlsx, SEED_000_MERGED } from "../fixtures/handmade";
import { FILLED_FORM } from "../fixtures/forms";
import { jx } from "../cli/runJx";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

jest.setTimeout(60_000);

/** 汇总多个文件 on the browser page: the same review as jx review, files read one at a time, the workbook downloaded. */
test("the browser gateway reviews chosen files as jx review does and downloads the summary workbook", async () => {
  const downloads: { bytes: Uint8Array; name: string }[] = [];
  const gateway = browserGateway({
    download: (bytes, name) => void downloads.push({ bytes, name }),
    storage: { getItem: () => null, setItem: () => undefined },
  });
  const files: Record<string, Uint8Array> = {
    "seed000.xlsx": await handmadeXlsx(SEED_000_MERGED),
    "filled.xlsx": await handmadeXlsx(FILLED_FORM),
    "坏文件.xlsx": new TextEncoder().encode("no zip"),
  };
  const read: string[] = [];
  const progress: string[] = [];
  const summary = await gateway.reviewFiles(
    Object.entries(files).map(([name, bytes]) => ({ name, bytes: async () => (read.push(name), bytes) })),
    {},
    (done, total) => progress.push(`${done}/${total}`),
  );
  expect(read).toEqual(["filled.xlsx", "seed000.xlsx", "坏文件.xlsx"]);
  expect(progress).toEqual(["0/3", "1/3", "2/3", "3/3"]);
  expect(summary.projects.map((p) => [p.file, p.score?.toNumber(), p.grade])).toEqual([
    ["filled.xlsx", 90.78, "优"],
    ["seed000.xlsx", 93, "优"],
  ]);
  expect(summary.unreadable).toEqual([{ file: "坏文件.xlsx", error: expect.stringContaining("不是 .xlsx 文件") }]);
  expect(summary.grades.map((g) => [g.label, g.count, g.funds.toNumber()])).toEqual([
    ["优", 2, 1250],
    ["良", 0, 0],
    ["中", 0, 0],
    ["差", 0, 0],
  ]);

  // The same figures as the command line for the same files.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-review-page-"));
  try {
    for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), bytes);
    const cli = JSON.parse((await jx("review", dir, "--json")).out) as {
      projects: { score: number | null; grade: string | null }[];
    };
    expect(cli.projects.map((p) => [p.score, p.grade])).toEqual(
      summary.projects.map((p) => [p.score?.toNumber() ?? null, p.grade]),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  expect(await gateway.saveReview(summary)).toEqual({ status: "downloaded", fileName: "汇总.xlsx" });
  expect(downloads.map((d) => d.name)).toEqual(["汇总.xlsx"]);
  const wb = await readWorkbook(downloads[0].bytes);
  expect(wb.sheets.map((s) => s.name)).toEqual(["项目汇总", "等级分布", "问题清单", "无法读取"]);
});
