import type { AdminHome, AuditorHome, ComplaintMix, FranchiseeHome, Location, Page, RegionalManagerHome, SlaCompliance } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { signInFirstAdmin } from '../test/admin';
import { ALWAYS_OPEN, Scenario } from '../test/scenario';
import { startTestApp, TestApp } from '../test/test-app';
import { HomesService } from './homes.service';

const PASSWORD = 'long-enough-pass';
const CLOSE_AT = '2026-11-02T09:00:00.000Z';

describe(HomesService.name, () => {
  let t: TestApp;
  let admin: ApiClient;
  let auditor: ApiClient;
  let managerA: ApiClient;
  let managerB: ApiClient;
  let owner: ApiClient;
  let otherOwner: ApiClient;
  let regionA: string;
  let regionB: string;
  let weak: Location;
  let fine: Location;
  let doomed: Location;
  let other: Location;
  let neverAudited: Location;
  let lately: Location;
  let disputedId: string;

  const signIn = async (email: string) => {
    const client = new ApiClient(() => t.baseUrl);
    await client.login(email, PASSWORD);
    return client;
  };

  beforeAll(async () => {
    t = await startTestApp({ INTAKE_RATE_LIMIT_CLIENT: '100000', SESSION_TTL_HOURS: '8760' });
    admin = await signInFirstAdmin(t);
    regionA = (await admin.post<{ id: string }>('/api/regions', { code: 'HMA', name: 'Home region A' })).body.id;
    regionB = (await admin.post<{ id: string }>('/api/regions', { code: 'HMB', name: 'Home region B' })).body.id;
    const ownerId = (await admin.post<{ id: string }>('/api/franchisees', { legalName: 'Home Owner Ltd' })).body.id;
    const otherOwnerId = (await admin.post<{ id: string }>('/api/franchisees', { legalName: 'Other Owner Ltd' })).body.id;
    const make = async (code: string, regionId: string, franchiseeId: string) =>
      (await admin.post<Location>('/api/locations', { code, name: `Name ${code}`, address: '1 Road', regionId, franchiseeId, timeZone: 'UTC', businessHours: ALWAYS_OPEN })).body;
    weak = await make('HMA-001', regionA, ownerId);
    fine = await make('HMA-002', regionA, ownerId);
    doomed = await make('HMA-003', regionA, ownerId);
    other = await make('HMB-001', regionB, otherOwnerId);
    neverAudited = await make('HMB-002', regionB, otherOwnerId);
    lately = await make('HMB-003', regionB, otherOwnerId);
    const users: Array<[string, Record<string, unknown>]> = [
      ['auditor@example.com', { role: 'auditor' }],
      ['rma@example.com', { role: 'regional_manager', regionIds: [regionA] }],
      ['rmb@example.com', { role: 'regional_manager', regionIds: [regionB] }],
      ['owner@example.com', { role: 'franchisee', franchiseeId: ownerId }],
      ['other@example.com', { role: 'franchisee', franchiseeId: otherOwnerId }],
    ];
    for (const [email, extra] of users) {
      const res = await admin.post('/api/users', { email, displayName: email, password: PASSWORD, regionIds: [], ...extra });
      if (res.status !== 201) throw new Error(`user ${email}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    [auditor, managerA, managerB, owner, otherOwner] = await Promise.all(
      ['auditor@example.com', 'rma@example.com', 'rmb@example.com', 'owner@example.com', 'other@example.com'].map(signIn),
    );

    const scenario = new Scenario(t, admin, auditor);
    await scenario.month(weak, '2026-09', 'good');
    await scenario.close(weak, '2026-09', '2026-10-02T09:00:00.000Z');
    for (const [location, quality] of [[weak, 'warning'], [fine, 'good'], [doomed, 'closure'], [other, 'good']] as const) {
      await scenario.month(location, '2026-10', quality);
    }
    for (const location of [weak, fine, doomed, other]) await scenario.close(location, '2026-10', CLOSE_AT);

    // The audit plan counts from each location's opening: set two openings in the past.
    await t.ds.query(`UPDATE location SET created_at = $2 WHERE id = $1`, [neverAudited.id, '2026-07-01T00:00:00.000Z']);
    await t.ds.query(`UPDATE location SET created_at = $2 WHERE id = $1`, [lately.id, '2026-07-25T00:00:00.000Z']);
    await t.ds.query(`UPDATE location SET created_at = $2 WHERE region_id = $1`, [regionA, '2026-10-01T00:00:00.000Z']);
    await t.ds.query(`UPDATE location SET created_at = $2 WHERE id = $1`, [other.id, '2026-10-01T00:00:00.000Z']);

    const doomedCase = (await admin.get<Page<{ id: string }>>(`/api/enforcement-cases?locationId=${doomed.id}`)).body.items[0];
    for (let i = 0; i < 2; i++) await managerA.post(`/api/enforcement-cases/${doomedCase.id}/escalate`, { reason: 'Scores keep failing' });
    const recommended = await managerA.post(`/api/enforcement-cases/${doomedCase.id}/recommendation`, { recommendation: 'close', reason: 'No improvement in a month' });
    if (recommended.status !== 201) throw new Error(`recommend: ${recommended.status} ${JSON.stringify(recommended.body)}`);
    disputedId = (await owner.get<Page<{ id: string }>>(`/api/complaints?locationId=${fine.id}&pageSize=1`)).body.items[0].id;
    const disputed = await owner.post(`/api/complaints/${disputedId}/disputes`, { reason: 'prank', explanation: 'The same person filed it twice in a row' });
    if (disputed.status !== 201) throw new Error(`dispute: ${disputed.status} ${JSON.stringify(disputed.body)}`);
    const opened = await managerA.post('/api/reviews', { regionId: regionA, period: '2026-10' });
    if (opened.status !== 201) throw new Error(`review: ${opened.status}`);
    t.clock.set(new Date(CLOSE_AT));
  }, 300_000);
  afterAll(() => t.close());

  it("the auditor's home: the audit plan from the policy's 90 days, audits in progress, disputes waiting", async () => {
    // Clock 2026-11-02T09:00Z. Opened 2026-07-01: due after 2026-09-29, overdue after 2026-10-13.
    // Opened 2026-07-25: due after 2026-10-23, overdue after 2026-11-06. The others opened 2026-10-01: ok.
    const audit = await auditor.post<{ id: string }>('/api/audits', { locationId: weak.id, period: '2026-10' });
    expect(audit.status).toBe(201);
    const home = await auditor.get<AuditorHome>('/api/homes/auditor');
    expect(home.status).toBe(200);
    expect(home.body).toMatchObject({ period: '2026-10', intervalDays: 90, planCounts: { ok: 4, due: 1, overdue: 1 } });
    expect(home.body.plan).toEqual([
      { locationId: neverAudited.id, locationCode: 'HMB-002', locationName: 'Name HMB-002', regionName: 'Home region B', lastAuditAt: null, dueAt: '2026-09-29T00:00:00.000Z', overdueAt: '2026-10-13T00:00:00.000Z', state: 'overdue' },
      { locationId: lately.id, locationCode: 'HMB-003', locationName: 'Name HMB-003', regionName: 'Home region B', lastAuditAt: null, dueAt: '2026-10-23T00:00:00.000Z', overdueAt: '2026-11-06T00:00:00.000Z', state: 'due' },
    ]);
    expect(home.body.auditsInProgress).toEqual([expect.objectContaining({ id: audit.body.id, locationCode: 'HMA-001', period: '2026-10', status: 'draft' })]);
    expect(home.body.disputes).toEqual([expect.objectContaining({ complaintId: disputedId, locationCode: 'HMA-002', category: 'wait_time' })]);
  });

  it("the regional manager's home: the region's locations worst band first with the previous period, open cases, the review", async () => {
    const home = await managerA.get<RegionalManagerHome>('/api/homes/regional-manager');
    expect(home.status).toBe(200);
    expect(home.body).toMatchObject({ period: '2026-10', previousPeriod: '2026-09' });
    expect(home.body.locations.map((l) => [l.locationCode, l.band, l.overall, l.official, l.previousOverall, l.previousBand])).toEqual([
      ['HMA-003', 'closure', 0, true, null, null],
      ['HMA-001', 'warning', 66.7, true, 100, 'good'],
      ['HMA-002', 'good', 100, true, null, null],
    ]);
    expect(home.body.cases.map((c) => [c.locationCode, c.level, c.plan])).toEqual(
      expect.arrayContaining([['HMA-001', 'warning', 'none'], ['HMA-003', 'closure_review', 'none']]),
    );
    expect(home.body.cases).toHaveLength(2);
    expect(home.body.review).toMatchObject({ regionName: 'Home region A', period: '2026-10', decided: 0, total: 3 });

    const theirs = await managerB.get<RegionalManagerHome>('/api/homes/regional-manager');
    expect(theirs.body.locations.map((l) => l.locationCode)).toEqual(['HMB-001', 'HMB-002', 'HMB-003']);
    expect(theirs.body.cases).toEqual([]);
    expect(theirs.body.review).toBeNull();
    // Another region's id is not confirmed to exist.
    expect((await managerB.get(`/api/homes/regional-manager?regionId=${regionA}`)).status).toBe(404);
    expect((await admin.get<RegionalManagerHome>(`/api/homes/regional-manager?regionId=${regionB}`)).body.locations).toHaveLength(3);
    expect((await managerA.get('/api/homes/regional-manager?regionId=nope')).status).toBe(400);
    expect((await owner.get('/api/homes/regional-manager')).status).toBe(403);
  });

  it("the franchisee's home: only their locations and what they owe an answer to, by when", async () => {
    const home = await owner.get<FranchiseeHome>('/api/homes/franchisee');
    expect(home.status).toBe(200);
    expect(home.body.locations.map((l) => l.locationCode)).toEqual(['HMA-003', 'HMA-001', 'HMA-002']);
    const weakCase = home.body.toAnswer.find((a) => a.kind === 'plan' && a.locationCode === 'HMA-001');
    expect(weakCase?.due).toBe('2026-11-09T09:00:00.000Z');
    expect(home.body.toAnswer.map((a) => [a.kind, a.locationCode])).toEqual(
      expect.arrayContaining([['plan', 'HMA-001'], ['cure', 'HMA-001'], ['plan', 'HMA-003'], ['dispute', 'HMA-002']]),
    );
    expect(home.body.toAnswer.find((a) => a.kind === 'dispute')).toMatchObject({ due: null, link: `/complaints/${disputedId}` });
    // A deadline first, the items waiting on head office last.
    expect(home.body.toAnswer.at(-1)?.due).toBeNull();

    const theirs = await otherOwner.get<FranchiseeHome>('/api/homes/franchisee');
    expect(theirs.body.locations.map((l) => l.locationCode)).toEqual(['HMB-001', 'HMB-002', 'HMB-003']);
    expect(theirs.body.toAnswer).toEqual([]);
    expect((await otherOwner.get('/api/homes/admin')).status).toBe(403);
  });

  it("the admin's home: twelve months of bands over the standing cards, and the closures waiting for a decision", async () => {
    const home = await admin.get<AdminHome>('/api/homes/admin');
    expect(home.status).toBe(200);
    expect(home.body.bandsByMonth.map((b) => b.period)).toEqual([
      '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10',
    ]);
    expect(home.body.bandsByMonth.at(-1)).toEqual({ period: '2026-10', good: 2, watch: 0, warning: 1, closure: 1, none: 0 });
    expect(home.body.bandsByMonth.at(-2)).toEqual({ period: '2026-09', good: 1, watch: 0, warning: 0, closure: 0, none: 0 });
    expect(home.body.bandsByMonth[0]).toEqual({ period: '2025-11', good: 0, watch: 0, warning: 0, closure: 0, none: 0 });
    expect(home.body.closuresWaiting).toEqual([expect.objectContaining({ locationCode: 'HMA-003', recommendation: 'close', reason: 'No improvement in a month' })]);
    expect((await auditor.get('/api/homes/admin')).status).toBe(403);
  });

  it('charts: complaints by category and severity, SLA compliance by region and franchisee, within the scope', async () => {
    const all = await admin.get<ComplaintMix>('/api/charts/complaint-mix?period=2026-10');
    expect(all.body).toEqual({ period: '2026-10', rows: [{ category: 'wait_time', minor: 24, major: 0, critical: 0 }] });
    const regionOnly = await managerA.get<ComplaintMix>('/api/charts/complaint-mix');
    expect(regionOnly.body).toEqual({ period: '2026-10', rows: [{ category: 'wait_time', minor: 18, major: 0, critical: 0 }] });
    expect((await managerA.get(`/api/charts/complaint-mix?regionId=${regionB}`)).status).toBe(404);
    expect((await managerA.get('/api/charts/complaint-mix?period=2026-13')).body).toMatchObject({ statusCode: 400 });

    // Region A: weak 4 of 6 on time, fine 6 of 6, doomed none; region B: 6 of 6.
    const byRegion = await admin.get<SlaCompliance>('/api/charts/sla-compliance?period=2026-10&by=region');
    expect(byRegion.body.rows).toEqual([
      { id: regionA, name: 'Home region A', ackOnTime: 10, ackDecided: 18, resolveOnTime: 10, resolveDecided: 18 },
      { id: regionB, name: 'Home region B', ackOnTime: 6, ackDecided: 6, resolveOnTime: 6, resolveDecided: 6 },
    ]);
    const byOwner = await managerB.get<SlaCompliance>('/api/charts/sla-compliance?period=2026-10&by=franchisee');
    expect(byOwner.body.rows).toEqual([expect.objectContaining({ name: 'Other Owner Ltd', ackOnTime: 6, ackDecided: 6 })]);
    const ownView = await owner.get<SlaCompliance>('/api/charts/sla-compliance?period=2026-10&by=franchisee');
    expect(ownView.body.rows.map((r) => r.name)).toEqual(['Home Owner Ltd']);
    expect((await owner.get('/api/charts/sla-compliance?by=city')).status).toBe(400);
  });
});
