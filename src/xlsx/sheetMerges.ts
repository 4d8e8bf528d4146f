import { address, type Area } from "../sheet/grid";
import { damaged } from "./limits";
import { attributes, cellOf, MAX_COL } from "./xmlText";
import { refusalWords } from "../messages";

/**
 * A sheet's merged areas (0-based), clipped to the rows and columns its cells reach: beyond them a merge covers
 * nothing, so a 2 KB file naming A1:XFD1048576 costs one area, not a billion cells.
 */
export function sheetMergesOf(xml: string, from: number, lastRow: number, lastCol: number): Area[] {
  const merges: Area[] = [];
  const at = xml.slice(from).search(/<(?:[\w.-]+:)?mergeCells[\s>/]/);
  if (at < 0) return merges;
  const block = /<(?:[\w.-]+:)?mergeCells\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?mergeCells>)/.exec(
    xml.slice(from + at),
  );
  for (const m of (block?.[1] ?? "").matchAll(/<(?:[\w.-]+:)?mergeCell\b([^>]*)>/g)) {
    const [a, b] = (attributes(m[1]).ref ?? "").split(":");
    const p = cellOf(a ?? "");
    const q = cellOf(b ?? a ?? "");
    if (!p || !q) continue;
    const top = Math.min(p.row, q.row);
    const left = Math.min(p.col, q.col);
    const bottom = Math.min(Math.max(p.row, q.row), lastRow);
    const right = Math.min(Math.max(p.col, q.col), lastCol);
    if (top > bottom || left > right || (top === bottom && left === right)) continue;
    merges.push({ top: top - 1, left: left - 1, bottom: bottom - 1, right: right - 1 });
  }
  return merges;
}

const areaText = (a: Area): string => `${address(a.top, a.left)}:${address(a.bottom, a.right)}`;

/** Refuses merged areas that overlap (Excel cannot open such a file either); their cells are already within the limit. */
export function checkOverlaps(sheet: string, merges: readonly Area[]): void {
  const owner = new Map<number, Area>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const key = r * MAX_COL + c;
        const other = owner.get(key);
        if (other) throw damaged(refusalWords("mergesOverlap", { sheet, a: areaText(other), b: areaText(m) }));
        owner.set(key, m);
      }
    }
  }
}

/** Cells an area covers. */
export const areaSize = (m: Area): number => (m.bottom - m.top + 1) * (m.right - m.left + 1);
