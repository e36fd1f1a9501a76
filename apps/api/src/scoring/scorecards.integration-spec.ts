import type { Audit, AuditEntry, ComplaintReceipt, LeagueRow, Location, Page, Review, Scorecard, Severity } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { ScorecardsService } from './scorecards.service';
import { signInFirstAdmin } from '../test/admin';
import { startTestApp, TestApp } from '../test/test-app';

const DAY = { open: '00:00', close: '24:00' };
const ALWAYS_OPEN = { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY, sat: DAY, sun: DAY };
const minutes = (iso: string, m: number) => new Date(new Date(iso).getTime() + m * 60_000);
/** Customers cannot choose a severity: it is suggested from the category, so a test picks the category. */
const CATEGORY_OF: Record<Severity, string> = { critical: 'safety', major: 'hygiene', minor: 'other' };

/**
 * A small network built through the API, scored, and checked against values
 * computed by hand (DOMAIN.md's worked example). The location is open round the
 * clock in UTC, so business minutes are wall-clock minutes.
 */
describe(ScorecardsService.name, () => {
  let t: TestApp;
  let admin: ApiClient;
  let owner: ApiClient;
  let stranger: ApiClient;
  let main: Location;
  let small: Location;
  let regionId: string;
  let n = 0;

  beforeAll(async () => {
    t = await startTestApp({ INTAKE_RATE_LIMIT_CLIENT: '100000', SESSION_TTL_HOURS: '2000' });
    admin = await signInFirstAdmin(t);
    const region = (await admin.post<{ id: string }>('/api/regions', { code: 'TST', name: 'Test' })).body;
    regionId = region.id;
    const f1 = (await admin.post<{ id: string }>('/api/franchisees', { legalName: 'Owner Ltd' })).body;
    const f2 = (await admin.post<{ id: string }>('/api/franchisees', { legalName: 'Stranger Ltd' })).body;
    const location = (code: string, franchiseeId: string) =>
      admin.post<Location>('/api/locations', { code, name: code, address: '1 Test Road', regionId: region.id, franchiseeId, timeZone: 'UTC', businessHours: ALWAYS_OPEN });
    main = (await location('TST-001', f1.id)).body;
    small = (await location('TST-002', f2.id)).body;
    for (const [email, franchiseeId] of [['owner@example.com', f1.id], ['stranger@example.com', f2.id]]) {
      await admin.post('/api/users', { email, displayName: email, password: 'long-enough-pass', role: 'franchisee', franchiseeId });
    }
    owner = new ApiClient(() => t.baseUrl);
    stranger = new ApiClient(() => t.baseUrl);
    await owner.login('owner@example.com', 'long-enough-pass');
    await stranger.login('stranger@example.com', 'long-enough-pass');

    // Complaint timelines: [severity, ack after, resolve after, rating] in minutes from receipt.
    const plan: Array<[Severity, number, number, number | null]> = [
      ['minor', 100, 1000, 5], ['minor', 100, 1000, 4], ['minor', 100, 1000, 2], ['minor', 100, 1000, 1],
      ['minor', 100, 1000, null], ['minor', 300, 1000, null], // the one late acknowledgement (target 240)
      ['major', 30, 1000, null], ['major', 30, 2000, null], ['major', 90, 2000, null], // ack target 60, resolve 1440
      ['critical', 10, 300, null], // ack target 15, resolve 480
    ];
    for (const [i, [severity, ack, resolve, rating]] of plan.entries()) {
      const at = `2026-10-${String(i + 1).padStart(2, '0')}T10:00:00.000Z`;
      const receipt = await file(main.code, severity, at);
      await step(receipt.id, 'acknowledged', minutes(at, ack));
      await step(receipt.id, 'resolved', minutes(at, resolve));
      if (rating) {
        t.clock.set(minutes(at, resolve + 60));
        await fetch(`${t.baseUrl}/api/public/status/${receipt.statusToken}/rating`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ rating }) });
      }
    }
    // An eleventh complaint, struck out in a dispute: it leaves every score.
    const disputed = await file(main.code, 'minor', '2026-10-12T10:00:00.000Z');
    t.clock.set(new Date('2026-10-13T10:00:00.000Z'));
    await owner.post(`/api/complaints/${disputed.id}/disputes`, { reason: 'prank', explanation: 'Nobody ordered at that time' });
    await admin.post(`/api/complaints/${disputed.id}/disputes/ruling`, { ruling: 'upheld', explanation: 'CCTV shows no such order' });
    // Two complaints at the small location: below the minimum of five, so provisional.
    await file(small.code, 'minor', '2026-10-03T10:00:00.000Z');
    await file(small.code, 'major', '2026-10-04T10:00:00.000Z');
    // 1,000 orders a day: 31,000 in October, 10 complaints = 0.32 per 1,000, under the 0.5 band: volume 100.
    const days = Array.from({ length: 31 }, (_, d) => `TST-001,2026-10-${String(d + 1).padStart(2, '0')},1000`);
    expect((await admin.post('/api/order-volumes/import', ['location_code,day,orders', ...days].join('\n'), 'text/csv')).status).toBe(201);
    t.clock.set(new Date('2026-11-02T09:00:00.000Z'));
  });
  afterAll(() => t.close());

  async function file(code: string, severity: Severity, at: string): Promise<ComplaintReceipt> {
    t.clock.set(new Date(at));
    const res = await fetch(`${t.baseUrl}/api/public/locations/${code}/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `scorecard-test-${++n}` },
      body: JSON.stringify({ category: CATEGORY_OF[severity], description: `Complaint ${n}` }),
    });
    const body = await res.json();
    if (res.status !== 201) throw new Error(JSON.stringify(body));
    return body as ComplaintReceipt;
  }
  async function step(id: string, type: string, at: Date): Promise<void> {
    t.clock.set(at);
    expect((await admin.post(`/api/complaints/${id}/events`, { type })).status).toBe(201);
  }
  /** Opens an audit of main's October, scores every case with `criteria`, submits and finalizes it at `at`. */
  async function runAudit(sampleSize: number, criteria: (i: number) => Record<string, number | null>, at: string): Promise<Audit> {
    const opened = (await admin.post<Audit>('/api/audits', { locationId: main.id, period: '2026-10', sampleSize })).body;
    for (const [i, c] of opened.cases.entries()) await admin.request('PUT', `/api/audits/${opened.id}/cases/${c.id}`, { criteria: criteria(i) });
    t.clock.set(new Date(at));
    expect((await admin.post(`/api/audits/${opened.id}/submit`)).status).toBe(201);
    expect((await admin.post<Audit>(`/api/audits/${opened.id}/finalize`)).body.status).toBe('finalized');
    return opened;
  }
  const PARTIAL = { listen: 2, acknowledge: 1, takeAction: 0, thank: 2, explain: 1, sincereApology: null, proportionateCompensation: null };
  const auditLog = async (id: string) => (await admin.get<Page<AuditEntry>>(`/api/audit-log?entityType=scorecard&entityId=${id}`)).body.items;
  const card = async (client: ApiClient, location: Location) =>
    (await client.get<Page<Scorecard>>(`/api/scorecards?period=2026-10&locationId=${location.id}`)).body.items[0];

  it('scores the period by hand-computed values, explaining each component', async () => {
    await t.app.get(ScorecardsService).computeFor([main.id, small.id], '2026-10');
    const s = await card(admin, main);
    const c = s.explanation.components;
    // Responsiveness: weights minor 1, major 2, critical 4; on time 5 minor + 2 major + 1 critical = 13 of 16.
    expect(c.responsiveness).toMatchObject({ score: 81.25, numerator: 13, denominator: 16, sample: 10 });
    // Resolution: 6 minor + 1 major + 1 critical on time = 6 + 2 + 4 = 12 of 16.
    expect(c.resolution).toMatchObject({ score: 75, numerator: 12, denominator: 16 });
    // Recovery: ratings 5, 4, 2, 1: two of four are 4 or more.
    expect(c.recovery).toMatchObject({ score: 50, numerator: 2, denominator: 4 });
    expect(c.volume).toMatchObject({ score: 100, numerator: 10, denominator: 31_000 });
    expect(c.protocol).toMatchObject({ score: null, absentReason: expect.stringMatching(/0 audited cases/) });
    // (0.25*81.25 + 0.25*75 + 0.2*50 + 0.1*100) / 0.8 = 59.0625 / 0.8 = 73.828125
    expect(s.explanation.overallUnrounded).toBeCloseTo(73.828125, 10);
    expect(s).toMatchObject({ overall: 73.8, band: 'watch', provisional: false, policyVersion: 1 });
    expect(s.explanation).toMatchObject({ eligible: 10, excludedByDispute: 1 });
    expect(s.explanation.breaches.acknowledge).toHaveLength(2); // the late minor and the late major
    expect(s.explanation.breaches.resolve).toHaveLength(2);
    expect(s.explanation.breaches.criticalResolve).toEqual([]);
  });

  it('marks a location below the minimum eligible complaints provisional', async () => {
    expect(await card(admin, small)).toMatchObject({ provisional: true, overall: null, band: null });
  });

  it('gives the same scorecard for the same data, policy and as-of', async () => {
    const before = await card(admin, main);
    await t.app.get(ScorecardsService).computeFor([main.id], '2026-10');
    const again = await card(admin, main);
    expect(again).toEqual(before);
  });

  it('counts a finalized audit: protocol 80 lifts the overall to 75.1 (the worked example)', async () => {
    const opened = await admin.post<Audit>('/api/audits', { locationId: main.id, period: '2026-10', sampleSize: 2 });
    expect(opened.status).toBe(201);
    expect(opened.body.cases).toHaveLength(2);
    // Case scores 100 and 60 (6 of 10 points, two criteria N/A): protocol = mean = 80.
    const perfect = { listen: 2, acknowledge: 2, takeAction: 2, thank: 2, explain: 2, sincereApology: 2, proportionateCompensation: 2 };
    const partial = { listen: 2, acknowledge: 1, takeAction: 0, thank: 2, explain: 1, sincereApology: null, proportionateCompensation: null };
    const [a, b] = opened.body.cases;
    expect((await admin.post(`/api/audits/${opened.body.id}/submit`)).status).toBe(409);
    await admin.request('PUT', `/api/audits/${opened.body.id}/cases/${a.id}`, { criteria: perfect });
    const scored = await admin.request<Audit>('PUT', `/api/audits/${opened.body.id}/cases/${b.id}`, { criteria: partial, notes: 'No apology offered' });
    expect(scored.body.cases.map((c) => c.score)).toEqual([100, 60]);
    t.clock.set(new Date('2026-11-02T10:00:00.000Z'));
    expect((await admin.post(`/api/audits/${opened.body.id}/submit`)).status).toBe(201);
    expect((await admin.post<Audit>(`/api/audits/${opened.body.id}/finalize`)).body.status).toBe('finalized');
    expect((await admin.request('PUT', `/api/audits/${opened.body.id}/cases/${a.id}`, { criteria: partial })).status).toBe(409);
    const s = await card(admin, main);
    expect(s.explanation.components.protocol).toMatchObject({ score: 80, sample: 2 });
    expect(s.explanation.overallUnrounded).toBeCloseTo(75.0625, 10);
    expect(s).toMatchObject({ overall: 75.1, band: 'watch' });
    expect(s.explanation.auditIds).toEqual([opened.body.id]);
  });

  it('shows a franchisee its own scorecard and no other (404)', async () => {
    const own = await card(owner, main);
    expect(own.overall).toBe(75.1);
    expect(await card(stranger, main)).toBeUndefined();
    expect((await stranger.get(`/api/scorecards/${own.id}`)).status).toBe(404);
  });

  it('ranks the league table and filters it by band', async () => {
    const league = await admin.get<Page<LeagueRow>>('/api/league-table?period=2026-10');
    expect(league.body.items.map((r) => [r.locationCode, r.overall, r.rank])).toEqual([
      ['TST-001', 75.1, 1],
      ['TST-002', null, null],
    ]);
    expect(league.body.total).toBe(2);
    expect(league.body.items[0]).not.toHaveProperty('total');
    // A page of one still ranks over the whole table; a page past the end still counts it.
    const second = (await admin.get<Page<LeagueRow>>('/api/league-table?period=2026-10&pageSize=1&page=2')).body;
    expect([second.total, second.items.map((r) => r.locationCode)]).toEqual([2, ['TST-002']]);
    const past = (await admin.get<Page<LeagueRow>>('/api/league-table?period=2026-10&pageSize=1&page=3')).body;
    expect([past.total, past.items]).toEqual([2, []]);
    expect((await admin.get<Page<LeagueRow>>('/api/league-table?period=2026-10&band=good')).body.total).toBe(0);
    expect((await stranger.get<Page<LeagueRow>>('/api/league-table?period=2026-10')).body.items.map((r) => r.locationCode)).toEqual(['TST-002']);
  });

  it('downloads a scorecard as a PDF report', async () => {
    const s = await card(owner, main);
    const res = await fetch(`${t.baseUrl}/api/scorecards/${s.id}/pdf`, { headers: { cookie: owner.cookieHeader() } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('scorecard-TST-001-2026-10.pdf');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(5000);
    expect((await fetch(`${t.baseUrl}/api/scorecards/${s.id}/pdf`, { headers: { cookie: stranger.cookieHeader() } })).status).toBe(404);
  });

  it('finalizes a scorecard once, in the audit log', async () => {
    const s = await card(admin, main);
    expect((await owner.post(`/api/scorecards/${s.id}/finalize`)).status).toBe(403);
    expect((await admin.post<Scorecard>(`/api/scorecards/${s.id}/finalize`)).body.finalized).toBe(true);
    expect((await admin.post(`/api/scorecards/${s.id}/finalize`)).status).toBe(409);
    expect((await auditLog(s.id)).map((e) => e.action)).toEqual(['scorecard.finalized']);
  });

  describe('official card and revisions', () => {
    let official: Scorecard;
    let revision: Scorecard;

    it('keeps the finalized card official after a second audit, with the revision beside it', async () => {
      official = await card(admin, main);
      expect(official).toMatchObject({ standing: 'official', finalized: true, overall: 75.1, revision: null });
      // Two more cases scored 60: protocol (100 + 60 + 60 + 60) / 4 = 70, overall (20.3125 + 18.75 + 10 + 14 + 10) / 1.0 = 73.0625.
      await runAudit(2, () => PARTIAL, '2026-11-03T10:00:00.000Z');
      const listed = (await admin.get<Page<Scorecard>>(`/api/scorecards?period=2026-10&locationId=${main.id}`)).body;
      expect(listed.total).toBe(1);
      expect(listed.items[0]).toMatchObject({ id: official.id, standing: 'official', overall: 75.1, revision: { overall: 73.1, band: 'watch' } });
      revision = (await admin.get<Scorecard>(`/api/scorecards/${listed.items[0].revision?.id}`)).body;
      expect(revision).toMatchObject({ standing: 'revision', finalized: false, overall: 73.1, revision: null });
      expect(revision.explanation.overallUnrounded).toBeCloseTo(73.0625, 10);
      const row = (await admin.get<Page<LeagueRow>>('/api/league-table?period=2026-10')).body.items.find((r) => r.locationId === main.id);
      expect(row).toMatchObject({ scorecardId: official.id, overall: 75.1, standing: 'official', revisionId: revision.id });
      expect((await auditLog(official.id)).map((e) => e.action)).toEqual(['scorecard.finalized']);
      // A regional review weighs the official card too.
      await admin.post('/api/users', { email: 'rm@example.com', displayName: 'RM', password: 'Quartz-Harbor-7319', role: 'regional_manager', regionIds: [regionId] });
      const manager = new ApiClient(() => t.baseUrl);
      await manager.login('rm@example.com', 'Quartz-Harbor-7319');
      const review = (await manager.post<Review>('/api/reviews', { regionId, period: '2026-10' })).body;
      const reviewed = review.locations.find((l) => l.locationId === main.id);
      expect(reviewed).toMatchObject({ overall: 75.1, trend: [{ period: '2026-10', overall: 75.1 }] });
      // Where nothing is finalized, the newest card stands, not final.
      expect(await card(admin, small)).toMatchObject({ standing: 'not_final', finalized: false });
    });

    it('finalizing the revision supersedes the official card, naming both and their figures in the audit log', async () => {
      t.clock.set(new Date('2026-11-04T10:00:00.000Z'));
      const res = await admin.post<Scorecard>(`/api/scorecards/${revision.id}/finalize`);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ id: revision.id, standing: 'official', finalized: true });
      expect(await card(admin, main)).toMatchObject({ id: revision.id, standing: 'official', overall: 73.1, revision: null });
      const row = (await admin.get<Page<LeagueRow>>('/api/league-table?period=2026-10')).body.items.find((r) => r.locationId === main.id);
      expect(row).toMatchObject({ scorecardId: revision.id, overall: 73.1, revisionId: null });
      expect((await admin.get<Scorecard>(`/api/scorecards/${official.id}`)).body).toMatchObject({ standing: 'superseded', finalized: true });
      const superseded = (await auditLog(official.id)).find((e) => e.action === 'scorecard.superseded');
      expect(superseded).toMatchObject({
        before: { official: { scorecardId: official.id, overall: 75.1, band: 'watch' } },
        after: { official: { scorecardId: revision.id, overall: 73.1, band: 'watch' }, locationId: main.id, period: '2026-10' },
      });
      expect((await admin.post(`/api/scorecards/${official.id}/finalize`)).status).toBe(409);
    });

    it('refuses to finalize a card computed before the official one', async () => {
      const [oldest] = await t.ds.query(`SELECT id FROM scorecard WHERE location_id = $1 AND period = '2026-10' ORDER BY as_of LIMIT 1`, [main.id]);
      const res = await admin.post<{ code: string }>(`/api/scorecards/${oldest.id}/finalize`);
      expect(res).toMatchObject({ status: 409, body: { code: 'scorecard.outdated' } });
      expect((await admin.get<Scorecard>(`/api/scorecards/${oldest.id}`)).body).toMatchObject({ standing: 'superseded', finalized: false });
      expect(await card(admin, main)).toMatchObject({ id: revision.id, standing: 'official' });
    });
  });
});
