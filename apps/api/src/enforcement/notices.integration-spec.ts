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
    franchiseeId = (await admin.post<{ id: string }>('/api/franchisees', { legalName: 'Noticed Foods Ltd', contactEmail: 'legal@noticed.example' })).body.id;
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
    const settings = await admin.request('PUT', '/api/settings', { name: 'Franscore Head Office LLC', postalAddress: '7 Tverskaya St, Moscow 125009', customerLifetimeValue: 12000, currency: 'RUB', wordOfMouthMultiplier: 6 });
    expect(settings.status).toBe(200);
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
  const notice = async (caseId: string, lang = 'en', reader: ApiClient = franchisee): Promise<{ why: string; facts: string; all: string }> => {
    const res = await fetch(`${t.baseUrl}/api/enforcement-cases/${caseId}/notice?lang=${lang}`, { headers: { cookie: reader.cookieHeader() } });
    expect(res.status).toBe(200);
    const parser = new PDFParse({ data: new Uint8Array(await res.arrayBuffer()) });
    try {
      // Folded: line breaks, and the no-break spaces of Russian numbers.
      const all = (await parser.getText()).text.replace(/[\s\u00a0\u202f]+/g, ' ');
      const between = (from: string, to: string) => all.slice(all.indexOf(from) + from.length, all.indexOf(to));
      return { why: between(' Why ', ' The facts '), facts: between(' The facts ', ' What is expected '), all };
    } finally {
      await parser.destroy();
    }
  };
  const expectCardFacts = (facts: string, card: Scorecard) => {
    expect(facts).toContain(`(${card.period}; official`);
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

  it('final warning: the escalation and the cards behind it, not the pending appeal', async () => {
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
    // Both official cards the case rests on, oldest first: the warning's and the one that escalated it.
    expectCardFacts(text.facts, second);
    expectCardFacts(text.facts, first);
    expect(text.facts.indexOf(`(${first.period}; official`)).toBeLessThan(text.facts.indexOf(`(${second.period}; official`));
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

  describe('every element of a notice of default (issue 15, point 5)', () => {
    let c: EnforcementCase;
    let card: Scorecard;
    let loc: Location;
    beforeAll(async () => {
      loc = await newLocation();
      [card] = await months(loc, [['2026-10', 'warning', '2026-11-02T09:00:00.000Z']]);
      c = await caseOf(loc);
      t.clock.set(new Date('2026-11-05T12:00:00.000Z'));
    });

    it('in English: sender, addressee, reference, date, level, reason, facts, deadlines, rights and issuer', async () => {
      const { all } = await notice(c.id, 'en', admin);
      expect(c.reference).toMatch(/^ENF-2026-\d{6}$/);
      for (const element of [
        'From Franscore Head Office LLC 7 Tverskaya St, Moscow 125009',
        `To Noticed Foods Ltd Location ${loc.code} ${loc.name}, 1 Test Road legal@noticed.example`,
        `Case reference: ${c.reference}`,
        'Date: November 5, 2026',
        'Notice of default: warning',
        'Level: warning',
        `${c.history[0].reason} (rule of the scoring policy, November 2, 2026)`,
        `Scorecard October 2026 (2026-10; official, policy v${card.policyVersion}, as of November 2, 2026): overall 66.7, band warning.`,
        'Responsiveness (acknowledged within target): 66.7 (4 of 6 severity-weighted decided complaints acknowledged within target)',
        'Resolution (resolved within target): 66.7 (4 of 6 severity-weighted decided complaints resolved within target)',
        'Recovery (follow-up ratings of 4 or 5): absent: a sample of 0, fewer than the 3 required',
        'Breaches: acknowledge target missed 2, resolve target missed 2, critical complaints past the resolve target 0.',
        'by November 9, 2026 (plan deadline)',
        'after the cure deadline of December 2, 2026',
        'Your right to respond and to appeal',
        'You may appeal this level from the same page, giving your reasons in writing; head office rules on every appeal',
        'Issued by Root Head office administrator for Franscore Head Office LLC',
      ]) expect(all).toContain(element);
      expect(all).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    });

    it('in Russian, with Russian dates and numbers', async () => {
      const { all } = await notice(c.id, 'ru', admin);
      for (const element of [
        'От Franscore Head Office LLC 7 Tverskaya St, Moscow 125009',
        `Кому Noticed Foods Ltd Точка ${loc.code} ${loc.name}, 1 Test Road`,
        `Номер дела: ${c.reference}`,
        'Дата: 5 ноября 2026 г.',
        'Уведомление о нарушении: предупреждение',
        'Уровень: предупреждение',
        `${c.history[0].reason} (правило политики оценки, 2 ноября 2026 г.)`,
        'Оценка за октябрь 2026 г. (2026-10; официальная',
        'итог 66,7, уровень «предупреждение»',
        'Отклик (подтверждено в срок): 66,7 (4 из 6 (с весом по тяжести) рассмотренных жалоб подтверждены в срок)',
        'Нарушения: срок подтверждения — 2, срок решения — 2, критические жалобы с нарушенным сроком решения — 0.',
        'до 9 ноября 2026 г. (срок плана)',
        'после срока исправления 2 декабря 2026 г.',
        'Ваше право ответить и обжаловать',
        'Вы можете обжаловать этот уровень',
        'Выдано Root Администратор головного офиса от имени: Franscore Head Office LLC',
      ]) expect(all).toContain(element);
    });

    it('names the person who set a level by hand as its issuer, whoever downloads it; head office when a rule set it', async () => {
      const other = await newLocation();
      const issued = await manager.post<EnforcementCase>('/api/enforcement-cases', { locationId: other.id, reason: 'Saw cockroaches in the kitchen myself' });
      expect((await notice(issued.body.id, 'en', franchisee)).all).toContain('Issued by rm@example.com Regional manager for Franscore Head Office LLC');
      expect((await notice(c.id, 'en', franchisee)).all).toContain('Issued by Franscore Head Office LLC, head office (the level was set by the rule of the scoring policy)');
    });

    it('refuses an unknown language, naming the field', async () => {
      const res = await fetch(`${t.baseUrl}/api/enforcement-cases/${c.id}/notice?lang=de`, { headers: { cookie: franchisee.cookieHeader() } });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('lang');
    });
  });
});
