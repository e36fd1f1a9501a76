import type { AuditEntry, ComplaintDetail, ComplaintReceipt, ErrorBody, OrderVolumeResult, Page } from '@franscore/domain';
import { demoWorld, DemoWorld } from '../support/demo-world';
import { RunningServer, startServer } from '../support/server';

/** The two machine tokens first start prints under "Demo API tokens": the only place they ever appear. */
function printedToken(output: string, label: 'point-of-sale feed' | 'delivery partner'): string {
  const block = output.slice(output.indexOf('Demo API tokens'));
  const match = new RegExp(`^\\s+${label}\\s+(fsc_[A-Za-z0-9_-]+)`, 'm').exec(block);
  if (!match) throw new Error(`no ${label} token printed`);
  return match[1];
}

describe('the README\'s Integration section against the demo: point-of-sale volumes and a partner\'s complaint', () => {
  let server: RunningServer;
  let w: DemoWorld;

  beforeAll(async () => {
    // A first start of its own: the tokens are printed only then.
    server = await startServer({ SEED_DEMO: 'small' });
    w = await demoWorld(server);
  });
  afterAll(() => server?.close());

  const call = (method: string, path: string, token: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('the demo\'s volumes came from its point-of-sale feed, and the README\'s PUT replaces a day with both figures in the audit log', async () => {
    const token = printedToken(server.output(), 'point-of-sale feed');
    const [a, b] = w.locations.slice(0, 2).map((l) => l.code);
    const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    // As the README sends it: two locations, one day; the seed already has that day, so both are replaced.
    const res = await call('PUT', '/api/client/order-volumes', token, { rows: [{ locationCode: a, day, orders: 412 }, { locationCode: b, day, orders: 388 }] });
    expect(res.status).toBe(200);
    expect((await res.json()) as OrderVolumeResult).toEqual({ received: 2, inserted: 0, replaced: 2, unchanged: 0 });
    const log = (await w.clients.admin.get<Page<AuditEntry>>('/api/audit-log?action=order_volume.recorded&pageSize=200')).body.items;
    expect(log.some((e) => e.actorLabel === 'api-client:Demo point-of-sale feed' && (e.after as { inserted: number }).inserted > 0)).toBe(true);
    const latest = log[0] as AuditEntry & { before: { days: Array<{ locationCode: string; orders: number }> }; after: { days: Array<{ locationCode: string; orders: number }> } };
    expect(latest.after.days).toEqual([
      { locationCode: a, day, orders: 412 },
      { locationCode: b, day, orders: 388 },
    ]);
    expect(latest.before.days.map((d) => d.locationCode)).toEqual([a, b]);

    const bad = await call('PUT', '/api/client/order-volumes', token, { rows: [{ locationCode: a, day, orders: 1 }, { locationCode: 'NOPE-1', day, orders: 2 }] });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).details?.map((d) => d.field)).toEqual(['rows.1.locationCode']);
  });

  it('the README\'s partner POST files a delivery_partner complaint with the order reference; the retry answers the same receipt', async () => {
    const token = printedToken(server.output(), 'delivery partner');
    const location = w.locations.find((l) => l.status === 'active');
    const body = { locationCode: location?.code, category: 'delivery', description: 'Arrived cold, 40 minutes late', orderNumber: 'DLV-778812' };
    const first = await call('POST', '/api/client/complaints', token, body, { 'idempotency-key': 'order-DLV-778812' });
    const retry = await call('POST', '/api/client/complaints', token, body, { 'idempotency-key': 'order-DLV-778812' });
    expect([first.status, retry.status]).toEqual([201, 200]);
    const receipt = (await first.json()) as ComplaintReceipt;
    expect(await retry.json()).toEqual(receipt);
    const complaint = (await w.clients.admin.get<ComplaintDetail>(`/api/complaints/${receipt.id}`)).body;
    expect(complaint).toMatchObject({ channel: 'delivery_partner', locationCode: location?.code, orderNumber: 'DLV-778812' });
    // Each token only does its own job.
    expect((await call('PUT', '/api/client/order-volumes', token, { rows: [{ locationCode: location?.code, day: '2026-01-01', orders: 1 }] })).status).toBe(403);
    expect((await call('POST', '/api/client/complaints', printedToken(server.output(), 'point-of-sale feed'), body)).status).toBe(403);
  });
});
