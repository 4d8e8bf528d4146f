import { Dec } from "../decimal";
import type { CellValue } from "../cells/readCell";
import { MergedView, type SheetGrid } from "../sheet/grid";
import { readPoints } from "../sheet/readCellText";
import { BAND_WORDS, type FormIndicator, type FundsRow, type QualitativeBandWord, type SelfEvalForm, type StoredTarget } from "./form";
import { COMPLETED_NO, COMPLETED_YES, scoringOf } from "./scoringRules";

/** Where each part of a filled form's 绩效指标 row stands, for messages. */
export interface FormRowCells {
  readonly target: string;
  readonly actual: string;
  readonly score: string | null;
  readonly reason: string | null;
  readonly printedScore: Dec | null;
}

/** A filled 自评表 or goal table read from a sheet. */
export interface FormReading {
  readonly sheet: string;
  readonly form: SelfEvalForm;
  readonly cells: readonly FormRowCells[];
  /** False for a goal table without 分值: rows get completion ratios, not scores. */
  readonly weighted: boolean;
  readonly fundsAt: string | null;
  /** The 项目已完成 cell (2021 forms), null when the form has none. */
  readonly completedAt: string | null;
  readonly printedTotal: { value: Dec; at: string } | null;
}

const compact = (s: string): string => s.replace(/\s+/g, "");
const HEAD = {
  level1: /^一级指标/,
  level2: /^二级指标/,
  name: /^三级指标/,
  target: /^(年度指标值|指标值|预期目标值|目标值|年度目标值)/,
  actual: /^(实际完成值|实际值|完成值|全年实际值)/,
  weight: /^(分值|权重)/,
  score: /^(得分|自评得分)/,
  reason: /^(偏差原因|未完成原因|原因分析)/,
  band: /^完成档次/,
  factor: /^系数/,
  symbol: /^符号$/,
  value: /^值$/,
  unit: /^(单位|计量单位)$/,
};
type Key = keyof typeof HEAD;

function textOf(v: CellValue): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

/** Finds the 绩效指标 table of a form: a row with 三级指标 and 年度指标值 (or 实际完成值). */
function findHeader(view: MergedView): { row: number; cols: Partial<Record<Key, number>>; dataRow: number } | null {
  for (let r = 0; r < Math.min(view.rows, 80); r++) {
    const texts = Array.from({ length: view.cols }, (_, c) => compact(view.text(r, c)));
    if (!texts.some((t) => HEAD.name.test(t)) || !texts.some((t) => HEAD.target.test(t) || HEAD.actual.test(t))) continue;
    const cols: Partial<Record<Key, number>> = {};
    const sub = r + 1 < view.rows ? Array.from({ length: view.cols }, (_, c) => compact(view.text(r + 1, c))) : [];
    texts.forEach((t, c) => {
      for (const k of Object.keys(HEAD) as Key[]) {
        if (cols[k] === undefined && HEAD[k].test(t) && !(k === "level1" && view.mergeAt(r, c)?.left !== undefined && view.mergeAt(r, c)?.left !== c)) cols[k] = c;
      }
    });
    const hasSub = sub.some((t) => HEAD.symbol.test(t) || HEAD.value.test(t));
    if (hasSub) {
      sub.forEach((t, c) => {
        if (HEAD.symbol.test(t)) cols.symbol = c;
        else if (HEAD.value.test(t)) cols.value = c;
        else if (HEAD.unit.test(t)) cols.unit = c;
      });
    }
    return { row: r, cols, dataRow: hasSub ? r + 2 : r + 1 };
  }
  return null;
}

function findFunds(view: MergedView): { rows: FundsRow[]; weight: number; completed?: boolean; at: string | null; completedAt: string | null } {
  for (let r = 0; r < view.rows; r++) {
    for (let c = 0; c < view.cols; c++) {
      if (compact(view.text(r, c)) !== "年度资金总额") continue;
      // Headings above: 年初预算数 / 全年预算数 / 全年执行数 / 分值.
      const head = Array.from({ length: view.cols }, (_, k) => compact(view.text(r - 1, k)));
      const colOf = (re: RegExp) => head.findIndex((t) => re.test(t));
      const [ci, ca, ce, cw] = [colOf(/^年初预算/), colOf(/^全年预算/), colOf(/^(全年执行|全年实际执行|执行数)/), colOf(/^分值/)];
      const rows: FundsRow[] = [];
      for (let k = r; k < Math.min(view.rows, r + 4); k++) {
        const label = compact(view.text(k, c));
        if (!label) break;
        const n = (col: number) => (col < 0 ? undefined : (readPoints(view.value(k, col)).value?.toNumber() ?? undefined));
        rows.push({ label, initial: n(ci), annual: n(ca), executed: n(ce) });
      }
      const weight = cw >= 0 ? (readPoints(view.value(r, cw)).value?.toNumber() ?? 10) : 10;
      // 项目已完成 (是/否), which the 2021 bands of 预算执行率 need.
      const cd = colOf(/^项目(是否)?已?完成/);
      const done = cd < 0 ? "" : compact(view.text(r, cd));
      const completed = done === COMPLETED_YES ? true : done === COMPLETED_NO ? false : undefined;
      return { rows, weight, ...(completed !== undefined ? { completed } : {}), at: view.address(r, c), completedAt: cd < 0 ? null : view.address(r, cd) };
    }
  }
  return { rows: [], weight: 10, at: null, completedAt: null };
}

function after(view: MergedView, label: RegExp): string | undefined {
  for (let r = 0; r < Math.min(view.rows, 40); r++) {
    for (let c = 0; c < view.cols; c++) {
      if (!label.test(compact(view.text(r, c)))) continue;
      for (let k = c + 1; k < view.cols; k++) {
        const t = view.text(r, k);
        if (t && view.mergeAt(r, k)?.left !== c) return t;
      }
    }
  }
  return undefined;
}

/**
 * Reads a filled 项目支出绩效自评表 or a goal table (绩效指标 with 年度指标值 and 实际完成值), with the target
 * either as 符号 / 值 / 单位 or as the free text people write. Null when the sheet holds neither.
 */
export function readForm(grid: SheetGrid): FormReading | null {
  const view = new MergedView(grid);
  const header = findHeader(view);
  if (!header) return null;
  const { cols } = header;
  const funds = findFunds(view);
  const indicators: FormIndicator[] = [];
  const cells: FormRowCells[] = [];
  let printedTotal: FormReading["printedTotal"] = null;
  let level1 = "";
  let level2 = "";
  for (let r = header.dataRow; r < view.rows; r++) {
    const first = compact(view.text(r, cols.level1 ?? 0));
    if (/^(总分|合计|总计)/.test(first)) {
      const at = cols.score ?? cols.weight;
      const v = at === undefined ? null : readPoints(view.value(r, at)).value;
      if (v && at !== undefined) printedTotal = { value: v, at: view.address(r, at) };
      break;
    }
    if (/^(等级|说明|备注)/.test(first)) break;
    if (/^(一级指标|绩效指标)$/.test(first) && compact(view.text(r, cols.name ?? 2)).startsWith("三级指标")) continue; // repeated headings
    const name = view.text(r, cols.name ?? 2);
    if (!name) continue;
    level1 = (cols.level1 !== undefined && view.text(r, cols.level1)) || level1;
    level2 = (cols.level2 !== undefined && view.text(r, cols.level2)) || level2;
    let target: string | StoredTarget;
    let targetAt: string;
    if (cols.symbol !== undefined && cols.value !== undefined) {
      const symbol = compact(view.text(r, cols.symbol)).replace("≥", ">=").replace("≤", "<=");
      const raw = view.value(r, cols.value);
      const unit = cols.unit === undefined ? "" : view.text(r, cols.unit);
      targetAt = view.address(r, cols.value);
      if (symbol === "定性" || typeof raw === "string") target = { symbol: "定性", text: textOf(raw) };
      else target = { symbol: symbol === "<=" ? "<=" : symbol === "=" ? "=" : ">=", value: typeof raw === "number" ? raw : undefined, unit };
    } else {
      target = cols.target === undefined ? "" : view.text(r, cols.target);
      targetAt = cols.target === undefined ? view.address(r, cols.name ?? 2) : view.address(r, cols.target);
    }
    const actualRaw = cols.actual === undefined ? null : view.value(r, cols.actual);
    const weight = cols.weight === undefined ? null : readPoints(view.value(r, cols.weight)).value;
    const band = cols.band === undefined ? "" : compact(view.text(r, cols.band));
    const factor = cols.factor === undefined ? null : readPoints(view.value(r, cols.factor)).value;
    indicators.push({
      level1,
      level2,
      name,
      target: target === "" ? "（空）" : target,
      ...(actualRaw !== null && actualRaw !== undefined && textOf(actualRaw) !== "" ? { actual: typeof actualRaw === "number" ? actualRaw : textOf(actualRaw) } : {}),
      weight: weight?.toNumber() ?? 0,
      ...((BAND_WORDS as readonly string[]).includes(band) ? { band: band as QualitativeBandWord } : {}),
      ...(factor !== null && band ? { factor: factor.gt(1) ? factor.div(100).toNumber() : factor.toNumber() } : {}),
      ...(cols.reason !== undefined && view.text(r, cols.reason) ? { reason: view.text(r, cols.reason) } : {}),
    });
    cells.push({
      target: targetAt,
      actual: view.address(r, cols.actual ?? cols.name ?? 2),
      score: cols.score === undefined ? null : view.address(r, cols.score),
      reason: cols.reason === undefined ? null : view.address(r, cols.reason),
      printedScore: cols.score === undefined ? null : readPoints(view.value(r, cols.score)).value,
    });
  }
  if (!indicators.length) return null;
  const weighted = indicators.some((i) => i.weight > 0);
  return {
    sheet: grid.name,
    form: {
      format: "jixiao-selfeval",
      version: 1,
      project: { name: after(view, /^项目名称/) ?? grid.name, department: after(view, /^主管部门/), unit: after(view, /^实施单位/) },
      funds: { weight: funds.rows.length ? funds.weight : 0, rows: funds.rows.length ? funds.rows : [{ label: "年度资金总额" }], ...(funds.completed !== undefined ? { completed: funds.completed } : {}) },
      indicators,
    },
    cells,
    weighted,
    fundsAt: funds.at,
    completedAt: funds.completedAt,
    printedTotal,
  };
}

/** The reading with the rule set the workbook's settings name (财预〔2020〕10号 or 〔2021〕101号); as read when they name none. */
export function withScoring(reading: FormReading, settings: { readonly scoring?: unknown } | null | undefined): FormReading {
  const scoring = scoringOf(settings?.scoring);
  return scoring ? { ...reading, form: { ...reading.form, scoring } } : reading;
}
