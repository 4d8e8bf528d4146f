import type { Area } from "../sheet/grid";
import { LOOKS } from "./looks";
import type { LayoutCell, SheetLayout } from "./model";

/** A row's height when nothing in it wraps (points). */
export const DEFAULT_ROW_HEIGHT = 15;

/**
 * The width of text in column-width units (the width of "0" in the default 11 pt font): a Chinese character
 * (or a full-width sign) takes about two, a Latin letter or digit about one, scaled by the font size.
 */
export function textWidth(s: string, pt: number): number {
  let units = 0;
  for (const ch of s) units += /[\u2e80-\uffff]/.test(ch) ? 2.1 : 1.1;
  return (units * pt) / 11;
}

/** Lines a text takes in a box of `width` units: each paragraph wraps on its own. */
export function linesOf(s: string, pt: number, width: number): number {
  const usable = Math.max(width - 1, 1);
  return s.split("\n").reduce((n, p) => n + Math.max(1, Math.ceil(textWidth(p, pt) / usable)), 0);
}

/**
 * Row heights (points) that fit every wrapped text, from the text and the widths of the columns it spans,
 * because LibreOffice and WPS do not fit rows to wrapped text when they open a file. A text merged over
 * several rows spreads what it lacks over them. Rows that need no more than the default are left null.
 */
export function rowHeightsOf(s: Pick<SheetLayout, "cells" | "merges" | "columns" | "rowCount">): (number | null)[] {
  const widthOf = (left: number, right: number): number => {
    let w = 0;
    for (let c = left; c <= right; c++) {
      const col = s.columns[c];
      if (!col?.hidden) w += col?.width ?? 9;
    }
    return w;
  };
  const areaAt = new Map<string, Area>();
  for (const m of s.merges) areaAt.set(`${m.top},${m.left}`, m);
  const heights: number[] = Array.from({ length: s.rowCount }, () => DEFAULT_ROW_HEIGHT);
  const tall: { area: Area; need: number }[] = [];
  for (const c of s.cells as readonly LayoutCell[]) {
    if (c.content?.kind !== "text" || c.content.text === "") continue;
    const area = areaAt.get(`${c.row},${c.col}`) ?? { top: c.row, left: c.col, bottom: c.row, right: c.col };
    if (widthOf(area.left, area.right) === 0) continue; // hidden helper columns never show
    const pt = LOOKS[c.style].size;
    const need = linesOf(c.content.text, pt, widthOf(area.left, area.right)) * pt * 1.5 + 4; // CJK fonts take about 1.5 × their size a line
    if (area.bottom === area.top) heights[area.top] = Math.max(heights[area.top], need);
    else tall.push({ area, need });
  }
  for (const { area, need } of tall) {
    const rows = area.bottom - area.top + 1;
    const have = heights.slice(area.top, area.bottom + 1).reduce((a, b) => a + b, 0);
    if (need > have) for (let r = area.top; r <= area.bottom; r++) heights[r] += (need - have) / rows;
  }
  return heights.map((h) => (h > DEFAULT_ROW_HEIGHT + 0.01 ? Math.ceil(h * 2) / 2 : null));
}
