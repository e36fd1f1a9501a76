import { CreateUserSchema, ROLES, UpdateUserSchema } from '@franscore/domain';
import { NewUserFormValue, scopeFieldOf, scopeIdsOf, toCreateUser, toRoleChange } from './user-form';
import { DEFAULT_USER_FILTERS, changeUserFilters, toUserParams } from './user-filters';

const REGION = '0b3f2b2e-4a55-4c39-8d7e-0f3c8a1d2e01';
const FRANCHISEE = '0b3f2b2e-4a55-4c39-8d7e-0f3c8a1d2e02';
const LOCATION = '0b3f2b2e-4a55-4c39-8d7e-0f3c8a1d2e03';

function makeValue(overrides: Partial<NewUserFormValue> = {}): NewUserFormValue {
  return {
    email: ' nina@example.com ',
    displayName: 'Nina Novak',
    password: 'violet-harbour-lantern-42',
    role: 'location_staff',
    regionIds: [REGION],
    franchiseeId: FRANCHISEE,
    locationId: LOCATION,
    ...overrides,
  };
}

describe(toCreateUser.name, () => {
  it.each([
    { name: 'staff with their location only', value: makeValue(), scope: { regionIds: [], franchiseeId: null, locationId: LOCATION } },
    { name: 'a franchisee user with the franchisee only', value: makeValue({ role: 'franchisee' }), scope: { regionIds: [], franchiseeId: FRANCHISEE, locationId: null } },
    { name: 'a regional manager with regions only', value: makeValue({ role: 'regional_manager' }), scope: { regionIds: [REGION], franchiseeId: null, locationId: null } },
    { name: 'an auditor with no scope', value: makeValue({ role: 'auditor' }), scope: { regionIds: [], franchiseeId: null, locationId: null } },
  ])('sends $name', ({ value, scope }) => {
    const sut = toCreateUser(value);
    expect(sut).toEqual({ body: { email: 'nina@example.com', displayName: 'Nina Novak', password: 'violet-harbour-lantern-42', role: value.role, ...scope } });
    if ('body' in sut) expect(CreateUserSchema.safeParse(sut.body).success).toBe(true);
  });

  it.each([
    { name: 'staff without a location', value: makeValue({ locationId: null }), field: 'locationId' },
    { name: 'a franchisee user without a franchisee', value: makeValue({ role: 'franchisee', franchiseeId: null }), field: 'franchiseeId' },
    { name: 'a regional manager without regions', value: makeValue({ role: 'regional_manager', regionIds: [] }), field: 'regionIds' },
    { name: 'a bad e-mail', value: makeValue({ email: 'nina' }), field: 'email' },
    { name: 'a short password', value: makeValue({ password: 'short' }), field: 'password' },
    { name: 'an empty name', value: makeValue({ displayName: '  ' }), field: 'displayName' },
  ])('names the field of $name', ({ value, field }) => {
    expect(toCreateUser(value)).toEqual({ problems: { [field]: `admin.users.problems.${field}` } });
  });
});

describe(toRoleChange.name, () => {
  const scope = { regionIds: [REGION], franchiseeId: FRANCHISEE, locationId: LOCATION };
  it('clears what the new role does not use', () => {
    const sut = toRoleChange('franchisee', scope);
    expect(sut).toEqual({ body: { role: 'franchisee', regionIds: [], franchiseeId: FRANCHISEE, locationId: null } });
    if ('body' in sut) expect(UpdateUserSchema.safeParse(sut.body).success).toBe(true);
  });
  it.each([
    { role: 'regional_manager' as const, missing: 'regionIds' },
    { role: 'franchisee' as const, missing: 'franchiseeId' },
    { role: 'location_staff' as const, missing: 'locationId' },
  ])('$role without its scope names $missing', ({ role, missing }) => {
    expect(toRoleChange(role, { regionIds: [], franchiseeId: null, locationId: null })).toEqual({ missing });
  });
});

describe(scopeFieldOf.name, () => {
  it('gives every role at most one scope field', () => {
    expect(ROLES.map((role) => [role, scopeFieldOf(role)])).toEqual([
      ['admin', null],
      ['auditor', null],
      ['regional_manager', 'regionIds'],
      ['franchisee', 'franchiseeId'],
      ['location_staff', 'locationId'],
    ]);
  });
});

describe(scopeIdsOf.name, () => {
  it('reads the scope a role uses', () => {
    expect(scopeIdsOf({ role: 'location_staff', regionIds: [], franchiseeId: null, locationId: LOCATION })).toEqual({ field: 'locationId', ids: [LOCATION] });
    expect(scopeIdsOf({ role: 'admin', regionIds: [], franchiseeId: null, locationId: null })).toEqual({ field: null, ids: [] });
  });
});

describe(toUserParams.name, () => {
  it('sends only the filters set, trimmed', () => {
    expect(toUserParams(DEFAULT_USER_FILTERS)).toEqual({ page: '1', pageSize: '50' });
    expect(toUserParams({ search: ' nina ', role: 'auditor', status: 'inactive', page: 2, pageSize: 500 })).toEqual({
      page: '2',
      pageSize: '200',
      search: 'nina',
      role: 'auditor',
      status: 'inactive',
    });
  });
  it('starts again at page 1 when a filter changes', () => {
    expect(changeUserFilters({ ...DEFAULT_USER_FILTERS, page: 3 }, { role: 'franchisee' })).toMatchObject({ page: 1, role: 'franchisee' });
  });
});
