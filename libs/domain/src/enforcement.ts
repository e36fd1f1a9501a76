import { z } from 'zod';
import { IsoDateSchema } from './dates';
import { PageQueryShape, pageSchema } from './paging';
import { BandSchema } from './scorecards';
import { PeriodSchema } from './policy';

export const CASE_LEVELS = ['warning', 'final_warning', 'closure_review'] as const;
export const CaseLevelSchema = z.enum(CASE_LEVELS);
export type CaseLevelName = z.infer<typeof CaseLevelSchema>;
export const CASE_OUTCOMES = ['cured', 'closed', 'dismissed', 'lifted', 'withdrawn'] as const;
export const CaseOutcomeSchema = z.enum(CASE_OUTCOMES);

export const CaseEventSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorLabel: z.string(),
  action: z.string(),
  fromLevel: CaseLevelSchema.nullable(),
  toLevel: CaseLevelSchema.nullable(),
  reason: z.string(),
  scorecardId: z.uuid().nullable(),
});
export type CaseEvent = z.infer<typeof CaseEventSchema>;

export const CapActionSchema = z.object({
  id: z.uuid(),
  description: z.string(),
  owner: z.string(),
  dueDate: z.string(),
  doneAt: z.string().nullable(),
  evidence: z.string().nullable(),
});
export const CapSchema = z.object({
  id: z.uuid(),
  status: z.enum(['submitted', 'accepted', 'returned']),
  submittedAt: z.string(),
  reviewedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
  actions: z.array(CapActionSchema),
});
export type Cap = z.infer<typeof CapSchema>;

export const AppealSchema = z.object({
  id: z.uuid(),
  level: CaseLevelSchema,
  reason: z.string(),
  status: z.enum(['pending', 'upheld', 'rejected']),
  filedAt: z.string(),
  ruling: z.string().nullable(),
  ruledAt: z.string().nullable(),
});
export type Appeal = z.infer<typeof AppealSchema>;

export const EnforcementCaseSchema = z.object({
  id: z.uuid(),
  /** The human case reference letters carry: ENF-<year opened>-<number> (ENF-2026-000123). */
  reference: z.string(),
  locationId: z.uuid(),
  locationCode: z.string(),
  locationName: z.string(),
  regionName: z.string(),
  franchiseeName: z.string(),
  level: CaseLevelSchema,
  status: z.enum(['open', 'ended']),
  outcome: CaseOutcomeSchema.nullable(),
  openedAt: z.string(),
  cureDeadline: z.string(),
  capDeadline: z.string(),
  endedAt: z.string().nullable(),
  recommendation: z.object({ recommendation: z.enum(['close', 'extend', 'dismiss']), reason: z.string(), at: z.string(), by: z.string() }).nullable(),
  history: z.array(CaseEventSchema),
  plans: z.array(CapSchema),
  appeals: z.array(AppealSchema),
});
export type EnforcementCase = z.infer<typeof EnforcementCaseSchema>;
export const CaseSummarySchema = EnforcementCaseSchema.omit({ history: true, plans: true, appeals: true });
export type CaseSummary = z.infer<typeof CaseSummarySchema>;
export const CaseQuerySchema = z.strictObject({
  ...PageQueryShape,
  status: z.enum(['open', 'ended']).optional(),
  level: CaseLevelSchema.optional(),
  locationId: z.uuid().optional(),
});
export type CaseQuery = z.infer<typeof CaseQuerySchema>;
export const CaseListSchema = pageSchema(CaseSummarySchema);

const reason = z.string().trim().min(10, 'at least 10 characters').max(4000);
export const SubmitCapSchema = z.strictObject({
  actions: z
    .array(z.strictObject({ description: z.string().trim().min(5).max(2000), owner: z.string().trim().min(2).max(200), dueDate: IsoDateSchema }))
    .min(1)
    .max(30),
});
export type SubmitCap = z.infer<typeof SubmitCapSchema>;
export const ReviewCapSchema = z.strictObject({ decision: z.enum(['accept', 'return']), comment: z.string().trim().min(3).max(4000) });
export type ReviewCap = z.infer<typeof ReviewCapSchema>;
export const CompleteActionSchema = z.strictObject({ evidence: z.string().trim().min(5).max(4000) });
export const FileAppealSchema = z.strictObject({ reason });
export const RuleAppealSchema = z.strictObject({ ruling: z.enum(['upheld', 'rejected']), reason });
export const RecommendSchema = z.strictObject({ recommendation: z.enum(['close', 'extend', 'dismiss']), reason });
export const DecideSchema = z.strictObject({ decision: z.enum(['close', 'extend', 'dismiss']), reason });
export const ManualWarningSchema = z.strictObject({ locationId: z.uuid(), reason });
export const ManualActionSchema = z.strictObject({ reason });

export const REVIEW_DECISIONS = ['no_action', 'watch', 'issue_warning', 'escalate', 'lift_warning', 'recommend_closure'] as const;
export const ReviewDecisionSchema = z.enum(REVIEW_DECISIONS);
export const OpenReviewSchema = z.strictObject({ regionId: z.uuid(), period: PeriodSchema });
export const DecideReviewSchema = z.strictObject({ locationId: z.uuid(), decision: ReviewDecisionSchema, notes: z.string().trim().max(4000).default('') });
export const ReviewLocationSchema = z.object({
  locationId: z.uuid(),
  locationCode: z.string(),
  locationName: z.string(),
  overall: z.number().nullable(),
  band: BandSchema.nullable(),
  provisional: z.boolean(),
  trend: z.array(z.object({ period: z.string(), overall: z.number().nullable(), band: BandSchema.nullable() })),
  openCase: z.object({ id: z.uuid(), level: CaseLevelSchema, cureDeadline: z.string() }).nullable(),
  decision: z.object({ decision: ReviewDecisionSchema, notes: z.string(), at: z.string() }).nullable(),
});
export const ReviewSchema = z.object({
  id: z.uuid(),
  regionId: z.uuid(),
  regionName: z.string(),
  period: z.string(),
  status: z.enum(['open', 'finished']),
  managerLabel: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  locations: z.array(ReviewLocationSchema),
});
export type Review = z.infer<typeof ReviewSchema>;
/** `GET /api/reviews` lists reviews without their locations. */
export const ReviewSummarySchema = ReviewSchema.omit({ locations: true });
export type ReviewSummary = z.infer<typeof ReviewSummarySchema>;
export const ReviewSummaryListSchema = z.array(ReviewSummarySchema);

export const InboxItemSchema = z.object({
  kind: z.enum(['cap_due', 'cap_overdue', 'cap_to_review', 'cure_due', 'cure_overdue', 'appeal_to_rule', 'closure_to_recommend', 'closure_to_decide', 'dispute_to_rule', 'scorecard_to_finalize', 'complaint_to_acknowledge', 'complaint_at_risk']),
  caseId: z.uuid().nullable(),
  locationCode: z.string().nullable(),
  due: z.string().nullable(),
  text: z.string(),
  link: z.string(),
});
export type InboxItem = z.infer<typeof InboxItemSchema>;
