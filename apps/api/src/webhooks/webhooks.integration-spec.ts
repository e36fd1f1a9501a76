import type { ComplaintReceipt, ErrorBody, Location, Page, WebhookDelivery, WebhookEndpoint, WebhookEndpointWithSecret, WebhookEventType, WebhookPayload } from '@franscore/domain';
import { WEBHOOK_MAX_ATTEMPTS } from '@franscore/domain';
import { ApiClient, WebhookReceiver } from '@franscore/testing';
import { SlaSweepService } from '../complaints/sla-sweep.service';
import { signInFirstAdmin } from '../test/admin';
import { Scenario } from '../test/scenario';
import { startTestApp, TestApp } from '../test/test-app';
import { complain, tinyNetwork } from '../test/tiny-network';
import { verifySignature } from './webhook-signature';
import { WebhookWorker } from './webhook-worker.service';
import { WebhooksRepository } from './webhooks.repository';

describe(WebhookWorker.name, () => {
  let t: TestApp;
  let admin: ApiClient;
  let location: Location;
  let sut: WebhookWorker;
  const receiver = new WebhookReceiver();
  let n = 0;

  beforeAll(async () => {
    await receiver.start();
    // The worker polls only when a test says so; retries are due at once (the jitter draws 0).
    t = await startTestApp({ WEBHOOKS_ALLOW_PRIVATE: 'true', WEBHOOKS_POLL_MS: '3600000', INTAKE_RATE_LIMIT_CLIENT: '10000', INTAKE_RATE_LIMIT_LOCATION: '10000' });
    admin = await signInFirstAdmin(t);
    location = await tinyNetwork(admin, 'HOOK-001');
    sut = t.app.get(WebhookWorker);
    sut.random = () => 0;
  }, 300_000);
  afterAll(async () => {
    await t?.close();
    await receiver.stop();
  });

  const register = async (path: string, events: WebhookEventType[], extra: Record<string, unknown> = {}) => {
    const res = await admin.post<WebhookEndpointWithSecret>('/api/webhooks/endpoints', { url: receiver.url(path), description: `receiver ${path}`, events, ...extra });
    expect(res.status).toBe(201);
    return res.body;
  };
  const file = () => complain(t.baseUrl, location.code, `hook-key-${++n}`);
  const count = async (table: string): Promise<number> => Number((await t.ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
  const deliveriesOf = async (endpointId: string) => (await admin.get<Page<WebhookDelivery>>(`/api/webhooks/endpoints/${endpointId}/deliveries`)).body.items;
  const deactivate = async (id: string) => {
    const res = await admin.patch<WebhookEndpoint>(`/api/webhooks/endpoints/${id}`, { active: false });
    expect([res.status, res.body.active]).toEqual([200, false]);
  };

  it('shows the secret once, at creation; the list and the audit log never carry it', async () => {
    const { endpoint, secret } = await register('/secret', ['complaint.received']);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(endpoint).toMatchObject({ url: receiver.url('/secret'), events: ['complaint.received'], active: true, pending: 0, failed: 0, createdBy: 'root@example.com' });
    const listed = await admin.get<WebhookEndpoint[]>('/api/webhooks/endpoints');
    expect(listed.body.map((e) => e.id)).toContain(endpoint.id);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    const audit = await t.ds.query(`SELECT action, after FROM audit_log WHERE entity_id = $1`, [endpoint.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['webhook_endpoint.created']);
    expect(JSON.stringify(audit)).not.toContain(secret);
    await deactivate(endpoint.id);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await count('webhook_endpoint');
    const none = await admin.post<ErrorBody>('/api/webhooks/endpoints', { url: receiver.url('/x'), events: [] });
    expect(none.status).toBe(400);
    expect(none.body.details?.map((d) => d.field)).toEqual(['events']);
    const unknown = await admin.post<ErrorBody>('/api/webhooks/endpoints', { url: receiver.url('/x'), events: ['complaint.eaten'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details?.[0].field).toMatch(/^events/);
    const ftp = await admin.post<ErrorBody>('/api/webhooks/endpoints', { url: 'ftp://example.com/x', events: ['complaint.received'] });
    expect(ftp.status).toBe(400);
    expect(ftp.body.details?.map((d) => d.field)).toEqual(['url']);
    expect(await count('webhook_endpoint')).toBe(before);
    expect((await admin.get('/api/webhooks/endpoints/00000000-0000-4000-8000-000000000000/deliveries')).status).toBe(404);
  });

  it('a filed complaint writes its event in the intake transaction; the worker sends it signed, to subscribers only', async () => {
    const { endpoint, secret } = await register('/received', ['complaint.received']);
    const other = await register('/scores', ['scorecard.finalized']);
    const receipt = await file();
    // In the outbox before any worker ran: the event committed with the complaint.
    const queued = await t.ds.query(`SELECT e.type, e.data->>'reference' AS reference, d.endpoint_id, d.status FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id WHERE e.data->>'complaintId' = $1`, [receipt.id]);
    expect(queued).toEqual([{ type: 'complaint.received', reference: receipt.reference, endpoint_id: endpoint.id, status: 'pending' }]);

    await sut.drain();
    const [got] = await receiver.next('/received', 1);
    expect(got.status).toBe(200);
    const payload = JSON.parse(got.body) as WebhookPayload;
    expect(payload).toMatchObject({ type: 'complaint.received', occurredAt: receipt.receivedAt, data: { complaintId: receipt.id, reference: receipt.reference, locationCode: 'HOOK-001', category: 'wait_time', channel: 'qr_form' } });
    expect(Object.keys(payload)).toEqual(['id', 'type', 'occurredAt', 'data']);
    expect(got.headers['franscore-event-id']).toBe(payload.id);
    expect(got.headers['content-type']).toBe('application/json');
    expect(verifySignature(secret, String(got.headers['franscore-signature']), got.body, new Date(), 300)).toBe('valid');
    expect(verifySignature('whsec_wrong', String(got.headers['franscore-signature']), got.body, new Date(), 300)).toBe('mismatch');
    // The customer's contact is not sent to other systems.
    expect(got.body).not.toContain('customer@example.com');
    expect(receiver.to('/scores')).toHaveLength(0);

    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 1, eventId: payload.id, nextAttemptAt: null });
    expect(delivery.log).toEqual([expect.objectContaining({ attempt: 1, statusCode: 200, error: null, nextAttemptAt: null })]);
    await deactivate(endpoint.id);
    await deactivate(other.endpoint.id);
  });

  it('a retried or refused intake writes no second event', async () => {
    const { endpoint } = await register('/retry-intake', ['complaint.received']);
    const key = `hook-same-key-${++n}`;
    const first = await complain(t.baseUrl, location.code, key);
    const events = await count('webhook_event');
    const retried = await fetch(`${t.baseUrl}/api/public/locations/${location.code}/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify({ category: 'wait_time', description: 'Waited forty minutes', contact: { email: 'customer@example.com' } }),
    });
    expect([retried.status, ((await retried.json()) as ComplaintReceipt).id]).toEqual([200, first.id]);
    const conflict = await fetch(`${t.baseUrl}/api/public/locations/${location.code}/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify({ category: 'food_quality', description: 'Another body under the same key' }),
    });
    expect(conflict.status).toBe(409);
    expect(await count('webhook_event')).toBe(events);
    await deactivate(endpoint.id);
    await sut.drain();
  });

  it('retries after the receiver answers 500, with the same event id, and logs every attempt', async () => {
    const { endpoint, secret } = await register('/flaky', ['complaint.received']);
    receiver.answer('/flaky', 500, 503);
    await file();
    await sut.drain();
    const got = await receiver.next('/flaky', 3);
    expect(got.map((g) => g.status)).toEqual([500, 503, 200]);
    expect(new Set(got.map((g) => g.headers['franscore-event-id'])).size).toBe(1);
    expect(got.map((g) => g.headers['franscore-attempt'])).toEqual(['1', '2', '3']);
    for (const g of got) expect(verifySignature(secret, String(g.headers['franscore-signature']), g.body, new Date(), 300)).toBe('valid');
    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 3 });
    expect(delivery.log.map((a) => [a.attempt, a.statusCode, a.error])).toEqual([
      [1, 500, 'answered 500'],
      [2, 503, 'answered 503'],
      [3, 200, null],
    ]);
    expect(delivery.log[0].nextAttemptAt).not.toBeNull();
    expect(delivery.log[2].nextAttemptAt).toBeNull();
    await deactivate(endpoint.id);
  });

  it(`fails a delivery after ${WEBHOOK_MAX_ATTEMPTS} attempts; an admin replays it as a new delivery of the same event`, async () => {
    const { endpoint } = await register('/down', ['complaint.received']);
    receiver.answer('/down', ...Array.from({ length: WEBHOOK_MAX_ATTEMPTS }, () => 500));
    await file();
    await sut.drain();
    expect(receiver.to('/down')).toHaveLength(WEBHOOK_MAX_ATTEMPTS);
    const [failed] = await deliveriesOf(endpoint.id);
    expect(failed).toMatchObject({ status: 'failed', attempts: WEBHOOK_MAX_ATTEMPTS, nextAttemptAt: null });
    expect(failed.log).toHaveLength(WEBHOOK_MAX_ATTEMPTS);
    expect((await admin.get<WebhookEndpoint[]>('/api/webhooks/endpoints')).body.find((e) => e.id === endpoint.id)).toMatchObject({ failed: 1, pending: 0 });

    const replay = await admin.post<WebhookDelivery>(`/api/webhooks/deliveries/${failed.id}/replay`);
    expect(replay.status).toBe(201);
    expect(replay.body).toMatchObject({ replayOf: failed.id, eventId: failed.eventId });
    await sut.drain();
    const got = await receiver.next('/down', WEBHOOK_MAX_ATTEMPTS + 1);
    expect(got[WEBHOOK_MAX_ATTEMPTS].headers['franscore-event-id']).toBe(failed.eventId);
    expect((await admin.get<WebhookDelivery>(`/api/webhooks/deliveries/${replay.body.id}`)).body).toMatchObject({ status: 'delivered', attempts: 1 });
    expect((await admin.get<WebhookDelivery>(`/api/webhooks/deliveries/${failed.id}`)).body.status).toBe('failed');
    const audit = await t.ds.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [replay.body.id]);
    expect(audit).toEqual([{ action: 'webhook_delivery.replayed' }]);
    expect((await admin.post(`/api/webhooks/deliveries/00000000-0000-4000-8000-000000000000/replay`)).status).toBe(404);
    await deactivate(endpoint.id);
  });

  it('a rotated secret signs what is sent next; the old one no longer verifies', async () => {
    const { endpoint, secret: old } = await register('/rotate', ['complaint.received']);
    const rotated = await admin.post<WebhookEndpointWithSecret>(`/api/webhooks/endpoints/${endpoint.id}/rotate-secret`);
    expect(rotated.status).toBe(201);
    expect(rotated.body.secret).not.toBe(old);
    await file();
    await sut.drain();
    const [got] = await receiver.next('/rotate', 1);
    const header = String(got.headers['franscore-signature']);
    expect(verifySignature(rotated.body.secret, header, got.body, new Date(), 300)).toBe('valid');
    expect(verifySignature(old, header, got.body, new Date(), 300)).toBe('mismatch');
    await deactivate(endpoint.id);
  });

  it('a deactivated endpoint gets no new events, and what it had waits until it is active again', async () => {
    const { endpoint } = await register('/paused', ['complaint.received']);
    await file();
    await deactivate(endpoint.id);
    await file();
    await sut.drain();
    expect(receiver.to('/paused')).toHaveLength(0);
    const waiting = await deliveriesOf(endpoint.id);
    expect(waiting.map((d) => d.status)).toEqual(['pending']);
    expect((await admin.patch(`/api/webhooks/endpoints/${endpoint.id}`, { active: true })).status).toBe(200);
    await sut.drain();
    expect(await receiver.next('/paused', 1)).toHaveLength(1);
    await deactivate(endpoint.id);
  });

  it('two workers claiming at once never take the same delivery', async () => {
    const { endpoint } = await register('/claims', ['complaint.received']);
    for (let i = 0; i < 12; i++) await file();
    const repo = t.app.get(WebhooksRepository);
    const [a, b] = await Promise.all([repo.claim(t.ds.manager, 12, 60), repo.claim(t.ds.manager, 12, 60)]);
    const ids = [...a, ...b].map((d) => d.id);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
    // Claimed and leased: nobody else takes them until the lease ends.
    expect(await repo.claim(t.ds.manager, 12, 60)).toEqual([]);
    for (const d of [...a, ...b]) await repo.release(t.ds.manager, d);
    await sut.drain();
    expect(await receiver.next('/claims', 12)).toHaveLength(12);
    await deactivate(endpoint.id);
  });

  it('tells of SLA breaches, resolutions, finalized scorecards and enforcement case changes, each from its own transaction', async () => {
    const types: WebhookEventType[] = ['complaint.sla_breached', 'complaint.resolved', 'scorecard.finalized', 'enforcement_case.changed'];
    const { endpoint } = await register('/all', types);
    const scenario = new Scenario(t, admin, admin);
    const watched = await tinyNetwork(admin, 'HOOK-002');
    await scenario.month(watched, '2026-09', 'closure');
    const card = await scenario.close(watched, '2026-09', '2026-10-05T09:00:00.000Z');
    const late = await file();
    t.clock.advanceMinutes(60 * 24 * 3);
    await t.app.get(SlaSweepService).sweep();
    await sut.drain();
    const payloads = receiver.to('/all').map((g) => JSON.parse(g.body) as WebhookPayload);
    const of = (type: WebhookEventType) => payloads.filter((p) => p.type === type);
    expect(of('complaint.received')).toHaveLength(0);
    expect(of('complaint.sla_breached').filter((p) => p.data['complaintId'] === late.id).map((p) => p.data['clock']).sort()).toEqual(['acknowledge', 'resolve']);
    expect(of('complaint.resolved')).toHaveLength(6);
    expect(of('complaint.resolved')[0].data).toMatchObject({ locationCode: 'HOOK-002', status: 'resolved', resolvedBy: 'root@example.com' });
    expect(of('scorecard.finalized').map((p) => p.data)).toEqual([expect.objectContaining({ scorecardId: card.id, locationCode: 'HOOK-002', period: '2026-09', band: 'closure' })]);
    expect(of('enforcement_case.changed').length).toBeGreaterThanOrEqual(1);
    expect(of('enforcement_case.changed')[0].data).toMatchObject({ locationCode: 'HOOK-002', status: 'open', scorecardId: card.id });
    await deactivate(endpoint.id);
  });
  it('a dead endpoint holds at most two sends at a time; the deliveries of another endpoint go meanwhile', async () => {
    const dead = await register('/dead', ['complaint.received']);
    const alive = await register('/alive', ['complaint.received']);
    receiver.hang('/dead');
    for (let i = 0; i < 10; i++) await file();
    void sut.poll();
    expect(await receiver.next('/alive', 10)).toHaveLength(10);
    // Ten were due for it, and eight slots: it never had more than two.
    expect(receiver.to('/dead').length).toBeGreaterThanOrEqual(2);
    expect(receiver.mostOpenAtOnce('/dead')).toBe(2);
    await deactivate(dead.endpoint.id);
    await deactivate(alive.endpoint.id);
  });

  // Last: it stops the worker, as the shutdown path does (stopScheduledWork, then Nest's module hooks).
  it('stopping aborts a send the receiver never answers and gives the attempt back, due at once for the next start', async () => {
    const { endpoint } = await register('/hung', ['complaint.received']);
    receiver.hang('/hung');
    await file();
    void sut.poll();
    await receiver.next('/hung', 1);
    await sut.onModuleDestroy();
    const [d] = await deliveriesOf(endpoint.id);
    // Not a timed-out attempt: aborted, not logged, not counted.
    expect(d).toMatchObject({ status: 'pending', attempts: 0, log: [] });
    expect(new Date(d.nextAttemptAt as string).getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    // A stopped worker claims nothing more.
    await sut.poll();
    expect((await deliveriesOf(endpoint.id))[0].attempts).toBe(0);
  });
});
