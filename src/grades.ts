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

/**
 * Grade bands written inline, as on the command line: `优秀:90,良好:75,合格:60,不合格` (the last label
 * without a bound is the band from 0). Null when the text is not of that form.
 */
export function parseGradeSpec(spec: string): GradeBand[] | null {
  const parts = spec
    .split(/[,，;；]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const bands: GradeBand[] = [];
  for (const [i, part] of parts.entries()) {
    const m = /^([^:：=]+?)\s*(?:[:：=]\s*(\d+(?:\.\d+)?))?$/.exec(part);
    if (!m) return null;
    if (m[2] === undefined && i !== parts.length - 1) return null;
    bands.push({ label: m[1].trim(), min: m[2] === undefined ? 0 : Number(m[2]) });
  }
  if (bands.length < 2 || new Set(bands.map((b) => b.label)).size !== bands.length) return null;
  if (new Set(bands.map((b) => b.min)).size !== bands.length || bands.some((b) => b.min < 0 || b.min > 100))
    return null;
  if (!bands.some((b) => b.min === 0)) bands.push({ label: "—", min: 0 });
  return bands;
}

/**
 * Grade bands printed in a note under a table, as reports state them: `90分（含）以上为优秀，75（含）—90分为良好，
 * 60（含）—75分为合格，60分以下为不合格`, or `评价得分90分以上为"优"…`. Null unless at least three bands read
 * with distinct labels and a band from 0.
 */
export function bandsInText(text: string): GradeBand[] | null {
  const t = text.replace(/\s+/g, "").replace(/[“”"'‘’「」]/g, "");
  const bands: GradeBand[] = [];
  for (const clause of t.split(/[，,；;。、]/)) {
    const label = /(?:为|评为|定为|属于|等级为|即为)([\u4e00-\u9fff]{1,3}?)(?:等级|等次|级)?$/.exec(clause)?.[1];
    if (!label) continue;
    const below = /(\d+(?:\.\d+)?)分?(?:（[^）]*）|\([^)]*\))?(?:以下|之下|以内)/.exec(clause);
    const from =
      /(\d+(?:\.\d+)?)分?(?:（含）|\(含\))?(?:分)?(?:以上|及以上|[-—～~至到])/.exec(clause) ??
      /(?:≥|>=)(\d+(?:\.\d+)?)/.exec(clause);
    if (from) bands.push({ label, min: Number(from[1]) });
    else if (below) bands.push({ label, min: 0 });
  }
  const unique = new Set(bands.map((b) => b.label));
  if (bands.length < 3 || unique.size !== bands.length || !bands.some((b) => b.min === 0)) return null;
  if (new Set(bands.map((b) => b.min)).size !== bands.length) return null;
  return bands;
}

/** The band labels a printed grade cell ticks: `良（√）`, `☑良`, `优□ 良■ 中□`, `良好√`; or the cell's own short label. */
export function printedGradeLabel(text: string, labels: readonly string[]): string | null {
  const t = text
    .replace(/\s+/g, "")
    .replace(/^(评价等级|评价等次|绩效等级|评定等级|自评等级|等级|等次|评价结果|结果)[:：]?/, "");
  if (!t) return null;
  const TICK = "[√✓✔☑■●▇☒]";
  const sorted = [...labels].sort((a, b) => b.length - a.length);
  // A tick after its label (良√, 良（√）) is the common way; a tick before it (☑良) is read only when none follows a label.
  for (const label of sorted) if (new RegExp(`${label}[（(]?${TICK}`).test(t)) return label;
  for (const label of sorted) if (new RegExp(`${TICK}[（(]?${label}`).test(t)) return label;
  if (new RegExp(TICK).test(t) || /□/.test(t)) return null;
  const bare = t.replace(/[（(].*$/, "").replace(/[。.]$/, "");
  return bare.length <= 4 ? bare : null;
}
