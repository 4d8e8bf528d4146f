import type { GradeBand } from "../grades";
import { readingsOf } from "../readers/readingsOf";
import { readFundsDetail } from "../kinds/form/fundsDetail";
import { readWorkbook, UnreadableWorkbook, type ReadWorkbook } from "../xlsx/readWorkbook";
import { projectRows, type ProjectRow, type Unreadable } from "./projects";
import { inBoth, refusalWords } from "../messages";

/** The projects of one workbook already read; the reason, when it holds none, instead of stopping the review. */
export function collectWorkbook(
  name: string,
  wb: ReadWorkbook,
  bands?: readonly GradeBand[],
): { rows: ProjectRow[]; unreadable: Unreadable[] } {
  try {
    const readings = readingsOf(wb);
    const fundsDetail = wb.sheets.map(readFundsDetail).find((x) => x !== null)?.detail ?? null;
    return projectRows({ file: name, readings, settings: wb.settings, fundsDetail }, bands);
  } catch (e) {
    return { rows: [], unreadable: [{ file: name, error: reasonOf(e) }] };
  }
}

/** Why a file cannot be read, Chinese then English. */
export function reasonOf(e: unknown): string {
  return e instanceof UnreadableWorkbook
    ? e.message
    : inBoth(refusalWords("cannotRead", { why: e instanceof Error ? e.message : String(e) }));
}

/** The projects of an .xlsx file's bytes (the browser page's upload, or a file the command line read). */
export async function collectBytes(
  name: string,
  bytes: Uint8Array,
  bands?: readonly GradeBand[],
): Promise<{ rows: ProjectRow[]; unreadable: Unreadable[] }> {
  let wb: ReadWorkbook;
  try {
    wb = await readWorkbook(bytes);
  } catch (e) {
    return { rows: [], unreadable: [{ file: name, error: reasonOf(e) }] };
  }
  return collectWorkbook(name, wb, bands);
}
