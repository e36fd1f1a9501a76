import { z } from 'zod';
import { IsoDateSchema } from './dates';

export const SEVERITIES = ['minor', 'major', 'critical'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

const perSeverity = (v: z.ZodNumber) => z.strictObject({ minor: v, major: v, critical: v });
const minutes = z.number().int().min(1).max(60 * 24 * 60);

/** DOMAIN.md "Scoring policy": the knobs of scoring and enforcement. */
const PolicyRulesShape = z.strictObject({
  slaMinutes: z.strictObject({ acknowledge: perSeverity(minutes), resolve: perSeverity(minutes) }),
  severityWeights: perSeverity(z.number().min(0).max(100)),
  componentWeights: z.strictObject({
    responsiveness: z.number().min(0).max(100),
    resolution: z.number().min(0).max(100),
    recovery: z.number().min(0).max(100),
    protocol: z.number().min(0).max(100),
    volume: z.number().min(0).max(100),
  }),
  minimumSamples: z.strictObject({
    responsiveness: z.number().int().min(0),
    resolution: z.number().int().min(0),
    recovery: z.number().int().min(0),
    protocol: z.number().int().min(0),
    volumeOrders: z.number().int().min(0),
  }),
  volumeBands: z.strictObject({ fullScoreAt: z.number().min(0), zeroScoreAt: z.number().min(0) }),
  thresholds: z.strictObject({ watch: z.number().min(0).max(100), warning: z.number().min(0).max(100), closure: z.number().min(0).max(100) }),
  auditIntervalDays: z.number().int().min(1).max(3650),
  enforcement: z.strictObject({
    cureDays: z.number().int().min(1).max(365),
    capDueDays: z.number().int().min(1).max(365),
    strikesForClosureReview: z.number().int().min(1).max(50),
    strikeWindowDays: z.number().int().min(1).max(3650),
    minEligibleComplaints: z.number().int().min(0),
  }),
});

/** Rules that a field alone cannot check; each problem names its field. */
export const PolicyRulesSchema = PolicyRulesShape.superRefine((r, ctx) => {
  const weights = Object.values(r.componentWeights).reduce((a, b) => a + b, 0);
  if (!(weights > 0)) ctx.addIssue({ code: 'custom', path: ['componentWeights'], message: 'weights must sum to a positive number' });
  if (!(r.thresholds.watch > r.thresholds.warning)) ctx.addIssue({ code: 'custom', path: ['thresholds', 'watch'], message: 'must be above warning' });
  if (!(r.thresholds.warning > r.thresholds.closure)) ctx.addIssue({ code: 'custom', path: ['thresholds', 'warning'], message: 'must be above closure' });
  if (!(r.volumeBands.zeroScoreAt > r.volumeBands.fullScoreAt)) ctx.addIssue({ code: 'custom', path: ['volumeBands', 'zeroScoreAt'], message: 'must be above fullScoreAt' });
  for (const s of SEVERITIES) {
    if (r.slaMinutes.resolve[s] < r.slaMinutes.acknowledge[s]) ctx.addIssue({ code: 'custom', path: ['slaMinutes', 'resolve', s], message: 'must not be shorter than the acknowledge target' });
  }
});
export type PolicyRules = z.infer<typeof PolicyRulesShape>;

export const DEFAULT_POLICY_RULES: PolicyRules = {
  slaMinutes: {
    acknowledge: { critical: 15, major: 60, minor: 240 },
    resolve: { critical: 480, major: 1440, minor: 2400 },
  },
  severityWeights: { minor: 1, major: 2, critical: 4 },
  componentWeights: { responsiveness: 0.25, resolution: 0.25, recovery: 0.2, protocol: 0.2, volume: 0.1 },
  minimumSamples: { responsiveness: 3, resolution: 3, recovery: 3, protocol: 1, volumeOrders: 1000 },
  volumeBands: { fullScoreAt: 0.5, zeroScoreAt: 5.0 },
  thresholds: { watch: 80, warning: 70, closure: 50 },
  auditIntervalDays: 90,
  enforcement: { cureDays: 30, capDueDays: 7, strikesForClosureReview: 3, strikeWindowDays: 365, minEligibleComplaints: 5 },
};

export const PERIOD = /^(?!0000)\d{4}-(0[1-9]|1[0-2])$/;
/** A scoring period: one calendar month, `YYYY-MM`, in each location's own time zone. */
export const PeriodSchema = z.string().regex(PERIOD, 'expected YYYY-MM');

export const PolicySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  version: z.number().int().nullable(),
  status: z.enum(['draft', 'published']),
  rules: PolicyRulesShape,
  effectiveFrom: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
export type Policy = z.infer<typeof PolicySchema>;

export const CreatePolicySchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  rules: PolicyRulesSchema.optional(),
});
export type CreatePolicy = z.infer<typeof CreatePolicySchema>;
export const UpdatePolicySchema = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  rules: PolicyRulesSchema.optional(),
});
export type UpdatePolicy = z.infer<typeof UpdatePolicySchema>;
export const PublishPolicySchema = z.strictObject({ effectiveFrom: IsoDateSchema });
export type PublishPolicy = z.infer<typeof PublishPolicySchema>;
export const SimulatePolicySchema = z.strictObject({ period: PeriodSchema });
export type SimulatePolicy = z.infer<typeof SimulatePolicySchema>;

/** Decided complaints of one severity and how many met their target. */
const TargetCountsSchema = z.object({ decided: z.number().int().min(0), onTime: z.number().int().min(0) });
const PerSeverityCountsSchema = z.object({ minor: TargetCountsSchema, major: TargetCountsSchema, critical: TargetCountsSchema });
/**
 * `GET /api/policies/simulation-inputs`: a period's facts per location (the
 * scoring library's `SimulatedLocation`), so the portal simulates a draft with
 * the same scoring functions as the server.
 */
export const SimulationInputSchema = z.object({
  locationId: z.uuid(),
  locationCode: z.string(),
  inputs: z.object({
    eligible: z.number().int().min(0),
    acknowledge: PerSeverityCountsSchema,
    resolve: PerSeverityCountsSchema,
    ratings: z.object({ total: z.number().int().min(0), positive: z.number().int().min(0) }),
    protocol: z.object({ cases: z.number().int().min(0), scoreSum: z.number() }),
    /** Orders in the period; null when the point of sale sent none. */
    orders: z.number().nullable(),
    criticalResolveBreaches: z.array(z.string()).readonly(),
  }),
});
export type SimulationInput = z.infer<typeof SimulationInputSchema>;
export const SimulationInputsSchema = z.array(SimulationInputSchema);
