import { Dec, ZERO, compareAtNine, roundHalfUp } from "../../decimal";
import { TRIMMED_MIN, type PanelMethod } from "./presets";

/** The panel's score of one leaf from every expert's score, rounded half-up to `digits`. */
export function panelScore(scores: readonly Dec[], method: PanelMethod, digits: number): Dec {
  if (!scores.length) throw new Error("panelScore needs at least one score");
  let sum = scores.reduce((a, s) => a.plus(s), ZERO);
  let n = scores.length;
  if (method === "trimmed") {
    if (n < TRIMMED_MIN) throw new Error(`a trimmed mean needs ${TRIMMED_MIN} experts`);
    sum = sum.minus(Dec.max(...scores)).minus(Dec.min(...scores));
    n -= 2;
  }
  return roundHalfUp(sum.div(n), digits);
}

/** Whether the experts differ by more than `share` of the leaf's points (highest − lowest, compared at 9 decimals). */
export function spreadTooWide(scores: readonly Dec[], weight: Dec, share: Dec): boolean {
  if (scores.length < 2) return false;
  return compareAtNine(Dec.max(...scores).minus(Dec.min(...scores)), weight.times(share)) > 0;
}
