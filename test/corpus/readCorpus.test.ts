import { readSheet } from "../../src/readers/readSheet";
import { scoreWorkbook, type ScoredSheet } from "../../src/readers/scoreWorkbook";
import { roundHalfUp } from "../../src/decimal";
import { parseAddress, type Area, type SheetGrid } from "../../src/sheet/grid";
import { forms, partialForms } from "./forms";
import { tables } from "./tables";
import type { CorpusEntry } from "./types";

/** The entry's sheet as the readers get it from any door. */
function gridOf(e: CorpusEntry): SheetGrid {
  const merges = (e.sheet.merges ?? []).map((m): Area => {
    const [a, b] = m.split(":");
    const p = parseAddress(a) as { row: number; col: number };
    const q = parseAddress(b ?? a) as { row: number; col: number };
    return { top: p.row, left: p.col, bottom: q.row, right: q.col };
  });
  return { name: e.sheet.name, cells: e.sheet.rows as SheetGrid["cells"], merges };
}

function scoreEntry(e: CorpusEntry): ScoredSheet | null {
  const reading = readSheet(gridOf(e));
  return reading && scoreWorkbook(reading);
}

const all = [...tables, ...forms, ...partialForms];

/**
 * What each real table and form gives, worked out by hand against its print: kind, total, grade, the cells where a
 * printed figure disagrees with the rules (the sources' own slips, said out loud), and how many numbers are left unread.
 */
const EXPECTED: [
  id: string,
  kind: string,
  total: number | null,
  grade: string | null,
  disagreements: string[],
  unread: number,
][] = [
  ["t01-guangdong-2022-jiuzhu", "table", 93, "优", [], 0],
  ["t02-meizhou-2021-minzheng", "table", 91.3, "优", [], 0],
  ["t03-meizhou-2021-zongfen", "table", 91.3, "优", [], 0],
  ["t04-zhanjiang-2022-dibao", "table", 98, "优", ["D19", "D29"], 0],
  ["f01-jishan-2020-medical", "form", 99.77, "优", ["H13", "H17", "H18", "I6", "H19"], 0],
  ["f02-zhongjiang-2022-water", "form", 110, "优", ["H23"], 0],
  ["f03-yongde-2022-nutrition", "form", 99.8, "优", ["J16", "J19", "J25"], 0],
  ["f04-shangwu-2020-services-trade", "goals", null, null, ["G19"], 0],
  ["f05-baoshan-2022-veterans", "goals", null, null, [], 1],
  ["f06-qingshen-2023-salaries", "form", 10, null, [], 0],
  ["f07-tianchang-2022-flood", "form", 100, "优", [], 0],
  ["g01-hengshan-2020-grain", "goals", null, null, [], 0],
  ["g02-yueyang-2022-farmland", "goals", null, null, [], 0],
  ["g03-city-2020-epidemic-cleaning", "goals", null, null, [], 1],
  ["g04-daying-2020-consumer-campaign", "goals", null, null, [], 0],
  ["f08-tangxi-2022-commission-fragment", "form", 80, null, [], 0],
  ["f09-linxiang-2023-wildlife-fragment", "form", 89.78, "良", ["H6", "I6"], 3],
  ["f10-hexi-2023-farming-fragment", "form", 90, "优", [], 2],
  ["t05-dazhou-department-template", "table", null, null, [], 0],
  ["t06-agri-development-indicators", "table", null, null, [], 0],
  // A web form of relative weights (每个二级 sums to 100 within its 一级): not a scoring table we can add up, and said so.
  ["t07-customs-clearance-relative-weights", "form", 0, null, ["B53"], 44],
];

describe("the corpus of real published tables and forms, read as their sources print them", () => {
  test.each(EXPECTED)(
    "%s: %s, total %s %s, disagreements at %j, %d numbers unread",
    (id, kind, total, grade, disagreements, unread) => {
      const entry = all.find((e) => e.id === id);
      expect(entry).toBeDefined();
      const s = scoreEntry(entry as CorpusEntry) as ScoredSheet;
      expect(s.kind).toBe(kind);
      expect([s.total?.toNumber() ?? null, s.grade]).toEqual([total, grade]);
      const said = [...s.problems, ...s.judgement]
        .filter((p) =>
          ["totalMismatch", "weightSum", "gradeMismatch", "rateMismatch", "scoreMismatch", "repeatMismatch"].includes(
            p.kind,
          ),
        )
        .map((p) => p.at);
      expect(said).toEqual(disagreements);
      expect(s.unread).toHaveLength(unread);
    },
  );

  test.each(all.map((e) => [e.id, e] as const))(
    "%s: a printed total is reproduced at its precision, or the difference is said at a cell",
    (_id, e) => {
      const s = scoreEntry(e);
      expect(s).not.toBeNull();
      const printed = e.printed.total;
      if (printed === undefined || !s) return;
      const reproduced = s.total !== null && roundHalfUp(s.total, 2).toNumber() === printed;
      const said =
        [...s.problems, ...s.judgement].some((p) => p.kind === "totalMismatch") ||
        s.unread.some((u) => Number(u.value) === printed);
      expect(reproduced || said).toBe(true);
    },
  );

  test.each(tables.filter((t) => t.printed.grade).map((e) => [e.id, e] as const))(
    "%s: the printed grade is reproduced",
    (_id, e) => {
      expect(scoreEntry(e)?.grade).toBe(e.printed.grade);
    },
  );
});
