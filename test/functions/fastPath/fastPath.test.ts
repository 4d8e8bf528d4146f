import * as fs from "fs";
import fc from "fast-check";
import { ruleNamed } from "../../../src/catalog";
import { Dec, decimalOf } from "../../../src/decimal";
import type { RawArg } from "../../../src/rules/params";
import { decode, encode, sampleCalls } from "./arguments";
import { PER_FUNCTION, RECORDED } from "./record";

/* The functions' fast path (issue 11) gives today's results, digit for digit and message for message. */

/** decimalOf as it was before the fast path: the reference. */
function referenceDecimalOf(x: number): Dec {
  return new Dec(x.toPrecision(15));
}

/** Sign, exponent and digits: everything a decimal is. */
function parts(d: Dec): string {
  return `${d.s}|${d.e}|${d.d ? d.d.join(",") : "null"}`;
}

describe("decimalOf: the same decimal as new Dec(x.toPrecision(15))", () => {
  test("random doubles of every magnitude, −0, subnormals and the infinities", () => {
    fc.assert(
      fc.property(fc.double({ noDefaultInfinity: false }), (x) => parts(decimalOf(x)) === parts(referenceDecimalOf(x))),
      { numRuns: 20_000 },
    );
  });
  test("cents, rates and integers as sheets hold them", () => {
    const usual = fc.oneof(
      fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 100),
      fc.integer({ min: 0, max: 1e6 }).map((c) => c / 1e4),
      fc.integer(),
      fc.maxSafeInteger(),
    );
    fc.assert(
      fc.property(usual, (x) => parts(decimalOf(x)) === parts(referenceDecimalOf(x))),
      { numRuns: 20_000 },
    );
  });
  test.each([
    0,
    -0,
    1,
    -1,
    0.1 + 0.2,
    652.1800000000001,
    1e15,
    999999999999999.9,
    1e16,
    2 ** 53 + 2,
    5e-324,
    1e-300,
    1e21,
    1.7976931348623157e308,
    1e7,
    -1e7,
    9999999,
    1e-7,
  ])("%p", (x) => expect(parts(decimalOf(x))).toBe(parts(referenceDecimalOf(x))));
});

describe("every function over random arguments: the outputs recorded before the fast path", () => {
  const recorded = decode<{ name: string; args: RawArg[]; result: unknown }[]>(fs.readFileSync(RECORDED, "utf8"));

  test("the sampled arguments are the recorded ones (the generator has not drifted)", () => {
    const calls = sampleCalls(PER_FUNCTION);
    expect(calls.length).toBe(recorded.length);
    expect(encode(calls)).toBe(encode(recorded.map(({ name, args }) => ({ name, args }))));
  });

  test("each result is identical: value digits, error code, reason and message values", () => {
    const differ = recorded.filter(
      ({ name, args, result }) => encode(ruleNamed(name)?.evaluate(args)) !== encode(result),
    );
    expect(differ.slice(0, 5)).toEqual([]);
  });

  test("the recording covers both outcomes of every function", () => {
    for (const name of new Set(recorded.map((r) => r.name))) {
      const mine = recorded.filter((r) => r.name === name);
      expect(mine.some((r) => (r.result as { ok: boolean }).ok)).toBe(true);
      expect(mine.some((r) => !(r.result as { ok: boolean }).ok)).toBe(true);
    }
  });
});
