import type { ComplaintSummary, LeagueRow, Location, MoneyAtRiskSummary, Page, Scorecard } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { PDFParse } from 'pdf-parse';
import { ScorecardsService } from './scorecards.service';
import { signInFirstAdmin } from '../test/admin';
import { ALWAYS_OPEN, MonthQuality, Scenario } from '../test/scenario';
import { startTestApp, TestApp } from '../test/test-app';

const PASSWORD = 'long-enough-pass';
const PERIOD = '2026-10';

/**
 * What people read on a scorecard and the league table: the network rank of a
 * location (the same for every role, whatever rows the role sees), breaches as
 * complaint references, and customers and revenue at risk beside the score,
 * summed per region, franchisee and in all, at head office's figures.
 *
 * Network (all months scored as of 2 November): NORTH has N-1 (good: 6 of 6 on
 * time, 100) and N-2 (closure: none on time, 0), both Alpha's; SOUTH has S-1
 * (warning: 4 of 6 on time, 66.7), Beta's. No complaint is rated, so every
 * complainant resolved late is lost and every other one unknown.
 */
describe(`${ScorecardsService.name}: reading a scorecard`, () => {
  let t: TestApp;
  let admin: ApiClient;
  const clients: Record<string, ApiClient> = {};
  const loc: Record<string, Location> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ INTAKE_RATE_LIMIT_CLIENT: '100000', SESSION_TTL_HOURS: '8760' });
    admin = await signInFirstAdmin(t);
    for (const [code, name] of [['NORTH', 'North'], ['SOUTH', 'South']]) ids[code] = (await admin.post<{ id: string }>('/api/regions', { code, name })).body.id;
    for (const name of ['Alpha Foods Ltd', 'Beta Foods Ltd']) ids[name] = (await admin.post<{ id: string }>('/api/franchisees', { legalName: name })).body.id;
    const place = async (code: string, region: string, franchisee: string) =>
      (loc[code] = (await admin.post<Location>('/api/locations', { code, name: `Outlet ${code}`, address: `${code} High Street`, regionId: ids[region], franchiseeId: ids[franchisee], timeZone: 'UTC', businessHours: ALWAYS_OPEN })).body);
    await place('N-1', 'NORTH', 'Alpha Foods Ltd');
    await place('N-2', 'NORTH', 'Alpha Foods Ltd');
    await place('S-1', 'SOUTH', 'Beta Foods Ltd');
    const user = async (key: string, extra: Record<string, unknown>) => {
      await admin.post('/api/users', { email: `${key}@example.com`, displayName: key, password: PASSWORD, ...extra });
      const c = new ApiClient(() => t.baseUrl);
      await c.login(`${key}@example.com`, PASSWORD);
      clients[key] = c;
    };
    clients['admin'] = admin;
    await user('auditor', { role: 'auditor' });
    await user('rm-north', { role: 'regional_manager', regionIds: [ids['NORTH']] });
    await user('rm-south', { role: 'regional_manager', regionIds: [ids['SOUTH']] });
    await user('alpha', { role: 'franchisee', franchiseeId: ids['Alpha Foods Ltd'] });
    await user('beta', { role: 'franchisee', franchiseeId: ids['Beta Foods Ltd'] });
    await user('staff-s1', { role: 'location_staff', locationId: loc['S-1'].id });
    // 1,000 EUR a customer, each lost one turns 6 others away.
    const settings = await admin.request('PUT', '/api/settings', { name: 'Franscore Head Office', postalAddress: '1 Main Square, Moscow', customerLifetimeValue: 1000, currency: 'EUR', wordOfMouthMultiplier: 6 });
    expect(settings.status).toBe(200);

    const scenario = new Scenario(t, admin, clients['auditor']);
    const plan: Array<[string, MonthQuality]> = [['N-1', 'good'], ['N-2', 'closure'], ['S-1', 'warning']];
    for (const [code, quality] of plan) await scenario.month(loc[code], PERIOD, quality);
    for (const [code] of plan) await scenario.close(loc[code], PERIOD, '2026-11-02T09:00:00.000Z');
    // Bounds a hang only: seven sign-ins and eighteen handled complaints take a while on a loaded machine.
  }, 300_000);
  afterAll(() => t.close());

  const league = async (who: string) => (await clients[who].get<Page<LeagueRow>>(`/api/league-table?period=${PERIOD}`)).body;
  const rankOf = (rows: LeagueRow[]) => Object.fromEntries(rows.map((r) => [r.locationCode, `${r.rank} of ${r.rankOf}`]));

  it('ranks each location in the whole network, the same for every role, while rows stay in scope', async () => {
    const network = { 'N-1': '1 of 3', 'S-1': '2 of 3', 'N-2': '3 of 3' };
    const seen: Record<string, string[]> = {
      admin: ['N-1', 'S-1', 'N-2'],
      auditor: ['N-1', 'S-1', 'N-2'],
      'rm-north': ['N-1', 'N-2'],
      'rm-south': ['S-1'],
      alpha: ['N-1', 'N-2'],
      beta: ['S-1'],
      'staff-s1': ['S-1'],
    };
    for (const [who, codes] of Object.entries(seen)) {
      const page = await league(who);
      expect({ who, rows: page.items.map((r) => r.locationCode), total: page.total }).toEqual({ who, rows: codes, total: codes.length });
      expect({ who, ranks: rankOf(page.items) }).toEqual({ who, ranks: Object.fromEntries(codes.map((c) => [c, network[c as keyof typeof network]])) });
    }
    // A filter narrows the rows, never the rank.
    const south = (await admin.get<Page<LeagueRow>>(`/api/league-table?period=${PERIOD}&regionId=${ids['SOUTH']}`)).body;
    expect(rankOf(south.items)).toEqual({ 'S-1': '2 of 3' });
    const worstFirst = (await clients['rm-north'].get<Page<LeagueRow>>(`/api/league-table?period=${PERIOD}&sort=overall&pageSize=1`)).body;
    expect(rankOf(worstFirst.items)).toEqual({ 'N-2': '3 of 3' });
  });

  it('names the complaints behind each breach by their reference', async () => {
    const listed = (await admin.get<Page<Scorecard>>(`/api/scorecards?period=${PERIOD}&locationId=${loc['N-2'].id}`)).body.items[0];
    const card = (await admin.get<Scorecard>(`/api/scorecards/${listed.id}`)).body;
    expect(card.explanation.breaches.resolve).toHaveLength(6);
    for (const id of card.explanation.breaches.resolve) {
      const complaint = (await admin.get<ComplaintSummary>(`/api/complaints/${id}`)).body;
      expect(card.complaintReferences?.[id]).toBe(complaint.reference);
    }
  });

  it('counts customers per card and prices the lost ones: lost x (1 + 6) x 1,000 EUR', async () => {
    const money = async (code: string) => {
      const listed = (await admin.get<Page<Scorecard>>(`/api/scorecards?period=${PERIOD}&locationId=${loc[code].id}`)).body.items[0];
      return (await admin.get<Scorecard>(`/api/scorecards/${listed.id}`)).body.moneyAtRisk;
    };
    expect(await money('N-1')).toEqual({ recovered: 0, lost: 0, unknown: 6, complainants: 6, revenueAtRisk: 0, currency: 'EUR' });
    expect(await money('N-2')).toEqual({ recovered: 0, lost: 6, unknown: 0, complainants: 6, revenueAtRisk: 42_000, currency: 'EUR' });
    expect(await money('S-1')).toEqual({ recovered: 0, lost: 2, unknown: 4, complainants: 6, revenueAtRisk: 14_000, currency: 'EUR' });
    const rows = (await league('admin')).items;
    expect(Object.fromEntries(rows.map((r) => [r.locationCode, r.moneyAtRisk?.revenueAtRisk]))).toEqual({ 'N-1': 0, 'N-2': 42_000, 'S-1': 14_000 });
    // The score is untouched by money: S-1 keeps 4 of 6 on time = 66.7.
    expect(rows.find((r) => r.locationCode === 'S-1')?.overall).toBe(66.7);
  });

  it('sums money at risk per region, per franchisee and in all, within the caller scope', async () => {
    const summary = async (who: string, query = '') => {
      const res = await clients[who].get<MoneyAtRiskSummary>(`/api/money-at-risk?period=${PERIOD}${query}`);
      expect(res.status).toBe(200);
      return res.body;
    };
    const all = await summary('admin');
    expect(all).toMatchObject({ period: PERIOD, lifetimeValue: 1000, multiplier: 6, currency: 'EUR' });
    expect(all.total).toEqual({ recovered: 0, lost: 8, unknown: 10, complainants: 18, revenueAtRisk: 56_000, currency: 'EUR', locations: 3 });
    expect(all.regions.map((g) => [g.name, g.locations, g.lost, g.revenueAtRisk])).toEqual([['North', 2, 6, 42_000], ['South', 1, 2, 14_000]]);
    expect(all.franchisees.map((g) => [g.name, g.locations, g.lost, g.revenueAtRisk])).toEqual([['Alpha Foods Ltd', 2, 6, 42_000], ['Beta Foods Ltd', 1, 2, 14_000]]);
    expect((await summary('rm-north')).total.revenueAtRisk).toBe(42_000);
    expect((await summary('beta')).franchisees.map((g) => g.name)).toEqual(['Beta Foods Ltd']);
    expect((await summary('admin', `&regionId=${ids['SOUTH']}`)).total.lost).toBe(2);
    expect((await summary('admin', '&band=closure')).total).toMatchObject({ locations: 1, lost: 6, revenueAtRisk: 42_000 });
    // Another region's id from a regional manager: nothing of it is counted.
    expect((await summary('rm-north', `&regionId=${ids['SOUTH']}`)).total).toMatchObject({ locations: 0, revenueAtRisk: 0 });
  });

  it('prints the scorecard in the requested language, breaches by reference, money beside the score', async () => {
    const listed = (await admin.get<Page<Scorecard>>(`/api/scorecards?period=${PERIOD}&locationId=${loc['S-1'].id}`)).body.items[0];
    const card = (await admin.get<Scorecard>(`/api/scorecards/${listed.id}`)).body;
    const text = async (lang: string) => {
      const res = await fetch(`${t.baseUrl}/api/scorecards/${card.id}/pdf?lang=${lang}`, { headers: { cookie: clients['beta'].cookieHeader() } });
      expect(res.status).toBe(200);
      const parser = new PDFParse({ data: new Uint8Array(await res.arrayBuffer()) });
      try {
        return (await parser.getText()).text.replace(/[\s\u00a0\u202f]+/g, ' ');
      } finally {
        await parser.destroy();
      }
    };
    const [en, ru] = [await text('en'), await text('ru')];
    const refs = card.explanation.breaches.resolve.map((id) => card.complaintReferences?.[id] as string);
    expect(refs).toHaveLength(2);
    for (const ref of refs) {
      expect(en).toContain(ref);
      expect(ru).toContain(ref);
    }
    expect(en).toContain('period October 2026');
    expect(en).toContain('Revenue at risk: €14,000.00');
    expect(ru).toContain('период октябрь 2026 г.');
    expect(ru).toContain('66,7');
    expect(ru).toContain('Выручка под угрозой: 14 000,00 €');
    for (const t of [en, ru]) {
      expect(t).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
      expect(t).not.toMatch(/\d+\.00 \/ \d+\.00/);
    }
  });

  it('refuses a bad period naming the field, and unknown query fields', async () => {
    const bad = await admin.get<{ details?: unknown }>('/api/money-at-risk?period=2026-13');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('period');
    expect((await admin.get(`/api/money-at-risk?period=${PERIOD}&currency=USD`)).status).toBe(400);
  });
});
