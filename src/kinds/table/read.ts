import { Dec } from "../../decimal";
import { bandsInText, type GradeBand } from "../../grades";
import { problem, type Problem } from "../../tree/checkTree";
import type { IndicatorNode, IndicatorTree } from "../../tree/node";
import { columnLetters, MergedView, type SheetGrid } from "../../sheet/grid";
import {
  compact,
  findLayout,
  isLevelHeadingRow,
  WEIGHT_WORD,
  type LayoutOptions,
  type TableLayout,
  labelText,
  NOTE_ROW,
  SIGN_ROW,
} from "../../sheet/headings";
import { NumberLedger, numericShown, type SkippedRow, type UnreadNumber } from "../../sheet/numberLedger";
import { printedRate } from "../../cells/printedRate";
import { expertColumns, readPanel, type PanelReading } from "../panel/read";
import { isNotApplicable, splitName } from "../../sheet/readCellText";
import { readPoints } from "../../cells/readCell";
import { noteWords } from "../../messages";

/** An indicator table read from a sheet, with everything located by cell address. */
export interface ReadTable {
  readonly sheet: string;
  readonly layout: TableLayout;
  readonly tree: IndicatorTree;
  /** Problems met while reading: text where a number belongs, a printed 得分率 that is not score ÷ weight. */
  readonly problems: readonly Problem[];
  /** The 合计 row as printed, if the sheet has one. */
  readonly printedTotal: {
    readonly weight: Dec | null;
    readonly weightAt: string | null;
    readonly score: Dec | null;
    readonly scoreAt: string;
  } | null;
  /** The printed grade (a 评价等级 row, or a grade beside the total), as its cell shows it. */
  readonly printedGrade: { readonly text: string; readonly at: string } | null;
  /** Grade bands stated in a note under the table (`90分（含）以上为优秀，…`). */
  readonly bandsInNote: { readonly bands: readonly GradeBand[]; readonly at: string } | null;
  /** Every number in the table's region that no rule used, with its cell and why. */
  readonly unread: readonly UnreadNumber[];
  /** Rows passed over, and why. */
  readonly skipped: readonly SkippedRow[];
  /** What the reader decided that a person should know (rows summed into one leaf, weights taken from a parent). */
  readonly remarks: readonly { readonly at: string; readonly zh: string; readonly en: string }[];
  /** A panel's sheet (jx template --experts, jx panel): the experts' columns beside the panel's 得分; absent otherwise. */
  readonly panel?: PanelReading;
}

/** How to read a table: which score column, and the total the top level must reach. */
export interface TableOptions extends LayoutOptions {
  /** The workbook's own total (its settings); 100 when none. */
  readonly total?: Dec;
  /** The sheet is one we wrote (the workbook carries our settings): parents are merged, never printed twice. */
  readonly ownLayout?: boolean;
}

interface Draft {
  name: string;
  rawText: string;
  code?: string;
  weight: Dec | null;
  score: Dec | null;
  notApplicable: boolean;
  rows: string[];
  explanation?: string;
  criteria?: string;
  note?: string;
  children: Draft[];
  parent: Draft | null;
  lastRow: number;
  /** The row it was first named on. */
  row: number;
  /** The last row whose score cell this leaf took (merged score cells count once). */
  scoreRow: number;
  weightRow: number;
  at: { name: string; weight: string; score: string };
}

const TOTAL_PART = /合计|总计|总分|总得分/;
const TOTAL_WHOLE =
  /^(综合得分|综合评分|评价得分|最终得分|综合评价得分|绩效评价得分|评价总得分|自评得分|自评总分|得分|综合评价|分数)$/;
/** A 合计 row's label, in the many ways reports print it (合计, 总计, 总分, 综合得分, 评价得分合计, 合 计 …). */
export function isTotalLabel(text: string): boolean {
  const t = labelText(text);
  return t.length > 0 && t.length <= 16 && (TOTAL_PART.test(t) || TOTAL_WHOLE.test(t));
}
const GRADE_LABEL =
  /^(评价等级|评价等次|绩效等级|绩效评价等级|评定等级|评价级别|等级|等次|自评等级|自评等次|评价结果)[:：]?/;
const GRADE_ROW =
  /^(评价等级|评价等次|绩效等级|绩效评价等级|评定等级|评价级别|等级|等次|自评等级|自评等次|评价结果)([:：（(]|$|[优良中差合不及]|[□☑√■])/;
/** Words that only headings hold: a row of nothing else is a heading repeated on a new page. */
const HEADING_WORD =
  /^(名称|指标名称|权重|分值|分数|权重\(%\)|权重（%）|评价指标|指标说明|指标解释|评分标准|评分说明|评分细则|得分率|备注|(单位|部门)?(自评|评价|实际|最终|专家|核定|复核)?(得分|评分))$/;

function toNode(d: Draft): IndicatorNode {
  return {
    name: d.name,
    code: d.code,
    weight: d.weight,
    score: d.children.length ? null : d.score,
    notApplicable: d.children.length ? false : d.notApplicable,
    rows: d.rows,
    explanation: d.explanation,
    criteria: d.criteria,
    note: d.note,
    children: d.children.map(toNode),
    at: d.at,
  };
}

/**
 * Reads the first indicator table of a sheet, in the layouts real reports print: parent cells merged,
 * blank below their first row, or repeated; weights in their own column or inside the name; codes
 * such as A11 or 一、; a 合计 row however it is labelled; a grade row, notes and signatures under it;
 * tables split over pages with their headings repeated; a leaf whose rows each carry a score. Every number
 * in the table's region is used or listed in `unread` with its cell. Null when the sheet holds no table.
 */
export function readTable(grid: SheetGrid, options: TableOptions = {}): ReadTable | null {
  const view = new MergedView(grid);
  const found = findLayout(view, 0, options);
  if (!found) return null;
  const reader = new TableReader(grid, view, found, options);
  for (let r = found.dataRow; r < view.rows; r++) reader.readRow(r);
  return reader.finish();
}

/** One row as the reader first sees it: its texts, the first word, and every filled cell. */
interface RowText {
  readonly all: readonly string[];
  readonly firstAt: number;
  readonly first: string;
  readonly filled: readonly string[];
  readonly rowText: string;
}

/** The reading of one table, row by row: what each kind of row adds, then the tree and what was not read. */
class TableReader {
  /** The layout in force: a table continued on a new page may repeat its headings with its columns moved. */
  private layout: TableLayout;
  private readonly ledger: NumberLedger;
  private readonly depth: number;
  private readonly problems: Problem[] = [];
  private readonly remarks: { at: string; zh: string; en: string }[] = [];
  private readonly roots: Draft[] = [];
  private path: (Draft | null)[];
  private printedTotal: ReadTable["printedTotal"] = null;
  private printedGrade: ReadTable["printedGrade"] = null;
  private bandsInNote: ReadTable["bandsInNote"] = null;
  private readonly totalRowWeights: { r: number; c: number; value: Dec }[] = [];
  private readonly rateCells: { r: number; leaf: Draft }[] = [];
  private totalRate: { r: number; score: Dec; weight: Dec | null } | null = null;
  private lastLeaf: Draft | null = null;
  private readonly nameCols: Set<number>;
  private readonly weightCols: number[];
  /** Which levels carry weights somewhere: a name with a blank weight at such a level shares the weight above it. */
  private readonly levelHasWeights: boolean[];
  /** Levels whose names the table merges over their rows (or our own layout): a name there is never printed twice. */
  private readonly levelMerged: boolean[];

  constructor(
    private readonly grid: SheetGrid,
    private readonly view: MergedView,
    found: TableLayout,
    private readonly options: TableOptions,
  ) {
    this.layout = found;
    this.ledger = new NumberLedger(view);
    this.depth = found.levels.length;
    this.path = Array<Draft | null>(this.depth).fill(null);
    this.nameCols = new Set(found.levels.map((l) => l.name));
    this.weightCols = found.levels.flatMap((l) => (l.weight === null ? [] : [l.weight]));
    this.markColumns(found);
    for (let r = 0; r < found.headingRow; r++)
      this.ledger.outside(
        r,
        "表头以上（标题区）的数字，未读取",
        "a number above the headings (the title area); not read",
      );
    this.levelHasWeights = found.levels.map((_, l) => {
      for (let r = found.dataRow; r < view.rows; r++) {
        if (readPoints(this.weightCell(r, l)).value !== null || splitName(this.nameOf(r, l)).weight !== null)
          return true;
      }
      return false;
    });
    this.levelMerged = found.levels.map(
      (l) =>
        options.ownLayout === true ||
        grid.merges.some((m) => m.left === l.name && m.bottom > m.top && m.top >= found.dataRow),
    );
  }

  private nameOf(r: number, l: number): string {
    return this.view.text(r, this.layout.levels[l].name);
  }

  private weightCell(r: number, l: number) {
    const c = this.layout.levels[l].weight;
    return c === null ? undefined : this.view.value(r, c);
  }

  private textAt(r: number, c: number | null): string | undefined {
    return c === null ? undefined : this.view.text(r, c) || undefined;
  }

  private numberAt(r: number, c: number | null): Dec | null {
    return c === null ? null : readPoints(this.view.value(r, c)).value;
  }

  private scoreAt(r: number): Dec | null {
    const c = this.layout.score;
    return c === null || isNotApplicable(this.view.value(r, c)) ? null : readPoints(this.view.value(r, c)).value;
  }

  /** Columns whose numbers are not scores: text columns, other score columns, 适用分值, 得分率, experts' own scores. */
  private markColumns(L: TableLayout): void {
    const ledger = this.ledger;
    for (const c of [L.explanation, L.criteria, L.note])
      if (c !== null) ledger.column(c, "说明文字列中的数字，未用于计分", "a number in a text column; not used");
    for (const s of L.scoreColumns) {
      if (s.col !== L.score)
        ledger.column(
          s.col,
          `另一得分列“${s.heading}”（${columnLetters(s.col)} 列），未用于计分`,
          `another score column, "${s.heading}"; not used`,
        );
    }
    if (L.applicable !== null)
      ledger.column(L.applicable, "适用分值与该指标分值不符", "an applicable weight that is not the indicator's");
    if (L.rate !== null)
      ledger.column(
        L.rate,
        "得分率与得分÷分值不符，或无法对应到一个指标",
        "a 得分率 that is not score ÷ weight, or not one indicator's",
      );
    // A panel's sheet (jx template --experts, jx panel): each expert's own column beside the panel's 得分.
    for (const c of expertColumns(this.view, L.headingRow, L.score))
      ledger.column(
        c,
        "专家个人评分列（“得分”列为专家组得分），未用于计分",
        "an expert's own score column (得分 holds the panel's score); not used",
      );
  }

  /** One row of the table: a heading repeated, a note, the 合计 row, the grade row, a title, or indicators. */
  readRow(r: number): void {
    const view = this.view;
    const all = Array.from({ length: view.rowLength(r) }, (_, c) => view.text(r, c));
    const firstAt = all.findIndex((t) => t !== "" && numericShown(t) === null);
    const first = firstAt < 0 ? "" : compact(all[firstAt]);
    const filled = all.filter((t) => t !== "");
    if (!filled.length) return;
    const row: RowText = { all, firstAt, first, filled, rowText: compact(filled.join("")) };
    if (this.headingAgain(r, row) || this.noteOrSignature(r, row)) return;
    const names = this.layout.levels.map((_, l) => this.nameOf(r, l));
    const totalLabel = [first, ...names].find((t) => t !== "" && isTotalLabel(t));
    if (totalLabel !== undefined && !GRADE_ROW.test(first)) return this.totalRow(r, row);
    if (GRADE_ROW.test(first)) return this.gradeRow(r, row);
    if (
      filled.length === 1 &&
      (/[:：]/.test(first) || /表$/.test(first) || /^续表/.test(first) || /^[（(]?单位/.test(first))
    ) {
      this.ledger.skip(r, "标题或单位行", "a title or unit line");
      return;
    }
    if (names.every((n) => n === "")) {
      // A continuation row: a further scoring point of the leaf above, with its own score.
      const s = this.scoreAt(r);
      const leaf = this.lastLeaf;
      const sc = this.layout.score;
      if (leaf && s !== null && sc !== null && !view.sameMerge(r, sc, leaf.scoreRow, sc)) this.addRowScore(leaf, r, s);
      return;
    }
    const longText = names.find((n) => n.length > 40 || /[。；;]/.test(n));
    if (
      longText !== undefined &&
      this.weightCols.every((c) => this.numberAt(r, c) === null) &&
      this.scoreAt(r) === null &&
      filled.length <= this.depth
    ) {
      this.ledger.skip(r, "名称列中的说明文字，不是指标", "explanatory text in a name column, not an indicator");
      return;
    }
    this.indicatorRow(r, names);
  }

  /** A heading row printed again (a table split over pages), perhaps with its columns moved: read on by the new one. */
  private headingAgain(r: number, { first, filled }: RowText): boolean {
    const view = this.view;
    if (!(isLevelHeadingRow(view, r) || /^评价指标$/.test(first) || filled.every((t) => HEADING_WORD.test(compact(t)))))
      return false;
    this.ledger.skip(r, "重复的表头", "a repeated heading");
    const again = isLevelHeadingRow(view, r) ? findLayout(view, r, this.options) : null;
    if (
      again &&
      again.headingRow === r &&
      again.levels.length === this.depth &&
      JSON.stringify(again) !== JSON.stringify({ ...this.layout, headingRow: r, dataRow: again.dataRow })
    ) {
      this.layout = again;
      this.markColumns(again);
      this.remarks.push({ at: view.address(r, 0), ...noteWords("headingsMoved", { row: r + 1 }) });
    }
    return true;
  }

  /** Notes, opinions, signatures and dates under the table; a note may state the grade bands. */
  private noteOrSignature(r: number, { first, filled, firstAt, rowText }: RowText): boolean {
    if (!(
      NOTE_ROW.test(first) ||
      SIGN_ROW.test(first) ||
      /年\s*月\s*日\s*$/.test(rowText) ||
      /[（(](签字|签名|盖章)[)）]/.test(rowText)
    ))
      return false;
    const bands = bandsInText(filled.join("，"));
    if (bands && !this.bandsInNote) this.bandsInNote = { bands, at: this.view.address(r, firstAt) };
    this.ledger.skip(
      r,
      NOTE_ROW.test(first) ? "表下的注释或意见" : "签字、日期行",
      NOTE_ROW.test(first) ? "a note under the table" : "a signature or date line",
    );
    return true;
  }

  /** The 合计 row: the level totals, the printed total score and its rate, and a grade printed beside it. */
  private totalRow(r: number, { all }: RowText): void {
    const layout = this.layout;
    for (const c of this.weightCols) {
      const v = this.numberAt(r, c);
      if (v !== null) this.totalRowWeights.push({ r, c, value: v });
    }
    const w = this.totalRowWeights.find((x) => x.r === r) ?? null;
    const score = this.numberAt(r, layout.score);
    if (layout.score !== null && score !== null) this.ledger.use(r, layout.score);
    if (layout.rate !== null && score !== null) this.totalRate = { r, score, weight: w?.value ?? null };
    this.printedTotal = {
      weight: w?.value ?? null,
      weightAt: w ? this.view.address(r, w.c) : null,
      score,
      scoreAt: this.view.address(r, layout.score ?? 0),
    };
    // A grade printed beside the total (合计 | 100 | 91.3 | 优).
    const gradeAt = all.findIndex(
      (t, c) =>
        t !== "" && !isTotalLabel(t) && numericShown(t) === null && !this.nameCols.has(c) && c > (layout.score ?? 0),
    );
    if (gradeAt >= 0 && compact(all[gradeAt]).length <= 12)
      this.printedGrade = { text: compact(all[gradeAt]), at: this.view.address(r, gradeAt) };
    this.ledger.skip(r, "合计行", "the total row");
  }

  /** The 评价等级 row: the grade as printed (blank in our own workbooks until every score is in). */
  private gradeRow(r: number, { all, firstAt }: RowText): void {
    const view = this.view;
    const own = all.map((t, c) => (view.mergeAt(r, c) && view.mergeAt(r, c)?.left !== c ? "" : t));
    const text = compact(own.slice(firstAt).join(""));
    const valueAt = all.findIndex((t, c) => c > firstAt && t !== "");
    if (text.replace(GRADE_LABEL, "") !== "")
      this.printedGrade = { text, at: view.address(r, valueAt >= 0 ? valueAt : firstAt) };
    this.ledger.skip(r, "评价等级行", "the grade row");
  }

  /** A row of indicator names: which levels continue the row above, which start new indicators, and the leaf's cells. */
  private indicatorRow(r: number, names: readonly string[]): void {
    const { view, layout } = this;
    const next: (Draft | null)[] = [];
    const lastNamed = names.reduce((k, n, l) => (n !== "" ? l : k), -1);
    let changedAt = -1;
    let sharedRow = false;
    for (let l = 0; l < this.depth; l++) {
      const text = names[l];
      const prev = this.path[l];
      const parent =
        l === 0
          ? null
          : (next
              .slice(0, l)
              .reverse()
              .find((d) => d !== null) ?? null);
      if (changedAt < 0) {
        const col = layout.levels[l].name;
        const same =
          prev !== null &&
          prev.parent === parent &&
          (text === "" ||
            view.sameMerge(r, col, prev.lastRow, col) ||
            (text === prev.rawText && !this.newSibling(r, l, prev, lastNamed)));
        if (same || (text === "" && prev === null)) {
          if (same && prev && text !== "" && !view.sameMerge(r, col, prev.lastRow, col))
            this.repeatedWeight(r, l, prev);
          next[l] = text === "" && prev !== null && prev.parent !== parent ? null : prev;
          if (next[l]) (next[l] as Draft).lastRow = r;
          continue;
        }
        changedAt = l;
      }
      if (text === "") {
        next[l] = null;
        continue;
      }
      if (sharedRow) {
        const prevNode = this.path[l];
        if (prevNode) {
          prevNode.rows.push(splitName(text).name);
          prevNode.lastRow = r;
        }
        next[l] = prevNode;
        continue;
      }
      const placed = this.newIndicator(r, l, text, prev, parent);
      next[l] = placed.draft;
      sharedRow = placed.shared;
    }
    if (layout.code !== null) this.ledger.use(r, layout.code);
    const leaf = [...next].reverse().find((d) => d !== null) ?? null;
    if (leaf && !sharedRow && changedAt >= 0) this.leafCells(r, leaf);
    else if (leaf && !sharedRow && leaf === this.lastLeaf && layout.score !== null)
      this.leafAgain(r, leaf, next.lastIndexOf(leaf));
    if (leaf) this.lastLeaf = leaf;
    this.path = next.map((d) => d ?? null);
  }

  /**
   * Whether a name repeated from the row above is a new sibling of the same name rather than the same indicator
   * printed again: after a leaf, a repeat that goes deeper, or one at the leaf's level with a weight of its own;
   * after a parent, a repeat with no child on its row, or any repeat at a level whose names the table merges.
   */
  private newSibling(r: number, l: number, prev: Draft, lastNamed: number): boolean {
    if (!prev.children.length) {
      const wcol = this.layout.levels[l].weight;
      return (
        l < lastNamed ||
        (wcol !== null && this.numberAt(r, wcol) !== null && !this.view.sameMerge(r, wcol, prev.weightRow, wcol))
      );
    }
    // A parent printed again names a child on the same row; a repeat that stops at its own level is another indicator.
    if (l === lastNamed) return true;
    // Where a level's names are merged over their rows anywhere in the table, a name is never printed twice.
    return this.levelMerged[l];
  }

  /** A new indicator at level l, or a further label sharing the weight above (`shared`). */
  private newIndicator(
    r: number,
    l: number,
    text: string,
    prev: Draft | null,
    parent: Draft | null,
  ): { draft: Draft; shared: boolean } {
    const { view, layout } = this;
    const split = splitName(text);
    const wcol = layout.levels[l].weight;
    const wraw = this.weightCell(r, l);
    const read = readPoints(wraw);
    const weightMerged = wcol !== null && prev !== null && view.sameMerge(r, wcol, prev.weightRow, wcol);
    if (read.unreadable && !(typeof wraw === "string" && WEIGHT_WORD.test(compact(wraw)))) {
      this.problems.push(problem(view.address(r, wcol as number), "weightUnreadable", { got: String(wraw) }));
    }
    const weight = weightMerged ? null : (read.value ?? split.weight);
    if (wcol !== null && read.value !== null && !weightMerged) this.ledger.use(r, wcol);
    const scoreBlank =
      layout.score === null ||
      view.text(r, layout.score) === "" ||
      (prev !== null && view.sameMerge(r, layout.score, prev.scoreRow, layout.score));
    if (
      weight === null &&
      !read.unreadable &&
      this.levelHasWeights[l] &&
      prev !== null &&
      prev.parent === parent &&
      scoreBlank
    ) {
      // A further label sharing the weight above (merged weight cell in the printed table).
      prev.rows.push(split.name);
      prev.lastRow = r;
      return { draft: prev, shared: true };
    }
    const wAt = wcol !== null ? view.address(r, wcol) : view.address(r, layout.levels[l].name);
    const draft: Draft = {
      name: split.name,
      rawText: text,
      code: split.code ?? this.textAt(r, layout.code),
      weight,
      score: null,
      notApplicable: false,
      rows: [],
      children: [],
      parent,
      lastRow: r,
      row: r,
      scoreRow: r,
      weightRow: r,
      at: {
        name: view.address(r, layout.levels[l].name),
        weight: wAt,
        score: layout.score === null ? wAt : view.address(r, layout.score),
      },
    };
    if (parent) parent.children.push(draft);
    else this.roots.push(draft);
    return { draft, shared: false };
  }

  /** The row's new leaf takes the score (or 不适用), the text columns, its 得分率 and its 适用分值. */
  private leafCells(r: number, leaf: Draft): void {
    const { view, layout, ledger } = this;
    if (layout.score !== null) {
      const raw = view.value(r, layout.score);
      if (isNotApplicable(raw)) leaf.notApplicable = true;
      else {
        const s = readPoints(raw);
        if (s.unreadable)
          this.problems.push(problem(view.address(r, layout.score), "scoreUnreadable", { got: String(raw) }));
        leaf.score = s.value;
        if (s.value !== null) ledger.use(r, layout.score);
      }
    }
    leaf.explanation = this.textAt(r, layout.explanation);
    leaf.criteria = this.textAt(r, layout.criteria);
    leaf.note = this.textAt(r, layout.note);
    if (layout.rate !== null) this.rateCells.push({ r, leaf });
    if (layout.applicable !== null) {
      const a = this.numberAt(r, layout.applicable);
      if (a !== null && (leaf.notApplicable ? a.isZero() : leaf.weight !== null && a.eq(leaf.weight)))
        ledger.use(r, layout.applicable);
    }
  }

  /** The same leaf again (its name merged over several rows): each row's own score and weight count. */
  private leafAgain(r: number, leaf: Draft, l: number): void {
    const score = this.layout.score as number;
    const s = this.scoreAt(r);
    if (s !== null && !this.view.sameMerge(r, score, leaf.scoreRow, score)) this.addRowScore(leaf, r, s);
    const wcol = this.layout.levels[l]?.weight ?? null;
    const w = this.numberAt(r, wcol);
    if (wcol !== null && w !== null && !this.view.sameMerge(r, wcol, leaf.weightRow, wcol)) {
      leaf.weight = (leaf.weight ?? new Dec(0)).plus(w);
      leaf.weightRow = r;
      this.ledger.use(r, wcol);
    }
  }

  private addRowScore(leaf: Draft, r: number, s: Dec): void {
    const col = this.layout.score as number;
    leaf.score = (leaf.score ?? new Dec(0)).plus(s);
    leaf.scoreRow = r;
    this.ledger.use(r, col);
    this.remarks.push({
      at: this.view.address(r, col),
      ...noteWords("leafSpansRows", { name: leaf.name, score: s.toFixed() }),
    });
  }

  /** A parent repeated on each row with its weight: the same figure is a repeat; another figure is a slip at its cell. */
  private repeatedWeight(r: number, l: number, prev: Draft): void {
    const wcol = this.layout.levels[l].weight;
    const w = this.numberAt(r, wcol);
    if (wcol === null || w === null || this.view.sameMerge(r, wcol, prev.weightRow, wcol)) return;
    this.ledger.use(r, wcol);
    if (prev.weight !== null && !w.eq(prev.weight)) {
      this.problems.push(
        problem(this.view.address(r, wcol), "repeatMismatch", {
          name: prev.name,
          weight: w.toFixed(),
          first: prev.weight.toFixed(),
          firstAt: prev.at.weight,
        }),
      );
    }
  }

  /** An only child printed without its own weight takes its parent's. */
  private adopt(list: readonly Draft[]): void {
    for (const d of list) {
      if (d.children.length === 1 && d.children[0].weight === null && d.weight !== null) {
        d.children[0].weight = d.weight;
        this.remarks.push({
          at: d.children[0].at.name,
          ...noteWords("onlyChildTakesWeight", {
            child: d.children[0].name,
            parent: d.name,
            weight: d.weight.toFixed(),
          }),
        });
      }
      this.adopt(d.children);
    }
  }

  /** The tree, the printed rates checked, the level totals used, and every number not read; null when no indicator was found. */
  finish(): ReadTable | null {
    if (!this.roots.length) return null;
    this.adopt(this.roots);
    const total = this.options.total ?? new Dec(100);
    if (this.totalRate) {
      const t = this.totalRate;
      this.rateCells.push({
        r: t.r,
        leaf: { name: "合计", score: t.score, weight: t.weight ?? total, lastRow: t.r } as Draft,
      });
    }
    checkRates(this.view, this.rateCells, this.layout.rate, this.ledger, this.problems);
    const leafDrafts = (list: readonly Draft[]): Draft[] =>
      list.flatMap((d) => (d.children.length ? leafDrafts(d.children) : [d]));
    const panelLeaves = leafDrafts(this.roots)
      .filter((d) => !d.notApplicable && d.scoreRow === d.row)
      .map((d) => ({ name: d.name, row: d.row, score: d.score, scoreAt: d.at.score }));
    const panel = readPanel(
      this.view,
      expertColumns(this.view, this.layout.headingRow, this.layout.score),
      panelLeaves,
      this.ledger,
      this.problems,
    );
    const nodes = this.roots.map(toNode);
    // Numbers in the 合计 row's weight columns are the level totals: used when they equal the total.
    for (const w of this.totalRowWeights) if (w.value.eq(total)) this.ledger.use(w.r, w.c);
    return {
      sheet: this.grid.name,
      layout: this.layout,
      tree: { nodes, total, totalAt: this.printedTotal?.weightAt ?? nodes[0].at.weight },
      problems: this.problems,
      printedTotal: this.printedTotal,
      printedGrade: this.printedGrade,
      bandsInNote: this.bandsInNote,
      unread: this.ledger.unread(0, this.view.rows - 1),
      skipped: this.ledger.skipped,
      remarks: this.remarks,
      ...(panel ? { panel } : {}),
    };
  }
}

/** A printed 得分率 beside a leaf: used when it is the leaf's score ÷ weight at the printed precision, else a problem. */
function checkRates(
  view: MergedView,
  cells: readonly { r: number; leaf: Draft }[],
  col: number | null,
  ledger: NumberLedger,
  problems: Problem[],
): void {
  if (col === null) return;
  for (const { r, leaf } of cells) {
    const raw = view.value(r, col);
    const m = view.mergeAt(r, col);
    if (m && m.bottom > leaf.lastRow) continue; // a rate merged over several indicators: not one leaf's
    const shown = printedRate(raw, 1); // a 得分率 is at most 1: above it, percent points
    if (shown === null || leaf.score === null || leaf.weight === null || leaf.weight.isZero()) continue;
    const printed = shown.value;
    // 80% is shown to whole percents (2 decimals of the fraction); a stored fraction to its own decimals, at least 2.
    // Compared at the printed precision, and at 9 decimals at most (a float's last digits are not a difference).
    const places = Math.min(9, shown.percent ? shown.places : Math.max(2, shown.places));
    const rate = leaf.score.div(leaf.weight).toDecimalPlaces(places, Dec.ROUND_HALF_UP);
    if (rate.eq(printed.toDecimalPlaces(places, Dec.ROUND_HALF_UP))) ledger.use(r, col);
    else {
      ledger.use(r, col);
      problems.push(
        problem(view.address(r, col), "rowRateMismatch", {
          name: leaf.name,
          printed: printed.times(100).toFixed(),
          rate: rate.times(100).toFixed(),
        }),
      );
    }
  }
}
