import { z } from 'zod';

export const SEVERITIES = ['minor', 'major', 'critical'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

const perSeverity = (v: z.ZodNumber) => z.strictObject({ minor: v, major: v, critical: v });
const minutes = z.number().int().min(1).max(60 * 24 * 60);

/** DOMAIN.md "Scoring policy": the knobs of scoring and enforcement. */
export const PolicyRulesSchema = z.strictObject({
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
export type PolicyRules = z.infer<typeof PolicyRulesSchema>;

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
