import { fail, type Failure } from "../result";
import type { Param, RawArg } from "../rules/params";

const isCell = (v: unknown): boolean =>
  v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean";

/** Shortened JSON of what does not belong in a range. */
function sample(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/**
 * What `jx fn` cannot hand to a function as it was typed: a range argument that is not valid JSON, or a range
 * holding an object or a list nested deeper than rows of cells. #VALUE! with a message, as Excel would show.
 */
export function fnArgFailure(
  params: readonly Param[],
  typed: readonly string[],
  parsed: readonly RawArg[],
): Failure | null {
  for (let i = 0; i < parsed.length; i++) {
    const arg: unknown = parsed[i];
    const index = String(i + 1);
    if (params[i]?.kind === "range" && typeof arg === "string" && /^\s*[[{]/.test(typed[i])) {
      let json: unknown;
      try {
        json = JSON.parse(typed[i]);
      } catch {
        return fail("#VALUE!", "notJsonRange", {
          index,
          got: typed[i].length > 40 ? `${typed[i].slice(0, 40)}…` : typed[i],
        });
      }
      return fail("#VALUE!", "notCellValue", { index, got: sample(json) });
    }
    if (isCell(arg)) continue;
    if (!Array.isArray(arg)) return fail("#VALUE!", "notCellValue", { index, got: sample(arg) });
    for (const item of arg as unknown[]) {
      if (isCell(item)) continue;
      if (!Array.isArray(item)) return fail("#VALUE!", "notCellValue", { index, got: sample(item) });
      const bad = (item as unknown[]).find((v) => !isCell(v));
      if (bad !== undefined) return fail("#VALUE!", "notCellValue", { index, got: sample(bad) });
    }
  }
  return null;
}
