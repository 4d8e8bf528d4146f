import { Dec, roundHalfUp } from "../decimal";
import { fail, ok, type Result } from "../result";
import { fastArgsReader, readArgs, type FastValues, type Param, type RawArg, type Values } from "./params";

/** What a rule returns to a cell. */
export type Output = Dec | string | boolean;

/** What a cell gets: decimals become numbers. */
export type CellOutput = number | string | boolean;

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
  /** Reads the arguments, computes, and rounds when a `digits` argument is given: the decimal path, the reference. */
  evaluate(raw: readonly (RawArg | undefined)[], context?: CallContext): Result<Output>;
  /**
   * What the cell gets: the fast path's value where it can prove it is the decimal path's, otherwise
   * `evaluate`'s result as the cell takes it. The same value, code and message either way.
   */
  evaluateCell(raw: readonly (RawArg | undefined)[], context?: CallContext): Result<CellOutput>;
  /** The fast path alone: the cell's value, or undefined where it leaves the call to the decimal path. */
  fastCell(raw: readonly (RawArg | undefined)[]): CellOutput | undefined;
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
  /**
   * The same computation on exact scaled decimals (src/scaled.ts) for the arguments it can prove, the
   * `[digits]` rounding included: the cell's value, or undefined to leave the call to `compute`. Only
   * successes: every failure, with its message, comes from `compute`.
   */
  fast?(values: FastValues<Ps>): CellOutput | undefined;
}): Rule {
  const digitsAt = def.params.findIndex((p) => p.kind === "digits");
  const fast = def.fast;
  const readFast = fast && fastArgsReader(def.params);
  const fastCell = (raw: readonly (RawArg | undefined)[]): CellOutput | undefined => {
    if (fast === undefined || readFast === undefined) return undefined;
    const values = readFast(raw);
    return values === undefined ? undefined : fast(values);
  };
  const evaluate = (raw: readonly (RawArg | undefined)[], context: CallContext = {}): Result<Output> => {
    const args = readArgs(def.params, raw);
    if (!args.ok) return args;
    const result = def.compute(args.value, context);
    if (!result.ok || !(result.value instanceof Dec)) return result;
    const digits = digitsAt >= 0 ? (args.value[digitsAt] as number | null) : null;
    const value = digits === null ? result.value : roundHalfUp(result.value, digits);
    // Below 10^308 a decimal is a finite double for sure; only near the top is it converted to tell.
    if (!(value.e < 308) && !Number.isFinite(value.toNumber())) return fail("#NUM!", "tooLarge");
    return ok(value);
  };
  return {
    name: def.name,
    params: def.params,
    examples: def.examples,
    evaluate,
    fastCell,
    evaluateCell(raw, context) {
      const quick = fastCell(raw);
      if (quick !== undefined) return ok(quick);
      const result = evaluate(raw, context);
      return result.ok ? ok(toCellValue(result.value)) : result;
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
