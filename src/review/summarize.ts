import type { Dec } from "../decimal";
import { DEFAULT_BANDS, type GradeBand } from "../grades";
import { gradeDistribution } from "./grades";
import type { ReviewSummary } from "./layoutReview";
import type { ProjectRow, Unreadable } from "./projects";
import { compareRecheck, percentText, recheckSentences } from "./recheck";
import { drawSample, type SampleSpec } from "./sample";

/** How the sample was drawn, in one sentence (Chinese, then English), for the 复核清单. */
export function sampleMethod(spec: SampleSpec): string {
  const share = percentText(spec.share);
  return spec.by === "projects"
    ? `按主管部门分层抽样：抽取项目数的 ${share}，随机种子 ${spec.seed}（同一种子与同一批文件得到同一样本）。Stratified by 主管部门: ${share} of the projects, seed ${spec.seed}.`
    : `按主管部门分层抽样：抽取项目直至其全年预算数达到资金的 ${share}，随机种子 ${spec.seed}（同一种子与同一批文件得到同一样本）。Stratified by 主管部门: projects until their budgets reach ${share} of the funds, seed ${spec.seed}.`;
}

/**
 * The whole review from the projects read: the grade distribution, the sample when asked for, the re-scored
 * copies compared when given, and the report's sentences — what the workbook, --json and the page show.
 */
export function summarize(input: {
  readonly projects: readonly ProjectRow[];
  readonly unreadable: readonly Unreadable[];
  readonly bands?: readonly GradeBand[];
  readonly sample?: SampleSpec | null;
  readonly rechecked?: readonly ProjectRow[] | null;
  readonly threshold: Dec;
}): ReviewSummary {
  const sample = input.sample ? drawSample(input.projects, input.sample) : null;
  const recheck = input.rechecked ? compareRecheck(input.projects, input.rechecked, input.threshold) : null;
  return {
    projects: input.projects,
    unreadable: input.unreadable,
    grades: gradeDistribution(input.projects, input.bands ?? DEFAULT_BANDS),
    sample: sample && input.sample ? { projects: sample, how: sampleMethod(input.sample) } : null,
    recheck,
    threshold: input.threshold,
    sentences: recheckSentences(input.projects, sample, recheck, input.threshold),
  };
}
