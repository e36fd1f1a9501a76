import { z } from 'zod';
import { IsoDateSchema } from './dates';

/** Which DOMAIN.md rule a customer's complaints matched (a flag, never a judgement). */
export const BAD_FAITH_RULE_NAMES = ['many_locations', 'repeat_at_location'] as const;
export type BadFaithRuleName = (typeof BAD_FAITH_RULE_NAMES)[number];

/** One complaint behind a flag, named by reference; never the customer's contact. */
export interface FlagEvidence {
  id: string;
  reference: string;
  locationCode: string;
  receivedAt: string;
}

export interface ComplaintFlag {
  complaintId: string;
  flagged: boolean;
  rules: BadFaithRuleName[];
  /** The other complaints of the pattern that the caller may see, oldest first. */
  related: FlagEvidence[];
  /** Complaints of the pattern at locations outside the caller's scope: counted, not shown. */
  relatedElsewhere: number;
}

export interface FlaggedComplaint extends FlagEvidence {
  status: string;
  dispute: string;
  rules: BadFaithRuleName[];
  relatedCount: number;
}

/** Flagged complaints received in [from, to). */
export const FlaggedComplaintsQuerySchema = z
  .strictObject({ from: IsoDateSchema, to: IsoDateSchema })
  .refine((q) => q.from < q.to, { message: 'must be after from', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 92 * 86_400_000, { message: 'at most 92 days after from', path: ['to'] });
export type FlaggedComplaintsQuery = z.infer<typeof FlaggedComplaintsQuerySchema>;
