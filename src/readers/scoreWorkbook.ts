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
  readonly scoringNote?: string;
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

const BANDS_SOURCE: Record<BandsSource, { zh: string; en: string }> = {
  option: { zh: "按命令行指定的等级方案", en: "grade bands as given on the command line" },
  settings: { zh: "按工作簿设置中的等级方案", en: "grade bands from the workbook's settings" },
  note: { zh: "按表下注释中的等级标准", en: "grade bands stated in the note under the table" },
  default: { zh: "按默认等级（90 优、80 良、60 中）", en: "default bands (90 / 80 / 60)" },
};

function bandsText(bands: readonly GradeBand[]): string {
  return [...bands]
    .sort((a, b) => b.min - a.min)
    .map((b) => `${b.label} ≥ ${b.min}`)
    .join("，");
}

/** What the reader made of a panel's sheet, for --explain. */
function panelLine(p: PanelReading): { zh: string; en: string } {
  const cols = p.columns.join("、");
  const how =
    p.method === null
      ? { zh: "尚无可核对的专家组得分", en: "no panel score to check yet" }
      : p.method === "trimmed"
        ? { zh: "得分为去掉最高分和最低分后的平均分，逐项核对", en: "得分 is their trimmed mean, checked leaf by leaf" }
        : { zh: "得分为专家组平均分，逐项核对", en: "得分 is their mean, checked leaf by leaf" };
  return {
    zh: `专家评分表：${p.experts} 位专家（${cols} 列），${p.scored} 位已评分；${how.zh}`,
    en: `a panel's sheet: ${p.experts} experts (columns ${p.columns.join(", ")}), ${p.scored} of them scored; ${how.en}`,
  };
}

/** Scores one sheet's reading: the same total, grade and problems through every door. */
export function scoreWorkbook(
  reading: SheetReading,
  settings?: WorkbookSettings | null,
  options: ScoreOptions = {},
): ScoredSheet {
  const { bands, source } = bandsFor(reading, settings, options);
  const explain: { zh: string; en: string }[] = [];
  const bandLine = {
    zh: `${BANDS_SOURCE[source].zh}：${bandsText(bands)}`,
    en: `${BANDS_SOURCE[source].en}: ${bandsText(bands)}`,
  };
  if (reading.kind === "table") {
    const t = reading.table;
    const decimals = settings?.decimals?.total;
    const { score, problems } = scoreTable(t, bands, decimals);
    const L = t.layout;
    const col = (c: number | null) => (c === null ? "—" : `${columnLetters(c)} 列`);
    explain.push({
      zh: `表头在第 ${L.headingRow + 1} 行，指标从第 ${L.dataRow + 1} 行起`,
      en: `headings on row ${L.headingRow + 1}, indicators from row ${L.dataRow + 1}`,
    });
    L.levels.forEach((l, i) =>
      explain.push({
        zh: `第 ${i + 1} 级（“${l.heading}”）：名称 ${col(l.name)}，分值 ${l.weight === null ? "写在名称中或无" : col(l.weight)}`,
        en: `level ${i + 1} ("${l.heading}"): names in ${columnLetters(l.name)}, weights ${l.weight === null ? "in the names or none" : `in ${columnLetters(l.weight)}`}`,
      }),
    );
    explain.push({
      zh: `得分：${col(L.score)}${L.scoreRule ? `（${L.scoreRule.zh}）` : ""}`,
      en: `scores: ${L.score === null ? "none" : columnLetters(L.score)}${L.scoreRule ? ` (${L.scoreRule.en})` : ""}`,
    });
    if (t.panel) explain.push(panelLine(t.panel));
    if (L.rate !== null)
      explain.push({
        zh: `得分率：${col(L.rate)}，逐项与 得分÷分值 核对`,
        en: `rates in ${columnLetters(L.rate)}, each checked against score ÷ weight`,
      });
    explain.push({
      zh: `一级指标权重应合计 ${t.tree.total.toFixed()}`,
      en: `the top level must sum to ${t.tree.total.toFixed()}`,
    });
    explain.push(bandLine);
    for (const r of t.remarks) explain.push({ zh: `${r.at}：${r.zh}`, en: `${r.at}: ${r.en}` });
    for (const s of t.skipped)
      explain.push({ zh: `第 ${s.row} 行：${s.why}，不作为指标`, en: `row ${s.row}: ${s.whyEn}, not an indicator` });
    const missing = problems.filter((p) => p.kind === "scoreMissing").length;
    const scoredLeaves = leafNodes(t.tree.nodes).filter((l) => l.score !== null).length;
    if (missing)
      explain.push({
        zh: `${missing} 个指标缺少得分：合计不完整，暂不评定等级`,
        en: `${missing} indicator(s) without a score: the total is incomplete and no grade is given`,
      });
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
        ? {
            zh: `项目支出绩效自评表：按 ${report.scoring} 年版（${RULES_SOURCE[report.scoring]}）逐行计分`,
            en: `a self-evaluation form, scored row by row by the ${report.scoring} rules (${RULES_SOURCE[report.scoring]})`,
          }
        : { zh: "绩效目标表：逐行计算完成率", en: "a goal table: each row's completion" },
    );
    explain.push(bandLine);
    for (const n of reading.form.notes ?? []) explain.push(n);
    // A row left blank, a row no formula scores (with no printed score to keep), 预算执行率 not computed.
    const unscored = report.problems.filter(
      (p) => p.kind === "scoreMissing" || p.kind === "needsJudgement" || p.kind === "fundsUnscored",
    ).length;
    if (unscored)
      explain.push({
        zh: `${unscored} 项无法计分：总分不完整，暂不评定等级`,
        en: `${unscored} item(s) cannot be scored: the total is incomplete and no grade is given`,
      });
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
    explain: [{ zh: "自评基础数据表", en: "a funds sheet (自评基础数据表)" }],
  };
}
