import { Dec, decimalOf } from "../decimal";
import { cmp, scaledOf, type Scaled } from "../scaled";
import { readCell, shown, type CellValue, type ReadCell } from "../cells/readCell";
import { fail, ok, type Failure, type ReasonKey, type Result } from "../result";

/** What arrives for one argument: a cell value, or a range as rows (a 1-D list counts as one row). */
export type RawArg = CellValue | readonly CellValue[] | readonly (readonly CellValue[])[];

interface ParamBase {
  /** ASCII name, identical to the JSDoc parameter of the custom function. */
  readonly name: string;
  /** Chinese label used in messages. */
  readonly zh: string;
  readonly optional?: boolean;
}

/**
 * A number, with its limits declared once (HyperFormula style) and enforced by `readArgs`.
 * Outside its limits an argument is #VALUE! with a message saying the range (Excel shows no message
 * on #NUM!), except where FUNCTIONS.md names #NUM! (`numError`: negative money, a score outside its scale).
 */
export interface NumberParam extends ParamBase {
  readonly kind: "number";
  readonly min?: number;
  /** Exclusive lower bound. */
  readonly above?: number;
  readonly max?: number;
  /** Exclusive upper bound. */
  readonly below?: number;
  /**
   * A parameter that must be above 0 where a 0 is taken as blank (Excel desktop hands an empty cell
   * over as 0): weights, points, totals, `max`. Never for a parameter where 0 means something.
   */
  readonly zeroIsBlank?: boolean;
  /** A denominator: a 0 is #DIV/0!. */
  readonly divisor?: boolean;
  /** Out of its limits is #NUM!, as FUNCTIONS.md names it for this argument; otherwise #VALUE!. */
  readonly numError?: boolean;
}
/** `[digits]`: a whole number 0–10 of decimals to round half-up to. */
export interface DigitsParam extends ParamBase {
  readonly kind: "digits";
}
/** A single cell of any kind (text targets, levels): the rule reads it. */
export interface CellParam extends ParamBase {
  readonly kind: "cell";
}
/** A range. */
export interface RangeParam extends ParamBase {
  readonly kind: "range";
}
export type Param = NumberParam | DigitsParam | CellParam | RangeParam;

/** A range read once: its shape and its cells. */
export interface Grid {
  readonly rows: number;
  readonly cols: number;
  readonly raw: readonly (readonly CellValue[])[];
  readonly cells: readonly (readonly ReadCell[])[];
}

type Required<P, T> = P extends { readonly optional: true } ? T | null : T;
export type ValueOf<P extends Param> = P extends NumberParam
  ? Required<P, Dec>
  : P extends DigitsParam
    ? number | null
    : P extends CellParam
      ? Required<P, ReadCell>
      : Grid;
export type Values<Ps extends readonly Param[]> = {
  -readonly [K in keyof Ps]: Ps[K] extends Param ? ValueOf<Ps[K]> : never;
};

/** An argument as the fast path reads it: numbers as exact scaled decimals, cells and ranges as handed over. */
export type FastValueOf<P extends Param> = P extends NumberParam
  ? Required<P, Scaled>
  : P extends DigitsParam
    ? number | null
    : P extends CellParam
      ? CellValue
      : RawArg | undefined;
export type FastValues<Ps extends readonly Param[]> = {
  -readonly [K in keyof Ps]: Ps[K] extends Param ? FastValueOf<Ps[K]> : never;
};

const MAX_DIGITS = 10;

export function names(p: Param): Record<string, string> {
  return { arg: p.zh, argEn: p.name };
}

/** Any argument as rows of cell values. */
export function toRows(raw: RawArg): readonly (readonly CellValue[])[] {
  if (!Array.isArray(raw)) return [[raw as CellValue]];
  if (raw.length === 0) return [[]];
  if (raw.every((row) => Array.isArray(row))) return raw as readonly (readonly CellValue[])[];
  return [raw as readonly CellValue[]];
}

function scalarOf(p: Param, raw: RawArg): Result<CellValue> {
  if (!Array.isArray(raw)) return ok(raw as CellValue);
  const rows = toRows(raw);
  if (rows.length === 1 && rows[0].length === 1) return ok(rows[0][0]);
  return fail("#VALUE!", "notNumber", { ...names(p), got: `${rows.length}×${rows[0]?.length ?? 0} 区域` });
}

/** A number parameter's limits as decimals, made once per parameter rather than at every call. */
interface Limits {
  readonly min?: Dec;
  readonly above?: Dec;
  readonly max?: Dec;
  readonly below?: Dec;
}
const LIMITS = new WeakMap<NumberParam, Limits>();
const limitOf = (x: number | undefined): Dec | undefined => (x === undefined ? undefined : new Dec(x));

function limitsOf(p: NumberParam): Limits {
  let limits = LIMITS.get(p);
  if (!limits) {
    limits = { min: limitOf(p.min), above: limitOf(p.above), max: limitOf(p.max), below: limitOf(p.below) };
    LIMITS.set(p, limits);
  }
  return limits;
}

function readNumberParam(p: NumberParam, raw: CellValue): Result<Dec | null> {
  // A finite number is read as readCell reads it, without the cell's record around it.
  const cell: ReadCell =
    typeof raw === "number" && Number.isFinite(raw)
      ? { kind: "number", value: decimalOf(raw), percent: false }
      : readCell(raw);
  if (cell.kind === "number" && p.zeroIsBlank && cell.value.isZero()) {
    return p.optional ? ok(null) : fail("#VALUE!", "zeroAsBlank", names(p));
  }
  if (cell.kind === "blank") return p.optional ? ok(null) : fail("#VALUE!", "empty", names(p));
  if (cell.kind !== "number") {
    const reason = typeof raw === "number" ? "notFinite" : "notNumber";
    return fail(reason === "notFinite" ? "#NUM!" : "#VALUE!", reason, { ...names(p), got: shown(raw) });
  }
  // Compared with limits made once; the message's text of the value is made only when there is a message.
  const v = cell.value;
  const limits = limitsOf(p);
  const code = p.numError ? "#NUM!" : "#VALUE!";
  if (limits.min !== undefined && v.lt(limits.min)) {
    return fail(code, p.min === 0 ? "negative" : "belowMin", { ...names(p), got: v.toFixed(), min: String(p.min) });
  }
  if (limits.above !== undefined && v.lte(limits.above)) {
    if (p.divisor && v.isZero()) return fail("#DIV/0!", "divZero", names(p));
    return fail(code, p.numError && v.isNeg() ? "negative" : "notAbove", {
      ...names(p),
      got: v.toFixed(),
      min: String(p.above),
    });
  }
  if (limits.max !== undefined && v.gt(limits.max))
    return fail(code, "aboveMax", { ...names(p), got: v.toFixed(), max: String(p.max) });
  if (limits.below !== undefined && v.gte(limits.below))
    return fail(code, "notBelow", { ...names(p), got: v.toFixed(), max: String(p.below) });
  return ok(v);
}

function readDigits(p: DigitsParam, raw: CellValue): Result<number | null> {
  // A whole number 0–10 as a cell hands it over is itself (−0 read as 0), without a decimal made and read back.
  if (typeof raw === "number" && Number.isInteger(raw) && raw >= 0 && raw <= MAX_DIGITS) return ok(raw + 0);
  const cell = readCell(raw);
  if (cell.kind === "blank") return ok(null);
  if (cell.kind !== "number") return fail("#VALUE!", "notNumber", { ...names(p), got: shown(raw) });
  if (!cell.value.isInteger() || cell.value.isNeg() || cell.value.gt(MAX_DIGITS)) {
    return fail("#VALUE!", "digitsRange", { ...names(p), got: cell.value.toFixed(), max: String(MAX_DIGITS) });
  }
  return ok(cell.value.toNumber());
}

export function readGrid(raw: RawArg): Grid {
  const rows = toRows(raw);
  return {
    rows: rows.length,
    cols: rows.reduce((m, r) => Math.max(m, r.length), 0),
    raw: rows,
    cells: rows.map((r) => r.map(readCell)),
  };
}

function readOne(p: Param, raw: RawArg | undefined): Result<unknown> {
  if (raw === undefined)
    return p.optional ? ok(p.kind === "range" ? readGrid([[]]) : null) : fail("#VALUE!", "missing", names(p));
  if (p.kind === "range") return ok(readGrid(raw));
  const scalar = scalarOf(p, raw);
  if (!scalar.ok) return scalar;
  switch (p.kind) {
    case "number":
      return readNumberParam(p, scalar.value);
    case "digits":
      return readDigits(p, scalar.value);
    case "cell": {
      const cell = readCell(scalar.value);
      if (cell.kind === "blank") return p.optional ? ok(null) : fail("#VALUE!", "empty", names(p));
      return ok(cell);
    }
  }
}

/** Reads every argument through its declared limits; the first failure wins, as in Excel. */
export function readArgs<const Ps extends readonly Param[]>(
  params: Ps,
  raw: readonly (RawArg | undefined)[],
): Result<Values<Ps>> {
  const values: unknown[] = [];
  for (let i = 0; i < params.length; i++) {
    const read = readOne(params[i], raw[i]);
    if (!read.ok) return read;
    values.push(read.value);
  }
  return ok(values as Values<Ps>);
}

/** A number parameter's limits as scaled decimals. */
interface FastLimits {
  readonly min?: Scaled;
  readonly above?: Scaled;
  readonly max?: Scaled;
  readonly below?: Scaled;
}
function fastLimitOf(x: number | undefined): Scaled | undefined {
  if (x === undefined) return undefined;
  const limit = scaledOf(x);
  if (limit === undefined) throw new Error(`a limit of ${x} has more than 10 decimals`); // a programmer mistake in a rule
  return limit;
}

/** Whether v lies within the limits for certain (cmp's undefined fails every test: the decimal path decides). */
function surelyWithin(limits: FastLimits, v: Scaled): boolean {
  if (limits.min !== undefined && !((cmp(v, limits.min) ?? -1) >= 0)) return false;
  if (limits.above !== undefined && !((cmp(v, limits.above) ?? -1) > 0)) return false;
  if (limits.max !== undefined && !((cmp(v, limits.max) ?? 1) <= 0)) return false;
  if (limits.below !== undefined && !((cmp(v, limits.below) ?? 1) < 0)) return false;
  return true;
}

/**
 * Reads the arguments as the fast path takes them (limits made once, here), or gives undefined when any of
 * them needs the decimal path: a number parameter must be a finite number `scaledOf` reads, within its
 * limits (a 0 where 0 is blank, and a blank, only where the parameter is optional); `[digits]` a whole number
 * 0–10 or blank; cells and ranges are passed as they came (the rule's fast path reads them or declines).
 * Every argument taken here is one `readArgs` accepts with the same value; every other goes to `readArgs`,
 * which makes the message.
 */
export function fastArgsReader<const Ps extends readonly Param[]>(
  params: Ps,
): (raw: readonly (RawArg | undefined)[]) => FastValues<Ps> | undefined {
  const limits = params.map((p) =>
    p.kind === "number"
      ? { min: fastLimitOf(p.min), above: fastLimitOf(p.above), max: fastLimitOf(p.max), below: fastLimitOf(p.below) }
      : {},
  );
  return (raw) => {
    const values: unknown[] = [];
    for (let i = 0; i < params.length; i++) {
      const p = params[i];
      const r = raw[i];
      if (p.kind === "number") {
        if (r === null || r === undefined) {
          if (!p.optional) return undefined;
          values.push(null);
          continue;
        }
        if (typeof r !== "number") return undefined;
        const v = scaledOf(r);
        if (v === undefined) return undefined;
        if (v.m === 0 && p.zeroIsBlank) {
          if (!p.optional) return undefined;
          values.push(null);
          continue;
        }
        if (!surelyWithin(limits[i], v)) return undefined;
        values.push(v);
      } else if (p.kind === "digits") {
        if (r === null || r === undefined) {
          if (!p.optional) return undefined;
          values.push(null);
        } else if (typeof r === "number" && Number.isInteger(r) && r >= 0 && r <= MAX_DIGITS) values.push(r + 0);
        else return undefined;
      } else values.push(r);
    }
    return values as FastValues<Ps>;
  };
}

/** A range's rows and columns. */
export type Shape = Pick<Grid, "rows" | "cols">;

/**
 * A range argument as the fast path takes it: its shape and its cells in reading order, when every row has
 * the same length and every cell is a number or blank (null); undefined otherwise (the decimal path reads it).
 */
export function plainRange(raw: RawArg | undefined): { shape: Shape; cells: readonly (number | null)[] } | undefined {
  if (raw === undefined) return undefined;
  const rows = toRows(raw);
  const cols = rows[0].length;
  const cells: (number | null)[] = [];
  for (const row of rows) {
    if (row.length !== cols) return undefined;
    for (const c of row) {
      if (c === null || c === undefined) cells.push(null);
      else if (typeof c === "number") cells.push(c);
      else return undefined;
    }
  }
  return { shape: { rows: rows.length, cols }, cells };
}

/** Fails unless two ranges have the same shape. */
export function sameShape(a: Shape, pa: Param, b: Shape, pb: Param): Failure | null {
  if (a.rows === b.rows && a.cols === b.cols) return null;
  // A row and a column of the same length pair by position without doubt (jx fn's '[…]' is a row).
  const isVector = (g: Shape): boolean => g.rows === 1 || g.cols === 1;
  if (isVector(a) && isVector(b) && a.rows * a.cols === b.rows * b.cols) return null;
  return fail("#VALUE!", "shapeMismatch", {
    ...names(pa),
    rows: String(a.rows),
    cols: String(a.cols),
    other: pb.zh,
    otherEn: pb.name,
    otherRows: String(b.rows),
    otherCols: String(b.cols),
  });
}

/** The cells of a range in reading order (row by row). */
export function flatCells(g: Grid): { cell: ReadCell; raw: CellValue }[] {
  const out: { cell: ReadCell; raw: CellValue }[] = [];
  g.cells.forEach((row, r) => row.forEach((cell, c) => out.push({ cell, raw: g.raw[r][c] })));
  return out;
}

/**
 * A number from a range cell (blank → null), refusing text and, unless allowed, negatives (#VALUE!,
 * with `negativeReason` for a message of the rule's own); `maxOne` refuses a rate above 1 (#NUM!).
 */
export function rangeNumber(
  p: Param,
  cell: ReadCell,
  raw: CellValue,
  index: number,
  opts: { allowNegative?: boolean; maxOne?: boolean; negativeReason?: ReasonKey } = {},
): Result<Dec | null> {
  if (cell.kind === "blank") return ok(null);
  if (cell.kind !== "number")
    return fail("#VALUE!", "rangeCell", { ...names(p), index: String(index), got: shown(raw) });
  if (!opts.allowNegative && cell.value.isNeg()) {
    return fail("#VALUE!", opts.negativeReason ?? "rangeNegative", {
      ...names(p),
      index: String(index),
      got: cell.value.toFixed(),
    });
  }
  if (opts.maxOne && cell.value.gt(1)) {
    return fail("#NUM!", "rangeAboveOne", { ...names(p), index: String(index), got: cell.value.toFixed() });
  }
  return ok(cell.value);
}
