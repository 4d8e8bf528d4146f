import { Dec, roundHalfUp } from "../decimal";
import { fail, ok, type Result } from "../result";
import { readArgs, type Param, type RawArg, type Values } from "./params";

/** What a rule returns to a cell. */
export type Output = Dec | string | boolean;

/** An example that the tests run and the task pane writes into a cell. `result` is `jx fn`'s output. */
export interface RuleExample {
  readonly args: readonly RawArg[];
  readonly result: string;
}

/** What the calling cell tells a rule beyond its arguments: where its first range argument stands. */
export interface CallContext {
  readonly rangeAddress?: string;
}

export interface Rule {
  readonly name: string;
  readonly params: readonly Param[];
  readonly examples: readonly RuleExample[];
  /** Reads the arguments, computes, and rounds when a `digits` argument is given. */
  evaluate(raw: readonly (RawArg | undefined)[], context?: CallContext): Result<Output>;
}

/**
 * Declares a rule: its arguments with their limits, and a pure computation over the values read.
 * Rounding happens here, once, and only when the person asks for it with `[digits]`.
 */
export function defineRule<const Ps extends readonly Param[]>(def: {
  name: string;
  params: Ps;
  examples: readonly RuleExample[];
  compute(values: Values<Ps>, context: CallContext): Result<Output>;
}): Rule {
  const digitsAt = def.params.findIndex((p) => p.kind === "digits");
  return {
    name: def.name,
    params: def.params,
    examples: def.examples,
    evaluate(raw, context = {}) {
      const args = readArgs(def.params, raw);
      if (!args.ok) return args;
      const result = def.compute(args.value, context);
      if (!result.ok || !(result.value instanceof Dec)) return result;
      const digits = digitsAt >= 0 ? (args.value[digitsAt] as number | null) : null;
      const value = digits === null ? result.value : roundHalfUp(result.value, digits);
      // Below 10^308 a decimal is a finite double for sure; only near the top is it converted to tell.
      if (!(value.e < 308) && !Number.isFinite(value.toNumber())) return fail("#NUM!", "tooLarge");
      return ok(value);
    },
  };
}

/** A rule's output as a cell takes it: decimals become numbers (the shortest double for that decimal). */
export function toCellValue(output: Output): number | string | boolean {
  return output instanceof Dec ? output.toNumber() : output;
}

/** A rule's output as `jx fn` prints it: what the cell would show at full precision. */
export function formatOutput(output: Output): string {
  if (typeof output === "boolean") return output ? "TRUE" : "FALSE";
  if (output instanceof Dec) return String(output.toNumber());
  return output;
}
