import type { Policy, ScorecardExplanation } from '@franscore/domain';
import { COMPONENTS, computeScorecard } from '@franscore/scoring';
import type { LocationFacts } from './scorecard-inputs.repository';
import type { NewScorecard } from './scorecards.repository';

/** One location's facts through the pure formulas, into the row stored with its whole explanation. */
export function scorecardOf(locationId: string, period: string, policy: Policy, asOf: Date, facts: LocationFacts): NewScorecard {
  const result = computeScorecard(facts.inputs, policy.rules);
  const components = Object.fromEntries(
    COMPONENTS.map((name) => [name, { ...result.components[name], weight: policy.rules.componentWeights[name] }]),
  ) as ScorecardExplanation['components'];
  return {
    locationId,
    period,
    policyId: policy.id,
    policyVersion: policy.version as number,
    asOf,
    overall: result.overall,
    band: result.band,
    provisional: result.provisional,
    explanation: {
      eligible: facts.inputs.eligible,
      excludedByDispute: facts.excludedByDispute,
      components,
      overallUnrounded: result.overallUnrounded,
      bandBeforeOverride: result.bandBeforeOverride,
      overrideReason: result.overrideReason,
      breaches: facts.breaches,
      auditIds: facts.auditIds,
      orders: facts.inputs.orders,
      customers: facts.customers,
    },
  };
}

/** The month before `period` (YYYY-MM). */
export function previousPeriod(period: string): string {
  const [y, m] = period.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The period an instant falls in, by the UTC calendar (each location's own month is applied in SQL). */
export function periodOf(at: Date): string {
  return at.toISOString().slice(0, 7);
}
