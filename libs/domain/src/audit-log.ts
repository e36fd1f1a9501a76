import { z } from 'zod';
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
export const AuditLogQuerySchema = z.strictObject({
  ...PageQueryShape,
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
});
export type AuditLogQuery = z.infer<typeof AuditLogQuerySchema>;
export const AuditLogListSchema = pageSchema(AuditEntrySchema);

export const AuditVerifySchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBrokenSeq: z.number().int().nullable(),
  reason: z.string().nullable(),
});
export type AuditVerify = z.infer<typeof AuditVerifySchema>;
