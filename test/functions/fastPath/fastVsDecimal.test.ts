import * as fs from "fs";
import fc from "fast-check";
import { RULES, ruleNamed } from "../../../src/catalog";
import { Dec, compareAtNine, decimalOf, roundHalfUp } from "../../../src/decimal";
import { toCellValue, type CellOutput, type Rule } from "../../../src/rules/defineRule";
import type { CellValue } from "../../../src/cells/readCell";
import type { RawArg } from "../../../src/rules/params";
import type { Result } from "../../../src/result";
import { cellOf, cmpAtNine, quotientCell, reachesOne, roundScaled, scaledOf, type Scaled } from "../../../src/scaled";
import { formulaMix } from "../../bench/formulas";
import { decode, encode, sampleCalls } from "./arguments";
import { RECORDED } from "./record";

/*
 * The fast path (src/scaled.ts and each rule's `fast`) against the decimal path, the reference: Rule#evaluate,
 * its result as a cell takes it. Same value to the bit (−0 kept apart from 0), same error code, reason and message.
 */

/** The reference, in one place: the decimal path's result as the cell gets it. */
function reference(rule: Rule, args: readonly RawArg[]): Result<CellOutput> {
  const r = rule.evaluate(args);
  return r.ok ? { ok: true, value: toCellValue(r.value) } : r;
}

const dec = (a: Scaled): Dec => new Dec(a.m).div(new Dec(10).pow(a.s));
const parts = (d: Dec): string => `${d.s}|${d.e}|${d.d ? d.d.join(",") : "null"}`;
const sameNumber = (a: number | undefined, b: number): boolean => a !== undefined && Object.is(a, b);

const cents = fc.integer({ min: -1e11, max: 1e11 }).map((c) => c / 100);
const rates = fc.integer({ min: 0, max: 2e6 }).map((c) => c / 1e6);
const scaled: fc.Arbitrary<Scaled> = fc.record({
  m: fc.integer({ min: 0, max: 1e12 }),
  s: fc.integer({ min: 0, max: 10 }),
});
const positive: fc.Arbitrary<Scaled> = fc.record({
  m: fc.integer({ min: 1, max: 1e12 }),
  s: fc.integer({ min: 0, max: 10 }),
});
const digits = fc.option(fc.integer({ min: 0, max: 10 }), { nil: null });

describe("scaledOf reads the decimal decimalOf reads, or declines", () => {
  test("random doubles of every magnitude", () => {
    fc.assert(
      fc.property(fc.double({ noDefaultInfinity: false }), (x) => {
        const s = scaledOf(x);
        return s === undefined || parts(dec(s)) === parts(decimalOf(x));
      }),
      { numRuns: 20_000 },
    );
  });
  test("money with cents, rates and whole numbers are always read, to the same decimal", () => {
    fc.assert(
      fc.property(fc.oneof(cents, rates, fc.integer({ min: -1e9, max: 1e9 })), (x) => {
        const s = scaledOf(x);
        return s !== undefined && parts(dec(s)) === parts(decimalOf(x));
      }),
      { numRuns: 20_000 },
    );
  });
  test.each([
    0,
    -0,
    0.1 + 0.2,
    652.1800000000001,
    1e15,
    999999999999999.9,
    5e-324,
    1e-11,
    1e-10,
    123456.789012,
    2 ** 53,
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ])("%p", (x) => {
    const s = scaledOf(x);
    if (s !== undefined) expect(parts(dec(s))).toBe(parts(decimalOf(x)));
    if (Object.is(x, -0)) expect(Object.is(s?.m, 0)).toBe(true);
  });
});

describe("scaled arithmetic gives the decimal path's digits", () => {
  test("half-up rounding, exact halves included", () => {
    const halves = fc
      .tuple(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 9 }))
      .map(([k, d]) => ({ value: { m: (2 * k + 1) * 5, s: d + 1 }, d }));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(scaled, fc.integer({ min: 0, max: 10 })).map(([value, d]) => ({ value, d })),
          halves,
        ),
        ({ value, d }) => parts(dec(roundScaled(value, d))) === parts(roundHalfUp(dec(value), d)),
      ),
      { numRuns: 10_000 },
    );
  });
  test("comparisons at 9 decimals", () => {
    fc.assert(
      fc.property(scaled, scaled, (a, b) => {
        const got = cmpAtNine(a, b);
        return got === undefined || got === compareAtNine(dec(a), dec(b));
      }),
      { numRuns: 10_000 },
    );
    // Decided for everything a sheet compares: scores, weights, rates and bounds.
    const usual = fc.record({ m: fc.integer({ min: 0, max: 1e9 }), s: fc.integer({ min: 0, max: 6 }) });
    fc.assert(fc.property(usual, usual, (a, b) => cmpAtNine(a, b) === compareAtNine(dec(a), dec(b))));
  });
  test("the cell value of an exact decimal, rounded or not", () => {
    fc.assert(
      fc.property(scaled, digits, (a, d) =>
        sameNumber(cellOf(a, d), (d === null ? dec(a) : roundHalfUp(dec(a), d)).toNumber()),
      ),
      { numRuns: 10_000 },
    );
  });
  test("quotients: the 30-digit quotient, rounded half-up when asked, as a double", () => {
    // Besides random quotients: exact halves at the asked decimals (n = (2k+1)·5·10^−(d+1) × D over D).
    const halves = fc
      .tuple(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 1e5 }))
      .map(([k, d, D]) => ({
        n: { m: (2 * k + 1) * 5 * D, s: d + 1 },
        den: { m: D, s: 0 },
        d: d as number | null,
      }));
    const anyQuotient = fc.record({ n: scaled, den: positive, d: digits });
    fc.assert(
      fc.property(fc.oneof(anyQuotient, halves), ({ n, den, d }) => {
        const got = quotientCell(n, den, d);
        if (got === undefined) return true;
        const q = dec(n).div(dec(den));
        return sameNumber(got, (d === null ? q : roundHalfUp(q, d)).toNumber());
      }),
      { numRuns: 20_000 },
    );
  });
  test("quotients are decided for money up to 10 million with cents, up to 4 decimals asked", () => {
    const money = fc.integer({ min: 1, max: 1e9 }).map((m) => ({ m, s: 2 }));
    const few = fc.option(fc.integer({ min: 0, max: 4 }), { nil: null });
    fc.assert(fc.property(money, money, few, (n, den, d) => quotientCell(n, den, d) !== undefined));
  });
  test("reaching 1 at 9 decimals, near 0.9999999995 too", () => {
    const near = fc
      .tuple(positive, fc.integer({ min: -3, max: 3 }))
      .map(([den, delta]) => ({ n: { m: Math.max(0, Math.round(den.m * 0.9999999995) + delta), s: den.s }, den }));
    fc.assert(
      fc.property(fc.oneof(fc.record({ n: scaled, den: positive }), near), ({ n, den }) => {
        const got = reachesOne(n, den);
        return got === undefined || got === compareAtNine(dec(n).div(dec(den)), 1) >= 0;
      }),
      { numRuns: 20_000 },
    );
  });
});

describe("every function: the fast path's cell value is the decimal path's", () => {
  const withFast = RULES.filter((r) => r.examples.some((e) => r.fastCell(e.args) !== undefined));

  test("the functions a scoring sheet uses most have a fast path", () => {
    expect(withFast.map((r) => r.name).sort()).toEqual(
      [
        "ARRIVALRATE",
        "CHECKWEIGHTS",
        "DEDUCT",
        "DEVIATIONSCORE",
        "EXECRATE",
        "GRADE",
        "PASSLINE",
        "QUALSCORE",
        "RATIOSCORE",
        "SCORERATE",
        "TARGETSCORE",
        "WEIGHTEDSCORE",
      ].sort(),
    );
  });

  test("over random arguments (edges in binary, −0, text, blanks, ranges): same value, code, reason and message", () => {
    const calls = sampleCalls(1500, 7411);
    const differ = calls.filter(({ name, args }) => {
      const rule = ruleNamed(name) as Rule;
      return encode(rule.evaluateCell(args)) !== encode(reference(rule, args));
    });
    expect(differ.slice(0, 5)).toEqual([]);
    // The fast path is taken often enough for the comparison to mean something (text targets and levels are
    // rarely plain in this generator, and random ranges rarely all numbers summing to 100: the next test covers them).
    const numeric = withFast.filter(
      (r) => !["TARGETSCORE", "QUALSCORE", "WEIGHTEDSCORE", "CHECKWEIGHTS"].includes(r.name),
    );
    for (const rule of numeric) {
      const mine = calls.filter((c) => c.name === rule.name);
      const taken = mine.filter((c) => rule.fastCell(c.args) !== undefined).length;
      expect([rule.name, taken / mine.length > 0.15]).toEqual([rule.name, true]);
    }
  });

  test("over arguments as sheets hold them, property by property", () => {
    const weight = fc.integer({ min: 1, max: 3000 }).map((c) => c / 100);
    const rate = fc.integer({ min: 0, max: 12_000 }).map((c) => c / 10_000);
    const money = fc.integer({ min: 0, max: 1e10 }).map((c) => c / 100);
    const optional = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(a, { nil: null });
    const d = digits;
    const levels: [string, number, number][] = [
      ["达成", 0.8, 1],
      ["A", 0.8, 1],
      ["1", 0.8, 1],
      ["部分达成", 0.6, 0.8],
      ["B", 0.6, 0.8],
      ["2", 0.6, 0.8],
      ["未达成", 0, 0.6],
      ["C", 0, 0.6],
      ["3", 0, 0.6],
    ];
    const percent = fc.integer({ min: 0, max: 12_000 }).map((c) => `${c / 100}%`);
    // Weights in hundredths summing to exactly 100 (now and then one off), as a row or a column, now and then a blank.
    const weightCents = fc
      .tuple(
        fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 0, max: 5 }).map((k) => k === 0),
      )
      .map(([parts, off]) => {
        const total = parts.reduce((x, y) => x + y, 0);
        const c = parts.map((p) => Math.floor((p * 10_000) / total));
        c[0] += 10_000 - c.reduce((x, y) => x + y, 0) + (off ? 1 : 0);
        return c.map((x) => x / 100);
      });
    const blankSome = (xs: number[], k: number): (number | null)[] => xs.map((x, i) => (i === k ? null : x));
    const weighted = weightCents
      .chain((w) =>
        fc.tuple(
          fc.array(
            fc.option(
              fc.integer({ min: 0, max: 10_000 }).map((c) => c / 10_000),
              { nil: null, freq: 8 },
            ),
            { minLength: w.length, maxLength: w.length },
          ),
          fc.constant(w),
          fc.integer({ min: -30, max: 9 }),
          fc.boolean(),
          d,
        ),
      )
      .map(
        ([rates, w, k, column, dd]) => [column ? rates.map((x) => [x]) : rates, blankSome(w, k), null, dd] as RawArg[],
      );
    const cases: [string, fc.Arbitrary<RawArg[]>][] = [
      ["WEIGHTEDSCORE", weighted],
      [
        "CHECKWEIGHTS",
        fc.tuple(weightCents, fc.option(fc.constant(100), { nil: null })).map(([w, t]) => [w, t] as RawArg[]),
      ],
      ["EXECRATE", fc.tuple(money, money, optional(weight), d)],
      ["ARRIVALRATE", fc.tuple(money, money, optional(weight), d)],
      ["SCORERATE", fc.tuple(weight, weight, d).map(([a, b, dd]) => [Math.min(a, b), Math.max(a, b), dd])],
      ["RATIOSCORE", fc.tuple(rate, rate, weight, optional(rate), d)],
      ["GRADE", fc.tuple(fc.integer({ min: 0, max: 10_000 }).map((c) => c / 100))],
      ["DEDUCT", fc.tuple(weight, fc.integer({ min: 0, max: 20 }), optional(weight), optional(weight))],
      ["PASSLINE", fc.tuple(rate, weight, optional(rate), d)],
      [
        "QUALSCORE",
        fc
          .tuple(fc.constantFrom(...levels), weight, fc.integer({ min: 0, max: 10_000 }), d)
          .map(([[word, lo, hi], w, k, dd]) => [word, w, Math.round((lo + ((hi - lo) * k) / 10_000) * 1e4) / 1e4, dd]),
      ],
      [
        "DEVIATIONSCORE",
        fc.tuple(
          fc.integer({ min: -6000, max: 6000 }).map((c) => c / 10_000),
          weight,
          rate,
          rate,
          optional(fc.constantFrom(0.01, 0.1, 1, 0.05)),
          d,
        ),
      ],
      [
        "TARGETSCORE",
        fc.tuple(
          fc.oneof(
            percent.map((p) => `≥${p}`),
            percent,
            fc.integer({ min: 0, max: 1e6 }).map(String),
          ),
          fc.oneof(percent, rate),
          optional(weight),
          d,
        ),
      ],
    ];
    for (const [name, args] of cases) {
      const rule = ruleNamed(name) as Rule;
      let taken = 0;
      fc.assert(
        fc.property(args, (a) => {
          if (rule.fastCell(a) !== undefined) taken++;
          return encode(rule.evaluateCell(a)) === encode(reference(rule, a));
        }),
        { numRuns: 3000 },
      );
      expect([name, taken > 1200]).toEqual([name, true]);
    }
  });

  test("ranges whose weights sum to 100 with one cell out of place (a rate above 1 or below 0, a negative weight, text, TRUE)", () => {
    const bad = fc.constantFrom<CellValue>(1.0001, 1.2, -0.5, -1e-9, "abc", "50%", true, Number.NaN);
    const base: [number[], number[]] = [
      [0.8, 0.876, 1, 0.9133, 0.5],
      [15, 25, 30, 20, 10],
    ];
    fc.assert(
      fc.property(bad, fc.integer({ min: 0, max: 4 }), fc.boolean(), (cell, k, inWeights) => {
        const rates: CellValue[] = [...base[0]];
        const weights: CellValue[] = [...base[1]];
        (inWeights ? weights : rates)[k] = cell;
        const ws = ruleNamed("WEIGHTEDSCORE") as Rule;
        const cw = ruleNamed("CHECKWEIGHTS") as Rule;
        return (
          encode(ws.evaluateCell([rates, weights])) === encode(reference(ws, [rates, weights])) &&
          encode(cw.evaluateCell([weights])) === encode(reference(cw, [weights]))
        );
      }),
    );
    // Without the odd cell both are on the fast path.
    expect((ruleNamed("WEIGHTEDSCORE") as Rule).fastCell([base[0], base[1], null, 2])).toBe(87.17);
    expect((ruleNamed("CHECKWEIGHTS") as Rule).fastCell([base[1]])).toBe(true);
  });

  test("the outputs recorded before any fast path, as cells get them", () => {
    const recorded = decode<{ name: string; args: RawArg[]; result: { ok: boolean; value?: string } }[]>(
      fs.readFileSync(RECORDED, "utf8"),
    );
    const differ = recorded.filter(({ name, args, result }) => {
      const got = (ruleNamed(name) as Rule).evaluateCell(args);
      if (!result.ok || !got.ok) return encode(got) !== encode(result);
      // A decimal was recorded as its text; a cell gets it as the nearest double (grades and TRUE/FALSE as they are).
      return typeof got.value === "number" ? !Object.is(got.value, Number(result.value)) : got.value !== result.value;
    });
    expect(differ.slice(0, 5)).toEqual([]);
  });

  test("the bench's 10,000 formulas: identical, and nearly all on the fast path", () => {
    const mix = formulaMix(10_000);
    const differ = mix.filter((f) => {
      const rule = ruleNamed(f.name) as Rule;
      return encode(rule.evaluateCell(f.args)) !== encode(reference(rule, f.args));
    });
    expect(differ).toEqual([]);
    const taken = mix.filter((f) => (ruleNamed(f.name) as Rule).fastCell(f.args) !== undefined).length;
    expect(taken / mix.length).toBeGreaterThan(0.95);
  });

  test.each([
    ["EXECRATE", [987.91, 1000], 0.98791],
    ["EXECRATE", [109805.66, 135528.71, 3, 1], 2.4],
    ["PASSLINE", [0.69, 15, null, 2], 3.38],
    ["QUALSCORE", ["达成", 3, 0.95, 1], 2.9],
    ["SCORERATE", [1, 8, 2], 0.13],
    ["TARGETSCORE", ["≥90%", "60%"], 2 / 3],
  ] as [string, RawArg[], number][])(
    "%s(%j) takes the fast path and gives %p, exactly as the decimal path",
    (name, args, expected) => {
      const rule = ruleNamed(name) as Rule;
      expect(rule.fastCell(args)).toBe(expected);
      expect(reference(rule, args)).toEqual({ ok: true, value: expected });
    },
  );
});
