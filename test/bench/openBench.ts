import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { layoutWorkbook } from "../../src/layout/workbook";
import { xlsxBytes } from "../../src/xlsx/writeWorkbook";
import { growthTree } from "./filesBench";
import { load, round, runProcess } from "./processes";

/** A LibreOffice profile that recalculates every formula of an .xlsx on loading, as opening a generated workbook does. */
function recalculatingProfile(): string {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "jx-lo-open-"));
  fs.mkdirSync(path.join(profile, "user"));
  fs.writeFileSync(
    path.join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return profile;
}

/** What another spreadsheet has to read besides the cells: validations, conditional formats, styles. */
async function weightOf(bytes: Uint8Array): Promise<Record<string, number>> {
  const zip = await JSZip.loadAsync(bytes);
  const sheet = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
  const styles = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
  const counted = (xml: string, tag: string) => Number(new RegExp(`<${tag} count="(\\d+)"`).exec(xml)?.[1] ?? 0);
  return {
    dataValidations: sheet.split("<dataValidation ").length - 1,
    conditionalFormats: sheet.split("<conditionalFormatting ").length - 1,
    cellXfs: counted(styles, "cellXfs"),
    dxfs: counted(styles, "dxfs"),
    stylesKb: round(styles.length / 1024),
    fileKb: round(bytes.length / 1024),
  };
}

/**
 * LibreOffice opening the generated scoring workbook (a whole process converting it to CSV, its profile warmed
 * once and recalculating on load), from 100 to `sizes` leaves. The goal: within 10 s at 20,000 leaves.
 */
export async function benchOpen(dir: string, sizes: readonly number[]): Promise<Record<string, unknown>[]> {
  const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
  if (!soffice) return [{ bench: "libreoffice-open", libreOffice: "not installed" }];
  const profile = recalculatingProfile();
  const open = (file: string): ReturnType<typeof runProcess> =>
    runProcess(soffice, [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      "csv",
      "--outdir",
      path.join(dir, "open-csv"),
      file,
    ]);
  const lines: Record<string, unknown>[] = [];
  try {
    for (const [i, leaves] of sizes.entries()) {
      const bytes = await xlsxBytes(layoutWorkbook(growthTree(leaves)));
      const file = path.join(dir, `open-${leaves}.xlsx`);
      fs.writeFileSync(file, bytes);
      if (i === 0) open(file); // the profile's first start, as a person's LibreOffice already has one
      const run = open(file);
      lines.push({
        bench: "libreoffice-open",
        leaves,
        wallMs: round(run.wallMs),
        cpuMs: round(run.cpuMs),
        peakKb: run.peakKb,
        status: run.status,
        goalMs: leaves === 20_000 ? 10_000 : undefined,
        ...(await weightOf(bytes)),
        ...load(),
      });
    }
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return lines;
}
