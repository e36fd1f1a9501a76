import type { EnforcementCase, Location, Page, Review } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { ReviewsService } from './reviews.service';
import { signInFirstAdmin } from '../test/admin';
import { ALWAYS_OPEN, Scenario } from '../test/scenario';
import { startTestApp, TestApp } from '../test/test-app';

describe(ReviewsService.name, () => {
  let t: TestApp;
  let admin: ApiClient;
  let manager: ApiClient;
  let otherManager: ApiClient;
  let regionId: string;
  let otherRegionId: string;
  let weak: Location;
  let fine: Location;

  beforeAll(async () => {
    t = await startTestApp({ INTAKE_RATE_LIMIT_CLIENT: '100000', SESSION_TTL_HOURS: '8760' });
    admin = await signInFirstAdmin(t);
    regionId = (await admin.post<{ id: string }>('/api/regions', { code: 'REV', name: 'Review region' })).body.id;
    otherRegionId = (await admin.post<{ id: string }>('/api/regions', { code: 'OTR', name: 'Other region' })).body.id;
    const franchiseeId = (await admin.post<{ id: string }>('/api/franchisees', { legalName: 'Reviewed Ltd' })).body.id;
    const make = async (code: string) => (await admin.post<Location>('/api/locations', { code, name: code, address: '1 Road', regionId, franchiseeId, timeZone: 'UTC', businessHours: ALWAYS_OPEN })).body;
    [weak, fine] = [await make('REV-001'), await make('REV-002')];
    for (const [email, ids] of [['rm@example.com', [regionId]], ['rm2@example.com', [otherRegionId]]] as const) {
      await admin.post('/api/users', { email, displayName: email, password: 'long-enough-pass', role: 'regional_manager', regionIds: ids });
    }
    manager = new ApiClient(() => t.baseUrl);
    otherManager = new ApiClient(() => t.baseUrl);
    await manager.login('rm@example.com', 'long-enough-pass');
    await otherManager.login('rm2@example.com', 'long-enough-pass');
    const scenario = new Scenario(t, admin, admin);
    await scenario.month(weak, '2026-10', 'warning');
    await scenario.month(fine, '2026-10', 'good');
    await scenario.close(weak, '2026-10', '2026-11-02T09:00:00.000Z');
    await scenario.close(fine, '2026-10', '2026-11-02T09:00:00.000Z');
  });
  afterAll(() => t.close());

  it('lists every location of the region with its scorecard, trend and open case; decisions drive the cases', async () => {
    expect((await otherManager.post('/api/reviews', { regionId, period: '2026-10' })).status).toBe(404);
    const opened = await manager.post<Review>('/api/reviews', { regionId, period: '2026-10' });
    expect(opened.status).toBe(201);
    const rows = opened.body.locations;
    expect(rows.map((l) => [l.locationCode, l.band])).toEqual([['REV-001', 'warning'], ['REV-002', 'good']]);
    expect(rows[0].openCase).toMatchObject({ level: 'warning' });
    expect(rows[1].trend).toEqual([{ period: '2026-10', overall: 100, band: 'good' }]);
    expect((await otherManager.get(`/api/reviews/${opened.body.id}`)).status).toBe(404);

    const escalated = await manager.request<Review>('PUT', `/api/reviews/${opened.body.id}/decisions`, { locationId: weak.id, decision: 'escalate', notes: 'No plan submitted in time' });
    expect(escalated.body.locations[0]).toMatchObject({ decision: { decision: 'escalate' }, openCase: { level: 'final_warning' } });
    const watched = await manager.request<Review>('PUT', `/api/reviews/${opened.body.id}/decisions`, { locationId: fine.id, decision: 'watch', notes: 'New manager started' });
    expect(watched.body.locations[1].decision?.decision).toBe('watch');
    expect((await admin.get<Location>(`/api/locations/${fine.id}`)).body.status).toBe('on_watch');
    expect((await manager.request('PUT', `/api/reviews/${opened.body.id}/decisions`, { locationId: fine.id, decision: 'lift_warning', notes: '' })).status).toBe(409);

    const c = (await admin.get<Page<EnforcementCase>>(`/api/enforcement-cases?locationId=${weak.id}`)).body.items[0];
    expect(c.level).toBe('final_warning');
    const finished = await manager.post<Review>(`/api/reviews/${opened.body.id}/finish`);
    expect(finished.body.status).toBe('finished');
    expect((await manager.request('PUT', `/api/reviews/${opened.body.id}/decisions`, { locationId: fine.id, decision: 'no_action', notes: '' })).status).toBe(409);
    const pdf = await fetch(`${t.baseUrl}/api/reviews/${opened.body.id}/pdf`, { headers: { cookie: manager.cookieHeader() } });
    expect(pdf.status).toBe(200);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
