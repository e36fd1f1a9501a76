import { z } from 'zod';
import { RoleSchema } from './roles';
import { PageQueryShape, pageSchema } from './paging';

export const UserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  active: z.boolean(),
  regionIds: z.array(z.uuid()),
  franchiseeId: z.uuid().nullable(),
  locationId: z.uuid().nullable(),
});
export type User = z.infer<typeof UserSchema>;

const assignments = {
  regionIds: z.array(z.uuid()).max(50).default([]),
  franchiseeId: z.uuid().nullable().default(null),
  locationId: z.uuid().nullable().default(null),
};

/** Each role carries exactly the assignment that defines its scope. */
function checkAssignments(
  u: { role?: string; regionIds?: string[]; franchiseeId?: string | null; locationId?: string | null },
  ctx: z.RefinementCtx,
): void {
  if (u.role === 'regional_manager' && (u.regionIds ?? []).length === 0) {
    ctx.addIssue({ code: 'custom', path: ['regionIds'], message: 'a regional manager needs at least one region' });
  }
  if (u.role === 'franchisee' && !u.franchiseeId) {
    ctx.addIssue({ code: 'custom', path: ['franchiseeId'], message: 'a franchisee user needs a franchisee' });
  }
  if (u.role === 'location_staff' && !u.locationId) {
    ctx.addIssue({ code: 'custom', path: ['locationId'], message: 'location staff need a location' });
  }
}

/**
 * The length rule, checked wherever the form is; the API also refuses common,
 * breached and personal passwords (code `password.common` / `password.personal`).
 */
export const PasswordSchema = z.string().min(12, 'at least 12 characters').max(200);

export const CreateUserSchema = z
  .strictObject({
    email: z.email().max(200),
    displayName: z.string().trim().min(1).max(200),
    password: PasswordSchema,
    role: RoleSchema,
    ...assignments,
  })
  .superRefine(checkAssignments);
export type CreateUser = z.infer<typeof CreateUserSchema>;

export const UpdateUserSchema = z
  .strictObject({
    displayName: z.string().trim().min(1).max(200).optional(),
    password: PasswordSchema.optional(),
    role: RoleSchema.optional(),
    active: z.boolean().optional(),
    regionIds: z.array(z.uuid()).max(50).optional(),
    franchiseeId: z.uuid().nullable().optional(),
    locationId: z.uuid().nullable().optional(),
  });
export type UpdateUser = z.infer<typeof UpdateUserSchema>;
export { checkAssignments as checkUserAssignments };

export const UserQuerySchema = z.strictObject({
  ...PageQueryShape,
  role: RoleSchema.optional(),
  search: z.string().trim().max(100).optional(),
  /** Active users, deactivated ones, or (absent) both. */
  status: z.enum(['active', 'inactive']).optional(),
});
export type UserQuery = z.infer<typeof UserQuerySchema>;
export const UserListSchema = pageSchema(UserSchema);

/** POST /api/users/{id}/reset-password: a one-time temporary password, shown in this answer only. */
export const PasswordResetSchema = z.object({
  user: UserSchema,
  temporaryPassword: z.string(),
  /** Sessions the reset ended. */
  sessionsEnded: z.number().int(),
});
export type PasswordReset = z.infer<typeof PasswordResetSchema>;

/** POST /api/users/{id}/end-sessions: how many live sessions were ended. */
export const SessionsEndedSchema = z.object({ sessionsEnded: z.number().int() });
export type SessionsEnded = z.infer<typeof SessionsEndedSchema>;
