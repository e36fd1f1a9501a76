import { PolicyRules } from '@franscore/domain';

/** Within this of 1, weights count as adding up (0.1 + 0.2 is not exactly 0.3 in floating point). */
const TOLERANCE = 1e-6;

/**
 * The sum of the component weights when it is not 1, else null. The overall
 * score divides by the weights present, so a draft still scores; but a head
 * office reading "responsiveness 0.3" expects 30 % of the score, and it is not.
 */
export function weightsOffOne(rules: PolicyRules | null): number | null {
  if (!rules) return null;
  const sum = Object.values(rules.componentWeights).reduce((a, b) => a + b, 0);
  return Math.abs(sum - 1) > TOLERANCE ? Math.round(sum * 1e6) / 1e6 : null;
}

/** The share of decided complaints on time, in percent (null when none was decided). */
export function onTimeShare(counts: { decided: number; onTime: number }): number | null {
  return counts.decided ? (100 * counts.onTime) / counts.decided : null;
}
