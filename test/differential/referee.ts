import { readCell } from "../../src/cells/readCell";
import { ruleNamed } from "../../src/catalog";
import { TEXT_ARGS, type Arg, type Case, type Scalar } from "./cases";

/** What a cell ended up holding: ours through the rule, LibreOffice's after recalculation. */
export type Outcome =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "bool"; readonly value: boolean }
  | { readonly kind: "error"; readonly code: string };

/**
 * The documented differences, each named after its rule in FUNCTIONS.md (and README's "与 Excel 的差异").
 * A disagreement the referee cannot put under one of these is undocumented and fails the suite.
 */
export const RULES = {
  exactDecimal: "Exact decimals: half-up on the exact decimal, not on a float (精确十进制，四舍五入)",
  fifteenDigits: "One number rule: inputs read at 15 significant digits (15 位有效数字)",
  nineDecimals: "Comparisons with thresholds at 9 decimals (阈值按 9 位小数比较)",
  numericText: "Numeric text accepted (数字文本可用)",
  zeroAsBlank: "Zero as blank where the parameter must be above 0 (0 视为空)",
  range: "An argument outside its documented range is #VALUE! (超出范围的参数)",
  numError:
    "#NUM! named by the table: negative money, a score outside its scale, a rate above 1, a factor outside its band, a mean above max",
  weightsSum: "WEIGHTEDSCORE: the filled weights must sum to total (权重合计须等于满分)",
  nothingToAverage: "Nothing to average is #DIV/0! (无可平均)",
  zeroDivisor: "A zero denominator (available, planned, target) is #DIV/0! (除数为 0)",
  targetZero: "TARGETSCORE with a target of 0 (目标值为 0)",
  notANumber: "Any other text (or TRUE/FALSE) where a number is expected is #VALUE! (非数字文字)",
  emptyRequired: "An empty required scalar argument is #VALUE! (必填参数为空)",
  blankAsLeftOut: "A blank optional cell arrives as null: the argument's default, not 0 (空的可选参数取默认值)",
  emptyPairs: "Empty cells in a range are skipped: a LIKERTSCORE count beside a blank level (区域中的空单元格跳过)",
  fulfilmentWords: "CHECKLIST reads 是/否, √/×, TRUE/FALSE as fulfilment (要点文字)",
  belowAllBands: "GRADE with bands of one's own: a score below every band is #N/A (低于所有等级)",
  tooLarge: "A result no number can hold is #NUM! (结果超出范围)",
  noOverflow:
    "Exact decimals: an intermediate step never overflows as a float does; only the result must fit (中间结果不溢出)",
} as const;
export type RuleName = keyof typeof RULES;

export type Verdict =
  | { readonly status: "agree" }
  | { readonly status: "documented"; readonly rule: RuleName }
  | { readonly status: "undocumented"; readonly why: string };

/** A cell as a number the way the documents read it (numeric text included); null when blank or not a number. */
function num(v: Scalar | undefined): number | null {
  if (v === null || v === undefined || typeof v === "boolean") return null;
  const c = readCell(v);
  return c.kind === "number" ? c.value.toNumber() : null;
}
const list = (a: Arg): Scalar[] => (Array.isArray(a) ? a.flat() : [a]);
const isTextNumber = (v: Scalar): boolean => typeof v === "string" && num(v) !== null;
/** Arguments the native formula writes as literals (text bounds, text targets): LibreOffice never reads their cells. */
const LITERAL_ARGS: Record<string, number[]> = { TIER: [1], TARGETSCORE: [0] };
/** More significant digits than a cell holds. */
const isLong = (v: Scalar): boolean =>
  typeof v === "number" && v !== 0 && String(v).replace(/^-?0?\.?0*|e.*$|\./g, "").length > 15;
const near = (a: number, b: number): boolean => a !== b && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
/** The same at 9 decimals (both rounded first), as FUNCTIONS.md compares with thresholds. */
const sameAt9 = (a: number, b: number): boolean => a.toFixed(9) === b.toFixed(9);
const close = (a: number, b: number, rel: number): boolean => Math.abs(a - b) <= rel * Math.max(1, Math.abs(b));
/** Ratio of level where the target text says ≥/≤ and its value. */
function targetOf(text: string): { dir: "≥" | "≤"; value: number } {
  const m = /^([≥≤])?([\d.]+)(%?)/.exec(text);
  if (!m) throw new Error(`unreadable generated target ${text}`);
  return { dir: m[1] === "≤" ? "≤" : "≥", value: Number(m[2]) / (m[3] ? 100 : 1) };
}

type Expect = [code: string, rule: RuleName];

/** The errors FUNCTIONS.md documents for these arguments (where a sheet's native formula may give a number). */
export function documentedErrors(c: Case, digitsAt: number | undefined): Expect[] {
  const out: Expect[] = [];
  const a = c.args.map((x) => (Array.isArray(x) ? null : num(x)));
  const when = (cond: boolean, code: string, rule: RuleName): void => void (cond && out.push([code, rule]));
  const weightAt = (i: number, optional = false): void => {
    when(!optional && a[i] === 0, "#VALUE!", "zeroAsBlank");
    when((a[i] ?? 0) < 0, "#VALUE!", "range");
  };
  if (digitsAt !== undefined && a[digitsAt] !== null) {
    const d = a[digitsAt] as number;
    when(!Number.isInteger(d) || d < 0 || d > 10, "#VALUE!", "range");
  }
  const v = (i: number): number => a[i] ?? NaN;
  switch (c.fn) {
    case "EXECRATE":
    case "ARRIVALRATE":
      when(v(0) < 0 || v(1) < 0, "#NUM!", "numError");
      when(v(1) === 0, "#DIV/0!", "zeroDivisor");
      weightAt(2, true);
      break;
    case "RATIOSCORE":
      when(v(0) < 0 || v(1) < 0 || (a[3] ?? 0) < 0, "#VALUE!", "range");
      when(v(1) === 0, "#DIV/0!", "zeroDivisor");
      weightAt(2);
      when(a[3] !== null && Number(a[3]) > v(1) && !sameAt9(Number(a[3]), v(1)), "#VALUE!", "range");
      break;
    case "WEIGHTEDSCORE": {
      const rates = list(c.args[0]).map(num);
      const ws = list(c.args[1]).map(num);
      when(
        rates.some((r) => r !== null && r > 1),
        "#NUM!",
        "numError",
      );
      when(rates.some((r) => r !== null && r < 0) || ws.some((w) => w !== null && w < 0), "#VALUE!", "range");
      const total = a[2] || 100;
      const sum = ws.reduce((s: number, w) => s + (w ?? 0), 0);
      when(Math.abs(sum - total) > 5e-10, "#VALUE!", "weightsSum");
      break;
    }
    case "GRADE": {
      when(v(0) < 0 || v(0) > 100, "#NUM!", "numError");
      const mins = list(c.args[1]).filter((x): x is number => typeof x === "number");
      when(mins.length > 0 && mins.every((m) => v(0) < m && !sameAt9(v(0), m)), "#N/A", "belowAllBands");
      break;
    }
    case "SCORERATE":
      when(v(0) < 0 || (v(0) > v(1) && !sameAt9(v(0), v(1))), "#NUM!", "numError");
      weightAt(1);
      break;
    case "DEDUCT":
      weightAt(0);
      when(v(1) < 0 || (a[2] ?? 0) < 0 || (a[3] ?? 0) < 0 || (a[3] ?? 0) > v(0), "#VALUE!", "range");
      break;
    case "DEVIATIONSCORE":
      weightAt(1);
      when(v(2) < 0 || v(3) <= 0 || (a[4] ?? 0) < 0, "#VALUE!", "range");
      break;
    case "LIKERTSCORE": {
      const levels = list(c.args[0]).map(num);
      const counts = list(c.args[1]).map(num);
      weightAt(2);
      when(levels.some((l) => l !== null && l < 0) || counts.some((n) => n !== null && n < 0), "#VALUE!", "range");
      // A pair with a blank level is skipped (empty cells in a range are skipped).
      const n = counts.reduce((s: number, x, i) => s + (levels[i] === null ? 0 : (x ?? 0)), 0);
      when(n === 0, "#DIV/0!", "nothingToAverage");
      const max = a[3] || Math.max(...levels.map((l) => l ?? -Infinity));
      const mean = levels.reduce((s: number, l, i) => s + (l ?? 0) * (counts[i] ?? 0), 0) / n;
      when(max === 0, "#DIV/0!", "nothingToAverage");
      when(mean > max && !sameAt9(mean, max), "#NUM!", "numError");
      break;
    }
    case "TARGETSCORE":
      when(v(1) < 0, "#VALUE!", "range");
      weightAt(2, true);
      break;
    case "PASSLINE":
      when(v(0) < 0 || (a[2] ?? 0) < 0 || (a[2] ?? 0) > 1, "#VALUE!", "range");
      weightAt(1);
      break;
    case "CHECKLIST": {
      const points = list(c.args[0]).map(num);
      const shares = c.args[2] === null ? null : list(c.args[2]).map(num);
      weightAt(1);
      when(
        points.some((p) => p !== null && (p < 0 || p > 1)),
        "#VALUE!",
        "range",
      );
      when(!!shares && shares.some((s) => s !== null && s < 0), "#VALUE!", "range");
      when(
        points.every((p) => p === null),
        "#DIV/0!",
        "nothingToAverage",
      );
      when(!!shares && points.every((p, i) => p === null || !shares[i]), "#DIV/0!", "nothingToAverage");
      break;
    }
    case "QUALSCORE": {
      weightAt(1);
      const f = v(2);
      const level = String(c.args[0]);
      const [lo, hi, hiIn] = /^(达成|A|基本达成目标)$/.test(level)
        ? [0.8, 1, true]
        : /^(部分达成|B)$/.test(level)
          ? [0.6, 0.8, false]
          : [0, 0.6, false];
      const inside = (f >= lo || sameAt9(f, lo)) && (hiIn ? f <= hi || sameAt9(f, hi) : f < hi && !sameAt9(f, hi));
      when(f < 0 || f > 1 || !inside, "#NUM!", "numError");
      break;
    }
    case "CHECKWEIGHTS":
      when(
        list(c.args[0]).some((w) => (num(w) ?? 0) < 0),
        "#VALUE!",
        "range",
      );
      break;
  }
  return out;
}

/** The (value, threshold) pairs a function compares, as floats, for the 9-decimal rule. */
function thresholds(c: Case): [number, number][] {
  const a = c.args.map((x) => (Array.isArray(x) ? null : num(x)));
  const v = (i: number): number => a[i] ?? NaN;
  const sum = (x: Arg): number => list(x).reduce((s: number, w) => s + (num(w) ?? 0), 0);
  switch (c.fn) {
    case "EXECRATE":
    case "ARRIVALRATE":
      return [[v(0) / v(1), 1]];
    case "RATIOSCORE":
      return [
        [v(0), v(1)],
        [v(0), v(3)],
        [v(3), v(1)],
      ];
    case "WEIGHTEDSCORE":
      return [[sum(c.args[1]), a[2] || 100]];
    case "GRADE": {
      const mins = list(c.args[1]).filter((x): x is number => typeof x === "number");
      return (mins.length ? mins : [90, 80, 60]).map((m) => [v(0), m]);
    }
    case "SCORERATE":
      return [[v(0), v(1)]];
    case "DEDUCT":
      return [
        [v(0) - v(1) * (a[2] ?? 1), a[3] ?? 0],
        [a[3] ?? 0, v(0)],
      ];
    case "TIER":
      return list(c.args[1]).map((b) => [v(0), num(String(b).replace(">", "")) ?? NaN]);
    case "DEVIATIONSCORE": {
      const off = ((Math.abs(v(0)) - v(2)) * v(3)) / (a[4] || 0.01);
      return [
        [Math.abs(v(0)), v(2)],
        [v(1) - off, 0],
      ];
    }
    case "LIKERTSCORE": {
      const levels = list(c.args[0]).map(num);
      const counts = list(c.args[1]).map(num);
      const n = counts.reduce((s: number, x, i) => s + (levels[i] === null ? 0 : (x ?? 0)), 0);
      const mean = levels.reduce((s: number, l, i) => s + (l ?? 0) * (counts[i] ?? 0), 0) / n;
      return [[mean, a[3] || Math.max(...levels.map((l) => l ?? -Infinity))]];
    }
    case "TARGETSCORE": {
      const t = targetOf(String(c.args[0]));
      return [
        [v(1), t.value],
        [t.value ? v(1) / t.value : NaN, 1],
        [t.value, 0],
      ];
    }
    case "PASSLINE":
      return [
        [v(0), a[2] ?? 0.6],
        [v(0), 1],
      ];
    case "QUALSCORE":
      return [
        [v(2), 0.6],
        [v(2), 0.8],
        [v(2), 1],
      ];
    case "CHECKWEIGHTS":
      return [[sum(c.args[0]), a[1] ?? 100]];
    default:
      return [];
  }
}

/** Optional parameters where a 0 stands for a left-out argument (FUNCTIONS.md: weights, totals, max, step). */
const ZERO_AS_BLANK: Record<string, number[]> = {
  EXECRATE: [2],
  ARRIVALRATE: [2],
  WEIGHTEDSCORE: [2],
  TARGETSCORE: [2],
  DEVIATIONSCORE: [4],
  LIKERTSCORE: [3],
  CHECKWEIGHTS: [1],
};

function same(a: Outcome, b: Outcome): boolean {
  if (a.kind === "number" && b.kind === "number") return close(a.value, b.value, 1e-12);
  if (a.kind === "error" && b.kind === "error") return a.code === b.code;
  return a.kind === b.kind && (a as { value: unknown }).value === (b as { value: unknown }).value;
}

/** The arguments with some cells replaced. */
function mapCells(c: Case, f: (v: Scalar, arg: number) => Scalar): Arg[] {
  const row = (r: Scalar[], i: number): Scalar[] => r.map((v) => f(v, i));
  return c.args.map((a, i) =>
    Array.isArray(a)
      ? a.every(Array.isArray)
        ? (a as Scalar[][]).map((r) => row(r, i))
        : row(a as Scalar[], i)
      : f(a, i),
  );
}

/**
 * Classifies one row: our result (through `oursOf`, the core the adapters call) against LibreOffice's
 * (rounded and unrounded). Agreement first; then, for a disagreement, the first documented rule that
 * explains it — where it can, the referee checks the rule by re-running ours without the cause.
 */
export function referee(
  c: Case,
  digitsAt: number | undefined,
  oursOf: (args: readonly Arg[]) => Outcome,
  lo: Outcome,
  loRaw: Outcome,
): Verdict {
  const ours = oursOf(c.args);
  if (same(ours, lo)) return { status: "agree" };
  const oursRaw = digitsAt === undefined ? ours : oursOf(c.args.map((a, i) => (i === digitsAt ? null : a)));
  const params = ruleNamed(c.fn)!.params;
  const textArgs = TEXT_ARGS[c.fn] ?? [];
  const numberCells = c.args.filter((_, i) => !textArgs.includes(i)).flatMap(list);
  const cells = c.args.filter((_, i) => !(LITERAL_ARGS[c.fn] ?? []).includes(i)).flatMap(list);
  const blanks = c.args.map((a, i) => (a === "" ? i : -1)).filter((i) => i >= 0);
  const digits = digitsAt === undefined ? null : num(c.args[digitsAt] as Scalar);
  const explained = (rule: RuleName): Verdict => ({ status: "documented", rule });
  const unchangedWithout = (f: (v: Scalar, arg: number) => Scalar): boolean => same(oursOf(mapCells(c, f)), ours);

  if (ours.kind === "error") {
    const hit = documentedErrors(c, digitsAt).find(([code]) => code === ours.code);
    if (hit) return explained(hit[1]);
    if (
      ours.code === "#NUM!" &&
      (lo.kind === "error" || (loRaw.kind === "number" && !(Math.abs(loRaw.value) < 1.7976931348623157e308)))
    )
      return explained("tooLarge");
    if (ours.code === "#VALUE!" && blanks.some((i) => !params[i]?.optional)) return explained("emptyRequired");
    if (
      ours.code === "#VALUE!" &&
      numberCells.some((v) => typeof v === "boolean" || (typeof v === "string" && v !== "" && num(v) === null))
    ) {
      return explained("notANumber");
    }
    if (cells.some(isTextNumber) && lo.kind === "error") return explained("numericText");
    return { status: "undocumented", why: `ours ${ours.code}, LibreOffice ${show(lo)}` };
  }
  if (blanks.length && blanks.every((i) => params[i]?.optional)) return explained("blankAsLeftOut");
  if (cells.some(isTextNumber) && unchangedWithout((v) => (isTextNumber(v) ? num(v) : v)))
    return explained("numericText");
  const zab = ZERO_AS_BLANK[c.fn] ?? [];
  if (zab.some((i) => c.args[i] === 0) && unchangedWithout((v, i) => (zab.includes(i) && v === 0 ? null : v)))
    return explained("zeroAsBlank");
  if (c.fn === "LIKERTSCORE" && list(c.args[0]).some((l, i) => l === null && list(c.args[1])[i] !== null))
    return explained("emptyPairs");
  if (c.fn === "CHECKLIST" && list(c.args[0]).some((p) => typeof p === "string" || typeof p === "boolean"))
    return explained("fulfilmentWords");
  if (thresholds(c).some(([x, t]) => near(x, t))) return explained("nineDecimals");
  if (lo.kind === "error") {
    if (c.fn === "TARGETSCORE" && targetOf(String(c.args[0])).value === 0) return explained("targetZero");
    const extreme = (v: Scalar): boolean =>
      typeof v === "number" && v !== 0 && (Math.abs(v) >= 1e300 || Math.abs(v) <= 1e-300);
    if (lo.code === "#NUM!" && cells.some(extreme)) return explained("noOverflow");
    return { status: "undocumented", why: `ours ${show(ours)}, LibreOffice ${lo.code}` };
  }
  if (ours.kind === "number" && lo.kind === "number" && oursRaw.kind === "number" && loRaw.kind === "number") {
    if (cells.some(isLong) && close(oursRaw.value, loRaw.value, 1e-9)) return explained("fifteenDigits");
    const scaled = digits === null ? NaN : oursRaw.value * 10 ** digits;
    const atTie = Math.abs(Math.abs(scaled - Math.trunc(scaled)) - 0.5) <= 1e-6 * Math.max(1, Math.abs(scaled));
    if (
      atTie &&
      close(oursRaw.value, loRaw.value, 1e-9) &&
      Math.abs(ours.value - lo.value) <= 1.000001 * 10 ** -(digits as number)
    )
      return explained("exactDecimal");
  }
  return { status: "undocumented", why: `ours ${show(ours)}, LibreOffice ${show(lo)}` };
}

export function show(o: Outcome): string {
  return o.kind === "error" ? o.code : JSON.stringify(o.value);
}
