import { ruleNamed } from "../../src/catalog";
import { Rng, times } from "./prng";

/**
 * A cell as written into the sheet. A scalar `null` is a left-out optional argument (no cell at all);
 * a scalar `""` is a referenced cell left blank (Excel on the web hands it over as null); `null` in a
 * range is a blank cell of the range.
 */
export type Scalar = number | string | boolean | null;
/** A scalar, a row of cells, or a table (rows of cells, written on a sheet of their own). */
export type Arg = Scalar | Scalar[] | Scalar[][];

/** One generated call: our function's arguments and the native formula a sheet would write instead. */
export interface Case {
  readonly fn: string;
  readonly args: Arg[];
  /** The native formula over the arguments' cell references (null for a left-out one), without ROUND. */
  readonly formula: (refs: readonly (string | null)[]) => string;
}

export interface FunctionSpec {
  readonly name: string;
  /** Which argument is `[digits]` (the native formula is wrapped in ROUND when it is given). */
  readonly digitsAt?: number;
  readonly generate: (rng: Rng) => Case;
}

/** A number as a formula literal. */
export function lit(x: number): string {
  return String(x).toUpperCase();
}

const or = (ref: string | null, fallback: string): string => ref ?? fallback;

/** Money: plain, on a round denominator, huge, tiny or with 17 digits. */
function amount(rng: Rng, max: number): number {
  return rng.pick([
    () => rng.dec(0, max, 2),
    () => rng.dec(0, max, 0),
    () => rng.long(0, max),
    () => rng.dec(0, max, 6),
  ])();
}

/** A weight (分值): mostly plain, sometimes 0 (taken as blank) or negative. */
function weight(rng: Rng): number {
  if (rng.chance(0.05)) return 0;
  if (rng.chance(0.03)) return -rng.dec(1, 10, 1);
  return rng.pick([() => rng.dec(0.5, 30, 1), () => rng.int(1, 20), () => rng.dec(0.1, 5, 2), () => rng.long(1, 10)])();
}

/** Numeric text as people type it, for a number. */
function asText(rng: Rng, x: number, percent: boolean): string {
  if (percent) return `${Number((x * 100).toFixed(4))}%`;
  return rng.pick([
    ` ${x} `,
    x.toLocaleString("en-US", { maximumFractionDigits: 10 }),
    String(x).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  ]);
}

function rate(rng: Rng): number {
  return rng.pick([
    () => rng.dec(0, 1, 4),
    () => 1,
    () => rng.dec(0, 1, 2),
    () => rng.long(0, 1),
    () => rng.tie(2, 1),
  ])();
}

const capped: (name: "EXECRATE" | "ARRIVALRATE") => FunctionSpec = (name) => ({
  name,
  digitsAt: 3,
  generate(rng) {
    let den = rng.pick([
      1,
      10,
      100,
      1000,
      rng.dec(1, 1e6, 2),
      rng.long(1e12, 1e15),
      rng.dec(1e-6, 1e-3, 9),
      rng.chance(0.2) ? 1e-300 : 7,
    ]);
    let digits = rng.digits();
    let num: number = amount(rng, den * 1.3);
    if (rng.chance(0.25) && [1, 10, 100, 1000].includes(den)) {
      digits = rng.pick([0, 1, 2, 3]);
      num = times(rng.tie(digits, 1.2), den);
    }
    if (rng.chance(0.03)) num = -num || -1;
    if (rng.chance(0.03)) den = rng.pick([0, -den]);
    if (rng.chance(0.05)) num = times(den, 1 - rng.pick([1e-10, 1e-12, 3e-10]));
    if (rng.chance(0.02)) num = rng.pick([1e300, 1e-300, 9.99e307]);
    const w = rng.chance(0.5) ? null : weight(rng);
    const first: Scalar = rng.chance(0.05) ? asText(rng, num, false) : num;
    return {
      fn: name,
      args: [first, den, w, digits],
      formula: ([a, b, c]) => (c ? `MIN(${a}/${b},1)*${c}` : `${a}/${b}`),
    };
  },
});

const RATIOSCORE: FunctionSpec = {
  name: "RATIOSCORE",
  digitsAt: 4,
  generate(rng) {
    const target = rng.pick([0.9, 1, 0.95, 100, rng.dec(0.5, 1, 2), rng.chance(0.1) ? 0 : 0.8]);
    let actual = rng.pick([
      () => rng.dec(0, target * 1.2, 3),
      () => target,
      () => target - rng.pick([1e-10, 4e-10, 1e-12]),
      () => rng.long(0, target),
      () => times(rng.tie(2, 1), target),
    ])();
    if (rng.chance(0.03)) actual = -0.1;
    const floor = rng.chance(0.05)
      ? rng.pick([target * 1.1, -0.1])
      : rng.pick([null, null, 0, rng.dec(0, target, 2), target * 0.6, actual + 1e-10, target]);
    return {
      fn: "RATIOSCORE",
      args: [actual, target, weight(rng), floor, rng.digits()],
      formula: ([a, t, w, f]) =>
        f ? `IF(${a}>=${t},${w},IF(${a}<${f},0,${w}*${a}/${t}))` : `IF(${a}>=${t},${w},${w}*${a}/${t})`,
    };
  },
};

/** Weights that sum to `total`, some as decimals, with now and then a miss. */
function weights(rng: Rng, n: number, total: number): number[] {
  const cuts = Array.from({ length: n - 1 }, () => rng.dec(0, total, 1)).sort((a, b) => a - b);
  const ws = [...cuts, total].map((c, i) => Number((c - (i ? cuts[i - 1] : 0)).toFixed(1)));
  ws[n - 1] = Number((total - ws.slice(0, -1).reduce((s, w) => s + w, 0)).toFixed(1));
  if (rng.chance(0.1)) ws[0] = Number((ws[0] + rng.pick([0.1, -0.1, 1e-10, 5])).toFixed(10));
  return ws;
}

const WEIGHTEDSCORE: FunctionSpec = {
  name: "WEIGHTEDSCORE",
  digitsAt: 3,
  generate(rng) {
    const n = rng.int(1, 6);
    const total = rng.pick([null, null, null, 100, 20, 0]);
    const ws: Scalar[] = rng.chance(0.1) ? [33.3, 33.3, 33.4] : weights(rng, n, total || 100);
    const rs: Scalar[] = ws.map(() => rate(rng));
    if (rng.chance(0.2)) rs[rng.int(0, rs.length - 1)] = null; // a blank rate beside a filled weight
    if (rng.chance(0.1)) {
      const i = rng.int(0, ws.length - 1);
      ws[i] = null; // a blank weight: the pair is skipped
    }
    if (rng.chance(0.03)) rs[0] = 1.05;
    if (rng.chance(0.03)) rs[0] = "95%";
    return {
      fn: "WEIGHTEDSCORE",
      args: [rs, ws, total, rng.digits()],
      formula: ([r, w]) => `SUMPRODUCT(${r},${w})`,
    };
  },
};

const GRADE: FunctionSpec = {
  name: "GRADE",
  generate(rng) {
    const score = rng.pick([
      () => rng.dec(0, 100, 2),
      () => rng.pick([90, 80, 60, 0, 100]),
      () => rng.pick([90, 80, 60]) - rng.pick([1e-10, 1e-14, 0.01, 4e-10, 6e-10]),
      () => rng.long(0, 100),
      () => rng.pick([-1, 100.5]),
    ])();
    if (rng.chance(0.3)) {
      // Bands of the person's own, in any order, sometimes with none at 0 (below them all: #N/A).
      const bands: [string, number][] = rng.pick([
        [
          ["优秀", 90],
          ["良好", 80],
          ["合格", 60],
          ["不合格", 0],
        ],
        [
          ["合格", 60],
          ["优秀", 85],
        ],
        [
          ["优", 90],
          ["良", 75],
          ["中", 60],
          ["差", 0],
        ],
        [
          ["A", 89.5],
          ["B", 70.25],
          ["C", 0],
        ],
      ]);
      const sorted = [...bands].sort((x, y) => y[1] - x[1]);
      return {
        fn: "GRADE",
        args: [score, bands],
        formula: ([s]) =>
          sorted.reduceRight((rest, [label, min]) => `IF(${s}>=${lit(min)},"${label}",${rest})`, `NA()`),
      };
    }
    return {
      fn: "GRADE",
      args: [score, null],
      formula: ([s]) => `IF(${s}>=90,"优",IF(${s}>=80,"良",IF(${s}>=60,"中","差")))`,
    };
  },
};

const SCORERATE: FunctionSpec = {
  name: "SCORERATE",
  digitsAt: 2,
  generate(rng) {
    const w = weight(rng);
    const score = rng.chance(0.06)
      ? rng.pick([w + 0.5, -1])
      : rng.pick([
          () => rng.dec(0, Math.abs(w), 2),
          () => w,
          () => w + rng.pick([1e-10, 4e-10]),
          () => times(rng.tie(2, 1), w || 1),
          () => rng.long(0, Math.abs(w)),
        ])();
    return { fn: "SCORERATE", args: [score, w, rng.digits()], formula: ([s, ww]) => `${s}/${ww}` };
  },
};

const DEDUCT: FunctionSpec = {
  name: "DEDUCT",
  generate(rng) {
    const w = weight(rng);
    const findings = rng.chance(0.03) ? -1 : rng.pick([() => rng.int(0, 10), () => 0, () => rng.dec(0, 5, 1)])();
    const per = rng.chance(0.03) ? -1 : rng.pick([null, null, 0, 0.5, 1, 2, rng.dec(0, 2, 2), 0.1]);
    const floor = rng.chance(0.05)
      ? rng.pick([Math.abs(w) + 1, -1])
      : rng.pick([null, null, 0, rng.dec(0, Math.abs(w), 1), Math.abs(w) - 2e-10]);
    return {
      fn: "DEDUCT",
      args: [w, findings, per, floor],
      formula: ([ww, n, p, f]) => `MAX(${ww}-${n}*${or(p, "1")},${or(f, "0")})`,
    };
  },
};

const TIER: FunctionSpec = {
  name: "TIER",
  generate(rng) {
    const n = rng.int(1, 4);
    const values = Array.from({ length: n }, () => rng.pick([rng.dec(0, 1, 2), rng.int(0, 100), rng.dec(0, 0.5, 1)]));
    const bounds = [...new Set(values)];
    const strict = bounds.map(() => rng.chance(0.25));
    const points = bounds.map(() => rng.pick([rng.dec(0, 5, 1), rng.int(0, 10), -rng.dec(0, 2, 1)]));
    const def = rng.pick([null, null, 0, 1, -1]);
    const near = rng.pick(bounds);
    const value = rng.pick([
      () => near,
      () => near - rng.pick([1e-10, 4e-10, 1e-13]),
      () => near + rng.pick([1e-10, 2e-9, 1e-13]),
      () => rng.dec(-0.1, 1.2, 3),
      () => rng.dec(0, 110, 1),
    ])();
    const cells: Scalar[] = bounds.map((b, i) =>
      strict[i] ? `>${b}` : rng.chance(0.1) ? `${Number((b * 100).toFixed(6))}%` : b,
    );
    // The native chain: highest bound first, a strict bound before an inclusive one of the same value.
    const order = bounds
      .map((_, i) => i)
      .sort((i, j) => bounds[j] - bounds[i] || Number(strict[j]) - Number(strict[i]));
    return {
      fn: "TIER",
      args: [value, cells, points, def],
      formula: ([v, , , d]) =>
        order.reduceRight(
          (rest, i) => `IF(${v}${strict[i] ? ">" : ">="}${lit(bounds[i])},${lit(points[i])},${rest})`,
          or(d, "0"),
        ),
    };
  },
};

const DEVIATIONSCORE: FunctionSpec = {
  name: "DEVIATIONSCORE",
  digitsAt: 5,
  generate(rng) {
    const tolerance = rng.chance(0.03) ? -0.05 : rng.pick([0, 0.05, 0.1, 0.03, rng.dec(0, 0.1, 3)]);
    const deviation = rng.pick([
      () => rng.dec(-0.3, 0.3, 3),
      () => tolerance,
      () => -tolerance,
      () => tolerance + rng.pick([1e-10, 1e-13, 4e-10]),
      () => rng.long(-0.5, 0.5),
      () => tolerance + rng.tie(3, 0.1),
    ])();
    const per = rng.chance(0.05) ? rng.pick([0, -0.1]) : rng.pick([0.1, 0.5, 1, 0.2, rng.dec(0.01, 1, 2)]);
    const step = rng.pick([null, null, 0.01, 0.05, 0.1, 0]);
    return {
      fn: "DEVIATIONSCORE",
      args: [deviation, weight(rng), tolerance, per, step, rng.digits()],
      formula: ([d, w, t, p, s]) => `IF(ABS(${d})<=${t},${w},MAX(${w}-(ABS(${d})-${t})*${p}/${or(s, "0.01")},0))`,
    };
  },
};

const LIKERTSCORE: FunctionSpec = {
  name: "LIKERTSCORE",
  digitsAt: 4,
  generate(rng) {
    const scales = [
      [1, 2, 3, 4, 5],
      [1, 2, 3, 4, 5, 6, 7],
      [100, 75, 50, 25, 0],
      [5, 4, 3, 2, 1],
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    ];
    const scale = rng.chance(0.04) ? [-2, -1, 0, 1, 2] : rng.pick(scales);
    const counts: Scalar[] = scale.map(() =>
      rng.pick([() => rng.int(0, 200), () => rng.dec(0, 40, 1), () => rng.long(0, 1), () => null])(),
    );
    if (rng.chance(0.3)) counts[scale.indexOf(Math.max(...scale))] = rng.pick([null, 0]); // the top count empty
    if (rng.chance(0.05)) counts.fill(null);
    if (rng.chance(0.03)) counts[0] = -3;
    const levels: Scalar[] = [...scale];
    if (rng.chance(0.08)) levels[rng.int(0, levels.length - 1)] = null; // a level left blank beside its count
    const max = rng.pick([
      null,
      null,
      null,
      null,
      Math.max(...scale),
      Math.max(...scale) + 2,
      Math.max(...scale) - 1,
      0,
    ]);
    return {
      fn: "LIKERTSCORE",
      args: [levels, counts, weight(rng), max, rng.digits()],
      formula: ([l, c, w, m]) => `SUMPRODUCT(${l},${c})/SUM(${c})/${or(m, `MAX(${l})`)}*${w}`,
    };
  },
};

const TARGETSCORE: FunctionSpec = {
  name: "TARGETSCORE",
  digitsAt: 3,
  generate(rng) {
    const direction = rng.pick(["≥", "≥", "≤", ""]);
    const percent = rng.chance(0.5);
    const t = rng.chance(0.12)
      ? 0
      : percent
        ? rng.pick([0.9, 0.95, 1, rng.dec(0.5, 1, 2)])
        : rng.pick([30, 100, 51223, rng.int(1, 500)]);
    const text = `${direction}${percent ? `${Number((t * 100).toFixed(4))}%` : t}${percent ? "" : rng.pick(["", "人", "日"])}`;
    const actual = rng.pick([
      () => (percent ? rng.dec(0, 1.1, 3) : rng.int(0, Math.round(t * 1.3) + 2)),
      () => t,
      () => t + rng.pick([1e-10, -1e-10]),
      () => 0,
    ])();
    const w = rng.chance(0.4) ? null : weight(rng);
    const T = lit(t);
    const ratio = (a: string) => (direction === "≤" ? `IF(${a}<=${T},1,${T}/${a})` : `${a}/${T}`);
    return {
      fn: "TARGETSCORE",
      args: [text, actual, w, rng.digits()],
      formula: ([, a, ww]) => (ww ? `MIN(${ratio(a as string)},1)*${ww}` : ratio(a as string)),
    };
  },
};

const PASSLINE: FunctionSpec = {
  name: "PASSLINE",
  digitsAt: 3,
  generate(rng) {
    const line = rng.chance(0.04)
      ? rng.pick([-0.1, 1.5])
      : rng.pick([null, null, 0.6, 0.5, 0, 1, 0.8, rng.dec(0, 1, 2)]);
    const l = line ?? 0.6;
    const r = rng.pick([
      () => rng.dec(0, 1.2, 3),
      () => l,
      () => 1,
      () => 1 - rng.pick([1e-10, 4e-10, 1e-13]),
      () => l + rng.pick([1e-10, -1e-10, 4e-10]),
      () => rng.long(0, 1),
      () => rng.tie(3, 1),
    ])();
    return {
      fn: "PASSLINE",
      args: [r, weight(rng), line, rng.digits()],
      formula: ([rr, w, p]) =>
        `IF(${rr}>=1,${w},IF(${rr}<${or(p, "0.6")},0,(${rr}-${or(p, "0.6")})/(1-${or(p, "0.6")})*${w}))`,
    };
  },
};

const CHECKLIST: FunctionSpec = {
  name: "CHECKLIST",
  digitsAt: 3,
  generate(rng) {
    const n = rng.int(1, 6);
    const words = rng.chance(0.1);
    const points: Scalar[] = Array.from({ length: n }, () =>
      rng.pick([1, 0, 1, 0.5, rng.dec(0, 1, 2), null, ...(words ? ["是", "否", "√", true, false] : [])]),
    );
    if (rng.chance(0.05)) points.fill(null);
    if (rng.chance(0.03)) points[0] = 1.5;
    const shares: Scalar[] | null = rng.chance(0.4) ? points.map(() => rng.pick([1, 2, 0.25, rng.dec(0, 3, 1)])) : null;
    if (shares && rng.chance(0.05)) shares[0] = -1;
    return {
      fn: "CHECKLIST",
      args: [points, weight(rng), shares, rng.digits()],
      formula: ([p, w, s]) =>
        s ? `${w}*SUMPRODUCT(${p},${s})/SUMPRODUCT((${p}<>"")*${s})` : `${w}*SUM(${p})/COUNT(${p})`,
    };
  },
};

const QUALSCORE: FunctionSpec = {
  name: "QUALSCORE",
  digitsAt: 3,
  generate(rng) {
    const level = rng.pick(["达成", "部分达成", "未达成", "A", "B", "C", "基本达成目标"]);
    const [lo, hi] = /^(达成|A|基本达成目标)$/.test(level)
      ? [0.8, 1]
      : /^(部分达成|B)$/.test(level)
        ? [0.6, 0.8]
        : [0, 0.6];
    const factor = rng.pick([
      () => rng.dec(lo, hi, 2),
      () => rng.dec(lo, hi, 3),
      () => rng.pick([lo, hi]),
      () => rng.pick([lo, hi]) - rng.pick([1e-10, 0.01]),
      () => lo + rng.tie(3, hi - lo),
      () => rng.dec(0, 1.1, 2),
    ])();
    return { fn: "QUALSCORE", args: [level, weight(rng), factor, rng.digits()], formula: ([, w, f]) => `${w}*${f}` };
  },
};

const CHECKWEIGHTS: FunctionSpec = {
  name: "CHECKWEIGHTS",
  generate(rng) {
    const total = rng.pick([null, null, 100, 20]);
    const ws: Scalar[] = rng.pick([
      () => weights(rng, rng.int(1, 6), total ?? 100),
      () => [33.3333333333, 33.3333333333, 33.3333333334],
      () => [33.3, 33.3, 33.3],
      () => Array.from({ length: 3 }, () => rng.long(0, 40)),
    ])();
    if (rng.chance(0.1)) ws.push(null);
    if (rng.chance(0.03)) ws[0] = -(ws[0] as number);
    return { fn: "CHECKWEIGHTS", args: [ws, total], formula: ([w, t]) => `SUM(${w})=${or(t, "100")}` };
  },
};

/** Arguments read as text by the rule itself (targets, levels, fulfilment words, bands, text bounds). */
export const TEXT_ARGS: Record<string, number[]> = {
  TARGETSCORE: [0, 1],
  QUALSCORE: [0],
  CHECKLIST: [0],
  GRADE: [1],
  TIER: [1],
};

/**
 * Now and then a cell a person would leave odd: a referenced number cell left blank, or words or
 * TRUE where a number is expected (the native formula still reads the same cell).
 */
export function withOddCells(rng: Rng, c: Case): Case {
  const params = ruleNamed(c.fn)!.params;
  const scalars = c.args
    .map((_, i) => i)
    .filter(
      (i) =>
        !Array.isArray(c.args[i]) &&
        c.args[i] !== null &&
        params[i]?.kind !== "range" &&
        !(TEXT_ARGS[c.fn] ?? []).includes(i),
    );
  if (!scalars.length || !rng.chance(0.06)) return c;
  const args = [...c.args];
  args[rng.pick(scalars)] = rng.pick(["", "", "一千", "abc", true]);
  return { ...c, args };
}

export const SPECS: readonly FunctionSpec[] = [
  capped("EXECRATE"),
  capped("ARRIVALRATE"),
  RATIOSCORE,
  WEIGHTEDSCORE,
  GRADE,
  SCORERATE,
  DEDUCT,
  TIER,
  DEVIATIONSCORE,
  LIKERTSCORE,
  TARGETSCORE,
  PASSLINE,
  CHECKLIST,
  QUALSCORE,
  CHECKWEIGHTS,
];
