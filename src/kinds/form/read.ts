import { Dec, decimalOf, roundHalfUp } from "../../decimal";
import { parseNumericText, readPoints, type CellValue } from "../../cells/readCell";
import { MergedView, type SheetGrid } from "../../sheet/grid";
import { splitName } from "../../sheet/readCellText";
import { compact, labelText, NOTE_ROW, SIGN_ROW } from "../../sheet/headings";
import { NumberLedger, type UnreadNumber } from "../../sheet/numberLedger";
import { printedRate, type PrintedRate } from "../../cells/printedRate";
import { parseTarget } from "../../targets/parseTarget";
import {
  BAND_WORDS,
  type FormIndicator,
  type FundsRow,
  type QualitativeBandWord,
  type SelfEvalForm,
  type StoredTarget,
} from "./model";
import { COMPLETED_NO, COMPLETED_YES, scoringOf } from "./scoringRules";
import { noteWords } from "../../messages";

/** Where each part of a filled form's 绩效指标 row stands, for messages. */
export interface FormRowCells {
  readonly target: string;
  readonly actual: string;
  readonly score: string | null;
  readonly reason: string | null;
  readonly printedScore: Dec | null;
  /** How the actual's unit was decided, when the cell did not say it; `needsPerson` when no reading is plausible enough. */
  readonly unit?: { readonly zh: string; readonly en: string; readonly needsPerson: boolean };
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
  /** The 执行率 and 得分 printed on the 年度资金总额 row, to compare with the rule's. */
  readonly printedFunds: {
    readonly rate: PrintedRate | null;
    readonly rateAt: string | null;
    readonly score: Dec | null;
    readonly scoreAt: string | null;
  } | null;
  /** Every number in the form's region that no rule used. */
  readonly unread: readonly UnreadNumber[];
  /** What the reader decided that a person should know. */
  readonly notes: readonly { readonly zh: string; readonly en: string }[];
}

/** The national form's empty rows: 指标1, 指标2, ……. */
const PLACEHOLDER = /^(指标\d*[:：]?|[…．.。·—-]+|\d+)$/;
/** The template's 指标1: left before a name people typed after it. */
const TEMPLATE_PREFIX = /^指标\d+\s*[:：]\s*/;
/** Rows under the table that are not indicators: the readers' notes and signatures, and the form's grade line. */
const isFootnote = (first: string): boolean =>
  NOTE_ROW.test(first) || SIGN_ROW.test(first) || /^(评价等级|自评等级)/.test(first);
const HEAD = {
  level1: /^一级指标/,
  level2: /^二级指标/,
  name: /^(三级指标|具体指标|绩效指标名称|指标名称|指标内容)/,
  target: /^(年度指标值|指标值|预期目标值|目标值|年度目标值|预期指标值|年度目标|年初目标值|年初指标值)/,
  actual: /^(实际完成值|实际值|完成值|全年实际值|全年完成值|实际完成数|完成数|实际完成情况|实际完成)/,
  weight: /^(分值|权重)/,
  score: /^(得分|自评得分)/,
  reason: /^(偏差原因|未完成原因|原因分析)/,
  band: /^完成档次/,
  factor: /^系数/,
  symbol: /^(符号|指标性质|运算符|运算符号)$/,
  value: /^(值|指标值|数值)$/,
  unit: /^(单位|计量单位|度量单位)$/,
};
type Key = keyof typeof HEAD;

function textOf(v: CellValue): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

/** Finds the 绩效指标 table of a form: a row with 三级指标 and 年度指标值 (or 实际完成值). */
function findHeader(view: MergedView): { row: number; cols: Partial<Record<Key, number>>; dataRow: number } | null {
  for (let r = 0; r < Math.min(view.rows, 80); r++) {
    const texts = Array.from({ length: view.cols }, (_, c) => compact(view.text(r, c)));
    if (!texts.some((t) => HEAD.name.test(t)) || !texts.some((t) => HEAD.target.test(t) || HEAD.actual.test(t)))
      continue;
    const cols: Partial<Record<Key, number>> = {};
    const sub = r + 1 < view.rows ? Array.from({ length: view.cols }, (_, c) => compact(view.text(r + 1, c))) : [];
    texts.forEach((t, c) => {
      for (const k of Object.keys(HEAD) as Key[]) {
        if (
          cols[k] === undefined &&
          HEAD[k].test(t) &&
          !(k === "level1" && view.mergeAt(r, c)?.left !== undefined && view.mergeAt(r, c)?.left !== c)
        )
          cols[k] = c;
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

/** An execution rate may pass 100 %: a printed number counts as percent points only above 2 (97.8, not 1.05). */
const RATE_POINTS_ABOVE = 2;

interface FundsFound {
  rows: FundsRow[];
  weight: number;
  at: string | null;
  row: number;
  printed: FormReading["printedFunds"];
  /** 项目已完成 (是/否), which the 2021 bands of 预算执行率 need, and its cell. */
  completed?: boolean;
  completedAt: string | null;
}

/** The 年度资金总额 block: its rows' amounts (the labels as typed, colons and all), 分值, and the printed 执行率 and 得分. */
function findFunds(view: MergedView, ledger: NumberLedger): FundsFound {
  for (let r = 0; r < view.rows; r++) {
    for (let c = 0; c < view.cols; c++) {
      if (!/^(年度(财政)?资金总额|资金总额|总额)$/.test(labelText(view.text(r, c)))) continue;
      // Headings above (one or two rows up): 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分.
      let head: string[] = [];
      for (const up of [r - 1, r - 2]) {
        if (up < 0) continue;
        head = Array.from({ length: view.cols }, (_, k) => labelText(view.text(up, k)));
        if (head.some((t) => /^((全年)?预算数|全年预算|调整后预算)/.test(t))) break;
      }
      const colOf = (re: RegExp) => head.findIndex((t) => re.test(t));
      const [ci, ca, ce, cw, cr, cs] = [
        colOf(/^年初预算/),
        colOf(/^(全年)?预算数|^全年预算|^调整后预算/),
        colOf(/^(全年执行|全年实际执行|执行数|实际执行|预算执行数)/),
        colOf(/^(分值|权重)/),
        colOf(/^(预算)?执行率/),
        colOf(/^得分/),
      ];
      const rows: FundsRow[] = [];
      for (let k = r; k < Math.min(view.rows, r + 4); k++) {
        const name = labelText(view.text(k, c));
        // The rows under 年度资金总额 (其中：财政拨款, 上年结转, 其他资金, or a source named by the unit) until the next block.
        if (!name || (k > r && /^(年度总体目标|总体目标|年度目标|绩效指标|一级指标)/.test(name))) break;
        const n = (col: number): number | undefined => {
          if (col < 0) return undefined;
          const v = readPoints(view.value(k, col)).value;
          if (v !== null) ledger.use(k, col);
          return v?.toNumber() ?? undefined;
        };
        const row = { label: name, initial: n(ci), annual: n(ca), executed: n(ce) };
        rows.push(row);
        // A sub-row's printed 执行率 is used when it is 全年执行数 ÷ 全年预算数 at its printed precision.
        const shown = k > r && cr >= 0 ? printedRate(view.value(k, cr), RATE_POINTS_ABOVE) : null;
        if (shown !== null && shown.value.isZero() && !row.annual && !row.executed)
          ledger.use(k, cr); // 0 of 0 printed as 0.00%
        else if (shown !== null && row.annual !== undefined && row.annual > 0 && row.executed !== undefined) {
          const rate = decimalOf(row.executed).div(decimalOf(row.annual));
          if (roundHalfUp(rate, shown.places).eq(shown.value)) ledger.use(k, cr);
        }
      }
      if (cr >= 0)
        ledger.column(cr, "执行率与 全年执行数÷全年预算数 不符", "an execution rate that is not spent ÷ budget");
      // Without a 分值 column the block's label may say its points: 预算执行情况（万元）（20分）.
      const labelPoints =
        cw >= 0 ? null : /[（(](\d+(?:\.\d+)?)分[)）]/.exec([view.text(r, 0), view.text(r - 1, 0), ...head].join(""));
      const printedWeight =
        cw >= 0 ? readPoints(view.value(r, cw)).value : labelPoints ? new Dec(labelPoints[1]) : null;
      if (printedWeight !== null) ledger.use(r, cw);
      const rate = cr >= 0 ? printedRate(view.value(r, cr), RATE_POINTS_ABOVE) : null;
      const score = cs >= 0 ? readPoints(view.value(r, cs)).value : null;
      if (rate !== null) ledger.use(r, cr);
      if (score !== null) ledger.use(r, cs);
      const cd = colOf(/^项目(是否)?已?完成/);
      const done = cd < 0 ? "" : labelText(view.text(r, cd));
      const completed = done === COMPLETED_YES ? true : done === COMPLETED_NO ? false : undefined;
      return {
        rows,
        ...(completed !== undefined ? { completed } : {}),
        completedAt: cd < 0 ? null : view.address(r, cd),
        weight: printedWeight?.toNumber() ?? 10,
        at: view.address(r, c),
        row: r,
        printed:
          rate === null && score === null
            ? null
            : {
                rate,
                rateAt: rate === null ? null : view.address(r, cr),
                score,
                scoreAt: score === null ? null : view.address(r, cs),
              },
      };
    }
  }
  return { rows: [], weight: 10, at: null, row: -1, printed: null, completedAt: null };
}

/** The labels of a form's project details: never an answer to another label. */
const PROJECT_LABEL =
  /^(项目名称|主管部门|实施单位|项目负责人|负责人|联系电话|项目属性|项目类别|项目类型|主管预算部门|预算单位)[:：]?/;

function after(view: MergedView, word: RegExp): string | undefined {
  for (let r = 0; r < Math.min(view.rows, 40); r++) {
    for (let c = 0; c < view.cols; c++) {
      const own = compact(view.text(r, c));
      if (!word.test(own)) continue;
      // 项目名称：某某项目 written in one cell.
      const inCell = /^[^:：]+[:：](.+)$/.exec(view.text(r, c).trim());
      if (inCell) return inCell[1].trim();
      // The next cell to the right; a blank answer followed by the next label (实施单位) is no answer.
      for (let k = c + 1; k < view.cols; k++) {
        const t = view.text(r, k);
        if (!t || view.mergeAt(r, k)?.left === c) continue;
        return PROJECT_LABEL.test(compact(t)) ? undefined : t;
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
  const ledger = new NumberLedger(view);
  const funds = findFunds(view, ledger);
  const indicators: FormIndicator[] = [];
  const cells: FormRowCells[] = [];
  const notes: { zh: string; en: string }[] = [];
  let printedTotal: FormReading["printedTotal"] = null;
  let level1 = "";
  let level2 = "";
  const use = (r: number, c: number | undefined, v: unknown): void => {
    if (c !== undefined && v !== null && v !== undefined) ledger.use(r, c);
  };
  for (let r = header.dataRow; r < view.rows; r++) {
    const rowTexts = Array.from({ length: view.rowLength(r) }, (_, c) => compact(view.text(r, c)));
    const first = compact(view.text(r, cols.level1 ?? 0)) || (rowTexts.find((t) => t !== "") ?? "");
    if (/^(总分|合计|总计|自评总分|得分合计)/.test(labelText(first))) {
      const at = cols.score ?? cols.weight;
      const v = at === undefined ? null : readPoints(view.value(r, at)).value;
      if (v && at !== undefined) {
        printedTotal = { value: v, at: view.address(r, at) };
        ledger.use(r, at);
      }
      if (cols.weight !== undefined && cols.weight !== at && readPoints(view.value(r, cols.weight)).value?.eq(100))
        ledger.use(r, cols.weight);
      ledger.skip(r, "总分行", "the total row");
      break;
    }
    if (isFootnote(first)) {
      ledger.skip(r, "表下的注释", "a note under the table");
      break;
    }
    if (/^(一级指标|绩效指标)$/.test(first) && HEAD.name.test(compact(view.text(r, cols.name ?? 2)))) {
      ledger.skip(r, "重复的表头", "a repeated heading");
      continue;
    }
    const written = view.text(r, cols.name ?? 2);
    if (!written) continue;
    const name = written.replace(TEMPLATE_PREFIX, "") || written;
    const valueCols = [cols.target, cols.value, cols.actual, cols.score, cols.weight].filter(
      (c): c is number => c !== undefined,
    );
    if (
      PLACEHOLDER.test(compact(written)) &&
      valueCols.every((c) => view.text(r, c) === "" || view.sameMerge(r, c, r - 1, c))
    ) {
      ledger.skip(r, "空白的占位行（指标1、……）", "an empty placeholder row");
      continue;
    }
    // 产出指标(50分): the name without the points the template prints beside it.
    const level1Text = cols.level1 === undefined ? "" : view.text(r, cols.level1);
    level1 = (level1Text && (splitName(level1Text).name || level1Text)) || level1;
    level2 = (cols.level2 !== undefined && view.text(r, cols.level2)) || level2;
    let target: string | StoredTarget;
    let targetAt: string;
    if (cols.symbol !== undefined && cols.value !== undefined) {
      const symbol = compact(view.text(r, cols.symbol))
        .replace(/[≥≧]/, ">=")
        .replace(/[≤≦]/, "<=")
        .replace("＞", ">")
        .replace("＜", "<")
        .replace(/^[═＝]+$/, "=");
      const raw = view.value(r, cols.value);
      const unit = cols.unit === undefined ? "" : compact(view.text(r, cols.unit)).replace("％", "%");
      targetAt = view.address(r, cols.value);
      const numeric =
        typeof raw === "number"
          ? { value: decimalOf(raw), percent: false }
          : typeof raw === "string"
            ? parseNumericText(raw)
            : null;
      if (symbol === "定性" || !numeric) target = { symbol: "定性", text: textOf(raw) };
      else {
        // Budget systems store 值 90 with 单位 %: above 1 the value is in percent points; a cell typed as 90 % (or a
        // fraction such as 0.95 beside %) already is a fraction.
        const points = unit === "%" && !numeric.percent && numeric.value.gt(1);
        const value = points ? numeric.value.div(100) : numeric.value;
        if (points)
          notes.push(
            noteWords("valueWithPercentUnit", { at: view.address(r, cols.value), value: numeric.value.toFixed() }),
          );
        target = {
          symbol: /^<=?$|^＜/.test(symbol) ? "<=" : symbol === "=" ? "=" : ">=",
          value: value.toNumber(),
          unit: unit || (numeric.percent ? "%" : ""),
        };
        ledger.use(r, cols.value);
      }
    } else {
      target = cols.target === undefined ? "" : view.text(r, cols.target);
      targetAt = cols.target === undefined ? view.address(r, cols.name ?? 2) : view.address(r, cols.target);
      if (cols.target !== undefined) ledger.use(r, cols.target);
    }
    const actualRaw = cols.actual === undefined ? null : view.value(r, cols.actual);
    const weight = cols.weight === undefined ? null : readPoints(view.value(r, cols.weight)).value;
    const band = cols.band === undefined ? "" : compact(view.text(r, cols.band));
    const factor = cols.factor === undefined ? null : readPoints(view.value(r, cols.factor)).value;
    const printedScore = cols.score === undefined ? null : readPoints(view.value(r, cols.score)).value;
    use(r, cols.actual, actualRaw);
    use(r, cols.weight, weight);
    use(r, cols.factor, factor);
    use(r, cols.score, printedScore);
    const actual =
      actualRaw !== null && actualRaw !== undefined && textOf(actualRaw) !== ""
        ? actualWithUnit(actualRaw, target)
        : null;
    if (actual?.unit) notes.push(noteWords("atCell", { at: view.address(r, cols.actual ?? 0), what: actual.unit }));
    indicators.push({
      level1,
      level2,
      name,
      target: target === "" ? "（空）" : target,
      ...(actual ? { actual: actual.value } : {}),
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
      printedScore,
      ...(actual?.unit ? { unit: actual.unit } : {}),
    });
  }
  if (!indicators.length) return null;
  const weighted = indicators.some((i) => i.weight > 0);
  const from = funds.row >= 0 ? Math.min(funds.row, header.row) : header.row;
  return {
    sheet: grid.name,
    form: {
      format: "jixiao-selfeval",
      version: 1,
      project: {
        name: after(view, /^项目名称/) ?? grid.name,
        department: after(view, /^主管部门/),
        unit: after(view, /^实施单位/),
      },
      funds: {
        weight: funds.rows.length ? funds.weight : 0,
        rows: funds.rows.length ? funds.rows : [{ label: "年度资金总额" }],
        ...(funds.completed !== undefined ? { completed: funds.completed } : {}),
      },
      indicators,
    },
    cells,
    weighted,
    fundsAt: funds.at,
    completedAt: funds.completedAt,
    printedTotal,
    printedFunds: funds.printed,
    unread: (() => {
      for (let r = 0; r < from; r++)
        ledger.outside(
          r,
          "项目信息区的数字（如项目编码），未读取",
          "a number in the project details (such as a project code); not read",
        );
      return ledger.unread(0, view.rows - 1);
    })(),
    notes,
  };
}

/**
 * An actual next to its target, with the unit the cell leaves out: a bare number beside a % target is read in
 * percent points when above 1 (84.3 → 84.3 %), as a fraction when at most 1 and the target is a ≥ rate of 10 % or
 * more (0.95 → 95 %), and otherwise left to a person; each reading is said.
 */
function actualWithUnit(
  raw: CellValue,
  target: string | StoredTarget,
): { value: number | string; unit?: FormRowCells["unit"] } {
  const text = textOf(raw);
  const percentTarget = typeof target === "string" ? /[%％]|百分比|百分之/.test(target) : target.unit === "%";
  const numeric = typeof raw === "number" ? { value: decimalOf(raw), percent: false } : parseNumericText(text);
  if (!percentTarget || !numeric || numeric.percent) return { value: typeof raw === "number" ? raw : text };
  const n = numeric.value;
  if (n.isZero()) return { value: 0 };
  if (n.gt(1))
    return {
      value: `${n.toFixed()}%`,
      unit: { ...noteWords("actualAsTargetPercent", { value: n.toFixed() }), needsPerson: false },
    };
  const parsed = typeof target === "string" ? parseTarget(target) : null;
  const direction =
    typeof target === "string" ? (parsed?.kind === "quantity" ? parsed.direction : ">=") : target.symbol;
  const level =
    typeof target === "string"
      ? parsed?.kind === "quantity"
        ? parsed.value
        : null
      : target.value === undefined
        ? null
        : decimalOf(target.value);
  if (direction === ">=" && level !== null && level.gte(0.1)) {
    const pct = roundHalfUp(n.times(100), 10).toFixed();
    return {
      value: `${pct}%`,
      unit: { ...noteWords("actualAsFraction", { value: n.toFixed(), percent: pct }), needsPerson: false },
    };
  }
  return {
    value: typeof raw === "number" ? raw : text,
    unit: {
      ...noteWords("actualUnitUnknown", { value: n.toFixed(), hundredfold: n.times(100).toFixed() }),
      needsPerson: true,
    },
  };
}

/** The reading with the rule set the workbook's settings name (财预〔2020〕10号 or 〔2021〕101号); as read when they name none. */
export function withScoring(
  reading: FormReading,
  settings: { readonly scoring?: unknown } | null | undefined,
): FormReading {
  const scoring = scoringOf(settings?.scoring);
  return scoring ? { ...reading, form: { ...reading.form, scoring } } : reading;
}
