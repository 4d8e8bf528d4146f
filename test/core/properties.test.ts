import fc from "fast-check";
import { run } from "./evaluate";

const money = fc.integer({ min: 0, max: 10_000_000_00 }).map((c) => c / 100);
const positiveMoney = fc.integer({ min: 1, max: 10_000_000_00 }).map((c) => c / 100);
const weight = fc.integer({ min: 1, max: 10_000 }).map((c) => c / 100);
const rate = fc.integer({ min: 0, max: 20_000 }).map((c) => c / 10_000);
const num = (s: string): number => Number(s);

function within(score: string, w: number): boolean {
  const v = num(score);
  return v >= 0 && v <= w;
}

describe("scores stay within 0…weight", () => {
  test("EXECRATE and ARRIVALRATE with a weight", () => {
    fc.assert(
      fc.property(
        money,
        positiveMoney,
        weight,
        (s, a, w) => within(run("EXECRATE", s, a, w), w) && within(run("ARRIVALRATE", s, a, w), w),
      ),
    );
  });
  test("RATIOSCORE, PASSLINE, DEVIATIONSCORE", () => {
    fc.assert(
      fc.property(
        rate,
        rate.filter((t) => t > 0),
        weight,
        rate,
        (r, t, w, d) =>
          within(run("RATIOSCORE", r, t, w), w) &&
          within(run("PASSLINE", r, w), w) &&
          within(run("DEVIATIONSCORE", d, w, 0.05, 0.1), w),
      ),
    );
  });
  test("DEDUCT, CHECKLIST, LIKERTSCORE", () => {
    fc.assert(
      fc.property(
        weight,
        fc.integer({ min: 0, max: 50 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(100), { minLength: 5, maxLength: 5 }).filter((c) => c.some((x) => x > 0)),
        (w, n, points, counts) =>
          within(run("DEDUCT", w, n), w) &&
          within(run("CHECKLIST", points, w), w) &&
          within(run("LIKERTSCORE", [1, 2, 3, 4, 5], counts, w), w),
      ),
    );
  });
  test("TARGETSCORE with a weight, either direction", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 2000 }),
        weight,
        fc.constantFrom("≥", "≤", "不低于", "不超过"),
        (t, a, w, op) => within(run("TARGETSCORE", `${op}${t}人`, `${a}人`, w), w),
      ),
    );
  });
});

describe("rate-based scores never fall as the rate rises", () => {
  test("EXECRATE, RATIOSCORE, PASSLINE", () => {
    fc.assert(
      fc.property(rate, rate, weight, (r1, r2, w) => {
        const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
        return (
          num(run("EXECRATE", lo, 1, w)) <= num(run("EXECRATE", hi, 1, w)) &&
          num(run("RATIOSCORE", lo, 0.9, w, 0.6)) <= num(run("RATIOSCORE", hi, 0.9, w, 0.6)) &&
          num(run("PASSLINE", lo, w)) <= num(run("PASSLINE", hi, w))
        );
      }),
    );
  });
  test("DEVIATIONSCORE never rises as the deviation grows", () => {
    fc.assert(
      fc.property(rate, rate, weight, (d1, d2, w) => {
        const [lo, hi] = d1 <= d2 ? [d1, d2] : [d2, d1];
        return num(run("DEVIATIONSCORE", hi, w, 0.05, 0.1)) <= num(run("DEVIATIONSCORE", lo, w, 0.05, 0.1));
      }),
    );
  });
});

describe("WEIGHTEDSCORE is exact for any decimal weights that sum to 100", () => {
  // Weights in hundredths whose sum is exactly 100.00, rates in ten-thousandths: the exact result is an integer sum.
  const weights = fc
    .array(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 12 })
    .map((parts) => {
      const total = parts.reduce((a, b) => a + b, 0);
      const cents = parts.map((p) => Math.floor((p * 10000) / total));
      cents[0] += 10000 - cents.reduce((a, b) => a + b, 0);
      return cents;
    })
    .filter((c) => c.every((x) => x > 0));
  test("all rates 1 give exactly 100", () => {
    fc.assert(
      fc.property(
        weights,
        (cents) =>
          run(
            "WEIGHTEDSCORE",
            cents.map(() => 1),
            cents.map((c) => c / 100),
          ) === "100",
      ),
    );
  });
  test("any rates give the exact decimal sum", () => {
    fc.assert(
      fc.property(
        weights.chain((cents) =>
          fc.tuple(
            fc.constant(cents),
            fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: cents.length, maxLength: cents.length }),
          ),
        ),
        ([cents, rates]) => {
          const exact = cents.reduce((s, c, i) => s + BigInt(c) * BigInt(rates[i]), 0n); // in 1e-6 units
          const expected = Number(`${exact / 1000000n}.${(exact % 1000000n).toString().padStart(6, "0")}`);
          return (
            num(
              run(
                "WEIGHTEDSCORE",
                rates.map((r) => r / 10000),
                cents.map((c) => c / 100),
              ),
            ) === expected
          );
        },
      ),
    );
  });
});

describe("GRADE is monotonic", () => {
  const order = ["差", "中", "良", "优"];
  test("a higher score never gets a lower grade", () => {
    const score = fc.integer({ min: 0, max: 10000 }).map((c) => c / 100);
    fc.assert(
      fc.property(score, score, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return order.indexOf(run("GRADE", lo)) <= order.indexOf(run("GRADE", hi));
      }),
    );
  });
});
