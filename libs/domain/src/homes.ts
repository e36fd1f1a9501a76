import { z } from 'zod';
import { AuditPlanStateSchema } from './audits';
import { CategorySchema } from './complaints';
import { CaseLevelSchema } from './enforcement';
import { PeriodSchema } from './policy';
import { BandSchema } from './scorecards';

/** Each role's home (DOMAIN.md people), read by `GET /api/homes/<role>`, and the charts beside them. */

export type AuditPlanState = z.infer<typeof AuditPlanStateSchema>;

/** A location in the audit plan: when its last finalized audit was, and when it is (or was) due and overdue. */
export const AuditPlanRowSchema = z.object({
  locationId: z.uuid(),
  locationCode: z.string(),
  locationName: z.string(),
  regionName: z.string(),
  lastAuditAt: z.string().nullable(),
  dueAt: z.string(),
  overdueAt: z.string(),
  state: AuditPlanStateSchema,
});
export type AuditPlanRow = z.infer<typeof AuditPlanRowSchema>;

export const AuditorHomeSchema = z.object({
  /** The period a newly opened audit covers: the last complete month. */
  period: PeriodSchema,
  intervalDays: z.number().int(),
  planCounts: z.object({ ok: z.number().int(), due: z.number().int(), overdue: z.number().int() }),
  /** The due and overdue locations, most overdue first (at most 100). */
  plan: z.array(AuditPlanRowSchema),
  auditsInProgress: z.array(
    z.object({ id: z.uuid(), locationCode: z.string(), locationName: z.string(), period: z.string(), status: z.enum(['draft', 'submitted']), createdAt: z.string() }),
  ),
  disputes: z.array(z.object({ complaintId: z.uuid(), reference: z.string(), locationCode: z.string(), category: CategorySchema, receivedAt: z.string() })),
});
export type AuditorHome = z.infer<typeof AuditorHomeSchema>;

/** A location's card that stands for the period (official, else the newest) beside the one of the period before. */
export const LocationStandingSchema = z.object({
  locationId: z.uuid(),
  locationCode: z.string(),
  locationName: z.string(),
  overall: z.number().nullable(),
  band: BandSchema.nullable(),
  provisional: z.boolean(),
  official: z.boolean(),
  scorecardId: z.uuid().nullable(),
  previousOverall: z.number().nullable(),
  previousBand: BandSchema.nullable(),
});
export type LocationStanding = z.infer<typeof LocationStandingSchema>;

export const PLAN_STATES = ['none', 'submitted', 'accepted', 'returned'] as const;
export const HomeCaseSchema = z.object({
  id: z.uuid(),
  locationCode: z.string(),
  locationName: z.string(),
  level: CaseLevelSchema,
  cureDeadline: z.string(),
  capDeadline: z.string(),
  plan: z.enum(PLAN_STATES),
});
export type HomeCase = z.infer<typeof HomeCaseSchema>;

export const RegionalManagerHomeSchema = z.object({
  period: PeriodSchema,
  previousPeriod: PeriodSchema,
  locations: z.array(LocationStandingSchema),
  cases: z.array(HomeCaseSchema),
  review: z.object({ id: z.uuid(), regionName: z.string(), period: z.string(), decided: z.number().int(), total: z.number().int() }).nullable(),
});
export type RegionalManagerHome = z.infer<typeof RegionalManagerHomeSchema>;

/** Something the franchisee owes an answer to, and by when (null: waiting on head office, no deadline). */
export const TO_ANSWER_KINDS = ['plan', 'cure', 'dispute', 'appeal'] as const;
export const ToAnswerSchema = z.object({
  kind: z.enum(TO_ANSWER_KINDS),
  locationCode: z.string(),
  due: z.string().nullable(),
  /** The portal path that answers it. */
  link: z.string(),
  reference: z.string().nullable(),
});
export type ToAnswer = z.infer<typeof ToAnswerSchema>;

export const FranchiseeHomeSchema = z.object({
  period: PeriodSchema,
  previousPeriod: PeriodSchema,
  locations: z.array(LocationStandingSchema),
  toAnswer: z.array(ToAnswerSchema),
});
export type FranchiseeHome = z.infer<typeof FranchiseeHomeSchema>;

export const BandCountsSchema = z.object({
  period: PeriodSchema,
  good: z.number().int(),
  watch: z.number().int(),
  warning: z.number().int(),
  closure: z.number().int(),
  /** Cards without a band (no component present). */
  none: z.number().int(),
});
export type BandCounts = z.infer<typeof BandCountsSchema>;

export const AdminHomeSchema = z.object({
  /** The standing cards' bands per period, oldest first, the last twelve periods up to the last complete month. */
  bandsByMonth: z.array(BandCountsSchema),
  closuresWaiting: z.array(
    z.object({ caseId: z.uuid(), locationCode: z.string(), locationName: z.string(), recommendation: z.enum(['close', 'extend', 'dismiss']), reason: z.string(), recommendedAt: z.string(), by: z.string() }),
  ),
});
export type AdminHome = z.infer<typeof AdminHomeSchema>;

export const HomeQuerySchema = z.strictObject({ regionId: z.uuid().optional() });
export type HomeQuery = z.infer<typeof HomeQuerySchema>;

export const ChartQuerySchema = z.strictObject({ period: PeriodSchema.optional(), regionId: z.uuid().optional() });
export type ChartQuery = z.infer<typeof ChartQuerySchema>;
export const SLA_GROUPINGS = ['region', 'franchisee'] as const;
export const SlaQuerySchema = ChartQuerySchema.extend({ by: z.enum(SLA_GROUPINGS).default('region') });
export type SlaQuery = z.infer<typeof SlaQuerySchema>;

/** Complaints received in the period per category and severity, disputes upheld left out. */
export const ComplaintMixSchema = z.object({
  period: PeriodSchema,
  rows: z.array(z.object({ category: CategorySchema, minor: z.number().int(), major: z.number().int(), critical: z.number().int() })),
});
export type ComplaintMix = z.infer<typeof ComplaintMixSchema>;

/** Per region or franchisee: of the complaints of the period decided for each target, how many met it. */
export const SlaComplianceSchema = z.object({
  period: PeriodSchema,
  by: z.enum(SLA_GROUPINGS),
  rows: z.array(
    z.object({ id: z.uuid(), name: z.string(), ackOnTime: z.number().int(), ackDecided: z.number().int(), resolveOnTime: z.number().int(), resolveDecided: z.number().int() }),
  ),
});
export type SlaCompliance = z.infer<typeof SlaComplianceSchema>;
