/* The Office boundary: cell values come in untyped (`any`), leave as numbers, text or CustomFunctions.Error. */
import { ruleNamed } from "../src/catalog";
import { formatMessage } from "../src/messages";
import type { ExcelErrorCode } from "../src/result";
import type { RawArg } from "../src/rules/params";

/** The runtime's error codes, looked up at call time (the CustomFunctions global exists only inside Excel). */
function codeOf(code: ExcelErrorCode): CustomFunctions.ErrorCode {
  const codes = CustomFunctions.ErrorCode;
  switch (code) {
    case "#VALUE!":
      return codes.invalidValue;
    case "#DIV/0!":
      return codes.divisionByZero;
    case "#NUM!":
      return codes.invalidNumber;
    case "#N/A":
      return codes.notAvailable;
  }
}

/**
 * Evaluates a rule from the core for a cell. A failure becomes the Excel error of its code; #VALUE!
 * and #N/A carry the Chinese message (Excel shows messages on these two only).
 */
export function evaluateForCell(name: string, args: unknown[], rangeAddress?: string): number | string | boolean {
  const rule = ruleNamed(name);
  if (!rule) throw new Error(`unknown rule ${name}`); // a programmer mistake: every adapter names a rule
  const result = rule.evaluateCell(args as RawArg[], { rangeAddress });
  if (result.ok) return result.value;
  const code = codeOf(result.code);
  const withMessage = result.code === "#VALUE!" || result.code === "#N/A";
  throw withMessage ? new CustomFunctions.Error(code, formatMessage(result, "zh")) : new CustomFunctions.Error(code);
}
