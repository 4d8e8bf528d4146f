import { decimalOf, type Dec } from "../decimal";
import type { GradeBand } from "../grades";
import type { WorkbookSettings } from "../layout/workbook";
import type { SheetReading } from "../readers/readSheet";
import { scoreWorkbook } from "../readers/scoreWorkbook";
import { auditProblem, auditTargets } from "../kinds/form/audit";
import { fundsFigures, type FundsDetail } from "../kinds/form/fundsDetail";

/** A thing to look at in a project: where it is and what it says (Chinese, then English). */
export interface ReviewNote {
  readonly cell: string;
  readonly kind: string;
  readonly message: string;
  readonly en: string;
}

/** One project of the portfolio: one readable sheet, its figures as the one reader layer and scorer give them. */
export interface ProjectRow {
  readonly file: string;
  readonly sheet: string;
  readonly kind: "table" | "form" | "goals";
  readonly name: string | null;
  readonly department: string | null;
  readonly unit: string | null;
  /** 全年预算数 and 全年执行数 (万元 as the form writes them); null where the sheet gives none. */
  readonly budget: Dec | null;
  readonly spent: Dec | null;
  /** 执行率 as a fraction: spent ÷ budget. */
  readonly rate: Dec | null;
  readonly score: Dec | null;
  readonly grade: string | null;
  /** The bands the grade was given by (the person's, the workbook's, a note's or the default), for the grade's formula. */
  readonly bands: readonly GradeBand[];
  /** What stops the score from standing, then what a person must judge (kind "judgement"). */
  readonly problems: readonly ReviewNote[];
  /** Targets a reviewer would send back (the target audit). */
  readonly findings: readonly (ReviewNote & { readonly suggestion: string })[];
  /** Numbers on the sheet that no rule used. */
  readonly unread: readonly ReviewNote[];
}

/** A file or sheet that could not be read, and why. */
export interface Unreadable {
  readonly file: string;
  readonly error: string;
}

/** What the review needs of one workbook: its readings (from the one reader layer), settings and funds sheet. */
export interface WorkbookReadings {
  readonly file: string;
  readonly readings: readonly SheetReading[];
  readonly settings: WorkbookSettings | null;
  /** The workbook's 自评基础数据表, used for the amounts when the form itself gives none. */
  readonly fundsDetail?: FundsDetail | null;
}

/** A form's heading words: when the cell after 主管部门 is blank the reader may hand over the next label instead. */
const LABEL = /^(项目名称|主管部门|实施单位|项目资金|年度资金总额)[（(：:]?/;

const blankToNull = (s: string | undefined): string | null => {
  const t = (s ?? "").trim();
  return t === "" || LABEL.test(t) ? null : t;
};

function fundsOf(
  reading: SheetReading,
  detail: FundsDetail | null | undefined,
): { budget: Dec | null; spent: Dec | null } {
  if (reading.kind === "form" || reading.kind === "goals") {
    const row = reading.form.form.funds.rows[0];
    if (row && (row.annual !== undefined || row.executed !== undefined)) {
      return {
        budget: row.annual === undefined ? null : decimalOf(row.annual),
        spent: row.executed === undefined ? null : decimalOf(row.executed),
      };
    }
  }
  const first = detail?.rows[0];
  if (!first) return { budget: null, spent: null };
  const f = fundsFigures(first, detail.policyAdjustment);
  return { budget: f.budget, spent: f.spent };
}

/**
 * The projects of one workbook, one per readable sheet, scored through the one scored result (the same total and
 * grade `jx score --sheet` gives). A sheet whose scoring fails is returned as unreadable, never dropped.
 */
export function projectRows(
  wb: WorkbookReadings,
  bands?: readonly GradeBand[],
): { rows: ProjectRow[]; unreadable: Unreadable[] } {
  const rows: ProjectRow[] = [];
  const unreadable: Unreadable[] = [];
  for (const reading of wb.readings) {
    if (reading.kind === "funds") continue;
    try {
      const scored = scoreWorkbook(reading, wb.settings, { bands });
      const form = reading.kind === "table" ? null : reading.form;
      const { budget, spent } = fundsOf(reading, wb.fundsDetail);
      const project = form?.form.project;
      rows.push({
        file: wb.file,
        sheet: reading.sheet,
        kind: reading.kind,
        // A form without 项目名称 is named after its sheet by the reader: that is no project name.
        name: project && project.name !== reading.sheet ? blankToNull(project.name) : null,
        department: blankToNull(project?.department),
        unit: blankToNull(project?.unit),
        budget,
        spent,
        rate: budget !== null && spent !== null && !budget.isZero() ? spent.div(budget) : null,
        score: scored.total,
        grade: scored.grade,
        bands: scored.bands,
        problems: [
          ...scored.problems.map((p) => ({ cell: p.at, kind: p.kind, message: p.message, en: p.en })),
          ...scored.judgement.map((p) => ({ cell: p.at, kind: "judgement", message: p.message, en: p.en })),
        ],
        findings: form
          ? auditTargets(form).map((f) => ({
              cell: f.cell,
              kind: f.kind,
              message: auditProblem(f).message,
              en: auditProblem(f).en,
              suggestion: f.suggestion,
            }))
          : [],
        unread: scored.unread.map((u) => ({
          cell: u.cell,
          kind: "unread",
          message: `${u.value}：${u.why}`,
          en: `${u.value}: ${u.whyEn}`,
        })),
      });
    } catch (e) {
      unreadable.push({
        file: wb.file,
        error: `工作表“${reading.sheet}”无法评分：${e instanceof Error ? e.message : String(e)}（sheet "${reading.sheet}" could not be scored）`,
      });
    }
  }
  return { rows, unreadable };
}
