import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { ruleNamed } from "../../src/catalog";
import { toCellValue } from "../../src/rules/defineRule";
import type { RawArg } from "../../src/rules/params";
import { recalc } from "../workbook/recalc";
import { SPECS, withOddCells, type Arg, type Case, type FunctionSpec, type Scalar } from "./cases";
import { Rng } from "./prng";
import { RULES, referee, show, type Outcome, type RuleName } from "./referee";

// The functions against a real spreadsheet engine (issue 19): seeded rows per function, each beside
// the native formula a sheet would write instead, recalculated by LibreOffice in one call; every
// disagreement must be one FUNCTIONS.md documents.
jest.setTimeout(240_000);

const SEED = Number(process.env.JIXIAO_DIFF_SEED ?? 19);
const ROWS_PER_FUNCTION = 300;

interface Placed {
  readonly spec: FunctionSpec;
  readonly c: Case;
  readonly row: number;
}

function colName(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** Our result, through the same core the cell adapters call (a failure is its Excel error code); a blank referenced cell arrives as null. */
function oursOf(fn: string, args: readonly Arg[]): Outcome {
  const r = ruleNamed(fn)!.evaluate(args.map((a) => (a === "" ? null : a)) as RawArg[]);
  if (!r.ok) return { kind: "error", code: r.code };
  const v = toCellValue(r.value);
  return typeof v === "number"
    ? { kind: "number", value: v }
    : typeof v === "boolean"
      ? { kind: "bool", value: v }
      : { kind: "text", value: v };
}

/** A formula cell's result as LibreOffice saved it (the model keeps a 0 or FALSE that `.value` drops). */
function outcomeOf(cell: ExcelJS.Cell): Outcome {
  const v = cell.model as { result?: unknown };
  const result = v.result;
  if (typeof result === "number") return { kind: "number", value: result };
  if (typeof result === "boolean") return { kind: "bool", value: result };
  if (typeof result === "string") return { kind: "text", value: result };
  if (result && typeof result === "object" && "error" in result)
    return { kind: "error", code: String((result as { error: string }).error) };
  return { kind: "error", code: `(nothing: ${JSON.stringify(v)})` };
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-diff-"));
  if (process.env.JIXIAO_DIFF_KEEP) dir = process.env.JIXIAO_DIFF_KEEP;
});
afterAll(() => process.env.JIXIAO_DIFF_KEEP || fs.rmSync(dir, { recursive: true, force: true }));

test("every disagreement with LibreOffice's native formulas is one the documents explain", async () => {
  const rng = new Rng(SEED);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("diff");
  const tables = wb.addWorksheet("tables");
  let tableRow = 1;
  /** A table argument goes on a sheet of its own, so that every case keeps to one row of "diff". */
  const placeTable = (rows: Scalar[][]): string => {
    const first = tableRow;
    rows.forEach((r) => {
      r.forEach((v, j) => v !== null && v !== "" && (tables.getCell(tableRow, j + 1).value = v));
      tableRow++;
    });
    return `tables!A${first}:${colName(Math.max(...rows.map((r) => r.length)))}${tableRow - 1}`;
  };
  const placed: Placed[] = [];
  let row = 1;
  for (const spec of SPECS) {
    for (let i = 0; i < ROWS_PER_FUNCTION; i++, row++) {
      const c = withOddCells(rng, spec.generate(rng));
      let col = 3;
      const refs = c.args.map((arg) => {
        if (arg === null) return null;
        if (Array.isArray(arg) && arg.every(Array.isArray)) return placeTable(arg as Scalar[][]);
        const cells = (Array.isArray(arg) ? arg : [arg]) as Scalar[];
        const first = col;
        for (const v of cells) {
          if (v !== null && v !== "") ws.getCell(row, col).value = v;
          col++;
        }
        return cells.length === 1 && !Array.isArray(arg)
          ? `${colName(first)}${row}`
          : `${colName(first)}${row}:${colName(col - 1)}${row}`;
      });
      const body = c.formula(refs);
      const digits = spec.digitsAt === undefined ? null : refs[spec.digitsAt];
      ws.getCell(row, 1).value = { formula: digits ? `ROUND(${body},${digits})` : body } as ExcelJS.CellFormulaValue;
      ws.getCell(row, 2).value = { formula: body } as ExcelJS.CellFormulaValue;
      placed.push({ spec, c, row });
    }
  }
  const file = path.join(dir, "diff.xlsx");
  await wb.xlsx.writeFile(file);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(await recalc(file));
  const sheet = back.getWorksheet("diff")!;

  const counts: Record<string, { rows: number; agree: number } & Partial<Record<RuleName, number>>> = {};
  const undocumented: string[] = [];
  const documented: string[] = [];
  for (const { spec, c, row } of placed) {
    const verdict = referee(
      c,
      spec.digitsAt,
      (args) => oursOf(c.fn, args),
      outcomeOf(sheet.getCell(row, 1)),
      outcomeOf(sheet.getCell(row, 2)),
    );
    const n = (counts[c.fn] ??= { rows: 0, agree: 0 });
    n.rows++;
    if (verdict.status === "agree") n.agree++;
    else if (verdict.status === "documented") {
      n[verdict.rule] = (n[verdict.rule] ?? 0) + 1;
      if (process.env.JIXIAO_DIFF_SHOW)
        documented.push(
          `${verdict.rule}: ${c.fn}(${c.args.map((a) => JSON.stringify(a)).join(", ")}) ours ${show(oursOf(c.fn, c.args))}, LibreOffice ${show(outcomeOf(sheet.getCell(row, 1)))}`,
        );
    } else {
      const formula = (sheet.getCell(row, 1).value as { formula?: string }).formula;
      undocumented.push(
        `${c.fn}(${c.args.map((a) => JSON.stringify(a)).join(", ")}) row ${row}: ${verdict.why} — =${formula}`,
      );
    }
  }
  const summary = Object.entries(counts).map(([fn, n]) => {
    const { rows, agree, ...rules } = n;
    return `${fn.padEnd(15)} ${rows} rows, ${agree} agree${Object.entries(rules)
      .map(([r, k]) => `, ${k} ${r}`)
      .join("")}`;
  });
  const legend = Object.entries(RULES).map(([k, v]) => `  ${k}: ${v}`);
  console.log(
    [
      `Differential run against LibreOffice (seed ${SEED}):`,
      ...summary,
      "Documented rules:",
      ...legend,
      ...documented,
      ...(undocumented.length ? ["UNDOCUMENTED:", ...undocumented] : []),
    ].join("\n"),
  );
  expect(undocumented).toEqual([]);
  expect(placed.length).toBe(SPECS.length * ROWS_PER_FUNCTION);
});

test("the referee itself: a made-up disagreement is undocumented, a documented one is named", () => {
  const num = (value: number): Outcome => ({ kind: "number", value });
  const err = (code: string): Outcome => ({ kind: "error", code });
  const c: Case = { fn: "DEDUCT", args: [10, 3, 1, null], formula: () => "" };
  expect(referee(c, undefined, () => num(7), num(7), num(7)).status).toBe("agree");
  expect(referee(c, undefined, () => num(7), num(8), num(8)).status).toBe("undocumented");
  const floorAbove: Case = { fn: "DEDUCT", args: [10, 3, 1, 11], formula: () => "" };
  expect(referee(floorAbove, undefined, () => err("#VALUE!"), num(11), num(11))).toEqual({
    status: "documented",
    rule: "range",
  });
  expect(referee(floorAbove, undefined, () => err("#NUM!"), num(11), num(11)).status).toBe("undocumented");
  const tie: Case = { fn: "SCORERATE", args: [1.005, 1, 2], formula: () => "" };
  const tieOurs = (args: readonly unknown[]): Outcome => (args[2] === null ? num(1.005) : num(1.01));
  expect(referee(tie, 2, tieOurs, num(1), num(1.005))).toEqual({ status: "documented", rule: "exactDecimal" });
  expect(referee(tie, 2, tieOurs, num(1.03), num(1.005)).status).toBe("undocumented");
  const notTie = (args: readonly unknown[]): Outcome => (args[2] === null ? num(1.004) : num(1));
  expect(referee(tie, 2, notTie, num(1.01), num(1.004)).status).toBe("undocumented");
  expect(show(err("#N/A"))).toBe("#N/A");
});
