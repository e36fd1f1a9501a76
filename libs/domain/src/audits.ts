import { z } from 'zod';
import { CategorySchema } from './complaints';
import { PageQueryShape, pageSchema } from './paging';
import { PeriodSchema, SeveritySchema } from './policy';
import { StepProgressSchema } from './playbooks';

/** The LATTE protocol plus the two recovery criteria, in the order auditors score them. */
export const CRITERIA = ['listen', 'acknowledge', 'takeAction', 'thank', 'explain', 'sincereApology', 'proportionateCompensation'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** 0 not done, 1 partly, 2 done well; null = not applicable. */
export const CriterionScoreSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.null()]);
export const CriteriaSchema = z.strictObject(
  Object.fromEntries(CRITERIA.map((c) => [c, CriterionScoreSchema])) as Record<Criterion, typeof CriterionScoreSchema>,
);
export type Criteria = z.infer<typeof CriteriaSchema>;

export const AUDIT_STATUSES = ['draft', 'submitted', 'finalized'] as const;
export const AuditStatusSchema = z.enum(AUDIT_STATUSES);

export const OpenAuditSchema = z.strictObject({
  locationId: z.uuid(),
  period: PeriodSchema,
  sampleSize: z.number().int().min(1).max(30).default(5),
});
export type OpenAudit = z.infer<typeof OpenAuditSchema>;

export const ScoreCaseSchema = z.strictObject({ criteria: CriteriaSchema, notes: z.string().trim().max(4000).optional() });
export type ScoreCase = z.infer<typeof ScoreCaseSchema>;

export const AddFindingSchema = z.strictObject({ text: z.string().trim().min(3).max(4000) });
export type AddFinding = z.infer<typeof AddFindingSchema>;

export const AuditCaseSchema = z.object({
  id: z.uuid(),
  complaintId: z.uuid(),
  reference: z.string(),
  severity: SeveritySchema,
  category: CategorySchema,
  description: z.string(),
  position: z.number().int(),
  criteria: z.record(z.string(), CriterionScoreSchema).nullable(),
  score: z.number().nullable(),
  scored: z.boolean(),
  notes: z.string().nullable(),
  /** The playbook's steps this case's timeline shows as missing or late. */
  playbookGaps: z.array(StepProgressSchema),
});
export type AuditCase = z.infer<typeof AuditCaseSchema>;

export const FindingSchema = z.object({
  id: z.uuid(),
  text: z.string(),
  createdAt: z.string(),
  photos: z.array(z.object({ id: z.uuid(), contentType: z.string(), sizeBytes: z.number().int() })),
});
export type Finding = z.infer<typeof FindingSchema>;

export const AuditSchema = z.object({
  id: z.uuid(),
  locationId: z.uuid(),
  locationCode: z.string(),
  locationName: z.string(),
  period: z.string(),
  status: AuditStatusSchema,
  auditorLabel: z.string(),
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
  finalizedAt: z.string().nullable(),
  /** Mean case score so far; null until a case is scored. */
  score: z.number().nullable(),
  cases: z.array(AuditCaseSchema),
  findings: z.array(FindingSchema),
});
export type Audit = z.infer<typeof AuditSchema>;

export const AuditSummarySchema = AuditSchema.omit({ cases: true, findings: true });
export type AuditSummary = z.infer<typeof AuditSummarySchema>;
export const AuditQuerySchema = z.strictObject({
  ...PageQueryShape,
  locationId: z.uuid().optional(),
  period: PeriodSchema.optional(),
  status: AuditStatusSchema.optional(),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;
export const AuditListSchema = pageSchema(AuditSummarySchema);

/** Audit plan: every location audited at least every audit-interval days. */
export const AuditPlanStateSchema = z.enum(['ok', 'due', 'overdue']);
