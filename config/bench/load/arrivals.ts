/**
 * When parents open the app on opening day: a rush as the window opens at 08:00 that decays
 * (half of those coming in the first 10 minutes, `rushShare` of them in the rush), and the rest
 * spread evenly over the hour. Deterministic for a seed.
 */
export interface ArrivalCurve {
  parents: number;
  hourMs: number;
  /** Share of parents in the opening rush. */
  rushShare: number;
  /** The rush's half-life: half of the rush has arrived by then. */
  rushHalfLifeMs: number;
}

export const OPENING_HOUR: ArrivalCurve = {
  parents: 20_000,
  hourMs: 3_600_000,
  rushShare: 0.7,
  rushHalfLifeMs: 600_000,
};

/** A small seeded generator (mulberry32), so every run sees the same parents. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Arrival times in milliseconds from 08:00, sorted. */
export function arrivalTimes(curve: ArrivalCurve, random: () => number): number[] {
  const times: number[] = [];
  for (let i = 0; i < curve.parents; i += 1) {
    if (random() < curve.rushShare) {
      // Exponential with the given half-life, folded into the hour.
      const t = (-Math.log(1 - random()) * curve.rushHalfLifeMs) / Math.LN2;
      times.push(Math.min(curve.hourMs - 1, t));
    } else {
      times.push(random() * curve.hourMs);
    }
  }
  return times.sort((a, b) => a - b);
}
