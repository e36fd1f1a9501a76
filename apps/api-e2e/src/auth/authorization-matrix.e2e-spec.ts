import type { Location, Page, Role } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { DemoWorld, demoWorld, ROLES, visibleCount } from '../support/demo-world';
import { RunningServer, startServer } from '../support/server';

type Target = 'own' | 'other';

interface EndpointCase {
  name: string;
  method: 'GET' | 'POST' | 'PATCH';
  path: (w: DemoWorld, role: Role, target: Target) => string | null;
  body?: (w: DemoWorld, n: number) => unknown;
  contentType?: string;
  /** Roles the route admits; every other role gets 403. */
  allowed: Role[];
  /** Success status for an admitted role on an own target. */
  ok: number;
  /** Whether the target is a location (or its region/franchisee), so other = 404 for scoped roles. */
  scoped: boolean;
}

const ALL = ROLES;
const HEAD_OFFICE: Role[] = ['admin', 'auditor'];
const ADMIN: Role[] = ['admin'];
const location = (w: DemoWorld, role: Role, t: Target) => (t === 'own' ? w.own[role] : w.other[role]);
const franchiseeOf = (w: DemoWorld, role: Role, t: Target) => location(w, role, t)?.franchiseeId ?? null;
const regionOf = (w: DemoWorld, role: Role, t: Target) => (t === 'own' ? w.ownRegion[role] : w.otherRegion[role])?.id ?? null;

const newLocation = (w: DemoWorld, n: number) => ({
  code: `MX-${n}`,
  name: `Matrix ${n}`,
  address: `${n} Matrix Street`,
  regionId: w.regions[0].id,
  franchiseeId: w.locations[0].franchiseeId,
  timeZone: 'Europe/Berlin',
  businessHours: { mon: { open: '09:00', close: '18:00' } },
});
const CSV_HEADER = 'code,name,address,region_code,franchisee,time_zone,mon,tue,wed,thu,fri,sat,sun';

const CASES: EndpointCase[] = [
  { name: 'me', method: 'GET', path: () => '/api/auth/me', allowed: ALL, ok: 200, scoped: false },
  { name: 'list locations', method: 'GET', path: () => '/api/locations', allowed: ALL, ok: 200, scoped: false },
  { name: 'get location', method: 'GET', path: (w, r, t) => idPath('/api/locations', location(w, r, t)?.id), allowed: ALL, ok: 200, scoped: true },
  { name: 'create location', method: 'POST', path: () => '/api/locations', body: newLocation, allowed: ADMIN, ok: 201, scoped: false },
  { name: 'edit location', method: 'PATCH', path: (w, r, t) => idPath('/api/locations', location(w, r, t)?.id), body: (_, n) => ({ name: `Renamed ${n}` }), allowed: ADMIN, ok: 200, scoped: false },
  {
    name: 'import locations',
    method: 'POST',
    path: () => '/api/locations/import',
    contentType: 'text/csv',
    body: (w, n) => `${CSV_HEADER}\nIMP-${n},Imported ${n},1 Import Road,${w.regions[0].code},"${w.locations[0].franchiseeName}",Europe/London,,,,,,,`,
    allowed: ADMIN,
    ok: 201,
    scoped: false,
  },
  { name: 'list regions', method: 'GET', path: () => '/api/regions', allowed: ALL, ok: 200, scoped: false },
  { name: 'get region', method: 'GET', path: (w, r, t) => idPath('/api/regions', regionOf(w, r, t)), allowed: ALL, ok: 200, scoped: true },
  { name: 'create region', method: 'POST', path: () => '/api/regions', body: (_, n) => ({ code: `RX${n}`, name: `Region ${n}` }), allowed: ADMIN, ok: 201, scoped: false },
  { name: 'edit region', method: 'PATCH', path: (w) => `/api/regions/${w.regions[1].id}`, body: (_, n) => ({ name: `North-West ${n}` }), allowed: ADMIN, ok: 200, scoped: false },
  { name: 'list franchisees', method: 'GET', path: () => '/api/franchisees', allowed: ALL, ok: 200, scoped: false },
  { name: 'get franchisee', method: 'GET', path: (w, r, t) => idPath('/api/franchisees', franchiseeOf(w, r, t)), allowed: ALL, ok: 200, scoped: true },
  { name: 'create franchisee', method: 'POST', path: () => '/api/franchisees', body: (_, n) => ({ legalName: `Matrix Foods ${n}` }), allowed: ADMIN, ok: 201, scoped: false },
  { name: 'edit franchisee', method: 'PATCH', path: (w) => `/api/franchisees/${w.locations[5].franchiseeId}`, body: (_, n) => ({ contactPhone: `+1-555-${n}` }), allowed: ADMIN, ok: 200, scoped: false },
  { name: 'list users', method: 'GET', path: () => '/api/users', allowed: ADMIN, ok: 200, scoped: false },
  { name: 'get user', method: 'GET', path: (w) => `/api/users/${w.users.franchisee.id}`, allowed: ADMIN, ok: 200, scoped: false },
  {
    name: 'create user',
    method: 'POST',
    path: () => '/api/users',
    body: (_, n) => ({ email: `matrix${n}@example.com`, displayName: `Matrix ${n}`, password: 'long-enough-pass', role: 'auditor' }),
    allowed: ADMIN,
    ok: 201,
    scoped: false,
  },
  { name: 'edit user', method: 'PATCH', path: (w) => `/api/users/${w.users.auditor.id}`, body: (_, n) => ({ displayName: `Ada ${n}` }), allowed: ADMIN, ok: 200, scoped: false },
  { name: 'read audit log', method: 'GET', path: () => '/api/audit-log', allowed: HEAD_OFFICE, ok: 200, scoped: false },
  { name: 'verify audit log', method: 'GET', path: () => '/api/audit-log/verify', allowed: HEAD_OFFICE, ok: 200, scoped: false },
];

function idPath(base: string, id: string | null | undefined): string | null {
  return id ? `${base}/${id}` : null;
}

/** DOMAIN.md: allowed, 404 (out of scope, never confirming it exists) or 403 (the role may not). */
function expected(c: EndpointCase, role: Role, target: Target, w: DemoWorld): number | null {
  if (!c.allowed.includes(role)) return 403;
  if (target === 'other') {
    if (!c.scoped) return null; // the route has no "other" for this role
    return c.path(w, role, 'other') === null ? null : 404;
  }
  return c.ok;
}

describe('authorization matrix', () => {
  let server: RunningServer;
  let w: DemoWorld;
  let n = 0;

  beforeAll(async () => {
    server = await startServer();
    w = await demoWorld(server);
  });
  afterAll(() => server?.close());

  // Before the matrix below adds locations as admin.
  it.each(ROLES)('lists exactly the locations in scope for %s', async (role) => {
    const res = await w.clients[role].get<Page<Location>>('/api/locations?pageSize=200');
    expect(res.body.total).toBe(visibleCount(w, role));
    const ids = new Set(w.locations.map((l) => l.id));
    expect(res.body.items.every((l) => ids.has(l.id))).toBe(true);
  });

  const rows = CASES.flatMap((c) => ROLES.flatMap((role) => (['own', 'other'] as Target[]).map((target) => ({ c, role, target, label: `${c.name} as ${role} on ${target}` }))));

  it.each(rows)('$label', async ({ c, role, target }) => {
    const want = expected(c, role, target, w);
    const path = c.path(w, role, target);
    if (want === null || path === null) return; // no such combination (a head-office role has no "other" location)
    const res = await w.clients[role].request(c.method, path, c.body?.(w, ++n), c.contentType);
    expect({ status: res.status, body: res.status === want ? 'ok' : res.body }).toEqual({ status: want, body: 'ok' });
  });

  it.each(CASES)('$name answers 401 without a session', async (c) => {
    const anonymous = new ApiClient(() => server.baseUrl);
    const res = await anonymous.request(c.method, c.path(w, 'admin', 'own') as string, c.body?.(w, ++n), c.contentType);
    expect(res.status).toBe(401);
  });
});
