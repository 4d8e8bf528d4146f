import { Dec } from "../../decimal";

/* The ways reports combine a panel's scores (seed 002: three experts, their mean), and when a spread is discussed. */

/** How a panel's scores become the leaf's: their mean, or the mean without the highest and the lowest (five or more experts). */
export type PanelMethod = "mean" | "trimmed";

/** The fewest experts a trimmed mean is taken over (the highest and the lowest set aside leave at least three). */
export const TRIMMED_MIN = 5;

/** The default share of a leaf's points beyond which the experts' spread is flagged for discussion. */
export const DEFAULT_SPREAD = new Dec("0.2");
