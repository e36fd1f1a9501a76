import type { AuditVerify, EnforcementCase, Location, Page, CaseSummary } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { SMTPServer } from 'smtp-server';
import type { InboxItem } from '@franscore/domain';
import { CaseActionsService } from './case-actions.service';
import { RemindersService } from './reminders.service';
import { signInFirstAdmin } from '../test/admin';
import { ALWAYS_OPEN, Scenario } from '../test/scenario';
import { startTestApp, TestApp } from '../test/test-app';

const PASSWORD = 'long-enough-pass';

/** Whole cases driven through the API with the test clock: DOMAIN.md "Enforcement". */
describe(CaseActionsService.name, () => {
  let t: TestApp;
  let admin: ApiClient;
  let auditor: ApiClient;
  let manager: ApiClient;
  let otherManager: ApiClient;
  let franchisee: ApiClient;
  let scenario: Scenario;
  let regionId: string;
  let franchiseeId: string;
  let n = 0;

  const mails: Array<{ to: string[]; text: string }> = [];
  let smtp: SMTPServer;

  beforeAll(async () => {
    // A real SMTP listener on loopback receives the reminders.
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, done) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), text: Buffer.concat(chunks).toString() });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const smtpPort = (smtp.server.address() as { port: number }).port;
    t = await startTestApp({ INTAKE_RATE_LIMIT_CLIENT: '100000', SESSION_TTL_HOURS: '8760', SMTP_URL: `smtp://127.0.0.1:${smtpPort}` });
    admin = await signInFirstAdmin(t);
    regionId = (await admin.post<{ id: string }>('/api/regions', { code: 'ENF', name: 'Enforcement' })).body.id;
    const otherRegion = (await admin.post<{ id: string }>('/api/regions', { code: 'OTH', name: 'Other' })).body.id;
    franchiseeId = (await admin.post<{ id: string }>('/api/franchisees', { legalName: 'Failing Foods Ltd' })).body.id;
    const users: Array<[string, Record<string, unknown>]> = [
      ['auditor@example.com', { role: 'auditor' }],
      ['rm@example.com', { role: 'regional_manager', regionIds: [regionId] }],
      ['rm.other@example.com', { role: 'regional_manager', regionIds: [otherRegion] }],
      ['owner@example.com', { role: 'franchisee', franchiseeId }],
    ];
    [auditor, manager, otherManager, franchisee] = await Promise.all(
      users.map(async ([email, extra]) => {
        await admin.post('/api/users', { email, displayName: email, password: PASSWORD, ...extra });
        const c = new ApiClient(() => t.baseUrl);
        await c.login(email, PASSWORD);
        return c;
      }),
    );
    scenario = new Scenario(t, admin, auditor);
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  const newLocation = async (): Promise<Location> =>
    (await admin.post<Location>('/api/locations', { code: `ENF-${++n}`, name: `Outlet ${n}`, address: '1 Test Road', regionId, franchiseeId, timeZone: 'UTC', businessHours: ALWAYS_OPEN })).body;
  const caseOf = async (location: Location, client = admin): Promise<EnforcementCase> => {
    const list = await client.get<Page<CaseSummary>>(`/api/enforcement-cases?locationId=${location.id}&pageSize=50`);
    return (await client.get<EnforcementCase>(`/api/enforcement-cases/${list.body.items[0].id}`)).body;
  };
  const standing = async (location: Location) => {
    const l = (await admin.get<Location>(`/api/locations/${location.id}`)).body;
    return { status: l.status, growthEligible: l.growthEligible };
  };

  it('warning -> corrective-action plan accepted -> cured', async () => {
    const loc = await newLocation();
    await scenario.month(loc, '2026-10', 'warning');
    const card = await scenario.close(loc, '2026-10', '2026-11-02T09:00:00.000Z');
    let c = await caseOf(loc);
    expect(c).toMatchObject({ level: 'warning', status: 'open', cureDeadline: '2026-12-02T09:00:00.000Z', capDeadline: '2026-11-09T09:00:00.000Z' });
    expect(c.history[0]).toMatchObject({ actorLabel: 'rule', action: 'warning_opened', scorecardId: card.id, reason: expect.stringMatching(/band warning/) });
    expect(await standing(loc)).toEqual({ status: 'on_watch', growthEligible: false });

    const plan = await franchisee.post<EnforcementCase>(`/api/enforcement-cases/${c.id}/plans`, {
      actions: [{ description: 'Second cashier at lunch', owner: 'Store manager', dueDate: '2026-11-15' }],
    });
    expect(plan.status).toBe(201);
    expect((await franchisee.post(`/api/enforcement-cases/${c.id}/plans/${plan.body.plans[0].id}/review`, { decision: 'accept', comment: 'Good plan' })).status).toBe(403);
    const accepted = await manager.post<EnforcementCase>(`/api/enforcement-cases/${c.id}/plans/${plan.body.plans[0].id}/review`, { decision: 'accept', comment: 'Good plan' });
    expect(accepted.body.plans[0].status).toBe('accepted');
    const done = await franchisee.post<EnforcementCase>(`/api/enforcement-cases/${c.id}/actions/${accepted.body.plans[0].actions[0].id}/done`, { evidence: 'Rota attached, second till open 12-14' });
    expect(done.body.plans[0].actions[0].doneAt).not.toBeNull();

    await scenario.month(loc, '2026-11', 'good');
    await scenario.close(loc, '2026-11', '2026-12-03T09:00:00.000Z');
    c = await caseOf(loc);
    expect(c).toMatchObject({ status: 'ended', outcome: 'cured' });
    expect(c.history.map((e) => e.action)).toEqual(['warning_opened', 'plan_submitted', 'plan_accepted', 'action_done', 'cured']);
    expect(await standing(loc)).toEqual({ status: 'active', growthEligible: true });
  });

  it('warning -> final warning -> closure review -> closed by the admin after the recommendation', async () => {
    const loc = await newLocation();
    await scenario.month(loc, '2026-10', 'warning');
    await scenario.close(loc, '2026-10', '2026-11-02T09:00:00.000Z');
    await scenario.month(loc, '2026-11', 'warning');
    await scenario.close(loc, '2026-11', '2026-12-03T09:00:00.000Z');
    let c = await caseOf(loc);
    expect(c).toMatchObject({ level: 'final_warning', cureDeadline: '2027-01-02T09:00:00.000Z' });
    await scenario.month(loc, '2026-12', 'warning');
    await scenario.close(loc, '2026-12', '2027-01-03T09:00:00.000Z');
    c = await caseOf(loc);
    expect(c.level).toBe('closure_review');
    expect(await standing(loc)).toEqual({ status: 'on_watch', growthEligible: false });

    expect((await admin.post(`/api/enforcement-cases/${c.id}/decisions`, { decision: 'close', reason: 'Three failing months in a row' })).status).toBe(409);
    expect((await franchisee.post(`/api/enforcement-cases/${c.id}/recommendation`, { recommendation: 'dismiss', reason: 'We are getting better' })).status).toBe(403);
    expect((await manager.post(`/api/enforcement-cases/${c.id}/recommendation`, { recommendation: 'close', reason: 'No improvement after both cure periods' })).status).toBe(201);
    const closed = await admin.post<EnforcementCase>(`/api/enforcement-cases/${c.id}/decisions`, { decision: 'close', reason: 'Agree with the regional manager' });
    expect(closed.body).toMatchObject({ status: 'ended', outcome: 'closed' });
    expect(closed.body.history.map((e) => [e.action, e.fromLevel, e.toLevel])).toEqual([
      ['warning_opened', null, 'warning'],
      ['final_warning', 'warning', 'final_warning'],
      ['closure_review', 'final_warning', 'closure_review'],
      ['recommended_close', 'closure_review', 'closure_review'],
      ['closed', 'closure_review', null],
    ]);
    expect((await standing(loc)).status).toBe('closed');
    const notice = await fetch(`${t.baseUrl}/api/enforcement-cases/${c.id}/notice`, { headers: { cookie: franchisee.cookieHeader() } });
    expect(notice.status).toBe(200);
    expect(Buffer.from(await notice.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('an upheld appeal withdraws the warning, which then counts as no strike', async () => {
    const loc = await newLocation();
    await scenario.month(loc, '2026-10', 'warning');
    await scenario.close(loc, '2026-10', '2026-11-02T09:00:00.000Z');
    const c = await caseOf(loc);
    expect((await franchisee.post(`/api/enforcement-cases/${c.id}/appeals`, { reason: 'Two complaints were about the mall car park, not us' })).status).toBe(201);
    expect((await franchisee.post(`/api/enforcement-cases/${c.id}/appeals`, { reason: 'Again, the same reason as before' })).status).toBe(409);
    expect((await manager.post(`/api/enforcement-cases/${c.id}/appeals/ruling`, { ruling: 'upheld', reason: 'Managers cannot rule' })).status).toBe(403);
    const ruled = await admin.post<EnforcementCase>(`/api/enforcement-cases/${c.id}/appeals/ruling`, { ruling: 'upheld', reason: 'The car park is the landlord’s' });
    expect(ruled.body).toMatchObject({ status: 'ended', outcome: 'withdrawn' });
    expect(ruled.body.appeals[0]).toMatchObject({ status: 'upheld', level: 'warning' });
    expect(await standing(loc)).toEqual({ status: 'active', growthEligible: true });
    const [{ strike }] = await t.ds.query(`SELECT strike FROM enforcement_case WHERE id = $1`, [c.id]);
    expect(strike).toBe(false);
  });

  it('three warnings in a rolling year open a closure review even though each was cured', async () => {
    const loc = await newLocation();
    const months: Array<[string, 'warning' | 'good', string]> = [
      ['2026-10', 'warning', '2026-11-02T09:00:00.000Z'],
      ['2026-11', 'good', '2026-12-03T09:00:00.000Z'],
      ['2026-12', 'warning', '2027-01-02T09:00:00.000Z'],
      ['2027-01', 'good', '2027-02-03T09:00:00.000Z'],
      ['2027-02', 'warning', '2027-03-02T09:00:00.000Z'],
    ];
    for (const [period, quality, asOf] of months) {
      await scenario.month(loc, period, quality);
      await scenario.close(loc, period, asOf);
    }
    const all = (await admin.get<Page<CaseSummary>>(`/api/enforcement-cases?locationId=${loc.id}`)).body.items;
    expect(all.map((c) => [c.level, c.status, c.outcome]).sort()).toEqual([
      ['closure_review', 'open', null],
      ['warning', 'ended', 'cured'],
      ['warning', 'ended', 'cured'],
    ]);
    const review = await caseOf(loc);
    expect(review.history[0].reason).toMatch(/strike 3 of 3/);
  });

  it('a provisional scorecard never opens a case', async () => {
    const loc = await newLocation();
    await scenario.month(loc, '2026-10', 'closure', 3);
    const card = await scenario.close(loc, '2026-10', '2026-11-02T09:00:00.000Z');
    expect(card).toMatchObject({ provisional: true, band: 'closure' });
    expect((await admin.get<Page<CaseSummary>>(`/api/enforcement-cases?locationId=${loc.id}`)).body.total).toBe(0);
  });

  it('lets a regional manager act by hand in their region only (404 elsewhere)', async () => {
    const loc = await newLocation();
    expect((await otherManager.post('/api/enforcement-cases', { locationId: loc.id, reason: 'Saw a dirty kitchen myself' })).status).toBe(404);
    const issued = await manager.post<EnforcementCase>('/api/enforcement-cases', { locationId: loc.id, reason: 'Saw a dirty kitchen myself' });
    expect(issued.status).toBe(201);
    expect(issued.body.history[0]).toMatchObject({ action: 'warning_issued', actorLabel: 'rm@example.com' });
    expect((await manager.post('/api/enforcement-cases', { locationId: loc.id, reason: 'Saw a dirty kitchen myself' })).status).toBe(409);
    expect((await otherManager.post(`/api/enforcement-cases/${issued.body.id}/escalate`, { reason: 'Not my region at all' })).status).toBe(404);
    expect((await otherManager.get(`/api/enforcement-cases/${issued.body.id}`)).status).toBe(404);
    expect((await manager.post(`/api/enforcement-cases/${issued.body.id}/escalate`, { reason: 'short' })).status).toBe(400);
    const escalated = await manager.post<EnforcementCase>(`/api/enforcement-cases/${issued.body.id}/escalate`, { reason: 'Still dirty on my second visit' });
    expect(escalated.body.level).toBe('final_warning');
    const lifted = await manager.post<EnforcementCase>(`/api/enforcement-cases/${issued.body.id}/lift`, { reason: 'Deep clean verified on site' });
    expect(lifted.body).toMatchObject({ status: 'ended', outcome: 'lifted' });
    expect((await manager.post(`/api/enforcement-cases/${issued.body.id}/escalate`, { reason: 'Too late for this one' })).status).toBe(409);
  });

  it('puts deadlines in the inbox and mails each reminder once, to the manager too when overdue', async () => {
    const loc = await newLocation();
    await scenario.month(loc, '2027-03', 'warning');
    await scenario.close(loc, '2027-03', '2027-04-02T09:00:00.000Z');
    const c = await caseOf(loc);
    const inbox = (await franchisee.get<InboxItem[]>('/api/inbox')).body.filter((i) => i.caseId === c.id);
    expect(inbox).toEqual([expect.objectContaining({ kind: 'cap_due', locationCode: loc.code, link: `/enforcement/${c.id}` })]);
    const reminders = t.app.get(RemindersService);
    t.clock.set(new Date('2027-04-10T09:00:00.000Z')); // past the plan deadline of 04-09
    const sent = (await reminders.run()).filter((r) => r.caseId === c.id);
    expect(sent.map((r) => r.kind)).toEqual(['cap_overdue']);
    expect(await reminders.run()).toEqual([]);
    const mail = mails.find((m) => m.text.includes(`Corrective-action plan overdue: ${loc.code}`));
    expect(mail?.to.sort()).toEqual(['owner@example.com', 'rm@example.com']);
    expect((await franchisee.get<InboxItem[]>('/api/inbox')).body.find((i) => i.caseId === c.id)?.kind).toBe('cap_overdue');
    expect((await manager.get<InboxItem[]>('/api/inbox')).body.filter((i) => i.caseId === c.id)).toEqual([]);
    await franchisee.post(`/api/enforcement-cases/${c.id}/plans`, { actions: [{ description: 'Retrain the team', owner: 'Owner', dueDate: '2027-04-20' }] });
    expect((await manager.get<InboxItem[]>('/api/inbox')).body.filter((i) => i.caseId === c.id).map((i) => i.kind)).toEqual(['cap_to_review']);
  });

  it('records every transition in the audit log, and the chain verifies', async () => {
    const actions: Array<{ action: string }> = await t.ds.query(`SELECT action FROM audit_log WHERE entity_type = 'enforcement_case'`);
    const names = new Set(actions.map((a) => a.action));
    for (const a of ['warning_opened', 'final_warning', 'closure_review', 'closed', 'cured', 'appeal_upheld', 'warning_issued', 'escalated', 'lifted', 'plan_accepted', 'closure_recommended']) {
      expect(names).toContain(`enforcement.${a}`);
    }
    const events: Array<{ n: number }> = await t.ds.query(`SELECT count(*)::int AS n FROM enforcement_event WHERE action NOT IN ('plan_submitted', 'action_done', 'appealed')`);
    const logged: Array<{ n: number }> = await t.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'enforcement_case' AND action NOT IN ('enforcement.plan_submitted', 'enforcement.appealed')`);
    expect(logged[0].n).toBe(events[0].n);
    expect((await admin.get<AuditVerify>('/api/audit-log/verify')).body).toMatchObject({ ok: true, firstBrokenSeq: null });
  });
});
