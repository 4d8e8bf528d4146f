import type { SheetReader } from "../readers/readSheet";

/**
 * A document kind: one sort of sheet people keep (a scoring table, a self-evaluation form, …). Each lives in
 * its own folder `src/kinds/ID/` with the same modules — `model.ts` (what it is), `presets.ts` or `presets/`
 * (the published ones), `layout.ts` (how we write it), `read.ts` (how we read it from a grid), `score.ts` (its
 * figures) — and an `index.ts` that declares it here and is listed in `KINDS` (src/kinds/index.ts);
 * test/kinds/kinds.test.ts fails when a folder lacks one of them or is not registered.
 */
export interface DocumentKind {
  /** The folder's name. */
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  /** How the one reader layer recognises its sheets; each reader carries its place in the order. */
  readonly readers: readonly SheetReader[];
}
