import { GRADE_SCHEMES } from "../../../grades";
import type { Preset } from "./build";
import { GUANGDONG_2022 } from "./guangdong2022";
import { MEIZHOU_2021 } from "./meizhou2021";
import { NATIONAL_2020 } from "./national2020";
import { SELF_EVALUATION, SELF_EVALUATION_2021 } from "./selfEvaluation";
import { ZHANJIANG_DISTRICT } from "./district2022";

export type { Preset } from "./build";

/** Every built-in indicator template, the national framework first. */
export const PRESETS: readonly Preset[] = [
  NATIONAL_2020,
  SELF_EVALUATION,
  SELF_EVALUATION_2021,
  GUANGDONG_2022,
  MEIZHOU_2021,
  ZHANJIANG_DISTRICT,
];

export function presetById(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

export { GRADE_SCHEMES };
