import { ROLES, Role } from '@franscore/domain';
import { homeFor, navigationFor } from './navigation';

const paths = (role: Role) => navigationFor(role).map((entry) => entry.path);

describe(navigationFor.name, () => {
  it.each(ROLES.map((role) => ({ role })))('$role sees the screens every role has', ({ role }) => {
    expect(paths(role)).toEqual(
      expect.arrayContaining([
        '/inbox',
        '/network',
        '/complaints',
        '/league',
        '/overview',
        '/scorecards',
      ]),
    );
  });

  it.each([
    { path: '/audits', roles: ['admin', 'auditor', 'regional_manager', 'franchisee'] },
    { path: '/enforcement', roles: ['admin', 'auditor', 'regional_manager', 'franchisee'] },
    { path: '/reviews', roles: ['admin', 'auditor', 'regional_manager'] },
    { path: '/policies', roles: ['admin', 'auditor'] },
    { path: '/playbooks', roles: ['admin', 'auditor'] },
    { path: '/now', roles: ['franchisee', 'location_staff'] },
    { path: '/api-clients', roles: ['admin'] },
    { path: '/admin', roles: ['admin'] },
    { path: '/audit-log', roles: ['admin', 'auditor'] },
    { path: '/webhooks', roles: ['admin'] },
    { path: '/home', roles: ['admin', 'auditor', 'regional_manager', 'franchisee'] },
  ])('$path is for $roles', ({ path, roles }) => {
    expect(ROLES.filter((role) => paths(role).includes(path))).toEqual(roles);
  });

  it('shows nothing without a user', () => {
    expect(navigationFor(undefined)).toEqual([]);
  });
});

describe(homeFor.name, () => {
  it.each([
    { role: 'admin' as const, expected: '/home' },
    { role: 'regional_manager' as const, expected: '/home' },
    { role: 'franchisee' as const, expected: '/home' },
    { role: 'auditor' as const, expected: '/home' },
    { role: 'location_staff' as const, expected: '/now' },
  ])('$role starts at $expected', ({ role, expected }) => {
    expect(homeFor(role)).toBe(expected);
    expect(paths(role)).toContain(expected);
  });
});
