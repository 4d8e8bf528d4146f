/* A recording Excel.RequestContext: every property set and method call is logged with the round trip
 * it was queued in; loaded properties can be read only after a sync, as in Office. */

export interface Entry {
  readonly path: string;
  readonly op: "set" | "call";
  readonly name: string;
  readonly value?: unknown;
  readonly args?: unknown[];
  /** How many syncs had happened when this was queued. */
  readonly batch: number;
}

export interface World {
  sheets: string[];
  names?: string[];
  selection?: { sheet: string; row: number; col: number; address: string };
  /** Whether the range at the selection already holds something. */
  targetOccupied?: boolean;
  usedValues?: unknown[][];
  usedOrigin?: { row: number; col: number };
  merged?: string[];
}

export interface Recording {
  syncs: number;
  log: Entry[];
}

function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Splits "context.workbook.worksheets.add(得分汇总 (2)).getRange(A1)" into its steps, parentheses kept whole. */
export function stepsOf(path: string): string[] {
  const steps: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of path) {
    if (ch === "." && depth === 0) {
      steps.push(cur);
      cur = "";
      continue;
    }
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    cur += ch;
  }
  steps.push(cur);
  return steps;
}

function a1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Rows × columns of the range a path ends at, when the path says. */
export function shapeOf(path: string): { rows: number; cols: number } | null {
  const steps = stepsOf(path);
  const last = steps[steps.length - 1];
  const args = /\((.*)\)$/.exec(last)?.[1] ?? "";
  if (last.startsWith("getRangeByIndexes(")) {
    const [, , rows, cols] = args.split(",").map(Number);
    return { rows, cols };
  }
  if (last.startsWith("getCell(") || last === "getActiveCell()") return { rows: 1, cols: 1 };
  if (last.startsWith("getRange(") && !args.includes(",")) {
    const [p, q] = (args.split("!").pop() ?? "").split(":");
    const s = a1(p);
    const e = a1(q ?? p);
    return s && e ? { rows: e.row - s.row + 1, cols: e.col - s.col + 1 } : null;
  }
  if (last.startsWith("getResizedRange(")) {
    const base = shapeOf(steps.slice(0, -1).join("."));
    const [dr, dc] = args.split(",").map(Number);
    return base && { rows: base.rows + dr, cols: base.cols + dc };
  }
  return null;
}

/** Excel's limits (Microsoft's "Excel specifications and limits"). */
export const EXCEL_LIMITS = { sheetName: 31, cellText: 32767, formula: 8192, formulaText: 255, name: 255 } as const;
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

/** What Excel refuses in a sheet name: empty, over 31 characters, []:*?/\, or an apostrophe at either end. */
export function sheetNameProblem(name: string): string | null {
  if (!name) return "empty sheet name";
  if (name.length > EXCEL_LIMITS.sheetName) return `sheet name over ${EXCEL_LIMITS.sheetName} characters: ${name}`;
  if (SHEET_NAME_FORBIDDEN.test(name)) return `sheet name with []:*?/\\: ${name}`;
  if (name.startsWith("'") || name.endsWith("'")) return `sheet name starting or ending with an apostrophe: ${name}`;
  return null;
}

/** Throws what Excel would throw for writing `value` to `prop` of the range at `path`. */
function checkWrite(path: string, prop: string, value: unknown, textCells: Map<string, unknown>): void {
  if (prop !== "values" && prop !== "formulas" && prop !== "numberFormat") return;
  if (!Array.isArray(value)) return; // one value for every cell of the range
  const shape = shapeOf(path);
  const rows = value.length;
  const cols = Array.isArray(value[0]) ? value[0].length : -1;
  if (!value.every((row) => Array.isArray(row) && row.length === cols))
    throw new Error(`${path}.${prop}: not a rectangular 2-D array`);
  if (shape && (shape.rows !== rows || shape.cols !== cols))
    throw new Error(`${path}.${prop}: ${rows}×${cols} written to a ${shape.rows}×${shape.cols} range`);
  const formats = textCells.get(path) as unknown[][] | undefined;
  value.forEach((row: unknown[], r) =>
    row.forEach((v, c) => {
      if (typeof v !== "string") return;
      if (v.length > EXCEL_LIMITS.cellText)
        throw new Error(`${path}.${prop}[${r}][${c}]: ${v.length} characters, over Excel's ${EXCEL_LIMITS.cellText}`);
      const literal =
        prop === "formulas" && v.startsWith("=")
          ? (v.match(/"(?:[^"]|"")*"/g) ?? []).find((l) => l.length - 2 > EXCEL_LIMITS.formulaText)
          : undefined;
      if (literal)
        throw new Error(
          `${path}.formulas[${r}][${c}]: text of ${literal.length - 2} characters inside a formula, over Excel's ${EXCEL_LIMITS.formulaText}`,
        );
      if (prop === "formulas" && v.startsWith("=") && v.length > EXCEL_LIMITS.formula)
        throw new Error(
          `${path}.formulas[${r}][${c}]: formula of ${v.length} characters, over Excel's ${EXCEL_LIMITS.formula}`,
        );
      if (prop === "values" && /^[=]/.test(v) && formats?.[r]?.[c] !== "@")
        throw new Error(`${path}.values[${r}][${c}]: a formula written to values: ${v.slice(0, 40)}`);
    }),
  );
  if (prop === "numberFormat") textCells.set(path, value);
}

/** Throws what Excel would throw for this call. */
function checkCall(path: string, name: string, args: unknown[]): void {
  if (path.endsWith("worksheets") && name === "add") {
    const problem = sheetNameProblem(String(args[0] ?? ""));
    if (problem) throw new Error(`worksheets.add: ${problem}`);
  }
  if (path.endsWith("names") && name === "add") {
    const n = String(args[0] ?? "");
    if (n.length > EXCEL_LIMITS.name || !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(n))
      throw new Error(`names.add: not a name Excel takes: ${n.slice(0, 40)}`);
  }
}

export function recordingContext(world: World): { context: Excel.RequestContext; rec: Recording } {
  const rec: Recording = { syncs: 0, log: [] };
  const loadedAt = new Map<string, number>();
  const textCells = new Map<string, unknown>(); // range path → the number formats last written to it

  function data(path: string, prop: string): { value: unknown } | undefined {
    const nullObject = /\.getItemOrNullObject\((.*)\)$/.exec(path);
    if (prop === "isNullObject") {
      if (nullObject && path.includes("worksheets")) return { value: !world.sheets.includes(nullObject[1]) };
      if (nullObject && path.includes("names")) return { value: !(world.names ?? []).includes(nullObject[1]) };
      if (path.endsWith("getUsedRangeOrNullObject(true)") && path.includes("getResizedRange"))
        return { value: !world.targetOccupied };
      if (path.endsWith("getUsedRangeOrNullObject(true)")) return { value: !world.usedValues };
      if (path.endsWith("getMergedAreasOrNullObject()")) return { value: !world.merged?.length };
      if (path.endsWith("getOnlyItemOrNullObject()")) return { value: true };
      return { value: false };
    }
    if (path.endsWith("worksheets") && prop === "items") return { value: world.sheets.map((name) => ({ name })) };
    const sel = world.selection;
    if (sel && path.endsWith("getSelectedRange().getCell(0,0)")) {
      if (prop === "rowIndex") return { value: sel.row };
      if (prop === "columnIndex") return { value: sel.col };
      if (prop === "address") return { value: sel.address };
    }
    if (sel && path.endsWith("getCell(0,0).worksheet") && prop === "name") return { value: sel.sheet };
    if (path.includes("getResizedRange") && prop === "address") {
      const m = /getResizedRange\((\d+),(\d+)\)/.exec(path);
      return {
        value: `${sel?.sheet}!${columnLetters(sel?.col ?? 0)}${(sel?.row ?? 0) + 1}:${columnLetters((sel?.col ?? 0) + Number(m?.[2]))}${(sel?.row ?? 0) + 1 + Number(m?.[1])}`,
      };
    }
    if (path.endsWith("getActiveWorksheet()") && prop === "name") return { value: world.sheets[0] };
    if (path.endsWith("getUsedRangeOrNullObject(true)") || path.endsWith("getSelectedRange()")) {
      if (prop === "values") return { value: world.usedValues };
      if (prop === "rowIndex") return { value: world.usedOrigin?.row ?? 0 };
      if (prop === "columnIndex") return { value: world.usedOrigin?.col ?? 0 };
    }
    if (path.endsWith(".format.fill") && prop === "color") return { value: "#FFFFFF" }; // a cell without fill
    if (path.endsWith("getMergedAreasOrNullObject()") && prop === "areas")
      return { value: { items: (world.merged ?? []).map((address) => ({ address })) } };
    return undefined;
  }

  function node(path: string): unknown {
    const target = function () {} as unknown as object;
    return new Proxy(target, {
      get(_t, prop) {
        if (typeof prop === "symbol" || prop === "then" || prop === "toJSON") return undefined;
        if (path === "context" && prop === "sync") {
          return async () => {
            rec.syncs++;
          };
        }
        if (prop === "load") {
          return (what?: string) => {
            loadedAt.set(path, rec.syncs);
            // Navigational loads ("worksheet/name") load the object on the way too.
            for (const part of (what ?? "").split(","))
              if (part.includes("/")) loadedAt.set(`${path}.${part.split("/")[0].trim()}`, rec.syncs);
            rec.log.push({ path, op: "call", name: "load", args: [what], batch: rec.syncs });
            return node(path);
          };
        }
        const d = data(path, prop);
        if (d) {
          const at = loadedAt.get(path);
          const implicit = prop === "isNullObject";
          if (!implicit && (at === undefined || at >= rec.syncs))
            throw new Error(`${path}.${prop} read before load and sync`);
          if (implicit && rec.syncs === 0) throw new Error(`${path}.isNullObject read before sync`);
          return d.value;
        }
        return node(`${path}.${prop}`);
      },
      set(_t, prop, value) {
        checkWrite(path, String(prop), value, textCells);
        rec.log.push({ path, op: "set", name: String(prop), value, batch: rec.syncs });
        return true;
      },
      apply(_t, _this, args) {
        const dot = path.lastIndexOf(".");
        const name = path.slice(dot + 1);
        checkCall(path.slice(0, dot), name, args);
        rec.log.push({ path: path.slice(0, dot), op: "call", name, args, batch: rec.syncs });
        return node(
          `${path}(${args.map((a) => (typeof a === "object" || typeof a === "function" ? "…" : String(a))).join(",")})`,
        );
      },
    });
  }
  return { context: node("context") as Excel.RequestContext, rec };
}

/** The office.js globals the gateway consults (requirement sets). */
export function installOfficeStub(): void {
  (globalThis as unknown as { Office: unknown }).Office = { context: { requirements: { isSetSupported: () => true } } };
}
