import { z } from 'zod';
import { PageQueryShape, pageSchema } from './paging';
import { PeriodSchema } from './policy';

export const BANDS = ['good', 'watch', 'warning', 'closure'] as const;
export const BandSchema = z.enum(BANDS);
export type BandName = z.infer<typeof BandSchema>;

export const COMPONENT_NAMES = ['responsiveness', 'resolution', 'recovery', 'protocol', 'volume'] as const;

export const ComponentExplanationSchema = z.object({
  score: z.number().nullable(),
  weight: z.number(),
  numerator: z.number(),
  denominator: z.number(),
  sample: z.number(),
  minimum: z.number(),
  absentReason: z.string().nullable(),
});
export type ComponentExplanation = z.infer<typeof ComponentExplanationSchema>;

/** Everything needed to see why a score is what it is. */
export const ScorecardExplanationSchema = z.object({
  eligible: z.number().int(),
  excludedByDispute: z.number().int(),
  components: z.record(z.enum(COMPONENT_NAMES), ComponentExplanationSchema),
  overallUnrounded: z.number().nullable(),
  bandBeforeOverride: BandSchema.nullable(),
  overrideReason: z.string().nullable(),
  breaches: z.object({ acknowledge: z.array(z.uuid()), resolve: z.array(z.uuid()), criticalResolve: z.array(z.uuid()) }),
  auditIds: z.array(z.uuid()),
  orders: z.number().int().nullable(),
});
export type ScorecardExplanation = z.infer<typeof ScorecardExplanationSchema>;

/**
 * Where a card stands for its location and period (DOMAIN.md "Official card and
 * revisions"): the finalized `official` card; a `revision` computed after it,
 * pending; the newest card while none is finalized, `not_final`; any other card
 * (an earlier official one, or one a newer card replaced) `superseded`.
 */
export const SCORECARD_STANDINGS = ['official', 'revision', 'not_final', 'superseded'] as const;
export const ScorecardStandingSchema = z.enum(SCORECARD_STANDINGS);
export type ScorecardStanding = z.infer<typeof ScorecardStandingSchema>;

/** The revision shown beside an official card. */
export const ScorecardRevisionSchema = z.object({
  id: z.uuid(),
  asOf: z.string(),
  overall: z.number().nullable(),
  band: BandSchema.nullable(),
  provisional: z.boolean(),
});
export type ScorecardRevision = z.infer<typeof ScorecardRevisionSchema>;

export const ScorecardSchema = z.object({
  id: z.uuid(),
  locationId: z.uuid(),
  locationCode: z.string(),
  locationName: z.string(),
  regionName: z.string(),
  franchiseeName: z.string(),
  period: z.string(),
  policyVersion: z.number().int(),
  asOf: z.string(),
  overall: z.number().nullable(),
  band: BandSchema.nullable(),
  provisional: z.boolean(),
  finalized: z.boolean(),
  standing: ScorecardStandingSchema,
  /** On an official card: the newer card computed since, pending finalization. */
  revision: ScorecardRevisionSchema.nullable(),
  explanation: ScorecardExplanationSchema,
});
export type Scorecard = z.infer<typeof ScorecardSchema>;

export const ScorecardQuerySchema = z.strictObject({
  ...PageQueryShape,
  period: PeriodSchema.optional(),
  locationId: z.uuid().optional(),
});
export type ScorecardQuery = z.infer<typeof ScorecardQuerySchema>;
export const ScorecardListSchema = pageSchema(ScorecardSchema);

export const LeagueRowSchema = z.object({
  scorecardId: z.uuid(),
  locationId: z.uuid(),
  locationCode: z.string(),
  locationName: z.string(),
  regionId: z.uuid(),
  regionName: z.string(),
  franchiseeId: z.uuid(),
  franchiseeName: z.string(),
  overall: z.number().nullable(),
  band: BandSchema.nullable(),
  provisional: z.boolean(),
  rank: z.number().int().nullable(),
  previousOverall: z.number().nullable(),
  /** The row is the official card, or the newest one while none is finalized. */
  standing: z.enum(['official', 'not_final']),
  /** A newer card computed since the official one, pending finalization. */
  revisionId: z.uuid().nullable(),
});
export type LeagueRow = z.infer<typeof LeagueRowSchema>;
export const LeagueQuerySchema = z.strictObject({
  ...PageQueryShape,
  period: PeriodSchema,
  regionId: z.uuid().optional(),
  franchiseeId: z.uuid().optional(),
  band: BandSchema.optional(),
  sort: z.enum(['overall', '-overall', 'code']).default('-overall'),
});
export type LeagueQuery = z.infer<typeof LeagueQuerySchema>;
export const LeagueListSchema = pageSchema(LeagueRowSchema);

export const RecomputeSchema = z.strictObject({ period: PeriodSchema });
export const JobSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  done: z.number().int(),
  total: z.number().int(),
  error: z.string().nullable(),
});
export type Job = z.infer<typeof JobSchema>;

export const BandChangeSchema = z.object({
  locationId: z.uuid(),
  locationCode: z.string(),
  from: BandSchema.nullable(),
  to: BandSchema.nullable(),
  overallFrom: z.number().nullable(),
  overallTo: z.number().nullable(),
});
export const SimulationSchema = z.object({
  period: z.string(),
  locations: z.number().int(),
  changed: z.number().int(),
  better: z.number().int(),
  worse: z.number().int(),
  changes: z.array(BandChangeSchema),
});
export type Simulation = z.infer<typeof SimulationSchema>;
