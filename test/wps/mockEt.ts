/* eslint-disable @typescript-eslint/no-this-alias -- the objects a MockEt hands out close over it, as COM objects over their application */
/*
 * A mock of the WPS 表格 (ET) objects the WPS gateway uses, following Excel's COM model that WPS mirrors:
 * 1-based sheet and name indices, A1 addresses of at most 255 characters, Value2/Formula written as a
 * 2-D array exactly the size of the range (a single value for one cell), NumberFormat read back as null
 * when the cells differ, merges that may not overlap, Validation.Add refused while a rule exists.
 * Every set and call is recorded. Formulas are kept, not calculated.
 */
import type {
  EtApplication,
  EtFormatCondition,
  EtName,
  EtRange,
  EtValidation,
  EtWindow,
  EtWorkbook,
  EtWorksheet,
} from "../../taskpane/gateway/wpsModel";
import type { Area } from "../../src/sheet/grid";

export interface Entry {
  readonly op: "set" | "call";
  /** "Sheet!A1:B2", "Sheet", "Names", "Worksheets", "Application", "Window". */
  readonly on: string;
  readonly name: string;
  readonly value?: unknown;
}

interface Cell {
  value?: string | number | boolean;
  formula?: string;
  format?: string;
  fill?: number;
}

export interface MockSheet {
  name: string;
  visible: number;
  cells: Map<string, Cell>;
  merges: Area[];
  validations: Map<string, { type: number; formula: string; errorTitle?: string; inputMessage?: string }>;
  conditions: { area: string; type: number; formula: string }[];
  widths: Map<number, number>;
  hidden: Set<number>;
  page: Record<string, unknown>;
  /** The sheet's window view: each sheet keeps its own frozen panes. */
  view: { SplitRow: number; SplitColumn: number; FreezePanes: boolean };
}

export interface MockOptions {
  readonly sheets?: readonly string[];
  readonly names?: readonly string[];
  /** Values by row, written into the active (first) sheet at `at` (0-based). */
  readonly values?: readonly (readonly (string | number | boolean | null)[])[];
  readonly at?: { row: number; col: number };
  readonly formats?: Readonly<Record<string, string>>;
  readonly merges?: readonly string[];
  readonly selection?: string;
  /** Text of the hidden settings sheet's A1 (the sheet is made when given). */
  readonly settings?: string;
  readonly noWorkbook?: boolean;
}

const key = (r: number, c: number): string => `${r},${c}`;

function colOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** A1, A1:C3, $A$1, A:D → 0-based areas; throws as Excel does on anything else. */
export function parseAreas(address: string): Area[] {
  if (address.length > 255) throw new Error(`Range address over 255 characters (${address.length})`);
  return address.split(",").map((part) => {
    const col = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/.exec(part);
    if (col) return { top: 0, left: colOf(col[1]), bottom: 1048575, right: colOf(col[2]) };
    const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(part);
    if (!m) throw new Error(`Invalid range address: ${part}`);
    const a = {
      top: Number(m[2]) - 1,
      left: colOf(m[1]),
      bottom: Number(m[4] ?? m[2]) - 1,
      right: colOf(m[3] ?? m[1]),
    };
    if (a.top < 0 || a.bottom < a.top || a.right < a.left) throw new Error(`Invalid range address: ${part}`);
    return a;
  });
}

const cellsIn = (a: Area): [number, number][] => {
  const out: [number, number][] = [];
  for (let r = a.top; r <= Math.min(a.bottom, a.top + 5000); r++)
    for (let c = a.left; c <= a.right; c++) out.push([r, c]);
  return out;
};
const overlaps = (a: Area, b: Area): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const inside = (r: number, c: number, a: Area): boolean => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right;

export class MockEt {
  readonly log: Entry[] = [];
  readonly sheets: MockSheet[] = [];
  readonly names: { name: string; refersTo: string }[] = [];
  active = 0;
  selection = "A1";
  screenUpdating = true;
  hasWorkbook = true;

  constructor(o: MockOptions = {}) {
    for (const n of o.sheets ?? ["Sheet1"]) this.newSheet(n);
    for (const n of o.names ?? []) this.names.push({ name: n, refersTo: `=Sheet1!$A$1` });
    if (o.settings !== undefined) {
      const s = this.newSheet("_jixiao");
      s.visible = 0;
      s.cells.set(key(0, 0), { value: o.settings });
    }
    const first = this.sheets[0];
    o.values?.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== "") first.cells.set(key(r + (o.at?.row ?? 0), c + (o.at?.col ?? 0)), { value: v });
      }),
    );
    for (const [a, f] of Object.entries(o.formats ?? {}))
      for (const area of parseAreas(a)) for (const [r, c] of cellsIn(area)) this.cell(first, r, c).format = f;
    for (const m of o.merges ?? []) first.merges.push(parseAreas(m)[0]);
    if (o.selection) this.selection = o.selection;
    this.hasWorkbook = !o.noWorkbook;
    this.log.length = 0;
  }

  private newSheet(name: string): MockSheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`A sheet named ${name} exists`);
    const s: MockSheet = {
      name,
      visible: -1,
      cells: new Map(),
      merges: [],
      validations: new Map(),
      conditions: [],
      widths: new Map(),
      hidden: new Set(),
      page: {},
      view: { SplitRow: 0, SplitColumn: 0, FreezePanes: false },
    };
    this.sheets.push(s);
    return s;
  }

  cell(s: MockSheet, r: number, c: number): Cell {
    let cell = s.cells.get(key(r, c));
    if (!cell) s.cells.set(key(r, c), (cell = {}));
    return cell;
  }

  record(op: Entry["op"], on: string, name: string, value?: unknown): void {
    this.log.push({ op, on, name, value });
  }

  sheet(name: string): MockSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  private worksheet(s: MockSheet): EtWorksheet {
    const et = this;
    return {
      get Name() {
        return s.name;
      },
      set Name(v: string) {
        if (
          v.length > 31 ||
          /[[\]:*?/\\]/.test(v) ||
          et.sheets.some((x) => x !== s && x.name.toLowerCase() === v.toLowerCase())
        )
          throw new Error(`Sheet name refused: ${v}`);
        et.record("set", s.name, "Name", v);
        s.name = v;
      },
      get Visible() {
        return s.visible;
      },
      set Visible(v: number) {
        et.record("set", s.name, "Visible", v);
        s.visible = v;
      },
      Range: (a: string) => et.range(s, a),
      get UsedRange() {
        const keys = [...s.cells.entries()]
          .filter(([, c]) => c.value !== undefined || c.formula !== undefined)
          .map(([k]) => k.split(",").map(Number));
        if (!keys.length) return et.range(s, "A1");
        const a = {
          top: Math.min(...keys.map((k) => k[0])),
          left: Math.min(...keys.map((k) => k[1])),
          bottom: Math.max(...keys.map((k) => k[0])),
          right: Math.max(...keys.map((k) => k[1])),
        };
        return et.range(s, `${letters(a.left)}${a.top + 1}:${letters(a.right)}${a.bottom + 1}`);
      },
      get PageSetup() {
        return new Proxy(s.page, {
          set(t, p, v) {
            et.record("set", `${s.name}.PageSetup`, String(p), v);
            t[String(p)] = v;
            return true;
          },
        }) as unknown as EtWorksheet["PageSetup"];
      },
      Activate: () => {
        et.record("call", s.name, "Activate");
        et.active = et.sheets.indexOf(s);
      },
    };
  }

  range(s: MockSheet, address: string): EtRange {
    const et = this;
    const areas = parseAreas(address);
    const on = `${s.name}!${address}`;
    const a = areas[0];
    const single = (what: string): Area => {
      if (areas.length > 1) throw new Error(`${what} of a multi-area range ${address}`);
      return a;
    };
    const write = (what: "Value2" | "Formula", v: unknown): void => {
      const area = single(what);
      const rows = area.bottom - area.top + 1;
      const cols = area.right - area.left + 1;
      const matrix = Array.isArray(v) ? (v as unknown[][]) : rows === 1 && cols === 1 ? [[v]] : null;
      if (!matrix || matrix.length !== rows || matrix.some((row) => !Array.isArray(row) || row.length !== cols))
        throw new Error(`${what} of ${on} needs a ${rows}×${cols} array`);
      et.record("set", on, what, v);
      matrix.forEach((row, i) =>
        row.forEach((x, j) => {
          const c = et.cell(s, area.top + i, area.left + j);
          c.formula = undefined;
          c.value = undefined;
          if (x === "" || x === null || x === undefined) return;
          if (typeof x === "string" && x.startsWith("'")) c.value = x.slice(1);
          else if (what === "Formula" && typeof x === "string" && x.startsWith("=") && c.format !== "@") c.formula = x;
          else c.value = x as string | number | boolean;
        }),
      );
    };
    const read = (get: (c: Cell | undefined) => unknown): unknown => {
      const area = single("read");
      const rows = Array.from({ length: area.bottom - area.top + 1 }, (_, i) =>
        Array.from({ length: area.right - area.left + 1 }, (_, j) =>
          get(s.cells.get(key(area.top + i, area.left + j))),
        ),
      );
      return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
    };
    const mergeOf = (r: number, c: number): Area | undefined => s.merges.find((m) => inside(r, c, m));
    const each = (f: (c: Cell) => void): void =>
      areas.forEach((ar) => cellsIn(ar).forEach(([r, c]) => f(et.cell(s, r, c))));
    const recorder = <T extends object>(what: string, target: T): T =>
      new Proxy(target, {
        set(t, p, v) {
          et.record("set", on, `${what}.${String(p)}`, v);
          (t as Record<string, unknown>)[String(p)] = v;
          return true;
        },
      });
    const interior = {
      get Color() {
        return et.cell(s, a.top, a.left).fill ?? 16777215;
      },
      set Color(v: number) {
        et.record("set", on, "Interior.Color", v);
        each((c) => (c.fill = v));
      },
      get ColorIndex() {
        return et.cell(s, a.top, a.left).fill === undefined ? -4142 : 1;
      },
      set ColorIndex(v: number) {
        et.record("set", on, "Interior.ColorIndex", v);
        if (v === -4142) each((c) => (c.fill = undefined));
      },
    };
    const validation: EtValidation = recorder("Validation", {
      Add(type: number, _alert: number, _op: number, formula1: string) {
        const area = single("Validation.Add");
        const k = key(area.top, area.left);
        if (s.validations.has(k)) throw new Error(`Validation.Add over an existing rule at ${on}`);
        if (!formula1.startsWith("=")) throw new Error("Formula1 must start with =");
        et.record("call", on, "Validation.Add", [type, formula1]);
        s.validations.set(k, { type, formula: formula1 });
      },
      Delete() {
        et.record("call", on, "Validation.Delete");
        const area = single("Validation.Delete");
        s.validations.delete(key(area.top, area.left));
      },
      ErrorTitle: "",
      ErrorMessage: "",
      InputTitle: "",
      InputMessage: "",
      ShowError: false,
      ShowInput: false,
    });
    return {
      Row: a.top + 1,
      Column: a.left + 1,
      Rows: { Count: a.bottom - a.top + 1 }, // of the first area, as Excel counts a multi-area range
      Columns: { Count: a.right - a.left + 1 },
      get Value2() {
        return read((c) => c?.value);
      },
      set Value2(v: unknown) {
        write("Value2", v);
      },
      get Formula() {
        return read((c) => c?.formula ?? (c?.value === undefined ? "" : c.value));
      },
      set Formula(v: unknown) {
        write("Formula", v);
      },
      get NumberFormat() {
        const formats = new Set(
          areas.flatMap((ar) => cellsIn(ar).map(([r, c]) => s.cells.get(key(r, c))?.format ?? "General")),
        );
        return formats.size === 1 ? [...formats][0] : null;
      },
      set NumberFormat(v: unknown) {
        if (typeof v !== "string") throw new Error(`NumberFormat of ${on} takes one format`);
        et.record("set", on, "NumberFormat", v);
        each((c) => (c.format = v));
      },
      get MergeCells() {
        const area = single("MergeCells");
        const flags = cellsIn(area).map(([r, c]) => mergeOf(r, c) !== undefined);
        return flags.every(Boolean) ? true : flags.some(Boolean) ? null : false;
      },
      get MergeArea() {
        const m = mergeOf(a.top, a.left);
        return et.range(
          s,
          m ? `${letters(m.left)}${m.top + 1}:${letters(m.right)}${m.bottom + 1}` : `${letters(a.left)}${a.top + 1}`,
        );
      },
      Merge() {
        const area = single("Merge");
        if (s.merges.some((m) => overlaps(m, area))) throw new Error(`Merge over a merged area at ${on}`);
        et.record("call", on, "Merge");
        s.merges.push(area);
      },
      Validation: validation,
      FormatConditions: {
        Add(type: number, _op?: number, formula1?: string): EtFormatCondition {
          if (!formula1?.startsWith("=")) throw new Error("FormatConditions.Add needs a formula starting with =");
          et.record("call", on, "FormatConditions.Add", [type, formula1]);
          s.conditions.push({ area: address, type, formula: formula1 });
          return {
            Interior: recorder("FormatCondition.Interior", { Color: 0 }),
            Font: recorder("FormatCondition.Font", { Color: 0, Bold: false }),
          };
        },
      },
      Interior: interior,
      Font: recorder("Font", { Name: "", Bold: false, Italic: false, Size: 11, Color: 0 }),
      Borders: recorder("Borders", { LineStyle: 0 }),
      set HorizontalAlignment(v: number) {
        et.record("set", on, "HorizontalAlignment", v);
      },
      set VerticalAlignment(v: number) {
        et.record("set", on, "VerticalAlignment", v);
      },
      set WrapText(v: boolean) {
        et.record("set", on, "WrapText", v);
      },
      set ColumnWidth(v: number) {
        et.record("set", on, "ColumnWidth", v);
        for (const ar of areas) for (let c = ar.left; c <= ar.right; c++) s.widths.set(c, v);
      },
      EntireColumn: {
        set Hidden(v: boolean) {
          et.record("set", on, "EntireColumn.Hidden", v);
          for (const ar of areas) for (let c = ar.left; c <= ar.right; c++) if (v) s.hidden.add(c);
        },
      },
      Select() {
        et.record("call", on, "Select");
        if (et.sheets[et.active] !== s) throw new Error("Select on a sheet that is not active");
        et.selection = address;
      },
    } as unknown as EtRange;
  }

  application(): EtApplication {
    const et = this;
    const workbook: EtWorkbook = {
      Worksheets: {
        get Count() {
          return et.sheets.length;
        },
        Item(i: number | string) {
          const s = typeof i === "number" ? et.sheets[i - 1] : et.sheet(i);
          if (!s || i === 0) throw new Error(`Worksheets.Item(${i}): no such sheet (indices are 1-based)`);
          return et.worksheet(s);
        },
        Add(before?: EtWorksheet, after?: EtWorksheet) {
          let n = et.sheets.length + 1;
          while (et.sheet(`Sheet${n}`)) n++;
          const s = et.newSheet(`Sheet${n}`);
          et.record("call", "Worksheets", "Add", [before?.Name, after?.Name]);
          et.active = et.sheets.indexOf(s);
          return et.worksheet(s);
        },
      },
      Names: {
        get Count() {
          return et.names.length;
        },
        Item(i: number): EtName {
          const n = et.names[i - 1];
          if (!n || i < 1) throw new Error(`Names.Item(${i}): no such name (indices are 1-based)`);
          return {
            Name: n.name,
            Delete: () => {
              et.record("call", "Names", "Delete", n.name);
              et.names.splice(et.names.indexOf(n), 1);
            },
          };
        },
        Add(name: string, refersTo: string) {
          const m = /^='((?:[^']|'')+)'!\$[A-Z]+\$\d+$/.exec(refersTo);
          if (!m || !et.sheet(m[1].replace(/''/g, "'"))) throw new Error(`Names.Add: ${refersTo} refers to no sheet`);
          if (et.names.some((n) => n.name === name)) throw new Error(`Names.Add: ${name} exists`);
          et.record("call", "Names", "Add", [name, refersTo]);
          et.names.push({ name, refersTo });
          return { Name: name, Delete: () => undefined };
        },
      },
    };
    const win: EtWindow = new Proxy({} as EtWindow, {
      get(_, p) {
        return (et.sheets[et.active].view as Record<string, unknown>)[String(p)];
      },
      set(_, p, v) {
        et.record("set", `Window(${et.sheets[et.active].name})`, String(p), v);
        (et.sheets[et.active].view as Record<string, unknown>)[String(p)] = v;
        return true;
      },
    });
    return {
      get ActiveWorkbook() {
        return et.hasWorkbook ? workbook : null;
      },
      get ActiveSheet() {
        return et.worksheet(et.sheets[et.active]);
      },
      get Selection() {
        return et.range(et.sheets[et.active], et.selection);
      },
      get ActiveCell() {
        return et.range(et.sheets[et.active], et.selection.split(/[:,]/)[0]);
      },
      ActiveWindow: win,
      get ScreenUpdating() {
        return et.screenUpdating;
      },
      set ScreenUpdating(v: boolean) {
        et.record("set", "Application", "ScreenUpdating", v);
        et.screenUpdating = v;
      },
    };
  }
}

function letters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
