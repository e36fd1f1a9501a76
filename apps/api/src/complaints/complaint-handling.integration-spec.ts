import type { ComplaintDetail, ComplaintReceipt, ComplaintSummary, ErrorBody, Page, PublicStatus } from '@franscore/domain';
import { ApiClient, SseRecorder } from '@franscore/testing';
import { ComplaintHandlingService } from './complaint-handling.service';
import { SlaSweepService } from './sla-sweep.service';
import { Alert } from '../alerts/alert';
import { startTestApp, TestApp } from '../test/test-app';
import { DemoTestWorld, withDemoNetwork } from '../test/demo-users';

describe(ComplaintHandlingService.name, () => {
  let t: TestApp;
  let world: DemoTestWorld;
  let staff: ApiClient;
  let franchisee: ApiClient;
  let otherFranchisee: ApiClient;
  let manager: ApiClient;
  let auditor: ApiClient;
  let staffLocationCode: string;
  let n = 0;

  beforeAll(async () => {
    t = await startTestApp({ INTAKE_RATE_LIMIT_CLIENT: '100000', SESSION_TTL_HOURS: '2000' });
    world = await withDemoNetwork(t);
    [staff, franchisee, otherFranchisee, manager, auditor] = await Promise.all([
      world.signIn('location_staff'),
      world.signIn('franchisee', 0),
      world.signIn('franchisee', 1),
      world.signIn('regional_manager'),
      world.signIn('auditor'),
    ]);
    const staffUser = world.net.users.find((u) => u.role === 'location_staff');
    staffLocationCode = world.net.locations.find((l) => l.id === staffUser?.locationId)?.code as string;
  });
  afterAll(() => t.close());

  async function file(code = staffLocationCode, category = 'food_quality'): Promise<ComplaintReceipt> {
    const res = await fetch(`${t.baseUrl}/api/public/locations/${code}/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `handling-${++n}` },
      body: JSON.stringify({ category, description: 'Cold burger', contact: { name: 'Ann', phone: '+7 900 000 00 00' } }),
    });
    expect(res.status).toBe(201);
    return (await res.json()) as ComplaintReceipt;
  }
  const step = (client: ApiClient, id: string, body: Record<string, unknown>) => client.post<ComplaintDetail & ErrorBody>(`/api/complaints/${id}/events`, body);

  it('records the handling timeline and derives the status from it', async () => {
    const { id } = await file();
    expect((await step(staff, id, { type: 'acknowledged' })).body.status).toBe('acknowledged');
    await step(staff, id, { type: 'apologized', note: 'Sorry, this was our failure' });
    await step(franchisee, id, { type: 'compensation_offered', kind: 'voucher', value: 10 });
    const resolved = await step(staff, id, { type: 'resolved', note: 'Replaced the meal' });
    expect(resolved.status).toBe(201);
    expect(resolved.body.status).toBe('resolved');
    expect(resolved.body.events.map((e) => e.type)).toEqual(['acknowledged', 'apologized', 'compensation_offered', 'resolved']);
    expect(resolved.body.events[2].data).toEqual({ kind: 'voucher', value: 10, currency: 'RUB' });
    expect(resolved.body.acknowledge.state).toBe('met');
    expect(resolved.body.nextSteps).toEqual(['reopened']);
  });

  it.each([
    { name: 'a second acknowledgement', steps: ['acknowledged'], bad: 'acknowledged', reason: /already acknowledged/ },
    { name: 'resolving a resolved complaint', steps: ['resolved'], bad: 'resolved', reason: /already resolved/ },
    { name: 'a reply while not waiting', steps: [], bad: 'customer_replied', reason: /not waiting/ },
    { name: 'reopening an open complaint', steps: [], bad: 'reopened', reason: /only a resolved/ },
  ])('answers 409 for $name and records nothing', async ({ steps, bad, reason }) => {
    const { id } = await file();
    for (const type of steps) await step(staff, id, { type });
    const res = await step(staff, id, { type: bad });
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(reason);
    expect((await staff.get<ComplaintDetail>(`/api/complaints/${id}`)).body.events).toHaveLength(steps.length);
  });

  it('lets staff set the severity, re-timing both clocks, in the audit log', async () => {
    const { id } = await file(staffLocationCode, 'wait_time');
    const before = (await staff.get<ComplaintDetail>(`/api/complaints/${id}`)).body;
    expect(before).toMatchObject({ severity: 'minor', acknowledge: { targetMinutes: 240 } });
    const after = await staff.post<ComplaintDetail>(`/api/complaints/${id}/severity`, { severity: 'critical', note: 'Child was hurt' });
    expect(after.body).toMatchObject({ severity: 'critical', acknowledge: { targetMinutes: 15 }, resolve: { targetMinutes: 480 } });
    expect((await manager.post(`/api/complaints/${id}/severity`, { severity: 'minor' })).status).toBe(403);
    expect((await staff.post(`/api/complaints/${id}/severity`, { severity: 'huge' })).status).toBe(400);
  });

  it('validates a step: compensation needs kind and value', async () => {
    const { id } = await file();
    const res = await step(staff, id, { type: 'compensation_offered', value: 5 });
    expect(res.status).toBe(400);
    expect(res.body.details?.map((d) => d.field)).toEqual(['kind']);
  });

  it('shows customer contact only to roles that handle the case', async () => {
    const { id } = await file();
    expect((await staff.get<ComplaintDetail>(`/api/complaints/${id}`)).body.contact).toEqual({ name: 'Ann', phone: '+7 900 000 00 00' });
    expect((await auditor.get<ComplaintDetail>(`/api/complaints/${id}`)).body.contact).toBeDefined();
    const asManager = await manager.get<ComplaintDetail>(`/api/complaints/${id}`);
    expect(asManager.status).toBe(200);
    expect(JSON.stringify(asManager.body)).not.toMatch(/Ann|900 000/);
    const list = await manager.get<Page<ComplaintSummary>>('/api/complaints?pageSize=200');
    expect(JSON.stringify(list.body)).not.toMatch(/Ann|900 000/);
  });

  it('hides other franchisees complaints (404) and refuses handling steps to a regional manager (403)', async () => {
    const { id } = await file();
    expect((await otherFranchisee.get(`/api/complaints/${id}`)).status).toBe(404);
    expect((await step(otherFranchisee, id, { type: 'acknowledged' })).status).toBe(404);
    expect((await step(manager, id, { type: 'acknowledged' })).status).toBe(403);
  });

  it('pauses the clock while waiting on the customer', async () => {
    const { id } = await file();
    await step(staff, id, { type: 'acknowledged' });
    const waiting = await step(staff, id, { type: 'waiting_on_customer' });
    expect(waiting.body.resolve.state).toBe('paused');
    t.clock.advanceMinutes(600);
    const replied = await step(staff, id, { type: 'customer_replied' });
    expect(replied.body.resolve.state).toBe('running');
  });

  it('filters the list by status, severity and SLA state', async () => {
    const page = await franchisee.get<Page<ComplaintSummary>>('/api/complaints?status=resolved&pageSize=200');
    expect(page.status).toBe(200);
    expect(page.body.items.length).toBeGreaterThan(0);
    expect(page.body.items.every((c) => c.status === 'resolved')).toBe(true);
    const bad = await franchisee.get<ErrorBody>('/api/complaints?sla=late');
    expect(bad.status).toBe(400);
  });

  it('delivers a live alert to subscribers in scope and never to one out of scope', async () => {
    const headers = (c: ApiClient) => ({ cookie: c.cookieHeader() });
    const mine = new SseRecorder<Alert>(`${t.baseUrl}/api/alerts/stream`, headers(staff));
    const owner = new SseRecorder<Alert>(`${t.baseUrl}/api/alerts/stream`, headers(franchisee));
    const stranger = new SseRecorder<Alert>(`${t.baseUrl}/api/alerts/stream`, headers(otherFranchisee));
    await Promise.all([mine.opened, owner.opened, stranger.opened]);
    try {
      const { reference } = await file();
      await mine.waitFor((e) => e.type === 'alert' && e.data.reference === reference);
      await owner.waitFor((e) => e.type === 'alert' && e.data.reference === reference);
      // A complaint at the stranger's own location reaches them; the earlier one never did.
      const theirs = world.net.locations.find((l) => l.franchiseeId === world.net.users.filter((u) => u.role === 'franchisee')[1].franchiseeId);
      const second = await file(theirs?.code);
      await stranger.waitFor((e) => e.type === 'alert' && e.data.reference === second.reference);
      expect(stranger.events.filter((e) => e.type === 'alert').map((e) => e.data.reference)).toEqual([second.reference]);
      expect(mine.events.some((e) => e.type === 'alert' && e.data.reference === second.reference)).toBe(false);
    } finally {
      [mine, owner, stranger].forEach((s) => s.close());
    }
  });

  it('sweeps breaches once, alerting the franchisee, and escalating critical ones to the regional manager', async () => {
    const critical = await file(staffLocationCode, 'safety');
    const sweep = t.app.get(SlaSweepService);
    t.clock.advanceMinutes(60 * 24 * 7);
    const first = await sweep.sweep();
    expect(first.swept).toBe(true);
    expect(first.acknowledgeBreaches).toBeGreaterThan(0);
    const again = await sweep.sweep();
    expect(again).toMatchObject({ acknowledgeBreaches: 0, resolveBreaches: 0, alerts: 0 });
    const owned = await franchisee.get<{ items: Alert[]; unread: number }>('/api/alerts');
    const kinds = owned.body.items.filter((a) => a.reference === critical.reference).map((a) => a.kind).sort();
    expect(kinds).toEqual(['acknowledge_breached', 'complaint_received', 'resolve_breached']);
    expect(owned.body.unread).toBeGreaterThan(0);
    const managerInRegion = world.net.users.find((u) => u.role === 'regional_manager');
    const staffLoc = world.net.locations.find((l) => l.code === staffLocationCode);
    const escalations = (await manager.get<{ items: Alert[] }>('/api/alerts')).body.items.filter((a) => a.reference === critical.reference);
    // DOMAIN.md: the regional manager hears of a critical complaint at once, and of its resolve breach.
    expect(escalations.map((a) => a.kind)).toEqual(managerInRegion?.regionIds.includes(staffLoc?.regionId ?? '') ? ['resolve_breached', 'complaint_received'] : []);
    await franchisee.post('/api/alerts/read');
    expect((await franchisee.get<{ unread: number }>('/api/alerts')).body.unread).toBe(0);
  });

  it('lets the customer follow the status link and rate once after resolution', async () => {
    const receipt = await file();
    const statusUrl = `${t.baseUrl}/api/public/status/${receipt.statusToken}`;
    const rate = (rating: number) => fetch(`${statusUrl}/rating`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ rating }) });
    expect(((await (await fetch(statusUrl)).json()) as PublicStatus).canRate).toBe(false);
    expect((await rate(5)).status).toBe(409);
    await step(staff, receipt.id, { type: 'resolved' });
    const status = (await (await fetch(statusUrl)).json()) as PublicStatus;
    expect(status).toMatchObject({ reference: receipt.reference, status: 'resolved', canRate: true });
    expect(JSON.stringify(status)).not.toMatch(/Ann/);
    expect((await rate(4)).status).toBe(201);
    expect((await rate(5)).status).toBe(409);
    expect((await staff.get<ComplaintDetail>(`/api/complaints/${receipt.id}`)).body).toMatchObject({ status: 'closed', rating: 4 });
    expect((await fetch(`${t.baseUrl}/api/public/status/${receipt.reference}.forgedmacforgedmacforgedmac1234`)).status).toBe(404);
  });

  it('runs a dispute: filed by the franchisee, ruled by an auditor, both in the audit log', async () => {
    const { id } = await file();
    expect((await staff.post(`/api/complaints/${id}/disputes`, { reason: 'prank', explanation: 'Nobody ordered at that time' })).status).toBe(403);
    const filed = await franchisee.post<ComplaintDetail>(`/api/complaints/${id}/disputes`, { reason: 'prank', explanation: 'Nobody ordered at that time' });
    expect(filed.body.disputed).toBe('pending');
    expect((await franchisee.post(`/api/complaints/${id}/disputes/ruling`, { ruling: 'upheld', explanation: 'I say so myself' })).status).toBe(403);
    const ruled = await auditor.post<ComplaintDetail>(`/api/complaints/${id}/disputes/ruling`, { ruling: 'upheld', explanation: 'CCTV shows no such order' });
    expect(ruled.body).toMatchObject({ disputed: 'upheld', status: 'closed' });
    const admin = await world.signIn('admin');
    const log = await admin.get<{ items: Array<{ action: string }> }>(`/api/audit-log?entityType=complaint&entityId=${id}`);
    expect(log.body.items.map((e) => e.action)).toEqual(['complaint.dispute_upheld', 'complaint.dispute_filed']);
  });
});
