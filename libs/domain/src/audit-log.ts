import { z } from 'zod';
import { IsoDateSchema } from './dates';
import { PageQueryShape, pageSchema } from './paging';

export const AuditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: z.uuid().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
// Through the shared day schema: PostgreSQL has no year 0000, which the fuzz found answering 500 here.
const DAY = IsoDateSchema;
export const AuditLogQuerySchema = z
  .strictObject({
    ...PageQueryShape,
    entityType: z.string().max(50).optional(),
    entityId: z.string().max(100).optional(),
    /** Part of the actor's label (an e-mail, `system`), any case. */
    actor: z.string().trim().max(200).optional(),
    /** An action such as `user.updated`, or its prefix ending in a dot (`user.`). */
    action: z.string().trim().max(100).optional(),
    /** Days in UTC, both included. */
    from: DAY.optional(),
    to: DAY.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'before from' });
export type AuditLogQuery = z.infer<typeof AuditLogQuerySchema>;
export const AuditLogListSchema = pageSchema(AuditEntrySchema);

export const AuditVerifySchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBrokenSeq: z.number().int().nullable(),
  reason: z.string().nullable(),
});
export type AuditVerify = z.infer<typeof AuditVerifySchema>;

/** The actions and entity types the log holds, for the filters' choices. */
export const AuditFacetsSchema = z.object({
  actions: z.array(z.string()),
  entityTypes: z.array(z.string()),
});
export type AuditFacets = z.infer<typeof AuditFacetsSchema>;
