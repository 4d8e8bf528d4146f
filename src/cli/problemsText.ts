import type { Problem } from "../tree/checkTree";

/** A problem as a line: where, the Chinese, then the English. */
export function problemLine(p: Problem): string {
  return `    ${p.at}  ${p.message}（${p.en}）`;
}

/** A problem in `--json`: its cell (or JSON path) and message, as WORKBOOK.md shapes it. */
export function problemJson(p: Problem, key: "cell" | "path" = "cell"): Record<string, string> {
  return { [key]: p.at, message: p.message, en: p.en, kind: p.kind };
}
