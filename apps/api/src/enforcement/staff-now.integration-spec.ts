import type { Alert, ComplaintDetail, ComplaintReceipt, ComplaintSummary, ErrorBody, InboxItem, Page } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { startTestApp, TestApp } from '../test/test-app';
import { withDemoNetwork } from '../test/demo-users';
import { RESOLVE_RISK_MINUTES } from './inbox.service';

/** "What needs me now": the staff home's order, the inbox's complaint items, and reading one alert. */
describe('what needs staff now', () => {
  let t: TestApp;
  let staff: ApiClient;
  let franchisee: ApiClient;
  let otherFranchisee: ApiClient;
  let manager: ApiClient;
  let code: string;
  let n = 0;

  beforeAll(async () => {
    t = await startTestApp({ INTAKE_RATE_LIMIT_CLIENT: '100000', SESSION_TTL_HOURS: '2000', PUBLIC_URL: 'https://complaints.example.com' });
    const world = await withDemoNetwork(t);
    [staff, franchisee, otherFranchisee, manager] = await Promise.all([
      world.signIn('location_staff'),
      world.signIn('franchisee', 0),
      world.signIn('franchisee', 1),
      world.signIn('regional_manager'),
    ]);
    const staffUser = world.net.users.find((u) => u.role === 'location_staff');
    code = world.net.locations.find((l) => l.id === staffUser?.locationId)?.code as string;
  });
  afterAll(() => t.close());

  async function file(category: string): Promise<ComplaintReceipt> {
    const res = await fetch(`${t.baseUrl}/api/public/locations/${code}/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `staff-now-${++n}` },
      body: JSON.stringify({ category, description: 'Something went wrong' }),
    });
    expect(res.status).toBe(201);
    return (await res.json()) as ComplaintReceipt;
  }
  const step = (id: string, type: string) => staff.post<ComplaintDetail>(`/api/complaints/${id}/events`, { type });
  const runningDue = (c: ComplaintSummary) => (c.acknowledge.state === 'running' ? c.acknowledge.dueAt : c.resolve.dueAt);

  it('sorts by the due time of the running clock, unacknowledged and acknowledged alike, stopped clocks last', async () => {
    const minor = await file('wait_time');
    const critical = await file('safety');
    const major = await file('hygiene');
    const handled = await file('billing');
    await step(major.id, 'acknowledged');
    await step(handled.id, 'resolved');

    const res = await staff.get<Page<ComplaintSummary>>('/api/complaints?sort=dueAt&pageSize=100');
    expect(res.status).toBe(200);
    const ours = res.body.items.filter((c) => [minor, critical, major, handled].some((r) => r.id === c.id));
    const open = ours.slice(0, 3);
    // The critical one (15 minutes to acknowledge) first, although filed second; the resolved one has no running clock.
    expect(open[0].reference).toBe(critical.reference);
    expect(open.map(runningDue)).toEqual(open.map(runningDue).sort());
    expect(new Set(open.map((c) => c.reference))).toEqual(new Set([minor.reference, major.reference, critical.reference]));
    expect(ours[3].reference).toBe(handled.reference);
    const dues = res.body.items.filter((c) => c.resolve.state === 'running').map(runningDue);
    expect(dues).toEqual([...dues].sort());
  });

  it('tells the portal its public address (PUBLIC_URL) for printed QR codes', async () => {
    const res = await fetch(`${t.baseUrl}/api/health`);
    expect(((await res.json()) as { publicUrl: string | null }).publicUrl).toBe('https://complaints.example.com');
  });

  it('refuses an unknown sort, naming the field', async () => {
    const res = await staff.get<ErrorBody>('/api/complaints?sort=urgency');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(/sort/);
  });

  it('puts unacknowledged and at-risk complaints in the inbox of staff and franchisee, not of others', async () => {
    const fresh = await file('food_quality');
    const atRisk = await file('safety');
    await step(atRisk.id, 'acknowledged');
    const staffInbox = (await staff.get<InboxItem[]>('/api/inbox')).body;
    expect(staffInbox).toContainEqual(
      expect.objectContaining({ kind: 'complaint_to_acknowledge', locationCode: code, link: `/complaints/${fresh.id}`, due: expect.any(String) }),
    );
    // Critical resolve target is 480 business minutes: not yet at risk.
    expect(staffInbox.find((i) => i.link === `/complaints/${atRisk.id}`)).toBeUndefined();
    expect((await franchisee.get<InboxItem[]>('/api/inbox')).body.map((i) => i.link)).toContain(`/complaints/${fresh.id}`);
    expect((await otherFranchisee.get<InboxItem[]>('/api/inbox')).body.map((i) => i.link)).not.toContain(`/complaints/${fresh.id}`);
    expect((await manager.get<InboxItem[]>('/api/inbox')).body.filter((i) => i.kind.startsWith('complaint_'))).toEqual([]);

    // Close to the resolve target the acknowledged one is at risk; once resolved, neither waits.
    const detail = (await staff.get<ComplaintDetail>(`/api/complaints/${atRisk.id}`)).body;
    const saved = t.clock.now();
    t.clock.set(new Date(Date.parse(detail.resolve.dueAt as string) - (RESOLVE_RISK_MINUTES - 1) * 60_000));
    try {
      const later = (await staff.get<InboxItem[]>('/api/inbox')).body;
      expect(later).toContainEqual(expect.objectContaining({ kind: 'complaint_at_risk', link: `/complaints/${atRisk.id}`, due: detail.resolve.dueAt }));
      await step(atRisk.id, 'resolved');
      await step(fresh.id, 'resolved');
      const after = (await staff.get<InboxItem[]>('/api/inbox')).body.map((i) => i.link);
      expect(after).not.toContain(`/complaints/${atRisk.id}`);
      expect(after).not.toContain(`/complaints/${fresh.id}`);
    } finally {
      t.clock.set(saved);
    }
  });

  it('opening an alert clears its unread mark, and only the owner of its scope may', async () => {
    await staff.post('/api/alerts/read');
    const tick = () => t.clock.set(new Date(t.clock.now().getTime() + 1000));
    tick();
    const first = await file('other');
    tick();
    const second = await file('other');
    const list = (await staff.get<{ items: Alert[]; unread: number }>('/api/alerts')).body;
    expect(list.unread).toBe(2);
    const alertOf = (id: string) => list.items.find((a) => a.complaintId === id && a.kind === 'complaint_received') as Alert;

    expect((await otherFranchisee.post<ErrorBody>(`/api/alerts/${alertOf(second.id).id}/read`)).status).toBe(404);
    expect((await manager.post<ErrorBody>(`/api/alerts/${alertOf(second.id).id}/read`)).status).toBe(404);
    const bad = await staff.post<ErrorBody>('/api/alerts/not-a-uuid/read');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/id/);
    expect((await staff.get<{ unread: number }>('/api/alerts')).body.unread).toBe(2);

    expect((await staff.post(`/api/alerts/${alertOf(first.id).id}/read`)).status).toBe(204);
    expect((await staff.get<{ unread: number }>('/api/alerts')).body.unread).toBe(1);
    expect((await staff.post(`/api/alerts/${alertOf(second.id).id}/read`)).status).toBe(204);
    expect((await staff.get<{ unread: number }>('/api/alerts')).body.unread).toBe(0);
    // Re-opening an older alert never marks newer ones unread again.
    expect((await staff.post(`/api/alerts/${alertOf(first.id).id}/read`)).status).toBe(204);
    expect((await staff.get<{ unread: number }>('/api/alerts')).body.unread).toBe(0);
    // Another user's marks are their own.
    expect((await franchisee.get<{ unread: number }>('/api/alerts')).body.unread).toBeGreaterThanOrEqual(2);
  });
});
