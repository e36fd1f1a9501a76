import { CreateUser, CreateUserSchema, Role, UpdateUser, User } from '@franscore/domain';

/** The one assignment that defines a role's scope (DOMAIN.md roles); head office has none. */
export type ScopeField = 'regionIds' | 'franchiseeId' | 'locationId';

export function scopeFieldOf(role: Role): ScopeField | null {
  switch (role) {
    case 'regional_manager':
      return 'regionIds';
    case 'franchisee':
      return 'franchiseeId';
    case 'location_staff':
      return 'locationId';
    case 'admin':
    case 'auditor':
      return null;
  }
}

export interface ScopeValue {
  readonly regionIds: readonly string[];
  readonly franchiseeId: string | null;
  readonly locationId: string | null;
}

export interface NewUserFormValue extends ScopeValue {
  readonly email: string;
  readonly displayName: string;
  readonly password: string;
  readonly role: Role;
}

export type UserFormField = 'email' | 'displayName' | 'password' | 'role' | ScopeField;
export type UserProblems = Partial<Record<UserFormField, string>>;

/** Only the scope the role uses, so a region picked before switching to staff is not sent. */
function scopeFor(role: Role, v: ScopeValue): Pick<CreateUser, 'regionIds' | 'franchiseeId' | 'locationId'> {
  const field = scopeFieldOf(role);
  return {
    regionIds: field === 'regionIds' ? [...v.regionIds] : [],
    franchiseeId: field === 'franchiseeId' ? v.franchiseeId : null,
    locationId: field === 'locationId' ? v.locationId : null,
  };
}

/** The POST /api/users body, or each field's problem as a translation key (the API's rules). */
export function toCreateUser(value: NewUserFormValue): { body: CreateUser } | { problems: UserProblems } {
  const parsed = CreateUserSchema.safeParse({
    email: value.email.trim(),
    displayName: value.displayName,
    password: value.password,
    role: value.role,
    ...scopeFor(value.role, value),
  });
  if (parsed.success) return { body: parsed.data };
  const problems: UserProblems = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as UserFormField;
    problems[field] ??= `admin.users.problems.${field}`;
  }
  return { problems };
}

/** The PATCH body of a role change: the role with exactly its scope, or the scope field that is missing. */
export function toRoleChange(role: Role, scope: ScopeValue): { body: UpdateUser } | { missing: ScopeField } {
  const field = scopeFieldOf(role);
  const body = { role, ...scopeFor(role, scope) };
  if (field === 'regionIds' && body.regionIds.length === 0) return { missing: field };
  if (field === 'franchiseeId' && !body.franchiseeId) return { missing: field };
  if (field === 'locationId' && !body.locationId) return { missing: field };
  return { body };
}

/** The ids of a user's scope, for the table: regions, a franchisee or a location; none for head office. */
export function scopeIdsOf(user: Pick<User, 'role' | 'regionIds' | 'franchiseeId' | 'locationId'>): { field: ScopeField | null; ids: string[] } {
  const field = scopeFieldOf(user.role);
  switch (field) {
    case 'regionIds':
      return { field, ids: user.regionIds };
    case 'franchiseeId':
      return { field, ids: user.franchiseeId ? [user.franchiseeId] : [] };
    case 'locationId':
      return { field, ids: user.locationId ? [user.locationId] : [] };
    case null:
      return { field, ids: [] };
  }
}
