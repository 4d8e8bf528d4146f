import type { Dec } from "../../decimal";
import type { NOT_APPLICABLE } from "../table/layout";
import type { PanelMethod } from "./presets";

/* An expert panel (专家评分): one scoring table scored by several experts, each in a column of their own. */

/** One expert's score of a leaf: a number, 不适用, or not scored. */
export type ExpertScore = Dec | typeof NOT_APPLICABLE | null;

export interface Expert {
  /** How the expert is named in the note under the table (the file's name for `jx panel`). */
  readonly name: string;
  /** One entry per leaf, in reading order. */
  readonly scores: readonly ExpertScore[];
}

export interface PanelOptions {
  readonly method?: PanelMethod;
  /** Share of a leaf's points beyond which the experts' spread is flagged; 20 % when not given. */
  readonly spread?: Dec;
}

/** What the core decided for one leaf: the panel's score (or 不适用, or none yet) and whether it is flagged. */
export interface PanelLeaf {
  readonly score: Dec | typeof NOT_APPLICABLE | null;
  readonly flag: "" | "需讨论" | "适用性不一";
}
