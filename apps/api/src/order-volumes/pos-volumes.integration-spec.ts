import type { ErrorBody, IssuedApiClient, OrderVolumeImportResult, OrderVolumeResult, OrderVolumeSeries } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { DemoTestWorld, withDemoNetwork } from '../test/demo-users';
import { startTestApp, TestApp } from '../test/test-app';

interface AuditRow {
  action: string;
  actor_label: string;
  entity_id: string;
  before: { days: Array<{ locationCode: string; day: string; orders: number }> } | null;
  after: { source: string; feed?: string; inserted: number; replaced: number; unchanged: number; days: Array<{ locationCode: string; day: string; orders: number }> };
}

describe('point-of-sale order volumes (PUT /api/client/order-volumes)', () => {
  let t: TestApp;
  let world: DemoTestWorld;
  let admin: ApiClient;
  let pos: IssuedApiClient;
  let codes: string[];

  beforeAll(async () => {
    t = await startTestApp();
    world = await withDemoNetwork(t);
    admin = await world.signIn('admin');
    codes = world.net.locations.map((l) => l.code);
    const res = await admin.post<IssuedApiClient>('/api/api-clients', { name: 'Till feed', kind: 'pos' });
    expect(res.status).toBe(201);
    pos = res.body;
  });
  afterAll(() => t?.close());

  const send = (token: string, body: unknown) =>
    fetch(`${t.baseUrl}/api/client/order-volumes`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const counts = async () => {
    const [row] = await t.ds.query(`SELECT (SELECT count(*) FROM order_volume) AS v, (SELECT count(*) FROM audit_log) AS l, (SELECT count(*) FROM complaint) AS c`);
    return row as { v: string; l: string; c: string };
  };
  const stored = async (code: string, day: string) => {
    const rows = await t.ds.query(
      `SELECT ov.orders, ov.source, ov.api_client_id FROM order_volume ov JOIN location l ON l.id = ov.location_id WHERE l.code = $1 AND ov.day = $2`,
      [code, day],
    );
    return rows[0] ?? null;
  };
  const lastAudit = async (): Promise<AuditRow> => (await t.ds.query(`SELECT * FROM audit_log WHERE action = 'order_volume.recorded' ORDER BY seq DESC LIMIT 1`))[0];
  const lastUsed = async (id: string) => (await t.ds.query(`SELECT last_used_at FROM api_client WHERE id = $1`, [id]))[0].last_used_at as Date | null;

  it('a batch with one bad row writes nothing and names the row and field', async () => {
    const before = await counts();
    const rows = [0, 1, 2, 3, 4].map((i) => ({ locationCode: codes[0], day: `2026-09-0${i + 1}`, orders: 100 + i }));
    rows[3] = { ...rows[3], orders: -5 };
    const res = await send(pos.token, { rows });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.details).toEqual([expect.objectContaining({ field: 'rows.3.orders' })]);
    expect(await counts()).toEqual(before);
    expect(await stored(codes[0], '2026-09-01')).toBeNull();
    expect(await lastUsed(pos.client.id)).toBeNull();
  });

  it.each([
    { name: 'an unknown location code', row: { locationCode: 'NOPE-999', day: '2026-09-03', orders: 5 }, field: 'rows.1.locationCode' },
    { name: 'a day that is not a date', row: { locationCode: 'CODE', day: '2026-02-30', orders: 5 }, field: 'rows.1.day' },
    { name: 'orders that are not whole', row: { locationCode: 'CODE', day: '2026-09-03', orders: 1.5 }, field: 'rows.1.orders' },
    { name: 'the same location and day twice', row: { locationCode: 'CODE', day: '2026-09-02', orders: 7 }, field: 'rows.1.day' },
    { name: 'an unknown field', row: { locationCode: 'CODE', day: '2026-09-03', orders: 5, note: 'x' }, field: 'rows.1.note' },
  ])('$name is a bad row: 400 naming $field, nothing written', async ({ row, field }) => {
    const before = await counts();
    const res = await send(pos.token, { rows: [{ locationCode: codes[1], day: '2026-09-02', orders: 10 }, { ...row, locationCode: row.locationCode.replace('CODE', codes[1]) }] });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).details?.map((d) => d.field)).toEqual([field]);
    expect(await counts()).toEqual(before);
  });

  it('an empty batch or one over the cap is refused, naming rows', async () => {
    const before = await counts();
    const tooMany = Array.from({ length: 1001 }, (_, i) => ({ locationCode: codes[i % codes.length], day: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String(Math.floor(i / 12 / codes.length) + 1).padStart(2, '0')}`, orders: 1 }));
    for (const rows of [[], tooMany]) {
      const res = await send(pos.token, { rows });
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorBody).details?.map((d) => d.field)).toEqual(['rows']);
    }
    expect(await counts()).toEqual(before);
  });

  it('writes every day with its feed; a day sent again replaces the figure and the audit log has both values', async () => {
    const first = await send(pos.token, { rows: [
      { locationCode: codes[0], day: '2026-10-01', orders: 400 },
      { locationCode: codes[0], day: '2026-10-02', orders: 410 },
      { locationCode: codes[1], day: '2026-10-01', orders: 300 },
    ] });
    expect(first.status).toBe(200);
    expect((await first.json()) as OrderVolumeResult).toEqual({ received: 3, inserted: 3, replaced: 0, unchanged: 0 });
    expect(await stored(codes[0], '2026-10-01')).toEqual({ orders: 400, source: 'pos', api_client_id: pos.client.id });
    expect((await lastUsed(pos.client.id))?.toISOString()).toBe(t.clock.now().toISOString());

    const again = await send(pos.token, { rows: [
      { locationCode: codes[0], day: '2026-10-01', orders: 420 },
      { locationCode: codes[0], day: '2026-10-02', orders: 410 },
      { locationCode: codes[1], day: '2026-10-03', orders: 310 },
    ] });
    expect(again.status).toBe(200);
    expect((await again.json()) as OrderVolumeResult).toEqual({ received: 3, inserted: 1, replaced: 1, unchanged: 1 });
    expect((await stored(codes[0], '2026-10-01')).orders).toBe(420);
    const entry = await lastAudit();
    expect(entry).toMatchObject({ actor_label: 'api-client:Till feed', entity_id: pos.client.id });
    expect(entry.before).toEqual({ days: [{ locationCode: codes[0], day: '2026-10-01', orders: 400 }] });
    expect(entry.after).toMatchObject({ source: 'pos', feed: 'Till feed', inserted: 1, replaced: 1, unchanged: 1, days: [{ locationCode: codes[0], day: '2026-10-01', orders: 420 }] });
  });

  it('the CSV import goes through the same upsert: a day it replaces is in the audit log with both values, now from CSV', async () => {
    const res = await admin.post<OrderVolumeImportResult>('/api/order-volumes/import', `location_code,day,orders\n${codes[1]},2026-10-01,333\n${codes[1]},2026-10-04,1`, 'text/csv');
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ imported: 2, received: 2, inserted: 1, replaced: 1, unchanged: 0 });
    expect(await stored(codes[1], '2026-10-01')).toEqual({ orders: 333, source: 'csv', api_client_id: null });
    const entry = await lastAudit();
    expect(entry).toMatchObject({ actor_label: 'admin@franscore.demo', entity_id: 'csv' });
    expect(entry.before?.days).toEqual([{ locationCode: codes[1], day: '2026-10-01', orders: 300 }]);
    expect(entry.after.days).toEqual([{ locationCode: codes[1], day: '2026-10-01', orders: 333 }]);
  });

  it('a point-of-sale token cannot file complaints: 403, nothing written', async () => {
    const before = await counts();
    const res = await fetch(`${t.baseUrl}/api/client/complaints`, {
      method: 'POST',
      headers: { authorization: `Bearer ${pos.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ locationCode: codes[0], category: 'billing', description: 'From the till' }),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as ErrorBody).code).toBe('api_client.cannot_file_complaints');
    expect(await counts()).toEqual(before);
  });

  it.each([
    { kind: 'partner', body: { name: 'Courier co', kind: 'partner', channel: 'delivery_partner' } },
    { kind: 'in_store_button', body: { name: 'Door button', kind: 'in_store_button', locationId: 'OWN' } },
  ])('a $kind token cannot send volumes: 403, nothing written, no last use', async ({ body }) => {
    const issued = await admin.post<IssuedApiClient>('/api/api-clients', { ...body, ...(body.locationId ? { locationId: world.net.locations[0].id } : {}) });
    expect(issued.status).toBe(201);
    const before = await counts();
    const res = await send(issued.body.token, { rows: [{ locationCode: codes[0], day: '2026-10-05', orders: 9 }] });
    expect(res.status).toBe(403);
    expect(((await res.json()) as ErrorBody).code).toBe('api_client.cannot_send_volumes');
    expect(await counts()).toEqual(before);
    expect(await lastUsed(issued.body.client.id)).toBeNull();
  });

  it('no token or a revoked one is 401', async () => {
    const res = await fetch(`${t.baseUrl}/api/client/order-volumes`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"rows":[]}' });
    expect(res.status).toBe(401);
    const old = (await admin.post<IssuedApiClient>('/api/api-clients', { name: 'Old till', kind: 'pos' })).body;
    expect((await admin.post(`/api/api-clients/${old.client.id}/revoke`)).status).toBe(201);
    expect((await send(old.token, { rows: [{ locationCode: codes[0], day: '2026-10-06', orders: 9 }] })).status).toBe(401);
  });

  it('the location page reads a location\'s days with their feed, within the reader\'s scope only', async () => {
    const own = world.net.locations[0];
    const series = await admin.get<OrderVolumeSeries>(`/api/order-volumes?locationId=${own.id}&from=2026-10-01&to=2026-10-31`);
    expect(series.status).toBe(200);
    expect(series.body.days).toEqual([
      { day: '2026-10-01', orders: 420, source: 'pos', sourceName: 'Till feed' },
      { day: '2026-10-02', orders: 410, source: 'pos', sourceName: 'Till feed' },
    ]);
    const staff = await world.signIn('location_staff');
    const staffLocation = world.net.users.find((u) => u.role === 'location_staff')?.locationId;
    const other = world.net.locations.find((l) => l.id !== staffLocation);
    expect((await staff.get(`/api/order-volumes?locationId=${other?.id}`)).status).toBe(404);
    expect((await staff.get(`/api/order-volumes?locationId=${staffLocation}`)).status).toBe(200);
    const bad = await admin.get<ErrorBody>(`/api/order-volumes?locationId=${own.id}&from=2026-10-31&to=2026-10-01`);
    expect(bad.status).toBe(400);
    expect(bad.body.details?.map((d) => d.field)).toEqual(['from']);
  });
});
