import { Policy, SimulationInputsSchema as DomainSimulationInputsSchema } from '@franscore/domain';
import { SimulatedLocation, simulatePolicy } from '@franscore/scoring';
import { z } from 'zod';

/** GET /api/policies/simulation-inputs: the scoring library's `SimulatedLocation[]`, by the domain contract. */
export const SimulationInputsSchema = DomainSimulationInputsSchema satisfies z.ZodType<SimulatedLocation[]>;

/** The draft against the policy in force over a period's facts: who changes band, and which way. */
export type SimulationResult = ReturnType<typeof simulatePolicy>;

/**
 * The policy in force on `today` (`YYYY-MM-DD`), as the server picks it: the
 * published one with the highest version whose effective date has come.
 */
export function inForcePolicy(policies: readonly Policy[], today: string): Policy | null {
  return policies
    .filter(
      (p) => p.status === 'published' && p.version !== null && (p.effectiveFrom ?? '') <= today,
    )
    .reduce<Policy | null>(
      (best, p) => (!best || (p.version ?? 0) > (best.version ?? 0) ? p : best),
      null,
    );
}
