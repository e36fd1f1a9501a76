import { z } from 'zod';
import { PageQueryShape, pageSchema } from './paging';
import { PeriodSchema } from './policy';

export const BANDS = ['good', 'watch', 'warning', 'closure'] as const;
export const BandSchema = z.enum(BANDS);
export type BandName = z.infer<typeof BandSchema>;

/** Complainants of a period: recovered (rated 4-5), lost (rated 1-2, or resolved late) or unknown. */
export const CustomerCountsSchema = z.object({ recovered: z.number().int(), lost: z.number().int(), unknown: z.number().int() });
export type CustomerCounts = z.infer<typeof CustomerCountsSchema>;

/**
 * Revenue at risk beside a score, never part of it: lost x (1 + multiplier) x
 * lifetime value, with head office's figures as they stand now.
 */
export const MoneyAtRiskSchema = CustomerCountsSchema.extend({
  complainants: z.number().int(),
  revenueAtRisk: z.number(),
  currency: z.string(),
});
export type MoneyAtRiskFigures = z.infer<typeof MoneyAtRiskSchema>;

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
  /** The period's complainants by outcome (DOMAIN.md "Customers and money at risk"); absent on cards computed before it was kept. */
  customers: CustomerCountsSchema.optional(),
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
  /** The complaint reference of each breach id in the explanation (people read references, not ids). */
  complaintReferences: z.record(z.string(), z.string()).optional(),
  /** Customers and revenue at risk of the card's period; null on a card computed before they were kept. Never part of the score. */
  moneyAtRisk: MoneyAtRiskSchema.nullable().optional(),
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
  /** The location's rank in the whole network for the period (whatever the caller's scope): "rank N of M". Null when provisional or without an overall. */
  rank: z.number().int().nullable(),
  /** M: how many locations of the whole network are ranked for the period. */
  rankOf: z.number().int(),
  /** Customers and revenue at risk of the row's card; never part of the score. */
  moneyAtRisk: MoneyAtRiskSchema.nullable(),
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

const SlaTargetCountsSchema = z.object({ decided: z.number().int(), onTime: z.number().int() });
const SlaOutcomeSchema = z.enum(['met', 'breached', 'open']);
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
  /** Present when the draft moves an SLA target: the period's clocks decided again under it. */
  sla: z
    .object({
      perSeverity: z.record(
        z.enum(['acknowledge', 'resolve']),
        z.record(z.enum(['minor', 'major', 'critical']), z.object({ current: SlaTargetCountsSchema, draft: SlaTargetCountsSchema })),
      ),
      /** How many complaint clocks change outcome; `shifts` lists the first of them by reference. */
      shiftCount: z.number().int(),
      shifts: z.array(
        z.object({
          complaintId: z.string(),
          reference: z.string(),
          severity: z.enum(['minor', 'major', 'critical']),
          clock: z.enum(['acknowledge', 'resolve']),
          from: SlaOutcomeSchema,
          to: SlaOutcomeSchema,
          /** When the clock passes the draft's target (null: it does not by the period's end). */
          draftBreachedAt: z.string().nullable(),
        }),
      ),
    })
    .optional(),
});
export type Simulation = z.infer<typeof SimulationSchema>;
