import { suggestedSeverity, type ApiClient as ApiClientView, type ComplaintDetail, type ComplaintReceipt, type ErrorBody, type IssuedApiClient } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { startTestApp, TestApp } from '../test/test-app';
import { withDemoNetwork, DemoTestWorld } from '../test/demo-users';
import { tokenHash } from './api-client-token';

describe('API clients (in-store buttons and partners)', () => {
  let t: TestApp;
  let world: DemoTestWorld;
  let admin: ApiClient;
  let own: { id: string; code: string };
  let other: { id: string; code: string };

  beforeAll(async () => {
    t = await startTestApp({ API_CLIENT_RATE_LIMIT: '5' });
    world = await withDemoNetwork(t);
    admin = await world.signIn('admin');
    const active = world.net.locations.filter((l) => l.status === 'active');
    [own, other] = [active[0], active[1]];
  });
  afterAll(() => t.close());

  const issue = async (body: Record<string, unknown>) => {
    const res = await admin.post<IssuedApiClient>('/api/api-clients', body);
    expect(res.status).toBe(201);
    return res.body;
  };
  const press = (token: string, body?: unknown, key?: string) =>
    fetch(`${t.baseUrl}/api/client/complaints`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(key ? { 'idempotency-key': key } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const counts = async () => {
    const [row] = await t.ds.query(`SELECT (SELECT count(*) FROM complaint) AS c, (SELECT count(*) FROM alert) AS a, (SELECT count(*) FROM audit_log) AS l`);
    return row as { c: string; a: string; l: string };
  };

  it('a button token is shown once, stored only as its hash, and files for its location with channel in_store_button (201)', async () => {
    const issued = await issue({ name: 'Counter button', kind: 'in_store_button', locationId: own.id });
    expect(issued.token).toMatch(/^fsc_/);
    const stored = await t.ds.query(`SELECT * FROM api_client WHERE id = $1`, [issued.client.id]);
    expect(stored[0].token_hash).toBe(tokenHash(issued.token));
    expect(JSON.stringify(stored)).not.toContain(issued.token);
    const listed = await admin.get<ApiClientView[]>('/api/api-clients');
    expect(JSON.stringify(listed.body)).not.toContain(issued.token);
    expect(listed.body.find((c) => c.id === issued.client.id)).toMatchObject({ kind: 'in_store_button', channel: 'in_store_button', locationCode: own.code, lastUsedAt: null });
    const audit = await t.ds.query(`SELECT * FROM audit_log WHERE entity_id = $1`, [issued.client.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['api_client.issued']);
    expect(JSON.stringify(audit)).not.toContain(issued.token);

    // The smallest request a device sends: no body at all.
    const res = await press(issued.token);
    expect(res.status).toBe(201);
    const receipt = (await res.json()) as ComplaintReceipt;
    const complaint = (await admin.get<ComplaintDetail>(`/api/complaints/${receipt.id}`)).body;
    expect(complaint).toMatchObject({ channel: 'in_store_button', locationCode: own.code, category: 'other', severity: 'minor' });
    const used = await t.ds.query(`SELECT last_used_at, (SELECT api_client_id FROM complaint WHERE id = $2) AS filed_by FROM api_client WHERE id = $1`, [issued.client.id, receipt.id]);
    expect(used[0].last_used_at.toISOString()).toBe(t.clock.now().toISOString());
    expect(used[0].filed_by).toBe(issued.client.id);
  });

  it('severity is suggested from the category, and a retry with the same key answers the first receipt (200)', async () => {
    const { token } = await issue({ name: 'Drive-through button', kind: 'in_store_button', locationId: own.id });
    const first = await press(token, { category: 'safety', locationCode: own.code }, 'press-0001');
    const again = await press(token, { category: 'safety', locationCode: own.code }, 'press-0001');
    expect([first.status, again.status]).toEqual([201, 200]);
    const receipt = (await first.json()) as ComplaintReceipt;
    expect(await again.json()).toEqual(receipt);
    expect((await admin.get<ComplaintDetail>(`/api/complaints/${receipt.id}`)).body.severity).toBe('critical');
    expect((await press(token, { category: 'hygiene' }, 'press-0001')).status).toBe(409);
  });

  it('an empty JSON object is as good as no body: location from the token, category other, severity suggested from it', async () => {
    const { token } = await issue({ name: 'Exit button', kind: 'in_store_button', locationId: own.id });
    const empty = await press(token, {});
    expect(empty.status).toBe(201);
    const onlyCategory = await press(token, { category: 'hygiene' });
    expect(onlyCategory.status).toBe(201);
    const [a, b] = await Promise.all(
      [empty, onlyCategory].map(async (res) => (await admin.get<ComplaintDetail>(`/api/complaints/${((await res.json()) as ComplaintReceipt).id}`)).body),
    );
    expect(a).toMatchObject({ channel: 'in_store_button', locationCode: own.code, category: 'other', severity: suggestedSeverity('other') });
    expect(b).toMatchObject({ channel: 'in_store_button', locationCode: own.code, category: 'hygiene', severity: suggestedSeverity('hygiene') });
    expect(b.severity).toBe('major');
  });

  it('a button used for another location gets 403 and writes nothing, not even its last use', async () => {
    const { token, client } = await issue({ name: 'Table button', kind: 'in_store_button', locationId: own.id });
    const before = await counts();
    const res = await press(token, { locationCode: other.code, category: 'hygiene' }, 'press-other-1');
    expect(res.status).toBe(403);
    expect(((await res.json()) as ErrorBody).code).toBe('api_client.other_location');
    expect(await counts()).toEqual(before);
    expect((await t.ds.query(`SELECT last_used_at FROM api_client WHERE id = $1`, [client.id]))[0].last_used_at).toBeNull();
  });

  it('a revoked token gets 401 and writes nothing; the revocation is in the audit log', async () => {
    const { token, client } = await issue({ name: 'Old button', kind: 'in_store_button', locationId: own.id });
    const revoked = await admin.post<ApiClientView>(`/api/api-clients/${client.id}/revoke`);
    expect(revoked.status).toBe(201);
    expect(revoked.body.revokedAt).not.toBeNull();
    const before = await counts();
    const res = await press(token);
    expect(res.status).toBe(401);
    expect(((await res.json()) as ErrorBody).code).toBe('api_client.unauthenticated');
    expect(await counts()).toEqual(before);
    expect((await admin.post(`/api/api-clients/${client.id}/revoke`)).status).toBe(409);
    const actions = await t.ds.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY seq`, [client.id]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['api_client.issued', 'api_client.revoked']);
  });

  it('no token, a malformed one or an unknown one is 401', async () => {
    const none = await fetch(`${t.baseUrl}/api/client/complaints`, { method: 'POST' });
    expect(none.status).toBe(401);
    expect((await press('not a token')).status).toBe(401);
    expect((await press('fsc_thisTokenWasNeverIssuedToAnyone')).status).toBe(401);
  });

  it('a point-of-sale token cannot file complaints (403)', async () => {
    const { token } = await issue({ name: 'Till feed', kind: 'pos', locationId: own.id });
    const before = await counts();
    expect((await press(token, { category: 'billing' })).status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('a partner files for any active location with its channel, and must name it', async () => {
    const { token } = await issue({ name: 'Courier app', kind: 'partner', channel: 'delivery_partner' });
    const missing = await press(token, { category: 'delivery', description: 'Cold food' });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as ErrorBody).details?.map((d) => d.field)).toEqual(['locationCode']);
    const res = await press(token, { locationCode: other.code, category: 'delivery', description: 'Arrived cold', orderNumber: 'D-1234' });
    expect(res.status).toBe(201);
    const receipt = (await res.json()) as ComplaintReceipt;
    expect((await admin.get<ComplaintDetail>(`/api/complaints/${receipt.id}`)).body).toMatchObject({ channel: 'delivery_partner', locationCode: other.code, orderNumber: 'D-1234' });
  });

  it('issuing checks the kind: a button needs a location, a partner a channel; only admins issue', async () => {
    const bad = await admin.post<ErrorBody>('/api/api-clients', { name: 'Button', kind: 'in_store_button' });
    expect(bad.status).toBe(400);
    expect(bad.body.details?.map((d) => d.field)).toEqual(['locationId']);
    const partner = await admin.post<ErrorBody>('/api/api-clients', { name: 'Partner', kind: 'partner', locationId: own.id });
    expect(partner.status).toBe(400);
    expect(partner.body.details?.map((d) => d.field).sort()).toEqual(['channel', 'locationId']);
    const franchisee = await world.signIn('franchisee');
    expect((await franchisee.post('/api/api-clients', { name: 'Mine', kind: 'in_store_button', locationId: own.id })).status).toBe(403);
    expect((await franchisee.get('/api/api-clients')).status).toBe(403);
  });

  it('is rate-limited per token: one busy button does not spend another one\'s bucket', async () => {
    const busy = await issue({ name: 'Busy button', kind: 'in_store_button', locationId: own.id });
    const calm = await issue({ name: 'Calm button', kind: 'in_store_button', locationId: own.id });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await press(busy.token, undefined, `busy-key-${i}0000`)).status);
    expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    expect(statuses[5]).toBe(429);
    expect((await press(calm.token)).status).toBe(201);
  });
});
