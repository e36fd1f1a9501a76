import { z } from 'zod';
import { RoleSchema } from './roles';
import { SeveritySchema } from './policy';

export const ALERT_KINDS = ['complaint_received', 'acknowledge_breached', 'resolve_breached'] as const;
export const AlertKindSchema = z.enum(ALERT_KINDS);
export type AlertKind = z.infer<typeof AlertKindSchema>;

export const AlertSchema = z.object({
  id: z.uuid(),
  kind: AlertKindSchema,
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
export const AlertListSchema = z.object({ items: z.array(AlertSchema), unread: z.number().int() });

export const PublicLocationSchema = z.object({ code: z.string(), name: z.string() });
export type PublicLocation = z.infer<typeof PublicLocationSchema>;
