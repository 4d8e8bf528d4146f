import { Dec, roundHalfUp } from "../../src/decimal";
import { forms, partialForms } from "./forms";
import { tables } from "./tables";
import type { CorpusEntry } from "./types";

/** The entries of the corpus, whatever their kind. */
const entries: CorpusEntry[] = [...tables, ...forms, ...partialForms];

const A1_RANGE = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/;

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function numbersIn(entry: CorpusEntry): number[] {
  return entry.sheet.rows.flatMap((row) =>
    row.flatMap((cell) => {
      if (typeof cell === "number") return [cell];
      if (cell !== null && typeof cell === "object") return typeof cell.result === "number" ? [cell.result] : [];
      return [];
    }),
  );
}

describe("corpus: every entry names its source and carries a sheet", () => {
  it("has entries, each id used once", () => {
    expect(entries.length).toBeGreaterThan(0);
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(entries.map((e) => [e.id, e] as const))("%s: id, source and sheet", (_id, entry) => {
    const prefix = { table: "t", form: "f", goals: "g" }[entry.kind];
    expect(entry.id.startsWith(prefix)).toBe(true);
    expect(entry.source.title.trim()).not.toBe("");
    expect(entry.source.publisher.trim()).not.toBe("");
    expect(entry.source.url.trim()).not.toBe("");
    expect(entry.source.table.trim()).not.toBe("");
    expect(Number.isInteger(entry.source.year)).toBe(true);
    expect(entry.sheet.rows.length).toBeGreaterThan(0);
    expect(entry.sheet.rows.some((row) => row.some((cell) => cell !== null))).toBe(true);
    for (const n of numbersIn(entry)) expect(Number.isFinite(n)).toBe(true);
  });

  it.each(entries.map((e) => [e.id, e] as const))("%s: merges are A1 ranges inside the sheet", (_id, entry) => {
    const width = Math.max(...entry.sheet.rows.map((r) => r.length));
    for (const m of entry.sheet.merges ?? []) {
      const hit = A1_RANGE.exec(m);
      expect(hit).not.toBeNull();
      const [, c1, r1, c2, r2] = hit!;
      expect(columnNumber(c1) <= columnNumber(c2) && Number(r1) <= Number(r2)).toBe(true);
      expect(columnNumber(c2)).toBeLessThanOrEqual(width);
      expect(Number(r2)).toBeLessThanOrEqual(entry.sheet.rows.length);
    }
  });
});

describe("corpus: what a scoring table prints", () => {
  const withTables = entries.filter((e) => e.kind === "table");

  it.each(withTables.map((e) => [e.id, e] as const))(
    "%s: printed total and level-1 names are in the sheet",
    (_id, entry) => {
      const { total, level1 } = entry.printed;
      if (total !== undefined) expect(numbersIn(entry)).toContain(total);
      const texts = entry.sheet.rows.flatMap((row) => row.filter((c): c is string => typeof c === "string"));
      for (const l1 of level1 ?? []) expect(texts.some((t) => t.includes(l1.name))).toBe(true);
    },
  );

  it.each(withTables.map((e) => [e.id, e] as const))(
    "%s: printed total equals the printed level-1 scores, or the mismatch is listed as a slip",
    (_id, entry) => {
      const { total, level1 } = entry.printed;
      if (total === undefined || !level1 || level1.length === 0 || level1.some((l) => l.score === undefined)) return;
      const sum = level1.reduce((s, l) => s.plus(new Dec(l.score!)), new Dec(0));
      if (sum.eq(new Dec(total))) return;
      const listed = (entry.slips ?? []).some((s) => s.what.includes(String(total)) && s.what.includes(sum.toString()));
      expect({
        id: entry.id,
        total,
        sumOfLevel1: sum.toString(),
        listedAsSlip: listed,
      }).toEqual({
        id: entry.id,
        total,
        sumOfLevel1: sum.toString(),
        listedAsSlip: true,
      });
    },
  );
});

/** Decimal places of a number as written (0.9878 → 4); a printed 97.80% is stored as 0.978 and checked at 3 places. */
function placesOf(n: number): number {
  const [, frac = ""] = String(n).split(".");
  return frac.length;
}

describe("corpus: fragments are marked as such and print no total", () => {
  it.each(partialForms.map((e) => [e.id, e] as const))("%s", (_id, entry) => {
    expect(entry.id.endsWith("-fragment")).toBe(true);
    expect(entry.notes?.startsWith("FRAGMENT:")).toBe(true);
    expect(entry.printed.total).toBeUndefined();
    expect(forms).not.toContain(entry);
  });
});

describe("corpus: what a self-evaluation form or goal table prints", () => {
  const withForms = entries.filter((e) => e.kind === "form" || e.kind === "goals");

  it.each(withForms.map((e) => [e.id, e] as const))(
    "%s: printed total and funds amounts are in the sheet",
    (_id, entry) => {
      const numbers = numbersIn(entry);
      const { total, funds } = entry.printed;
      if (total !== undefined) expect(numbers).toContain(total);
      if (funds?.budget !== undefined) expect(numbers).toContain(funds.budget);
      if (funds?.spent !== undefined) expect(numbers).toContain(funds.spent);
      if (funds?.score !== undefined) expect(numbers).toContain(funds.score);
    },
  );

  it.each(withForms.map((e) => [e.id, e] as const))(
    "%s: printed execution rate equals spent ÷ budget at the printed precision, or the mismatch is listed as a slip",
    (_id, entry) => {
      const { budget, spent, rate } = entry.printed.funds ?? {};
      if (budget === undefined || spent === undefined || rate === undefined || budget === 0) return;
      const computed = roundHalfUp(new Dec(spent).div(new Dec(budget)), placesOf(rate));
      if (computed.eq(new Dec(rate))) return;
      const listed = (entry.slips ?? []).some((s) => s.what.includes("执行率"));
      expect({ id: entry.id, rate, computed: computed.toString(), listedAsSlip: listed }).toEqual({
        id: entry.id,
        rate,
        computed: computed.toString(),
        listedAsSlip: true,
      });
    },
  );

  it.each(withForms.map((e) => [e.id, e] as const))("%s: every slip names a cell inside the sheet", (_id, entry) => {
    const width = Math.max(...entry.sheet.rows.map((r) => r.length));
    for (const slip of entry.slips ?? []) {
      const hit = /^([A-Z]+)(\d+)$/.exec(slip.cell);
      expect(hit).not.toBeNull();
      expect(columnNumber(hit![1])).toBeLessThanOrEqual(width);
      expect(Number(hit![2])).toBeLessThanOrEqual(entry.sheet.rows.length);
      expect(slip.what.trim()).not.toBe("");
    }
  });
});
