import { readSheet } from "../../src/readers/readSheet";
import { scoreWorkbook } from "../../src/readers/scoreWorkbook";
import type { CellValue } from "../../src/cells/readCell";
import { FILLED_FORM } from "../fixtures/forms";

/** The filled form with some cells replaced: [row, col, value], 0-based. */
function edited(changes: [number, number, CellValue][]) {
  const cells = FILLED_FORM.rows.map((r) => [...r] as CellValue[]);
  for (const [r, c, v] of changes) cells[r][c] = v;
  return { name: FILLED_FORM.name, cells, merges: [] };
}

function scored(changes: [number, number, CellValue][]) {
  const reading = readSheet(edited(changes));
  if (!reading) throw new Error("not read");
  return scoreWorkbook(reading);
}

describe("a problem's kind says one thing, and its reason which words", () => {
  test("the filled form as it is: graded; 满意度 falls short without its 偏差原因", () => {
    const s = scored([]);
    expect([s.total?.toFixed(), s.grade, s.problems.map((p) => [p.at, p.kind])]).toEqual([
      "90.78",
      "优",
      [["L19", "reasonRequired"]],
    ]);
  });

  test("a qualitative row no formula scores and no printed score: needs a person, and the grade waits", () => {
    // 群众就医负担 (row 17): no 完成档次, no 系数, no 得分.
    const s = scored([
      [16, 8, null],
      [16, 9, null],
      [16, 10, null],
      [19, 10, null],
    ]);
    const p = s.problems.find((x) => x.reason === "rowUnscored");
    expect(p && [p.at, p.kind, p.en]).toEqual([
      "G17",
      "needsJudgement",
      "群众就医负担 cannot be scored by formula: a person must judge it",
    ]);
    expect(s.grade).toBeNull();
  });

  test("a blank actual value is a missing score; a short row without its 偏差原因 is reasonRequired", () => {
    const s = scored([
      [13, 6, null],
      [13, 10, null],
      [15, 11, null],
      [19, 10, null],
    ]);
    expect(s.problems.map((p) => [p.at, p.kind, p.reason])).toEqual([
      ["G14", "scoreMissing", "actualBlank"],
      ["L16", "reasonRequired", "reasonRequired"],
      ["L19", "reasonRequired", "reasonRequired"],
    ]);
    expect(s.grade).toBeNull();
  });
});
