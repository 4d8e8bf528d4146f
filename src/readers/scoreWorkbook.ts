import { decimalOf, type Dec } from "../decimal";
import { DEFAULT_BANDS, type GradeBand } from "../grades";
import type { WorkbookSettings } from "../layout/workbook";
import { scoreTable } from "../kinds/table/check";
import { columnLetters } from "../sheet/grid";
import type { SkippedRow, UnreadNumber } from "../sheet/numberLedger";
import { scoreReading, type ScoredRow } from "../kinds/form/scoreReading";
import { RULES_SOURCE, type ScoringRules } from "../kinds/form/scoringRules";
import type { Problem } from "../tree/checkTree";
import { leafNodes } from "../tree/node";
import type { SheetReading } from "./readSheet";
import type { PanelReading } from "../kinds/panel/read";
import { noteWords, type Words } from "../messages";

/** Where the grade bands came from: the person's choice, the workbook's settings, a note under the table, or the default. */
export type BandsSource = "option" | "settings" | "note" | "default";

/** One top-level line of the summary: 分值, 得分, 得分率. */
export interface ScoredLevel {
  readonly name: string;
  readonly weight: Dec;
  readonly score: Dec;
  readonly rate: Dec | null;
}

/** The one scored result of a sheet, in decimals, for every door (jx score, the pane's 汇总, the browser page). */
export interface ScoredSheet {
  readonly kind: SheetReading["kind"];
  readonly sheet: string;
  readonly total: Dec | null;
  readonly grade: string | null;
  readonly bands: readonly GradeBand[];
  readonly bandsSource: BandsSource;
  readonly levels: readonly ScoredLevel[];
  /** What stops the score from standing. */
  readonly problems: readonly Problem[];
  /** What no rule can decide: for a person, never scored silently. */
  readonly judgement: readonly Problem[];
  readonly unread: readonly UnreadNumber[];
  readonly skipped: readonly SkippedRow[];
  /** What the reader understood, line by line, in Chinese and English (`jx score --explain`). */
  readonly explain: readonly { readonly zh: string; readonly en: string }[];
  /** A panel's sheet: how many experts' columns stand beside the panel's 得分 and how many scored; absent otherwise. */
  readonly panel?: PanelReading;
  /** Forms: each row's figure. */
  readonly rows?: readonly ScoredRow[];
  /** Forms: the rule set scored by (财预〔2020〕10号 or 〔2021〕101号), and a note when the workbook names none. */
  readonly scoring?: ScoringRules;
  readonly scoringNote?: Words | null;
}

/** How to score: grade bands the person chose (they win over the workbook's and a note's). */
export interface ScoreOptions {
  readonly bands?: readonly GradeBand[];
}

function bandsFor(
  reading: SheetReading,
  settings: WorkbookSettings | null | undefined,
  options: ScoreOptions,
): { bands: readonly GradeBand[]; source: BandsSource } {
  if (options.bands) return { bands: options.bands, source: "option" };
  // Settings reach here checked (checkSettings, in every door): a bad field was already reported and left out.
  if (settings?.grades?.length) return { bands: settings.grades, source: "settings" };
  if (reading.kind === "table" && reading.table.bandsInNote)
    return { bands: reading.table.bandsInNote.bands, source: "note" };
  return { bands: DEFAULT_BANDS, source: "default" };
}

const BANDS_SOURCE: Record<BandsSource, Words> = {
  option: noteWords("bandsFromOption"),
  settings: noteWords("bandsFromSettings"),
  note: noteWords("bandsFromNote"),
  default: noteWords("bandsDefault"),
};

/** A column as --explain names it (C 列 / column C), or none. */
const columnWords = (c: number | null): Words =>
  c === null ? noteWords("noColumn") : noteWords("column", { letters: columnLetters(c) });

function bandsText(bands: readonly GradeBand[]): string {
  return [...bands]
    .sort((a, b) => b.min - a.min)
    .map((b) => `${b.label} ≥ ${b.min}`)
    .join("，");
}

/** What the reader made of a panel's sheet, for --explain. */
function panelLine(p: PanelReading): Words {
  const how = noteWords(
    p.method === null ? "panelNoScoreYet" : p.method === "trimmed" ? "panelTrimmedChecked" : "panelMeanChecked",
  );
  const columns = { zh: p.columns.join("、"), en: p.columns.join(", ") };
  return noteWords("panelSheet", { experts: p.experts, columns, scored: p.scored, how });
}

/** Scores one sheet's reading: the same total, grade and problems through every door. */
export function scoreWorkbook(
  reading: SheetReading,
  settings?: WorkbookSettings | null,
  options: ScoreOptions = {},
): ScoredSheet {
  const { bands, source } = bandsFor(reading, settings, options);
  const explain: { zh: string; en: string }[] = [];
  const bandLine = noteWords("bandsLine", { source: BANDS_SOURCE[source], bands: bandsText(bands) });
  if (reading.kind === "table") {
    const t = reading.table;
    const decimals = settings?.decimals?.total;
    const { score, problems } = scoreTable(t, bands, decimals);
    const L = t.layout;
    explain.push(noteWords("headingsAt", { heading: L.headingRow + 1, data: L.dataRow + 1 }));
    L.levels.forEach((l, i) =>
      explain.push(
        noteWords("levelColumns", {
          level: i + 1,
          heading: l.heading,
          names: columnWords(l.name),
          weights: l.weight === null ? noteWords("weightsInNames") : columnWords(l.weight),
        }),
      ),
    );
    explain.push(
      L.scoreRule
        ? noteWords("scoresColumnBy", { column: columnWords(L.score), rule: L.scoreRule })
        : noteWords("scoresColumn", { column: columnWords(L.score) }),
    );
    if (t.panel) explain.push(panelLine(t.panel));
    if (L.rate !== null) explain.push(noteWords("ratesChecked", { column: columnWords(L.rate) }));
    explain.push(noteWords("topLevelSum", { total: t.tree.total.toFixed() }));
    explain.push(bandLine);
    for (const r of t.remarks) explain.push(noteWords("atCell", { at: r.at, what: r }));
    for (const s of t.skipped) explain.push(noteWords("rowSkipped", { row: s.row, why: { zh: s.why, en: s.whyEn } }));
    const missing = problems.filter((p) => p.kind === "scoreMissing").length;
    const scoredLeaves = leafNodes(t.tree.nodes).filter((l) => l.score !== null).length;
    if (missing) explain.push(noteWords("scoresMissing", { count: missing }));
    return {
      kind: "table",
      sheet: reading.sheet,
      total: scoredLeaves ? score.total : null,
      grade: missing ? null : score.grade,
      bands,
      bandsSource: source,
      levels: score.levels,
      problems,
      judgement: [],
      unread: t.unread,
      skipped: t.skipped,
      explain,
      ...(t.panel ? { panel: t.panel } : {}),
    };
  }
  if (reading.kind === "form" || reading.kind === "goals") {
    const report = scoreReading(reading.form, bands);
    const dec = (n: number | null) => (n === null ? null : decimalOf(n));
    explain.push(
      reading.kind === "form"
        ? noteWords("formScoredBy", { rules: report.scoring, source: RULES_SOURCE[report.scoring] })
        : noteWords("goalTableRead"),
    );
    explain.push(bandLine);
    for (const n of reading.form.notes ?? []) explain.push(n);
    // A row left blank, a row no formula scores (with no printed score to keep), 预算执行率 not computed.
    const unscored = report.problems.filter(
      (p) => p.kind === "scoreMissing" || p.kind === "needsJudgement" || p.kind === "fundsUnscored",
    ).length;
    if (unscored) explain.push(noteWords("itemsUnscored", { count: unscored }));
    return {
      kind: reading.kind,
      sheet: reading.sheet,
      total: dec(report.total),
      grade: unscored ? null : report.grade,
      bands,
      bandsSource: source,
      levels: report.levels.map((l) => ({
        name: l.name,
        weight: decimalOf(l.weight),
        score: decimalOf(l.score),
        rate: dec(l.rate),
      })),
      problems: report.problems,
      judgement: report.judgement,
      unread: reading.form.unread ?? [],
      skipped: [],
      explain,
      rows: report.rows,
      scoring: report.scoring,
      scoringNote: report.scoringNote,
    };
  }
  return {
    kind: "funds",
    sheet: reading.sheet,
    total: null,
    grade: null,
    bands,
    bandsSource: source,
    levels: [],
    problems: [],
    judgement: [],
    unread: [],
    skipped: [],
    explain: [noteWords("fundsSheet")],
  };
}
