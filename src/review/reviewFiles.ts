import { Dec } from "../decimal";
import type { GradeBand } from "../grades";
import { collectBytes } from "./collect";
import type { ReviewSummary } from "./layoutReview";
import type { ProjectRow, Unreadable } from "./projects";
import { byCodeUnits, type SampleSpec } from "./sample";
import { summarize } from "./summarize";
import { inBoth, refusalWords } from "../messages";

/** A file a person chose (the page's or the pane's file input): its name, and its bytes read only when its turn comes. */
export interface ChosenFile {
  readonly name: string;
  bytes(): Promise<Uint8Array>;
}

/** What the pane and the page may ask of a review besides the files: the sample to draw, the grade scheme. */
export interface ReviewOptions {
  readonly sample?: SampleSpec | null;
  readonly bands?: readonly GradeBand[];
}

/** The difference in points that flags a 复核 (the command line's default --threshold). */
export const DEFAULT_THRESHOLD = new Dec(10);

/**
 * 汇总多个文件 in the task pane and the browser page: the chosen files read one at a time, in name order (so
 * only one file's bytes are held at once), into the one review `jx review` makes; `onProgress` hears
 * (files done, total) before each file and once at the end.
 */
export async function reviewChosenFiles(
  files: readonly ChosenFile[],
  options: ReviewOptions = {},
  onProgress?: (done: number, total: number) => void,
): Promise<ReviewSummary> {
  const sorted = [...files].sort((a, b) => byCodeUnits(a.name, b.name));
  const projects: ProjectRow[] = [];
  const unreadable: Unreadable[] = [];
  for (const [i, f] of sorted.entries()) {
    onProgress?.(i, sorted.length);
    let bytes: Uint8Array;
    try {
      bytes = await f.bytes();
    } catch (e) {
      unreadable.push({
        file: f.name,
        error: inBoth(refusalWords("fileCannotOpen", { why: e instanceof Error ? e.message : String(e) })),
      });
      continue;
    }
    const got = await collectBytes(f.name, bytes, options.bands);
    projects.push(...got.rows);
    unreadable.push(...got.unreadable);
  }
  onProgress?.(sorted.length, sorted.length);
  return summarize({
    projects,
    unreadable,
    bands: options.bands,
    sample: options.sample ?? null,
    threshold: DEFAULT_THRESHOLD,
  });
}
