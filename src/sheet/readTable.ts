import { Dec } from "../decimal";
import { problem, type Problem } from "../tree/checkTree";
import type { IndicatorNode, IndicatorTree } from "../tree/node";
import { MergedView, type SheetGrid } from "./grid";
import { findLayout, isLevelHeadingRow, WEIGHT_WORD, type TableLayout } from "./headings";
import { isNotApplicable, readPoints, splitName } from "./readCellText";

/** An indicator table read from a sheet, with everything located by cell address. */
export interface ReadTable {
  readonly sheet: string;
  readonly layout: TableLayout;
  readonly tree: IndicatorTree;
  /** Problems met while reading: text where a number belongs. */
  readonly problems: readonly Problem[];
  /** The 合计 row as printed, if the sheet has one. */
  readonly printedTotal: {
    readonly weight: Dec | null;
    readonly weightAt: string | null;
    readonly score: Dec | null;
    readonly scoreAt: string;
  } | null;
  readonly printedGrade: { readonly text: string; readonly at: string } | null;
  readonly rowCount: number;
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
  at: { name: string; weight: string; score: string };
}

const compact = (s: string): string => s.replace(/\s+/g, "");
const TOTAL_WORD = /^(合计|总计|总分|得分合计|综合得分|总得分|分数合计|综合评价)/;
const GRADE_WORD = /^(评价等级|绩效等级|评定等级|等级|自评等级)[:：]?$/;
const NOTE_WORD = /^(备注|说明|注[:：]|填表说明|注：)/;
const SUB_HEADING = /^(名称|指标名称|权重|分值|分数|权重\(%\)|权重（%）)$/;

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
 * such as A11; a 合计 row; titles, notes and text columns around it; tables split over pages with
 * their headings repeated. Returns null when the sheet holds no indicator table.
 */
export function readTable(grid: SheetGrid): ReadTable | null {
  const view = new MergedView(grid);
  const layout = findLayout(view);
  if (!layout) return null;
  const depth = layout.levels.length;
  const problems: Problem[] = [];
  const roots: Draft[] = [];
  let path: (Draft | null)[] = Array<Draft | null>(depth).fill(null);
  let printedTotal: ReadTable["printedTotal"] = null;
  let printedGrade: ReadTable["printedGrade"] = null;
  let rowCount = 0;

  const nameOf = (r: number, l: number): string => view.text(r, layout.levels[l].name);
  const weightCell = (r: number, l: number) => (layout.levels[l].weight === null ? undefined : view.value(r, layout.levels[l].weight as number));
  const textAt = (r: number, c: number | null): string | undefined => (c === null ? undefined : view.text(r, c) || undefined);
  const tableCols = [...layout.levels.flatMap((l) => (l.weight === null ? [l.name] : [l.name, l.weight])), ...(layout.score === null ? [] : [layout.score])];

  // Which levels carry weights somewhere: a name with a blank weight at such a level shares the weight above it.
  const levelHasWeights = layout.levels.map((_, l) => {
    for (let r = layout.dataRow; r < view.rows; r++) {
      if (readPoints(weightCell(r, l)).value !== null || splitName(nameOf(r, l)).weight !== null) return true;
    }
    return false;
  });

  for (let r = layout.dataRow; r < view.rows; r++) {
    const texts = tableCols.map((c) => view.text(r, c));
    const all = Array.from({ length: view.cols }, (_, c) => view.text(r, c));
    const first = compact(all.find((t) => t !== "") ?? "");
    if (first === "") continue;
    if (TOTAL_WORD.test(first)) {
      const weightCol = layout.levels.find((l) => l.weight !== null && readPoints(view.value(r, l.weight)).value !== null)?.weight ?? null;
      printedTotal = {
        weight: weightCol === null ? null : readPoints(view.value(r, weightCol)).value,
        weightAt: weightCol === null ? null : view.address(r, weightCol),
        score: layout.score === null ? null : readPoints(view.value(r, layout.score)).value,
        scoreAt: view.address(r, layout.score ?? 0),
      };
      continue;
    }
    if (GRADE_WORD.test(first)) {
      const c = all.findIndex((t) => t !== "" && !GRADE_WORD.test(compact(t)));
      if (c >= 0) printedGrade = { text: compact(all[c]), at: view.address(r, c) };
      continue;
    }
    if (NOTE_WORD.test(first)) continue;
    if (isLevelHeadingRow(view, r)) continue;
    if (texts.filter((t) => t !== "").every((t) => SUB_HEADING.test(compact(t))) || /^评价指标$/.test(first)) continue;
    const filled = all.filter((t) => t !== "");
    if (filled.length === 1 && (/[:：]/.test(first) || /表$/.test(first))) continue; // a title or unit line

    const names = layout.levels.map((_, l) => nameOf(r, l));
    if (names.every((n) => n === "")) {
      // A continuation row (wrapped text): a score may sit here when the leaf's own row left it blank.
      continue;
    }
    rowCount++;
    const next: (Draft | null)[] = [];
    let changedAt = -1;
    let sharedRow = false;
    for (let l = 0; l < depth; l++) {
      const text = names[l];
      const prev = path[l];
      const parent = l === 0 ? null : (next.slice(0, l).reverse().find((d) => d !== null) ?? null);
      if (changedAt < 0) {
        const col = layout.levels[l].name;
        const same = prev !== null && prev.parent === parent && (text === "" || view.sameMerge(r, col, prev.lastRow, col) || text === prev.rawText);
        if (same || (text === "" && prev === null)) {
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
        const prevNode = path[l];
        if (prevNode) {
          prevNode.rows.push(splitName(text).name);
          prevNode.lastRow = r;
        }
        next[l] = prevNode;
        continue;
      }
      const split = splitName(text);
      const wcol = layout.levels[l].weight;
      const wraw = weightCell(r, l);
      const read = readPoints(wraw);
      const weightMerged = wcol !== null && prev !== null && view.sameMerge(r, wcol, prev.lastRow, wcol);
      if (read.unreadable && !(typeof wraw === "string" && WEIGHT_WORD.test(compact(wraw)))) {
        problems.push(problem(view.address(r, wcol as number), "unreadable", `权重“${String(wraw)}”不是数字`, `weight "${String(wraw)}" is not a number`));
      }
      const weight = weightMerged ? null : (read.value ?? split.weight);
      const scoreBlank = layout.score === null || view.text(r, layout.score) === "" || (prev !== null && view.sameMerge(r, layout.score, prev.lastRow, layout.score));
      if (weight === null && !read.unreadable && levelHasWeights[l] && prev !== null && prev.parent === parent && scoreBlank) {
        // A further label sharing the weight above (merged weight cell in the printed table).
        prev.rows.push(split.name);
        prev.lastRow = r;
        next[l] = prev;
        sharedRow = true;
        continue;
      }
      const wAt = wcol !== null ? view.address(r, wcol) : view.address(r, layout.levels[l].name);
      if (weight === null && !read.unreadable && levelHasWeights[l]) {
        problems.push(problem(wAt, "weightMissing", `${split.name} 缺少权重`, `${split.name} has no weight`));
      }
      const draft: Draft = {
        name: split.name,
        rawText: text,
        code: split.code ?? textAt(r, layout.code),
        weight,
        score: null,
        notApplicable: false,
        rows: [],
        children: [],
        parent,
        lastRow: r,
        at: { name: view.address(r, layout.levels[l].name), weight: wAt, score: layout.score === null ? wAt : view.address(r, layout.score) },
      };
      if (parent) parent.children.push(draft);
      else roots.push(draft);
      next[l] = draft;
    }
    // The row's leaf takes the score and the text columns, unless the row only adds a shared label.
    const leaf = [...next].reverse().find((d) => d !== null) ?? null;
    if (leaf && !sharedRow && changedAt >= 0) {
      if (layout.score !== null) {
        const raw = view.value(r, layout.score);
        if (isNotApplicable(raw)) leaf.notApplicable = true;
        else {
          const s = readPoints(raw);
          if (s.unreadable) problems.push(problem(view.address(r, layout.score), "unreadable", `得分“${String(raw)}”不是数字`, `score "${String(raw)}" is not a number`));
          leaf.score = s.value;
        }
      }
      leaf.explanation = textAt(r, layout.explanation);
      leaf.criteria = textAt(r, layout.criteria);
      leaf.note = textAt(r, layout.note);
    }
    path = next.map((d) => d ?? null);
  }
  if (!roots.length) return null;
  const nodes = roots.map(toNode);
  const totalWeightAt = (printedTotal as ReadTable["printedTotal"])?.weightAt;
  return {
    sheet: grid.name,
    layout,
    tree: { nodes, total: new Dec(100), totalAt: totalWeightAt ?? nodes[0].at.weight },
    problems,
    printedTotal,
    printedGrade,
    rowCount,
  };
}
