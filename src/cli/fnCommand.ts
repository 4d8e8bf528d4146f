import { RULES, ruleNamed } from "../catalog";
import { bilingual } from "../messages";
import { formatOutput } from "../rules/defineRule";
import type { RawArg } from "../rules/params";
import { fnArgFailure } from "./fnArgs";
import { EXIT, UsageError, type Io } from "./io";

/** An argument as typed: `''` is a left-out optional one, `[…]` a range as JSON, anything else a cell's text. */
export function parseFnArg(text: string): RawArg {
  if (text === "") return null;
  if (/^\s*\[/.test(text)) {
    try {
      return JSON.parse(text) as RawArg;
    } catch {
      return text;
    }
  }
  return text;
}

/** `jx fn NAME ARG...`: evaluates one custom function, printing the result (exit 0) or the Excel error (exit 1). */
export function fnCommand(args: readonly string[], io: Io): number {
  const [name, ...rest] = args;
  if (!name) throw UsageError.because("fnNeedsName");
  const rule = ruleNamed(name);
  if (!rule) {
    throw UsageError.because("fnUnknown", { name, names: RULES.map((r) => r.name).join(", ") });
  }
  if (rest.length > rule.params.length) {
    const sig = rule.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
    throw UsageError.because("fnTooMany", {
      name: rule.name,
      count: rule.params.length,
      signature: `${rule.name}(${sig})`,
    });
  }
  const parsed = rest.map(parseFnArg);
  const result = fnArgFailure(rule.params, rest, parsed) ?? rule.evaluate(parsed);
  if (result.ok) {
    io.out(formatOutput(result.value));
    return EXIT.ok;
  }
  io.err(`${result.code} ${bilingual(result)}`);
  return EXIT.problems;
}
