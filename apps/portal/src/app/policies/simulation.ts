import { Policy } from '@franscore/domain';
import { SimulatedLocation, simulatePolicy } from '@franscore/scoring';
import { z } from 'zod';

// TODO(libs/domain): GET /api/policies/simulation-inputs answers `SimulatedLocation[]`
// of @franscore/scoring, a TypeScript interface without a zod schema. This mirrors
// ScorecardInputs field for field; import a domain schema once one exists.
const counts = z.object({ decided: z.number().int().min(0), onTime: z.number().int().min(0) });
const perSeverity = z.object({ minor: counts, major: counts, critical: counts });
export const SimulationInputsSchema = z.array(
  z.object({
    locationId: z.uuid(),
    locationCode: z.string(),
    inputs: z.object({
      eligible: z.number().int().min(0),
      acknowledge: perSeverity,
      resolve: perSeverity,
      ratings: z.object({ total: z.number().int().min(0), positive: z.number().int().min(0) }),
      protocol: z.object({ cases: z.number().int().min(0), scoreSum: z.number() }),
      orders: z.number().nullable(),
      criticalResolveBreaches: z.array(z.string()),
    }),
  }),
) satisfies z.ZodType<SimulatedLocation[]>;

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
