import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ComplaintReceipt, Location, Page, WebhookDelivery, WebhookEndpoint, WebhookEndpointWithSecret, WebhookPayload } from '@franscore/domain';
import { WebhookReceiver } from '@franscore/testing';
import { demoWorld, DemoWorld } from '../support/demo-world';
import { RunningServer, startServer } from '../support/server';

/** What a receiver does with the README's recipe: HMAC-SHA256 of "<t>.<raw body>" with the secret, compared in constant time, t within 5 minutes. */
function verifies(secret: string, header: string, body: string): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=') as [string, string]));
  const expected = createHmac('sha256', secret).update(`${parts['t']}.${body}`).digest();
  const given = Buffer.from(parts['v1'] ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) && Math.abs(Date.now() / 1000 - Number(parts['t'])) <= 300;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('outgoing webhooks against a real server and a real receiver on loopback', () => {
  let server: RunningServer;
  let w: DemoWorld;
  let location: Location;
  const receiver = new WebhookReceiver();
  let n = 0;

  beforeAll(async () => {
    await receiver.start();
    server = await startServer({
      WEBHOOKS_ALLOW_PRIVATE: 'true',
      WEBHOOKS_POLL_MS: '100',
      WEBHOOKS_RETRY_BASE_MS: '200',
      WEBHOOKS_TIMEOUT_MS: '3000',
      INTAKE_RATE_LIMIT_CLIENT: '100000',
      INTAKE_RATE_LIMIT_LOCATION: '100000',
    });
    w = await demoWorld(server);
    location = w.locations.find((l) => l.status === 'active') as Location;
  });
  afterAll(async () => {
    await server?.close();
    await receiver.stop();
  });

  const register = async (path: string): Promise<WebhookEndpointWithSecret> => {
    const res = await w.clients.admin.post<WebhookEndpointWithSecret>('/api/webhooks/endpoints', { url: receiver.url(path), description: path, events: ['complaint.received'] });
    expect(res.status).toBe(201);
    return res.body;
  };
  const deactivate = async (id: string) => expect((await w.clients.admin.patch(`/api/webhooks/endpoints/${id}`, { active: false })).status).toBe(200);
  /** Files one complaint and answers how long intake took, in ms. */
  const file = async (): Promise<{ receipt: ComplaintReceipt; ms: number }> => {
    const started = performance.now();
    const res = await fetch(`${server.baseUrl}/api/public/locations/${location.code}/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `webhook-e2e-${++n}` },
      body: JSON.stringify({ category: 'wait_time', description: 'Waited forty minutes' }),
    });
    const ms = performance.now() - started;
    expect(res.status).toBe(201);
    return { receipt: (await res.json()) as ComplaintReceipt, ms };
  };
  /** The endpoint's delivery log once its newest delivery has settled (the worker records after the receiver answered). */
  const settled = async (endpointId: string): Promise<WebhookDelivery> => {
    for (;;) {
      const [d] = (await w.clients.admin.get<Page<WebhookDelivery>>(`/api/webhooks/endpoints/${endpointId}/deliveries`)).body.items;
      if (d && d.status !== 'pending') return d;
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  it('delivers a signed complaint.received that verifies, retrying after the receiver answered 500', async () => {
    const { endpoint, secret } = await register('/crm');
    receiver.answer('/crm', 500);
    const { receipt } = await file();
    const got = await receiver.next('/crm', 2);
    expect(got.map((g) => g.status)).toEqual([500, 200]);
    for (const g of got) {
      expect(verifies(secret, String(g.headers['franscore-signature']), g.body)).toBe(true);
      expect(verifies(`${secret}x`, String(g.headers['franscore-signature']), g.body)).toBe(false);
    }
    const payload = JSON.parse(got[1].body) as WebhookPayload;
    expect(payload).toMatchObject({ type: 'complaint.received', data: { complaintId: receipt.id, reference: receipt.reference, locationCode: location.code } });
    expect(got.map((g) => g.headers['franscore-event-id'])).toEqual([payload.id, payload.id]);
    const delivery = await settled(endpoint.id);
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 2, eventId: payload.id });
    expect(delivery.log.map((a) => a.statusCode)).toEqual([500, 200]);
    await deactivate(endpoint.id);
  });

  it('still delivers after the API is restarted mid-retry: the queue is in the database', async () => {
    const { endpoint, secret } = await register('/restart');
    // Failing until the server is down, so a retry is pending when it stops.
    receiver.answer('/restart', ...Array.from({ length: 6 }, () => 500));
    const { receipt } = await file();
    await receiver.next('/restart', 1);
    await server.stop();
    expect(server.output()).toContain('Stopped cleanly');
    const before = receiver.to('/restart').length;
    expect(receiver.to('/restart').every((g) => g.status === 500)).toBe(true);
    receiver.clear('/restart');
    await server.restart();
    const got = await receiver.next('/restart', before + 1);
    const last = got[got.length - 1];
    expect(last.status).toBe(200);
    expect((JSON.parse(last.body) as WebhookPayload).data['complaintId']).toBe(receipt.id);
    expect(verifies(secret, String(last.headers['franscore-signature']), last.body)).toBe(true);
    const delivery = await settled(endpoint.id);
    expect(delivery).toMatchObject({ status: 'delivered' });
    expect(delivery.log.at(-1)?.statusCode).toBe(200);
    await deactivate(endpoint.id);
  });

  it('a receiver that never answers does not slow intake (median latency with it vs without, as a ratio)', async () => {
    const N = 25;
    for (let i = 0; i < 5; i++) await file(); // warm-up
    const without: number[] = [];
    for (let i = 0; i < N; i++) without.push((await file()).ms);
    receiver.hang('/dead');
    const { endpoint } = await register('/dead');
    const withHung: number[] = [];
    for (let i = 0; i < N; i++) withHung.push((await file()).ms);
    // The dead endpoint really was being called (and hanging) while intake was measured.
    await receiver.next('/dead', 1);
    const ratio = median(withHung) / median(without);
    process.stdout.write(`intake median without a hung endpoint ${median(without).toFixed(1)} ms, with ${median(withHung).toFixed(1)} ms, ratio ${ratio.toFixed(2)}\n`);
    expect(ratio).toBeLessThan(2);
    await deactivate(endpoint.id);
    // A timed-out attempt is logged as such.
    const list = (await w.clients.admin.get<WebhookEndpoint[]>('/api/webhooks/endpoints')).body;
    expect(list.find((e) => e.id === endpoint.id)?.pending).toBeGreaterThan(0);
    for (;;) {
      const items = (await w.clients.admin.get<Page<WebhookDelivery>>(`/api/webhooks/endpoints/${endpoint.id}/deliveries?pageSize=200`)).body.items;
      const timedOut = items.flatMap((d) => d.log).find((a) => a.error?.startsWith('timed out after 3000 ms'));
      if (timedOut) {
        expect(timedOut.statusCode).toBeNull();
        expect(timedOut.nextAttemptAt).not.toBeNull();
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  });
});
