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

export function recordingContext(world: World): { context: Excel.RequestContext; rec: Recording } {
  const rec: Recording = { syncs: 0, log: [] };
  const loadedAt = new Map<string, number>();

  function data(path: string, prop: string): { value: unknown } | undefined {
    const nullObject = /\.getItemOrNullObject\((.*)\)$/.exec(path);
    if (prop === "isNullObject") {
      if (nullObject && path.includes("worksheets")) return { value: !world.sheets.includes(nullObject[1]) };
      if (nullObject && path.includes("names")) return { value: !(world.names ?? []).includes(nullObject[1]) };
      if (path.endsWith("getUsedRangeOrNullObject(true)") && path.includes("getResizedRange")) return { value: !world.targetOccupied };
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
      return { value: `${sel?.sheet}!${columnLetters(sel?.col ?? 0)}${(sel?.row ?? 0) + 1}:${columnLetters((sel?.col ?? 0) + Number(m?.[2]))}${(sel?.row ?? 0) + 1 + Number(m?.[1])}` };
    }
    if (path.endsWith("getActiveWorksheet()") && prop === "name") return { value: world.sheets[0] };
    if (path.endsWith("getUsedRangeOrNullObject(true)") || path.endsWith("getSelectedRange()")) {
      if (prop === "values") return { value: world.usedValues };
      if (prop === "rowIndex") return { value: world.usedOrigin?.row ?? 0 };
      if (prop === "columnIndex") return { value: world.usedOrigin?.col ?? 0 };
    }
    if (path.endsWith("getMergedAreasOrNullObject()") && prop === "areas") return { value: { items: (world.merged ?? []).map((address) => ({ address })) } };
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
            for (const part of (what ?? "").split(",")) if (part.includes("/")) loadedAt.set(`${path}.${part.split("/")[0].trim()}`, rec.syncs);
            rec.log.push({ path, op: "call", name: "load", args: [what], batch: rec.syncs });
            return node(path);
          };
        }
        const d = data(path, prop);
        if (d) {
          const at = loadedAt.get(path);
          const implicit = prop === "isNullObject";
          if (!implicit && (at === undefined || at >= rec.syncs)) throw new Error(`${path}.${prop} read before load and sync`);
          if (implicit && rec.syncs === 0) throw new Error(`${path}.isNullObject read before sync`);
          return d.value;
        }
        return node(`${path}.${prop}`);
      },
      set(_t, prop, value) {
        rec.log.push({ path, op: "set", name: String(prop), value, batch: rec.syncs });
        return true;
      },
      apply(_t, _this, args) {
        const dot = path.lastIndexOf(".");
        const name = path.slice(dot + 1);
        rec.log.push({ path: path.slice(0, dot), op: "call", name, args, batch: rec.syncs });
        return node(`${path}(${args.map((a) => (typeof a === "object" || typeof a === "function" ? "…" : String(a))).join(",")})`);
      },
    });
  }
  return { context: node("context") as Excel.RequestContext, rec };
}

/** The office.js globals the gateway consults (requirement sets). */
export function installOfficeStub(): void {
  (globalThis as unknown as { Office: unknown }).Office = { context: { requirements: { isSetSupported: () => true } } };
}
