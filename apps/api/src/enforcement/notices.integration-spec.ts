import type { EnforcementCase, Location, Page, CaseSummary, Scorecard } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { PDFParse } from 'pdf-parse';
import { NoticesService } from './notices.service';
import { signInFirstAdmin } from '../test/admin';
import { ALWAYS_OPEN, MonthQuality, Scenario } from '../test/scenario';
import { startTestApp, TestApp } from '../test/test-app';

const PASSWORD = 'long-enough-pass';

/** The notice a franchisee receives, read back as text: the reason its level was set and the scorecard behind it. */
describe(NoticesService.name, () => {
  let t: TestApp;
  let admin: ApiClient;
  let manager: ApiClient;
  let franchisee: ApiClient;
  let scenario: Scenario;
  let regionId: string;
  let franchiseeId: string;
  let n = 0;

  beforeAll(async () => {
    t = await startTestApp({ INTAKE_RATE_LIMIT_CLIENT: '100000', SESSION_TTL_HOURS: '8760' });
    admin = await signInFirstAdmin(t);
    regionId = (await admin.post<{ id: string }>('/api/regions', { code: 'NOT', name: 'Notices' })).body.id;
    franchiseeId = (await admin.post<{ id: string }>('/api/franchisees', { legalName: 'Noticed Foods Ltd' })).body.id;
    const signIn = async (email: string, extra: Record<string, unknown>) => {
      await admin.post('/api/users', { email, displayName: email, password: PASSWORD, ...extra });
      const c = new ApiClient(() => t.baseUrl);
      await c.login(email, PASSWORD);
      return c;
    };
    const auditor = await signIn('auditor@example.com', { role: 'auditor' });
    manager = await signIn('rm@example.com', { role: 'regional_manager', regionIds: [regionId] });
    franchisee = await signIn('owner@example.com', { role: 'franchisee', franchiseeId });
    scenario = new Scenario(t, admin, auditor);
  });
  afterAll(() => t.close());

  const newLocation = async (): Promise<Location> =>
    (await admin.post<Location>('/api/locations', { code: `NOT-${++n}`, name: `Outlet ${n}`, address: '1 Test Road', regionId, franchiseeId, timeZone: 'UTC', businessHours: ALWAYS_OPEN })).body;
  /** Scores and closes each month in turn (closed on the 2nd/3rd of the next month, after each cure deadline). */
  const months = async (loc: Location, plan: Array<[string, MonthQuality, string]>): Promise<Scorecard[]> => {
    const cards: Scorecard[] = [];
    for (const [period, quality, asOf] of plan) {
      await scenario.month(loc, period, quality);
      cards.push(await scenario.close(loc, period, asOf));
    }
    return cards;
  };
  const caseOf = async (loc: Location): Promise<EnforcementCase> => {
    const list = await admin.get<Page<CaseSummary>>(`/api/enforcement-cases?locationId=${loc.id}&status=open`);
    return (await admin.get<EnforcementCase>(`/api/enforcement-cases/${list.body.items[0].id}`)).body;
  };
  /** The notice as the franchisee downloads it, split at its headings, with line breaks folded (long lines wrap in the PDF). */
  const notice = async (caseId: string): Promise<{ why: string; facts: string; all: string }> => {
    const res = await fetch(`${t.baseUrl}/api/enforcement-cases/${caseId}/notice`, { headers: { cookie: franchisee.cookieHeader() } });
    expect(res.status).toBe(200);
    const parser = new PDFParse({ data: new Uint8Array(await res.arrayBuffer()) });
    try {
      const all = (await parser.getText()).text.replace(/\s+/g, ' ');
      const between = (from: string, to: string) => all.slice(all.indexOf(from) + from.length, all.indexOf(to));
      return { why: between(' Why ', ' The facts '), facts: between(' The facts ', ' What is expected '), all };
    } finally {
      await parser.destroy();
    }
  };
  const expectCardFacts = (facts: string, card: Scorecard) => {
    expect(facts).toContain(`Scorecard ${card.period}`);
    expect(facts).toContain(`overall ${card.overall?.toFixed(1)}`);
    expect(facts).toContain(`band ${card.band}`);
  };

  it('warning: the rule that opened it and its scorecard, not the later plan acceptance', async () => {
    const loc = await newLocation();
    const [card] = await months(loc, [['2026-10', 'warning', '2026-11-02T09:00:00.000Z']]);
    const c = await caseOf(loc);
    const plan = await franchisee.post<EnforcementCase>(`/api/enforcement-cases/${c.id}/plans`, { actions: [{ description: 'Second cashier at lunch', owner: 'Store manager', dueDate: '2026-11-15' }] });
    const accepted = await manager.post(`/api/enforcement-cases/${c.id}/plans/${plan.body.plans[0].id}/review`, { decision: 'accept', comment: 'Plan accepted, staffing looks right' });
    expect(accepted.status).toBe(201);

    const text = await notice(c.id);
    expect(text.all).toContain('Notice of default: warning');
    expect(text.why).toContain(c.history[0].reason);
    expect(text.why).toContain('rule of the scoring policy');
    expectCardFacts(text.facts, card);
    expect(text.all).not.toContain('Plan accepted, staffing looks right');
  });

  it('final warning: the escalation and the later card, not the pending appeal', async () => {
    const loc = await newLocation();
    const [first, second] = await months(loc, [
      ['2026-10', 'warning', '2026-11-02T09:00:00.000Z'],
      ['2026-11', 'warning', '2026-12-03T09:00:00.000Z'],
    ]);
    const c = await caseOf(loc);
    expect(c.level).toBe('final_warning');
    expect((await franchisee.post(`/api/enforcement-cases/${c.id}/appeals`, { reason: 'The mall closed our entrance for a week' })).status).toBe(201);

    const text = await notice(c.id);
    expect(text.all).toContain('Notice of default: final warning');
    expect(text.why).toContain(c.history.find((e) => e.toLevel === 'final_warning')?.reason);
    expectCardFacts(text.facts, second);
    expect(text.facts).not.toContain(first.period);
    expect(text.all).not.toContain('The mall closed our entrance');
  });

  it('closure review: band closure on its card, not the recommendation that followed', async () => {
    const loc = await newLocation();
    const [, closure] = await months(loc, [
      ['2026-10', 'warning', '2026-11-02T09:00:00.000Z'],
      ['2026-11', 'closure', '2026-12-03T09:00:00.000Z'],
    ]);
    const c = await caseOf(loc);
    expect(c.level).toBe('closure_review');
    expect((await manager.post(`/api/enforcement-cases/${c.id}/recommendation`, { recommendation: 'extend', reason: 'Recommend one more cure period, new manager' })).status).toBe(201);

    const text = await notice(c.id);
    expect(text.all).toContain('Notice of closure review');
    expect(text.why).toContain('band closure while a case is open');
    expectCardFacts(text.facts, closure);
    expect(text.all).not.toContain('Recommend one more cure period');
  });

  it('a level set by hand states the written reason; an upheld appeal restores the earlier reason', async () => {
    const loc = await newLocation();
    const issued = await manager.post<EnforcementCase>('/api/enforcement-cases', { locationId: loc.id, reason: 'Saw a dirty kitchen myself' });
    await manager.post(`/api/enforcement-cases/${issued.body.id}/escalate`, { reason: 'Still dirty on my second visit' });
    await manager.post(`/api/enforcement-cases/${issued.body.id}/escalate`, { reason: 'Third visit, no change at all' });
    await franchisee.post(`/api/enforcement-cases/${issued.body.id}/appeals`, { reason: 'The third visit was on our deep-clean day' });
    const upheld = await admin.post<EnforcementCase>(`/api/enforcement-cases/${issued.body.id}/appeals/ruling`, { ruling: 'upheld', reason: 'Deep-clean day confirmed by the rota' });
    expect(upheld.body.level).toBe('final_warning');

    const text = await notice(issued.body.id);
    expect(text.why).toContain('Still dirty on my second visit');
    expect(text.why).toContain('rm@example.com');
    expect(text.facts).toContain('No scorecard was recorded with this level');
    expect(text.all).not.toContain('Third visit');
    expect(text.all).not.toContain('Deep-clean day confirmed');
  });
});
