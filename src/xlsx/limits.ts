import { UnreadableWorkbook } from "./unreadable";
import type { Words } from "../messages";

/**
 * What a workbook may hold before it is refused, so that a small crafted file cannot exhaust memory or time.
 * Real evaluation workbooks stay far below: a 300-row indicator table is about 5,000 cells and 1 MiB of XML.
 */
export const WORKBOOK_LIMITS = {
  /** Unpacked size of all parts of the .xlsx (its XML and images), checked against the zip before anything is inflated. */
  unpackedBytes: 64 * 1024 * 1024,
  /** Parts (files) inside the .xlsx. */
  parts: 10_000,
  /** Cells written in all sheets together. */
  cells: 1_000_000,
  /** Rows written in all sheets together (each is visited as the sheet is read, even without cells). */
  rowElements: 1_000_000,
  /** Rows the sheets reach down to, added over all sheets (two whole sheets): the readers go through every row. */
  rows: 2 * 1_048_576,
  /** XML elements in a part the reader holds as a list (shared strings, styles): each becomes an entry when read. */
  xmlElements: 2_500_000,
  /** Cells covered by merged areas in all sheets together, after clipping them to the cells that exist. */
  mergedCells: 1_000_000,
} as const;

/** 1048576 → "1,048,576". */
export function grouped(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Bytes in the unit a person reads: "64 MiB", "1.5 GiB". */
export function sizeText(bytes: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${u === 0 ? v : Math.round(v * 10) / 10} ${units[u]}`;
}

/** A refusal naming the limit: `what` says what the file holds and what the limit is. */
export function tooLarge(what: Words): UnreadableWorkbook {
  return UnreadableWorkbook.because("fileTooLarge", { what });
}

/** A refusal naming what is broken. */
export function damaged(what: Words): UnreadableWorkbook {
  return UnreadableWorkbook.because("fileDamaged", { what });
}
