import { roundHalfAwayFromZero } from './round-half-away';

export interface WeightedComponent {
  weight: number;
  /** 0-100, or null when the component is absent (sample below the policy minimum). */
  score: number | null;
}

export interface Overall {
  unrounded: number;
  rounded: number;
}

/** Weighted mean over present components, re-weighted; null when none is present. */
export function overallScore(components: readonly WeightedComponent[]): Overall | null {
  let weighted = 0;
  let weights = 0;
  for (const c of components) {
    if (c.score === null || c.weight <= 0) continue;
    weighted += c.weight * c.score;
    weights += c.weight;
  }
  if (weights === 0) return null;
  const unrounded = weighted / weights;
  return { unrounded, rounded: roundHalfAwayFromZero(unrounded, 1) };
}
