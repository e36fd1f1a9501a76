import { z } from 'zod';

export const ROLES = ['admin', 'auditor', 'regional_manager', 'franchisee', 'location_staff'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** Head office sees the whole network; the other roles see only what they are assigned. */
export const HEAD_OFFICE_ROLES: readonly Role[] = ['admin', 'auditor'];
