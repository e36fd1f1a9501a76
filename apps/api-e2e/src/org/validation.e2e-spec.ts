import type { AuditEntry, ErrorBody, Page } from '@franscore/domain';
import { demoWorld, DemoWorld } from '../support/demo-world';
import { RunningServer, startServer } from '../support/server';

describe('validation: bad input answers 400 naming the field and writes nothing', () => {
  let server: RunningServer;
  let w: DemoWorld;

  beforeAll(async () => {
    server = await startServer();
    w = await demoWorld(server);
  });
  afterAll(() => server?.close());

  const auditTotal = async () => (await w.clients.admin.get<Page<AuditEntry>>('/api/audit-log?pageSize=1')).body.total;
  const counts = async () => {
    const [l, r, f, u] = await Promise.all(
      ['/api/locations', '/api/regions', '/api/franchisees', '/api/users'].map((p) => w.clients.admin.get<Page<unknown>>(`${p}?pageSize=1`)),
    );
    return { locations: l.body.total, regions: r.body.total, franchisees: f.body.total, users: u.body.total, audit: await auditTotal() };
  };

  const validLocation = () => ({
    code: 'VAL-001',
    name: 'Valid',
    address: '1 Valid Street',
    regionId: w.regions[0].id,
    franchiseeId: w.locations[0].franchiseeId,
    timeZone: 'Europe/Moscow',
    businessHours: { mon: { open: '09:00', close: '18:00' } },
  });

  it.each([
    { name: 'unknown field', path: '/api/regions', body: () => ({ code: 'OK1', name: 'Ok', colour: 'red' }), field: 'colour' },
    { name: 'missing name', path: '/api/regions', body: () => ({ code: 'OK2' }), field: 'name' },
    { name: 'lower-case code', path: '/api/regions', body: () => ({ code: 'bad code', name: 'Bad' }), field: 'code' },
    { name: 'duplicate region code', path: '/api/regions', body: () => ({ code: 'MSK', name: 'Again' }), field: 'code', status: 409 },
    { name: 'bad email', path: '/api/franchisees', body: () => ({ legalName: 'X', contactEmail: 'not-an-email' }), field: 'contactEmail' },
    { name: 'unknown time zone', path: '/api/locations', body: () => ({ ...validLocation(), timeZone: 'Mars/Olympus' }), field: 'timeZone' },
    { name: 'bad hours', path: '/api/locations', body: () => ({ ...validLocation(), businessHours: { mon: { open: '9am', close: '18:00' } } }), field: 'businessHours.mon.open' },
    { name: 'unknown weekday', path: '/api/locations', body: () => ({ ...validLocation(), businessHours: { funday: null } }), field: 'businessHours.funday' },
    { name: 'unknown region', path: '/api/locations', body: () => ({ ...validLocation(), regionId: '5b0f8a52-7d8e-4c53-9a8e-1f1b8c9d0e11' }), field: 'regionId' },
    { name: 'bad status', path: '/api/locations', body: () => ({ ...validLocation(), status: 'thriving' }), field: 'status' },
    { name: 'short password', path: '/api/users', body: () => ({ email: 'x@example.com', displayName: 'X', password: 'short', role: 'auditor' }), field: 'password' },
    { name: 'franchisee user without franchisee', path: '/api/users', body: () => ({ email: 'y@example.com', displayName: 'Y', password: 'long-enough-pass', role: 'franchisee' }), field: 'franchiseeId' },
    { name: 'unknown role', path: '/api/users', body: () => ({ email: 'z@example.com', displayName: 'Z', password: 'long-enough-pass', role: 'owner' }), field: 'role' },
    { name: 'duplicate email', path: '/api/users', body: () => ({ email: 'ADMIN@franscore.demo', displayName: 'Dup', password: 'long-enough-pass', role: 'auditor' }), field: 'email', status: 409 },
  ])('$name', async ({ path, body, field, status }) => {
    const before = await counts();
    const res = await w.clients.admin.post<ErrorBody>(path, body());
    expect(res.status).toBe(status ?? 400);
    expect(res.body.details?.map((d) => d.field)).toContain(field);
    expect(JSON.stringify(res.body)).not.toMatch(/SELECT|INSERT|QueryFailed|at .*\.ts/);
    expect(await counts()).toEqual(before);
  });

  it.each([
    { name: 'malformed JSON', body: '{"code": ', contentType: 'application/json' },
    { name: 'oversized body', body: JSON.stringify({ code: 'BIG', name: 'x'.repeat(200_000) }), contentType: 'application/json' },
  ])('$name answers 4xx without a stack trace', async ({ body, contentType }) => {
    const before = await counts();
    const res = await w.clients.admin.request<ErrorBody>('POST', '/api/regions', body, contentType);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body).toMatchObject({ statusCode: res.status });
    expect(JSON.stringify(res.body)).not.toMatch(/node_modules|at .*\.js/);
    expect(await counts()).toEqual(before);
  });

  it.each([
    { name: 'unknown query field', path: '/api/locations?colour=red', field: 'colour' },
    { name: 'page size over 200', path: '/api/locations?pageSize=500', field: 'pageSize' },
    { name: 'bad status filter', path: '/api/locations?status=great', field: 'status' },
    { name: 'malformed id', path: '/api/locations/not-a-uuid', field: 'id' },
  ])('$name in a query answers 400', async ({ path, field }) => {
    const res = await w.clients.admin.get<ErrorBody>(path);
    expect(res.status).toBe(400);
    expect(res.body.details?.map((d) => d.field)).toContain(field);
  });

  it('an edit with a bad field changes nothing', async () => {
    const target = w.locations[3];
    const before = await counts();
    const res = await w.clients.admin.patch<ErrorBody>(`/api/locations/${target.id}`, { name: 'Renamed', timeZone: 'Nowhere' });
    expect(res.status).toBe(400);
    expect((await w.clients.admin.get<{ name: string }>(`/api/locations/${target.id}`)).body.name).toBe(target.name);
    expect(await counts()).toEqual(before);
  });
});
