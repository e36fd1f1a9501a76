import { z } from 'zod';
import { IsoDateSchema } from './dates';

/** Which DOMAIN.md rule a customer's complaints matched (a flag, never a judgement). */
export const BAD_FAITH_RULE_NAMES = ['many_locations', 'repeat_at_location'] as const;
export const BadFaithRuleNameSchema = z.enum(BAD_FAITH_RULE_NAMES);
export type BadFaithRuleName = z.infer<typeof BadFaithRuleNameSchema>;

/** One complaint behind a flag, named by reference; never the customer's contact. */
export const FlagEvidenceSchema = z.object({
  id: z.string(),
  reference: z.string(),
  locationCode: z.string(),
  receivedAt: z.string(),
});
export type FlagEvidence = z.infer<typeof FlagEvidenceSchema>;

export const ComplaintFlagSchema = z.object({
  complaintId: z.string(),
  flagged: z.boolean(),
  rules: z.array(BadFaithRuleNameSchema),
  /** The other complaints of the pattern that the caller may see, oldest first. */
  related: z.array(FlagEvidenceSchema),
  /** Complaints of the pattern at locations outside the caller's scope: counted, not shown. */
  relatedElsewhere: z.number().int(),
});
export type ComplaintFlag = z.infer<typeof ComplaintFlagSchema>;

export const FlaggedComplaintSchema = FlagEvidenceSchema.extend({
  status: z.string(),
  dispute: z.string(),
  rules: z.array(BadFaithRuleNameSchema),
  relatedCount: z.number().int(),
});
export type FlaggedComplaint = z.infer<typeof FlaggedComplaintSchema>;
export const FlaggedComplaintListSchema = z.array(FlaggedComplaintSchema);

/** Flagged complaints received in [from, to). */
export const FlaggedComplaintsQuerySchema = z
  .strictObject({ from: IsoDateSchema, to: IsoDateSchema })
  .refine((q) => q.from < q.to, { message: 'must be after from', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 92 * 86_400_000, { message: 'at most 92 days after from', path: ['to'] });
export type FlaggedComplaintsQuery = z.infer<typeof FlaggedComplaintsQuerySchema>;
