import { seededRandom } from "../../src/seededRandom";
import { Dec } from "../../src/decimal";

/** A small seeded generator (mulberry32): the same seed gives the same rows on every machine. */
export class Rng {
  /** A float in [0, 1). */
  readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  /** A number between min and max with `dp` decimals, as a person types it. */
  dec(min: number, max: number, dp: number): number {
    return Number((min + this.next() * (max - min)).toFixed(dp));
  }
  /** A number with 16–17 significant digits, as a formula leaves it (a cell shows only 15). */
  long(min: number, max: number): number {
    return min + this.next() * (max - min);
  }
  /** A value exactly on a half-up tie at `digits` decimals (x.xx5), between 0 and `max`. */
  tie(digits: number, max: number): number {
    const units = this.int(0, Math.max(0, Math.floor(max * 10 ** digits) - 1));
    return Number(new Dec(units).plus("0.5").div(new Dec(10).pow(digits)).toFixed());
  }
  /** A `[digits]` argument: mostly left out or 0–4, now and then outside 0–10. */
  digits(): number | null {
    if (this.chance(0.04)) return this.pick([-1, 1.5, 11]);
    return this.pick([null, null, null, 0, 1, 2, 2, 3, 4]);
  }
}

/** value × k exactly in decimal, as a double (so a tie stays a tie in the cell). */
export function times(value: number, k: number): number {
  return new Dec(String(value)).times(String(k)).toNumber();
}
