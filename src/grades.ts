import { Dec, compareAtNine, decimalOf } from "./decimal";

/** A grade band: the label and its inclusive lower bound. */
export interface GradeBand {
  readonly label: string;
  readonly min: number;
}

/** 财预〔2020〕10号 第十八条: 90（含）以上优, 80（含）–90 良, 60（含）–80 中, 60 以下差. */
export const DEFAULT_BANDS: readonly GradeBand[] = [
  { label: "优", min: 90 },
  { label: "良", min: 80 },
  { label: "中", min: 60 },
  { label: "差", min: 0 },
];

/** The grade schemes users meet (DOMAIN.md): the default first. */
export const GRADE_SCHEMES: readonly { id: string; title: string; bands: readonly GradeBand[] }[] = [
  { id: "standard", title: "优/良/中/差（90/80/60，财预〔2020〕10号）", bands: DEFAULT_BANDS },
  {
    id: "excellent-pass",
    title: "优秀/良好/合格/不合格（90/80/60，民政常用）",
    bands: [
      { label: "优秀", min: 90 },
      { label: "良好", min: 80 },
      { label: "合格", min: 60 },
      { label: "不合格", min: 0 },
    ],
  },
  {
    id: "five-tier",
    title: "优秀/良好/中等/及格/不及格（90/80/70/60）",
    bands: [
      { label: "优秀", min: 90 },
      { label: "良好", min: 80 },
      { label: "中等", min: 70 },
      { label: "及格", min: 60 },
      { label: "不及格", min: 0 },
    ],
  },
  {
    id: "good-from-75",
    title: "优/良/中/差（良好自 75 分起，部门整体评价）",
    bands: [
      { label: "优", min: 90 },
      { label: "良", min: 75 },
      { label: "中", min: 60 },
      { label: "差", min: 0 },
    ],
  },
];

/** Bands from highest to lowest bound. */
export function sortBands(bands: readonly GradeBand[]): GradeBand[] {
  return [...bands].sort((a, b) => b.min - a.min);
}

/**
 * The grade of a score: the label of the highest band whose lower bound the score reaches,
 * comparing at 9 decimals (so a float sum such as 89.99999999999999 counts as 90). Null below every band.
 */
export function gradeOf(score: Dec, bands: readonly GradeBand[] = DEFAULT_BANDS): string | null {
  for (const band of sortBands(bands)) if (compareAtNine(score, decimalOf(band.min)) >= 0) return band.label;
  return null;
}
