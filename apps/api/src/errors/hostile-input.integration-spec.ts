import type { ErrorBody } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { startTestApp, TestApp } from '../test/test-app';
import { withDemoNetwork, DemoTestWorld } from '../test/demo-users';
import { ValidationPipe } from './validation.pipe';

/** Each of these answered 500 before: PostgreSQL refused the text or the date, and the error escaped as a crash. */
describe(ValidationPipe.name, () => {
  let t: TestApp;
  let world: DemoTestWorld;
  let admin: ApiClient;
  let code: string;

  beforeAll(async () => {
    t = await startTestApp({ INTAKE_RATE_LIMIT_CLIENT: '100000', INTAKE_RATE_LIMIT_LOCATION: '100000' });
    world = await withDemoNetwork(t);
    admin = await world.signIn('admin');
    code = world.net.locations[0].code;
  });
  afterAll(() => t.close());

  /** Every table a refused request could have written to. */
  const counts = async () =>
    (await t.ds.query(
      `SELECT (SELECT count(*) FROM complaint) AS complaints, (SELECT count(*) FROM audit_log) AS audit, (SELECT count(*) FROM location) AS locations,
         (SELECT count(*) FROM franchisee) AS franchisees, (SELECT count(*) FROM order_volume) AS volumes`,
    ))[0];
  const intake = (body: string) =>
    fetch(`${t.baseUrl}/api/public/locations/${code}/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `hostile-${Math.random().toString(36).slice(2)}` },
      body,
    });
  const answer = async (res: { status: number; body: unknown } | Response) =>
    res instanceof Response ? { status: res.status, body: (await res.json()) as ErrorBody } : { status: res.status, body: res.body as ErrorBody };

  it.each([
    { name: 'NUL in the description', send: () => intake('{"category":"other","description":"abc\\u0000def"}'), field: 'description' },
    { name: 'a lone surrogate in the contact name (jsonb)', send: () => intake('{"category":"other","description":"abcdef","contact":{"name":"Ann\\ud800"}}'), field: 'contact.name' },
    { name: 'NUL in a key', send: () => intake('{"category":"other","description":"abcdef","a\\u0000":1}'), field: 'a\ufffd' },
    { name: 'NUL in a franchisee phone', send: () => admin.post('/api/franchisees', { legalName: 'Fine LLC', contactEmail: 'f@example.com', contactPhone: '\ud800\u0000' }), field: 'contactPhone' },
    { name: 'NUL in a location name', send: () => admin.post('/api/locations', { code: 'NUL-001', name: 'a\u0000b', address: '1 Street', regionId: world.net.regions[0].id, franchiseeId: world.net.franchisees[0].id, timeZone: 'Europe/Moscow', businessHours: {} }), field: 'name' },
  ])('$name answers 400 naming $field and writes nothing', async ({ send, field }) => {
    const before = await counts();
    const { status, body } = await answer(await send());
    expect(status).toBe(400);
    expect(body.details).toEqual([expect.objectContaining({ field })]);
    expect(await counts()).toEqual(before);
  });

  it.each([
    { name: 'NUL in a search', path: '/api/users?search=a%00b', field: 'search' },
    { name: 'NUL in an audit-log filter', path: '/api/audit-log?entityType=a%00b', field: 'entityType' },
    { name: 'year 0000 in a complaint filter', path: '/api/complaints?to=0000-01-01T00:00:00Z', field: 'to' },
    { name: 'year 0000 in the export filter', path: '/api/complaints/export?from=0000-01-01T00:00:00Z', field: 'from' },
    { name: 'period 0000-01', path: '/api/scorecards?period=0000-01', field: 'period' },
  ])('$name answers 400 naming $field', async ({ path, field }) => {
    const { status, body } = await answer(await admin.get(path));
    expect(status).toBe(400);
    expect(body.details?.map((d) => d.field)).toContain(field);
  });

  it.each([
    { name: 'a NUL cell in a locations import', path: '/api/locations/import', csv: `code,name,address,region_code,franchisee,time_zone,mon,tue,wed,thu,fri,sat,sun\nNUL-002,Nul\u0000Name,1 Street,MSK,X,Europe/Moscow,,,,,,,`, column: 'name' },
    { name: 'a NUL cell in a complaints import', path: '/api/complaints/import', csv: `reference,location_code,channel,category,severity,received_at,description,remedy_sought,contact_email,contact_phone,events\nNUL-1,CODE,phone,other,minor,2026-10-01T10:00:00Z,Bad\u0000text,,,,`, column: 'description' },
    { name: 'a NUL cell in an order-volumes import', path: '/api/order-volumes/import', csv: `location_code,day,orders\nCODE,2026-10-01,1\u00000`, column: 'orders' },
    { name: 'year 0000 in an order-volumes import', path: '/api/order-volumes/import', csv: `location_code,day,orders\nCODE,0000-01-01,10`, column: 'day' },
  ])('$name answers 400 naming line 2, $column, and imports nothing', async ({ path, csv, column }) => {
    const before = await counts();
    const res = await admin.post<ErrorBody>(path, csv.replace('CODE', code), 'text/csv');
    expect(res.status).toBe(400);
    expect(res.body.details).toContainEqual(expect.objectContaining({ field: `line 2, ${column}`, message: expect.stringMatching(/NUL|YYYY/) }));
    expect(await counts()).toEqual(before);
  });

  it('keeps well-formed text: an emoji (a surrogate pair) is not a lone surrogate', async () => {
    const res = await intake('{"category":"other","description":"Cold burger \\ud83c\\udf54"}');
    expect(res.status).toBe(201);
  });
});
