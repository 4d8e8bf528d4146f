import { execFile } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { promisify } from "util";

/** ../shared/tools/recalc-xlsx: LibreOffice opens the file, recalculates every formula and saves it. */
export const RECALC = path.resolve(__dirname, "../../../shared/tools/recalc-xlsx");

export async function recalc(input: string): Promise<string> {
  const output = input.replace(/\.xlsx$/, ".recalc.xlsx");
  await promisify(execFile)(RECALC, [input, output], { timeout: 150_000 });
  if (!fs.existsSync(output)) throw new Error(`LibreOffice wrote nothing for ${input}`);
  return output;
}
