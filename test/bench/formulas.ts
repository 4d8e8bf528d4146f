import type { RawArg } from "../../src/rules/params";
import { seededRandom } from "../../src/seededRandom";

/** A deterministic generator (mulberry32): the same seed gives the same formulas on every run and machine. */
export const seeded = seededRandom;

/** One cell's formula: a function name and the arguments a sheet hands over. */
export interface Formula {
  readonly name: string;
  readonly args: RawArg[];
}

const WEIGHTS = [2, 3, 4, 5, 8, 10, 15, 20, 25, 30];
const LEVELS = [
  { words: ["达成", "A"], min: 0.8, max: 1 },
  { words: ["部分达成", "B"], min: 0.6, max: 0.79 },
  { words: ["未达成", "C"], min: 0, max: 0.59 },
];

/**
 * `count` formulas of the functions a scoring sheet uses most, with varied arguments (money with cents,
 * rates, scores, target texts), about 3 % outside their limits so the error paths are timed too.
 */
export function formulaMix(count: number, seed = 20261203): Formula[] {
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const dp = (x: number, d: number): number => Math.round(x * 10 ** d) / 10 ** d;
  const digits = (): number | null => (rnd() < 0.5 ? null : pick([0, 1, 2, 3]));
  const bad = (): boolean => rnd() < 0.03;
  const out: Formula[] = [];
  for (let i = 0; i < count; i++) {
    const w = pick(WEIGHTS);
    switch (i % 10) {
      case 0: {
        const available = dp(1000 + rnd() * 5e6, 2);
        const spent = bad() ? -dp(rnd() * 100, 2) : dp(available * (0.3 + rnd() * 0.8), 2);
        out.push({ name: "EXECRATE", args: [spent, available, rnd() < 0.8 ? w : null, digits()] });
        break;
      }
      case 1: {
        const planned = dp(100 + rnd() * 1e6, 2);
        out.push({
          name: "ARRIVALRATE",
          args: [dp(planned * (0.5 + rnd() * 0.6), 2), bad() ? 0 : planned, w, digits()],
        });
        break;
      }
      case 2:
        out.push({ name: "SCORERATE", args: [bad() ? w + 1 : dp(w * rnd(), 1), w, 3] });
        break;
      case 3: {
        const target = dp(0.5 + rnd() * 0.5, 2);
        out.push({
          name: "RATIOSCORE",
          args: [dp(target * (0.4 + rnd() * 0.8), 3), target, w, rnd() < 0.5 ? 0.6 : null, digits()],
        });
        break;
      }
      case 4:
        out.push({ name: "GRADE", args: [bad() ? 100.5 : dp(rnd() * 100, 2)] });
        break;
      case 5:
        out.push({ name: "DEDUCT", args: [w, Math.floor(rnd() * 6), pick([0.5, 1, 2]), rnd() < 0.3 ? 1 : null] });
        break;
      case 6:
        out.push({
          name: "PASSLINE",
          args: [dp(rnd() * 1.2, 3), w, rnd() < 0.5 ? null : pick([0.5, 0.6, 0.7]), digits()],
        });
        break;
      case 7: {
        const band = pick(LEVELS);
        const factor = bad() ? 1.5 : dp(band.min + rnd() * (band.max - band.min), 2);
        out.push({ name: "QUALSCORE", args: [pick(band.words), w, factor, digits()] });
        break;
      }
      case 8:
        out.push({
          name: "DEVIATIONSCORE",
          args: [dp((rnd() - 0.5) * 0.4, 3), w, pick([0, 0.05, 0.1]), pick([0.1, 0.5, 1])],
        });
        break;
      default: {
        const target = dp(60 + rnd() * 40, 1);
        out.push({ name: "TARGETSCORE", args: [`≥${target}%`, `${dp(target * (0.6 + rnd() * 0.6), 1)}%`, w, 2] });
      }
    }
  }
  return out;
}

const round = (x: number, d: number | null): number => (d === null ? x : Math.round(x * 10 ** d) / 10 ** d);
const num = (a: RawArg): number => a as number;
const opt = (a: RawArg): number | null => (a === null || a === undefined ? null : (a as number));
/** An error in the float baseline: NaN, so the checksum shows a difference in error handling. */
const ERR = Number.NaN;

/**
 * The same formulas in plain doubles, as a spreadsheet's own formulas would compute them: the baseline
 * the decimal functions are measured against. Each result feeds a checksum, so V8 cannot drop the work.
 */
export function floatResult(f: Formula): number {
  const a = f.args;
  switch (f.name) {
    case "EXECRATE":
    case "ARRIVALRATE": {
      const [x, y, w, d] = [num(a[0]), num(a[1]), opt(a[2]), opt(a[3])];
      if (x < 0 || y <= 0) return ERR;
      const r = x / y;
      return round(w ? (r >= 1 ? w : w * r) : r, d);
    }
    case "SCORERATE": {
      const [s, w, d] = [num(a[0]), num(a[1]), opt(a[2])];
      return s < 0 || s > w ? ERR : round(s / w, d);
    }
    case "RATIOSCORE": {
      const [x, t, w, fl, d] = [num(a[0]), num(a[1]), num(a[2]), opt(a[3]), opt(a[4])];
      if (fl !== null && fl > t) return ERR;
      return round(x >= t ? w : fl !== null && x < fl ? 0 : (w * x) / t, d);
    }
    case "GRADE": {
      const s = num(a[0]);
      return s < 0 || s > 100 ? ERR : s >= 90 ? 4 : s >= 80 ? 3 : s >= 60 ? 2 : 1;
    }
    case "DEDUCT": {
      const [w, n, per, fl] = [num(a[0]), num(a[1]), opt(a[2]) ?? 1, opt(a[3]) ?? 0];
      return Math.max(w - n * per, fl);
    }
    case "PASSLINE": {
      const [r, w, line, d] = [num(a[0]), num(a[1]), opt(a[2]) ?? 0.6, opt(a[3])];
      return round(r >= 1 ? w : r <= line ? 0 : ((r - line) * w) / (1 - line), d);
    }
    case "QUALSCORE": {
      const [w, fac, d] = [num(a[1]), num(a[2]), opt(a[3])];
      return fac < 0 || fac > 1 ? ERR : round(w * fac, d);
    }
    case "DEVIATIONSCORE": {
      const [dev, w, tol, per] = [num(a[0]), num(a[1]), num(a[2]), num(a[3])];
      const off = Math.abs(dev);
      return off <= tol ? w : Math.max(w - ((off - tol) * per) / 0.01, 0);
    }
    case "TARGETSCORE": {
      const t = parseFloat(String(a[0]).replace(/^≥/, ""));
      const x = parseFloat(String(a[1]));
      const [w, d] = [num(a[2]), opt(a[3])];
      return round(x >= t ? w : (w * x) / t, d);
    }
    default:
      throw new Error(`no float baseline for ${f.name}`);
  }
}
