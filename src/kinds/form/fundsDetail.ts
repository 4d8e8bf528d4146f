import { Dec, ZERO, decimalOf } from "../../decimal";
import { formula, num, text, type AreaValidation, type LayoutCell, type SheetLayout } from "../../layout/model";
import { abs, address } from "../../layout/refs";
import { MergedView, type Area, type SheetGrid } from "../../sheet/grid";
import { readPoints } from "../../cells/readCell";
import { rowHeightsOf } from "../../layout/rowHeights";
import { readBound, TIER, type Bound } from "../../rules/tier";
import { stepsFormula } from "../../layout/thresholds";

/** One source of funds in the 自评基础数据表 (万元), 市本级 and 县区 side by side. */
export interface FundsDetailRow {
  source: string;
  initial?: number;
  adjustment?: number;
  allocatedCity?: number;
  allocatedCounty?: number;
  arrivedCity?: number;
  arrivedCounty?: number;
  spentCity?: number;
  spentCounty?: number;
}

export interface FundsDetail {
  /** 合计 first, then 市/省/中央财政资金 and 其他资金. */
  rows: FundsDetailRow[];
  /** Whether the adjustment came from a unified policy (统一政策原因): then it costs no points. */
  policyAdjustment?: boolean;
}

/**
 * 预算调整 deduction bands of seed 003's 评分表: (0,10%) −0.5, [10%,20%) −1, [20%,50%) −2, ≥50% −3, as TIER
 * bounds (">x" strict) and points, lowest first. The scorer reads them through TIER; the sheet's formula and
 * its note are written from them.
 */
export const ADJUSTMENT_TIERS = [
  { bound: ">0", points: 0.5 },
  { bound: "10%", points: 1 },
  { bound: "20%", points: 2 },
  { bound: "50%", points: 3 },
] as const;

const adjustmentBounds = ADJUSTMENT_TIERS.map((t) => ({ ...(readBound(t.bound) as Bound), points: t.points }));

/** The deduction as a native formula over an adjustment rate: the highest tier reached, 0 below all. */
export function adjustmentFormula(rate: string): string {
  const steps = [...adjustmentBounds]
    .reverse()
    .map((b) => ({ min: b.value.toFixed(), strict: b.strict, result: String(b.points) }));
  return stepsFormula(rate, steps, "0");
}

const percent = (d: Dec): string => (d.isZero() ? "0" : `${d.times(100).toFixed()}%`);

/** The tiers in words: 大于 0 小于 10% 扣 0.5 分，10%（含）–20% 扣 1 分，20%（含）–50% 扣 2 分，50% 及以上扣 3 分. */
export function adjustmentInWords(): string {
  return adjustmentBounds
    .map((b, i) => {
      const next = adjustmentBounds[i + 1];
      const low = percent(b.value);
      const range = next
        ? b.strict
          ? `大于 ${low} 小于 ${percent(next.value)}`
          : `${low}（含）–${percent(next.value)}`
        : b.strict
          ? `大于 ${low}`
          : `${low} 及以上`;
      return `${range}${next || b.strict ? " " : ""}扣 ${b.points} 分`;
    })
    .join("，");
}

export interface FundsDetailFigures {
  readonly budget: Dec;
  readonly arrived: Dec;
  readonly spent: Dec;
  readonly arrivalRate: Dec | null;
  readonly executionRate: Dec | null;
  readonly adjustmentRate: Dec | null;
  /** Points off 预算编制科学性 for the adjustment (0 for a unified-policy adjustment). */
  readonly deduction: Dec;
}

const d = (v: number | undefined): Dec => (v === undefined ? ZERO : decimalOf(v));

/** 实际预算数 = 期初 + 调整; 到位率 = 实际到位 ÷ 实际预算数; 执行率 = 实际支出 ÷ 实际到位; 调整率 = 调整 ÷ 期初. */
export function fundsFigures(row: FundsDetailRow, policyAdjustment = false): FundsDetailFigures {
  const budget = d(row.initial).plus(d(row.adjustment));
  const arrived = d(row.arrivedCity).plus(d(row.arrivedCounty));
  const spent = d(row.spentCity).plus(d(row.spentCounty));
  const adjustmentRate = row.initial ? d(row.adjustment).abs().div(d(row.initial)) : null;
  let deduction = ZERO;
  if (adjustmentRate !== null && !policyAdjustment) {
    const r = TIER.evaluate([
      adjustmentRate.toNumber(),
      ADJUSTMENT_TIERS.map((t) => t.bound),
      ADJUSTMENT_TIERS.map((t) => t.points),
    ]);
    if (r.ok && r.value instanceof Dec) deduction = r.value;
  }
  return {
    budget,
    arrived,
    spent,
    arrivalRate: budget.isZero() ? null : arrived.div(budget),
    executionRate: arrived.isZero() ? null : spent.div(arrived),
    adjustmentRate,
    deduction,
  };
}

export const FUNDS_SHEET = "基础数据表";
const HEADS = [
  "资金来源",
  "期初预算数",
  "预算调整/调剂金额",
  "实际预算数",
  "实际分配下达（市本级）",
  "实际分配下达（转移支付至县区）",
  "实际到位（市本级）",
  "实际到位（县区）",
  "实际支出（市本级）",
  "实际支出（县区）",
  "资金到位率",
  "预算执行率",
  "预算调整率",
  "预算调整扣分",
];

/** The 自评基础数据表 as a sheet: amounts typed in, 实际预算数, the rates and the deduction as native formulas. */
export function layoutFundsDetail(detail: FundsDetail, title: string): SheetLayout {
  const cells: LayoutCell[] = [];
  const merges: Area[] = [{ top: 0, left: 0, bottom: 0, right: HEADS.length - 1 }];
  cells.push({
    row: 0,
    col: 0,
    content: text(`${title} 项目支出绩效自评基础数据表（金额单位：万元）`),
    style: "title",
  });
  HEADS.forEach((h, c) => cells.push({ row: 1, col: c, content: text(h), style: "heading" }));
  const policyRow = 2 + detail.rows.length;
  cells.push({ row: policyRow, col: 0, content: text("调整是否因统一政策"), style: "heading" });
  cells.push({ row: policyRow, col: 1, content: text(detail.policyAdjustment ? "是" : "否"), style: "score" });
  const policyCell = address(policyRow, 1);
  const validations: AreaValidation[] = [
    {
      area: { top: policyRow, left: 1, bottom: policyRow, right: 1 },
      formula: `OR(${policyCell}="是",${policyCell}="否")`,
      errorTitle: "是/否",
      error: "请填写 是 或 否。",
      promptTitle: "统一政策调整",
      prompt: "统一政策原因的调整不扣分",
    },
  ];
  detail.rows.forEach((row, i) => {
    const r = 2 + i;
    const f = fundsFigures(row, detail.policyAdjustment);
    const amounts = [
      row.initial,
      row.adjustment,
      null,
      row.allocatedCity,
      row.allocatedCounty,
      row.arrivedCity,
      row.arrivedCounty,
      row.spentCity,
      row.spentCounty,
    ];
    cells.push({ row: r, col: 0, content: text(row.source), style: "name" });
    amounts.forEach((v, k) => {
      if (k === 2) return;
      cells.push({
        row: r,
        col: k + 1,
        content: v === undefined || v === null ? null : num(v),
        style: "score",
        numFmt: "#,##0.00",
      });
    });
    const A = (c: number) => abs(r, c);
    cells.push({
      row: r,
      col: 3,
      content: formula(`${A(1)}+${A(2)}`, f.budget.toNumber()),
      style: "weight",
      numFmt: "#,##0.00",
    });
    cells.push({
      row: r,
      col: 10,
      content: formula(`IF(${A(3)}=0,"",(${A(6)}+${A(7)})/${A(3)})`, f.arrivalRate?.toNumber() ?? ""),
      style: "rate",
      numFmt: "0.00%",
    });
    cells.push({
      row: r,
      col: 11,
      content: formula(
        `IF(${A(6)}+${A(7)}=0,"",(${A(8)}+${A(9)})/(${A(6)}+${A(7)}))`,
        f.executionRate?.toNumber() ?? "",
      ),
      style: "rate",
      numFmt: "0.00%",
    });
    cells.push({
      row: r,
      col: 12,
      content: formula(`IF(N(${A(1)})=0,"",ABS(N(${A(2)}))/${A(1)})`, f.adjustmentRate?.toNumber() ?? ""),
      style: "rate",
      numFmt: "0.00%",
    });
    const rate = A(12);
    const policy = abs(policyRow, 1);
    cells.push({
      row: r,
      col: 13,
      content: formula(`IF(OR(${policy}="是",${rate}=""),0,${adjustmentFormula(rate)})`, f.deduction.toNumber()),
      style: "weight",
    });
  });
  cells.push({
    row: policyRow + 1,
    col: 0,
    content: text(
      `说明：实际预算数 = 期初预算数 + 调整；资金到位率 = 实际到位 ÷ 实际预算数；预算执行率 = 实际支出 ÷ 实际到位；非统一政策原因的预算调整：${adjustmentInWords()}。`,
    ),
    style: "note",
  });
  merges.push({ top: policyRow + 1, left: 0, bottom: policyRow + 1, right: HEADS.length - 1 });
  const columns = HEADS.map((_, c) => ({ width: c === 0 ? 14 : 11 }));
  return {
    name: FUNDS_SHEET,
    cells,
    merges,
    columns,
    // The headings wrap (实际分配（县区）…): rows sized to them, as nothing auto-fits on opening.
    rowHeights: rowHeightsOf({ cells, merges, columns, rowCount: policyRow + 2 }),
    rowCount: policyRow + 2,
    colCount: HEADS.length,
    frozenRows: 2,
    problemFormats: [],
    validations,
    print: { titleRows: [1, 1] },
  };
}

/** Reads a 自评基础数据表 as seed 003 prints it (期初预算数 … 实际支出, 市本级 and 县区); null when the sheet has none. */
export function readFundsDetail(grid: SheetGrid): { detail: FundsDetail; at: string } | null {
  const view = new MergedView(grid);
  for (let r = 0; r < view.rows; r++) {
    for (let c = 0; c < view.cols; c++) {
      if (!/^期初预算/.test(view.text(r, c).replace(/\s+/g, ""))) continue;
      // The amounts run to the right of 期初预算数, in the printed order; the source labels sit left of it.
      const colsFrom = c;
      const rows: FundsDetailRow[] = [];
      for (let k = r + 1; k < view.rows && rows.length < 6; k++) {
        const labelCell = Array.from({ length: colsFrom }, (_, x) => view.text(k, colsFrom - 1 - x)).find((t) =>
          /合计|财政资金|其他资金/.test(t),
        );
        if (!labelCell) continue;
        const n = (off: number) => readPoints(view.value(k, colsFrom + off)).value?.toNumber() ?? undefined;
        rows.push({
          source: labelCell,
          initial: n(0),
          adjustment: n(1),
          allocatedCity: n(3),
          allocatedCounty: n(4),
          arrivedCity: n(5),
          arrivedCounty: n(6),
          spentCity: n(7),
          spentCounty: n(8),
        });
      }
      if (rows.length) return { detail: { rows }, at: view.address(r, c) };
    }
  }
  return null;
}
