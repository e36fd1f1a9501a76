import { RoleSchema, SeveritySchema } from '@franscore/domain';
import { z } from 'zod';

// TODO(libs/domain): the API declares Alert only as a TypeScript interface
// (apps/api/src/alerts/alert.ts), so there is no shared schema to parse it with yet.
// These mirror it field for field; move them to libs/domain as AlertSchema and
// AlertListSchema and import them from there once they exist.
export const ALERT_KINDS = [
  'complaint_received',
  'acknowledge_breached',
  'resolve_breached',
] as const;

export const AlertSchema = z.object({
  id: z.uuid(),
  kind: z.enum(ALERT_KINDS),
  complaintId: z.uuid(),
  reference: z.string(),
  locationId: z.uuid(),
  locationCode: z.string(),
  regionId: z.uuid(),
  franchiseeId: z.uuid(),
  severity: SeveritySchema,
  at: z.string(),
  roles: z.array(RoleSchema),
});
export type Alert = z.infer<typeof AlertSchema>;
export type AlertKind = Alert['kind'];

export const AlertListSchema = z.object({
  items: z.array(AlertSchema),
  unread: z.number().int().min(0),
});
export type AlertList = z.infer<typeof AlertListSchema>;
