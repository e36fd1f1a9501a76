import type { ComplaintDetail, ComplaintReceipt, ErrorBody, IssuedApiClient } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { DemoTestWorld, withDemoNetwork } from '../test/demo-users';
import { startTestApp, TestApp } from '../test/test-app';

describe('partner and app channels (POST /api/client/complaints with a partner token)', () => {
  let t: TestApp;
  let world: DemoTestWorld;
  let admin: ApiClient;
  let courier: IssuedApiClient;
  let app: IssuedApiClient;
  let codes: string[];

  beforeAll(async () => {
    t = await startTestApp();
    world = await withDemoNetwork(t);
    admin = await world.signIn('admin');
    codes = world.net.locations.filter((l) => l.status === 'active').map((l) => l.code);
    const issue = async (body: Record<string, unknown>) => {
      const res = await admin.post<IssuedApiClient>('/api/api-clients', body);
      expect(res.status).toBe(201);
      return res.body;
    };
    courier = await issue({ name: 'Courier co', kind: 'partner', channel: 'delivery_partner' });
    app = await issue({ name: 'Chain app', kind: 'partner', channel: 'app' });
  });
  afterAll(() => t?.close());

  const file = (token: string, body: unknown, key?: string) =>
    fetch(`${t.baseUrl}/api/client/complaints`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
      body: JSON.stringify(body),
    });
  const detail = async (res: Response) => (await admin.get<ComplaintDetail>(`/api/complaints/${((await res.json()) as ComplaintReceipt).id}`)).body;
  const complaints = async () => Number((await t.ds.query(`SELECT count(*) AS n FROM complaint`))[0].n);

  it('files for any active location with its own channel and the partner\'s order reference, stored and shown', async () => {
    const a = await file(courier.token, { locationCode: codes[0], category: 'delivery', description: 'Arrived cold', orderNumber: 'DLV-778812' });
    const b = await file(app.token, { locationCode: codes[2], category: 'order_accuracy', description: 'Missing fries', orderNumber: 'APP/2026/55' });
    expect([a.status, b.status]).toEqual([201, 201]);
    const [ca, cb] = [await detail(a), await detail(b)];
    expect(ca).toMatchObject({ channel: 'delivery_partner', locationCode: codes[0], orderNumber: 'DLV-778812' });
    expect(cb).toMatchObject({ channel: 'app', locationCode: codes[2], orderNumber: 'APP/2026/55' });
    const [row] = await t.ds.query(`SELECT order_number, api_client_id FROM complaint WHERE id = $1`, [ca.id]);
    expect(row).toEqual({ order_number: 'DLV-778812', api_client_id: courier.client.id });
  });

  it('keeps idempotency keys per client: a retry answers the first receipt, another partner\'s same key is its own complaint', async () => {
    const body = { locationCode: codes[1], category: 'delivery', description: 'Late by an hour', orderNumber: 'DLV-1' };
    const before = await complaints();
    const first = await file(courier.token, body, 'order-DLV-1-complaint');
    const retry = await file(courier.token, body, 'order-DLV-1-complaint');
    const otherPartner = await file(app.token, body, 'order-DLV-1-complaint');
    expect([first.status, retry.status, otherPartner.status]).toEqual([201, 200, 201]);
    const [r1, r2, r3] = (await Promise.all([first.json(), retry.json(), otherPartner.json()])) as ComplaintReceipt[];
    expect(r2).toEqual(r1);
    expect(r3.id).not.toBe(r1.id);
    expect(await complaints()).toBe(before + 2);
    // The same key from the same client at another location, or with another body, is a conflict, never a second complaint.
    const elsewhere = await file(courier.token, { ...body, locationCode: codes[2] }, 'order-DLV-1-complaint');
    const changed = await file(courier.token, { ...body, description: 'Late by two hours' }, 'order-DLV-1-complaint');
    expect([elsewhere.status, changed.status]).toEqual([409, 409]);
    expect(await complaints()).toBe(before + 2);
  });

  it.each([
    { name: 'an unknown location', code: 'NOPE-404' },
    { name: 'a closed location', code: 'CLOSED' },
    { name: 'a suspended location', code: 'SUSPENDED' },
  ])('$name is a 400 naming locationCode, and nothing is written', async ({ code }) => {
    let target = code;
    if (code === 'CLOSED' || code === 'SUSPENDED') {
      target = codes[codes.length - (code === 'CLOSED' ? 1 : 2)];
      await t.ds.query(`UPDATE location SET status = $2 WHERE code = $1`, [target, code.toLowerCase()]);
    }
    const before = await complaints();
    const res = await file(courier.token, { locationCode: target, category: 'delivery', description: 'Cold' }, `closed-${code}-key`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.details?.map((d) => d.field)).toEqual(['locationCode']);
    expect(await complaints()).toBe(before);
  });
});
