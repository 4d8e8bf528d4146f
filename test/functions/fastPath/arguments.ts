import fc from "fast-check";
import { RULES } from "../../../src/catalog";
import type { Param, RawArg } from "../../../src/rules/params";

/*
 * Random arguments for every function, aimed at the edges the fast path must get right: limits and
 * their neighbours in binary (1.0000000000000002, 0.9999999999999999), −0, subnormals, numbers with
 * more than 15 digits, huge and non-finite numbers, numeric text, blanks, booleans, ranges.
 */
const EDGES = [
  0,
  -0,
  1,
  -1,
  0.6,
  0.8,
  1.0000000000000002,
  0.9999999999999999,
  -1e-20,
  1e-20,
  5e-324,
  2.2250738585072014e-308,
  1e-300,
  1e15,
  999999999999999.9,
  1e16,
  123456789012345678,
  0.1 + 0.2,
  652.1800000000001,
  1e21,
  1.7976931348623157e308,
  1e308,
  9.99e307,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  100,
  100.00000000000001,
  10,
  11,
  3,
  0.5,
  1e7,
  1e7 + 0.5,
  2 ** 53 + 2,
];
const TEXTS = [
  "",
  " ",
  "98.79%",
  "1,234.5",
  "９８．７９％",
  "-3",
  "1e3",
  "abc",
  "≥90%",
  "60%",
  "≤30日",
  "25日",
  "达成",
  "部分达成",
  "C",
  "是",
  "TRUE",
  "优",
  "51223 人",
];

const cents = fc.integer({ min: -1_000_000_00, max: 1_000_000_00 }).map((c) => c / 100);
const plausible = fc.oneof(
  fc.integer({ min: 0, max: 100_00 }).map((c) => c / 100),
  fc.integer({ min: 0, max: 1_2000 }).map((c) => c / 10_000),
  fc.integer({ min: 1, max: 30 }),
);
const number: fc.Arbitrary<RawArg> = fc.oneof(
  { weight: 12, arbitrary: plausible },
  { weight: 2, arbitrary: fc.constantFrom(...EDGES) },
  { weight: 1, arbitrary: cents },
  { weight: 1, arbitrary: fc.double({ noDefaultInfinity: false }) },
  { weight: 1, arbitrary: fc.integer({ min: -20, max: 120 }) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
);
const cell: fc.Arbitrary<RawArg> = fc.oneof(
  { weight: 5, arbitrary: number },
  { weight: 3, arbitrary: fc.constantFrom(...TEXTS) },
  { weight: 1, arbitrary: fc.constantFrom<RawArg>(null, true, false) },
);
const row = fc.array(cell, { minLength: 1, maxLength: 6 }) as fc.Arbitrary<RawArg>;
const range: fc.Arbitrary<RawArg> = fc.oneof(
  row,
  fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }) as fc.Arbitrary<RawArg>,
  cell,
);

function argument(p: Param): fc.Arbitrary<RawArg> {
  const value = p.kind === "range" ? range : p.kind === "cell" ? cell : number;
  const given =
    p.kind === "digits"
      ? fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 10 }) }, { weight: 1, arbitrary: value })
      : value;
  return p.optional ? fc.oneof({ weight: 2, arbitrary: given }, { weight: 1, arbitrary: fc.constant(null) }) : given;
}

/** `perFunction` argument lists for every function (its examples first), the same for the same seed and fast-check version. */
export function sampleCalls(perFunction: number, seed = 1103): { name: string; args: RawArg[] }[] {
  return RULES.flatMap((rule, i) => [
    ...rule.examples.map((e) => ({ name: rule.name, args: [...e.args] })),
    ...fc
      .sample(fc.tuple(...rule.params.map(argument)), { seed: seed + i, numRuns: perFunction })
      .map((args) => ({ name: rule.name, args: args as RawArg[] })),
  ]);
}

/** JSON that keeps −0, NaN and the infinities. */
export function encode(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v !== "number") return v;
    if (Object.is(v, -0)) return { $n: "-0" };
    return Number.isFinite(v) ? v : { $n: String(v) };
  });
}

export function decode<T>(text: string): T {
  return JSON.parse(text, (_k, v: unknown) =>
    v !== null && typeof v === "object" && "$n" in v ? Number((v as { $n: string }).$n) : v,
  ) as T;
}
