import * as fs from "fs";
import * as path from "path";
import type { RawArg } from "../../src/rules/params";
import type { Formula } from "./formulas";

/*
 * The same formulas as spreadsheet formulas, for the peers the functions are measured against:
 * formulajs (Excel's functions in JavaScript, floats) and HyperFormula (a spreadsheet engine: parse, dependency
 * graph, evaluation). Each function of the mix is written once as Excel text (HyperFormula) and once as the
 * formulajs calls an engine built on formulajs would make, side by side, with the checks of `floatResult`.
 * Cells: A…E are the formula's arguments in order, F the formula.
 */

/** Where a peer library would be: the bench measures it only when it is installed (a dev dependency). */
export function installed(name: string): boolean {
  return fs.existsSync(path.join(__dirname, "..", "..", "node_modules", ...name.split("/"), "package.json"));
}

type FormulaJs = Record<string, (...args: unknown[]) => unknown>;
type Args = readonly RawArg[];

const rounded = (F: FormulaJs, x: unknown, d: RawArg): unknown => (F.ISBLANK(d) ? x : F.ROUND(x, d));

/** A function of the mix as Excel text (for row `r`) and as formulajs calls. */
interface PeerFormula {
  excel(r: number): string;
  formulajs(F: FormulaJs, a: Args): unknown;
}

const RATE: PeerFormula = {
  excel: (r) =>
    `=IF(OR(A${r}<0,B${r}<=0),NA(),IF(ISBLANK(D${r}),{V},ROUND({V},D${r})))`.replace(
      /\{V\}/g,
      `IF(C${r}=0,A${r}/B${r},IF(A${r}/B${r}>=1,C${r},C${r}*A${r}/B${r}))`,
    ),
  formulajs: (F, [x, y, w, d]) =>
    F.IF(
      F.OR((x as number) < 0, (y as number) <= 0),
      F.NA(),
      rounded(
        F,
        F.IF(
          !w,
          (x as number) / (y as number),
          F.IF((x as number) / (y as number) >= 1, w, ((w as number) * (x as number)) / (y as number)),
        ),
        d,
      ),
    ),
};

export const PEER_FORMULAS: Record<string, PeerFormula> = {
  EXECRATE: RATE,
  ARRIVALRATE: RATE,
  SCORERATE: {
    excel: (r) => `=IF(OR(A${r}<0,A${r}>B${r}),NA(),ROUND(A${r}/B${r},C${r}))`,
    formulajs: (F, [s, w, d]) =>
      F.IF(F.OR((s as number) < 0, (s as number) > (w as number)), F.NA(), F.ROUND((s as number) / (w as number), d)),
  },
  RATIOSCORE: {
    excel: (r) =>
      `=IF(AND(NOT(ISBLANK(D${r})),D${r}>B${r}),NA(),IF(ISBLANK(E${r}),{V},ROUND({V},E${r})))`.replace(
        /\{V\}/g,
        `IF(A${r}>=B${r},C${r},IF(AND(NOT(ISBLANK(D${r})),A${r}<D${r}),0,C${r}*A${r}/B${r}))`,
      ),
    formulajs: (F, [x, t, w, fl, d]) =>
      F.IF(
        F.AND(!F.ISBLANK(fl), (fl as number) > (t as number)),
        F.NA(),
        rounded(
          F,
          F.IF(
            (x as number) >= (t as number),
            w,
            F.IF(
              F.AND(!F.ISBLANK(fl), (x as number) < (fl as number)),
              0,
              ((w as number) * (x as number)) / (t as number),
            ),
          ),
          d,
        ),
      ),
  },
  GRADE: {
    excel: (r) => `=IF(OR(A${r}<0,A${r}>100),NA(),IF(A${r}>=90,4,IF(A${r}>=80,3,IF(A${r}>=60,2,1))))`,
    formulajs: (F, [s]) =>
      F.IF(
        F.OR((s as number) < 0, (s as number) > 100),
        F.NA(),
        F.IF((s as number) >= 90, 4, F.IF((s as number) >= 80, 3, F.IF((s as number) >= 60, 2, 1))),
      ),
  },
  DEDUCT: {
    excel: (r) => `=MAX(A${r}-B${r}*IF(ISBLANK(C${r}),1,C${r}),IF(ISBLANK(D${r}),0,D${r}))`,
    formulajs: (F, [w, n, per, fl]) =>
      F.MAX((w as number) - (n as number) * (F.IF(F.ISBLANK(per), 1, per) as number), F.IF(F.ISBLANK(fl), 0, fl)),
  },
  PASSLINE: {
    excel: (r) =>
      `=IF(ISBLANK(D${r}),{V},ROUND({V},D${r}))`
        .replace(/\{V\}/g, `IF(A${r}>=1,B${r},IF(A${r}<={L},0,(A${r}-{L})*B${r}/(1-{L})))`)
        .replace(/\{L\}/g, `IF(ISBLANK(C${r}),0.6,C${r})`),
    formulajs: (F, [rate, w, line, d]) => {
      const l = F.IF(F.ISBLANK(line), 0.6, line) as number;
      return rounded(
        F,
        F.IF(
          (rate as number) >= 1,
          w,
          F.IF((rate as number) <= l, 0, (((rate as number) - l) * (w as number)) / (1 - l)),
        ),
        d,
      );
    },
  },
  QUALSCORE: {
    excel: (r) => `=IF(OR(C${r}<0,C${r}>1),NA(),IF(ISBLANK(D${r}),B${r}*C${r},ROUND(B${r}*C${r},D${r})))`,
    formulajs: (F, [, w, fac, d]) =>
      F.IF(F.OR((fac as number) < 0, (fac as number) > 1), F.NA(), rounded(F, (w as number) * (fac as number), d)),
  },
  DEVIATIONSCORE: {
    excel: (r) => `=IF(ABS(A${r})<=C${r},B${r},MAX(B${r}-(ABS(A${r})-C${r})*D${r}/0.01,0))`,
    formulajs: (F, [dev, w, tol, per]) =>
      F.IF(
        (F.ABS(dev) as number) <= (tol as number),
        w,
        F.MAX((w as number) - (((F.ABS(dev) as number) - (tol as number)) * (per as number)) / 0.01, 0),
      ),
  },
  TARGETSCORE: {
    // A typed "72.3%" is the number 0.723 in a spreadsheet; the target "≥95.3%" is text, read with VALUE.
    excel: (r) =>
      `=ROUND(IF(VALUE(B${r})>={T},C${r},C${r}*VALUE(B${r})/{T}),D${r})`.replace(
        /\{T\}/g,
        `VALUE(SUBSTITUTE(A${r},"≥",""))`,
      ),
    formulajs: (F, [t, x, w, d]) => {
      const target = F.VALUE(F.SUBSTITUTE(t, "≥", "")) as number;
      const actual = F.VALUE(x) as number;
      return F.ROUND(F.IF(actual >= target, w, ((w as number) * actual) / target), d);
    },
  },
};

/** A peer's cell result as a number for the checksum: numbers as they are, anything else (errors) NaN. */
export function foldPeer(v: unknown): number {
  return typeof v === "number" && Number.isFinite(v) ? v : Number.NaN;
}

/** The mix as formulajs evaluates it: one call chain per formula, results into `out`. */
export function formulajsPass(F: FormulaJs, formulas: readonly Formula[], out: Float64Array): void {
  for (let i = 0; i < formulas.length; i++)
    out[i] = foldPeer(PEER_FORMULAS[formulas[i].name].formulajs(F, formulas[i].args));
}

/** The mix as a sheet for HyperFormula: each row the arguments in A…E and the formula in F. */
export function sheetOf(formulas: readonly Formula[]): (RawArg | string)[][] {
  return formulas.map((f, i) => {
    const row: (RawArg | string)[] = [null, null, null, null, null];
    f.args.forEach((a, j) => (row[j] = a));
    row[5] = PEER_FORMULAS[f.name].excel(i + 1);
    return row;
  });
}
