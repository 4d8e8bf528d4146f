import { attributes, cellOf, unescapeXml } from "./xmlText";

/** A sheet as `xl/workbook.xml` lists it, with the part that holds its cells. */
export interface SheetEntry {
  readonly name: string;
  /** The worksheet part (`xl/worksheets/sheet1.xml`), or null when the relationship is missing or not a worksheet. */
  readonly path: string | null;
  readonly visible: boolean;
}

/** What the readers need of `xl/workbook.xml` and its relationships. */
export interface WorkbookParts {
  readonly sheets: readonly SheetEntry[];
  /** Defined names that point at one cell: name → sheet and 1-based cell. */
  readonly names: ReadonlyMap<string, { readonly sheet: string; readonly row: number; readonly col: number }>;
  readonly date1904: boolean;
  readonly sharedStrings: string;
  readonly styles: string;
}

/** A relationship's target as a part name: relative to `xl/`, or absolute from the package root. */
function partName(target: string): string {
  const t = target.trim().replace(/\\/g, "/");
  if (t.startsWith("/")) return t.slice(1);
  const parts: string[] = ["xl"];
  for (const seg of t.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** A defined name's formula as one cell, `'评分表'!$E$20` → sheet 评分表, row 20, column 5; null otherwise. */
function singleCell(formula: string): { sheet: string; row: number; col: number } | null {
  const bang = formula.lastIndexOf("!");
  if (bang < 0) return null;
  const at = cellOf(formula.slice(bang + 1));
  if (!at) return null;
  const sheet = formula.slice(0, bang).trim().replace(/^'|'$/g, "").replace(/''/g, "'");
  return { sheet, ...at };
}

export function workbookPartsOf(workbookXml: string, relsXml: string): WorkbookParts {
  const targets = new Map<string, { path: string; type: string }>();
  for (const m of relsXml.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)) {
    const a = attributes(m[1]);
    if (a.Id && a.Target) targets.set(a.Id, { path: partName(a.Target), type: a.Type ?? "" });
  }
  const ofType = (kind: string, fallback: string): string =>
    [...targets.values()].find((t) => t.type.endsWith(`/${kind}`))?.path ?? fallback;
  const sheets: SheetEntry[] = [];
  for (const m of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*)>/g)) {
    const a = attributes(m[1]);
    if (a.name === undefined) continue;
    const id = Object.entries(a).find(([k]) => k === "r:id" || k.endsWith(":id"))?.[1] ?? "";
    const target = targets.get(id);
    const path =
      target && !/\/(chartsheet|dialogsheet|xlMacrosheet|xlIntlMacrosheet)$/i.test(target.type) ? target.path : null;
    sheets.push({ name: a.name, path, visible: (a.state ?? "visible") === "visible" });
  }
  const names = new Map<string, { sheet: string; row: number; col: number }>();
  for (const m of workbookXml.matchAll(
    /<(?:[\w.-]+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?definedName>)/g,
  )) {
    const a = attributes(m[1]);
    if (!a.name || a.localSheetId !== undefined || names.has(a.name)) continue;
    const cell = singleCell(unescapeXml(m[2] ?? ""));
    if (cell) names.set(a.name, cell);
  }
  const pr = /<(?:[\w.-]+:)?workbookPr\b([^>]*)>/.exec(workbookXml);
  const date1904 = pr ? /^(1|true)$/i.test(attributes(pr[1]).date1904 ?? "") : false;
  return {
    sheets,
    names,
    date1904,
    sharedStrings: ofType("sharedStrings", "xl/sharedStrings.xml"),
    styles: ofType("styles", "xl/styles.xml"),
  };
}
