import { DEFAULT_POLICY_RULES } from '@franscore/domain';
import type { ErrorBody, Job, Policy, Simulation } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { PoliciesService } from './policies.service';
import { PeriodCloseService } from './period-close.service';
import { DemoTestWorld, withDemoNetwork } from '../test/demo-users';
import { startTestApp, TestApp } from '../test/test-app';

describe(PoliciesService.name, () => {
  let t: TestApp;
  let world: DemoTestWorld;
  let admin: ApiClient;
  let auditor: ApiClient;
  let franchisee: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    world = await withDemoNetwork(t, { complaints: true });
    [admin, auditor, franchisee] = await Promise.all([world.signIn('admin'), world.signIn('auditor'), world.signIn('franchisee')]);
  });
  afterAll(() => t.close());

  const draft = async (rules = DEFAULT_POLICY_RULES) => (await admin.post<Policy>('/api/policies', { name: 'Stricter', rules })).body;

  it('seeds the default policy of DOMAIN.md as published version 1, readable by everyone', async () => {
    const list = await franchisee.get<Policy[]>('/api/policies');
    expect(list.body).toEqual([expect.objectContaining({ version: 1, status: 'published', rules: DEFAULT_POLICY_RULES })]);
  });

  it.each([
    { name: 'weights that sum to zero', rules: { ...DEFAULT_POLICY_RULES, componentWeights: { responsiveness: 0, resolution: 0, recovery: 0, protocol: 0, volume: 0 } }, field: 'rules.componentWeights' },
    { name: 'thresholds out of order', rules: { ...DEFAULT_POLICY_RULES, thresholds: { watch: 60, warning: 70, closure: 50 } }, field: 'rules.thresholds.watch' },
    { name: 'a negative SLA target', rules: { ...DEFAULT_POLICY_RULES, slaMinutes: { ...DEFAULT_POLICY_RULES.slaMinutes, acknowledge: { minor: -5, major: 60, critical: 15 } } }, field: 'rules.slaMinutes.acknowledge.minor' },
    { name: 'an unknown rule', rules: { ...DEFAULT_POLICY_RULES, mood: 'strict' }, field: 'rules.mood' },
  ])('refuses $name with a 400 naming the field, creating nothing', async ({ rules, field }) => {
    const before = (await admin.get<Policy[]>('/api/policies')).body.length;
    const res = await admin.post<ErrorBody>('/api/policies', { name: 'Bad', rules });
    expect(res.status).toBe(400);
    expect(res.body.details?.map((d) => d.field)).toContain(field);
    expect((await admin.get<Policy[]>('/api/policies')).body).toHaveLength(before);
  });

  it('edits a draft, publishes it as the next version, and then refuses to change it', async () => {
    const p = await draft();
    const stricter = { ...DEFAULT_POLICY_RULES, thresholds: { watch: 90, warning: 80, closure: 60 } };
    expect((await admin.patch<Policy>(`/api/policies/${p.id}`, { rules: stricter })).body.rules.thresholds.watch).toBe(90);
    expect((await franchisee.get(`/api/policies/${p.id}`)).status).toBe(404);
    const published = await admin.post<Policy>(`/api/policies/${p.id}/publish`, { effectiveFrom: '2027-01-01' });
    expect(published.body).toMatchObject({ status: 'published', version: 2, effectiveFrom: '2027-01-01' });
    expect((await admin.patch(`/api/policies/${p.id}`, { name: 'Changed' })).status).toBe(409);
    await expect(t.ds.query(`UPDATE policy SET name = 'x' WHERE id = $1`, [p.id])).rejects.toThrow(/immutable/);
    // Not yet effective: version 1 stays in force until 2027.
    const log = await admin.get<{ items: Array<{ action: string }> }>(`/api/audit-log?entityType=policy&entityId=${p.id}`);
    expect(log.body.items.map((e) => e.action)).toEqual(['policy.published', 'policy.draft_updated', 'policy.draft_created']);
  });

  it('simulates a draft over the network: who changes band, and which way', async () => {
    const stricter = await draft({ ...DEFAULT_POLICY_RULES, thresholds: { watch: 95, warning: 90, closure: 85 } });
    const res = await admin.post<Simulation>(`/api/policies/${stricter.id}/simulate`, { period: '2026-10' });
    expect(res.status).toBe(201);
    expect(res.body.locations).toBe(120);
    expect(res.body.changed).toBeGreaterThan(0);
    expect(res.body.better).toBe(0);
    expect(res.body.worse).toBe(res.body.changed - res.body.changes.filter((c) => !c.from || !c.to).length);
    const same = await draft();
    expect((await admin.post<Simulation>(`/api/policies/${same.id}/simulate`, { period: '2026-10' })).body.changed).toBe(0);
    expect((await auditor.get<unknown[]>('/api/policies/simulation-inputs?period=2026-10')).body).toHaveLength(120);
    expect((await franchisee.get('/api/policies/simulation-inputs?period=2026-10')).status).toBe(403);
  });

  it('recomputes the whole network as a job that reports its progress', async () => {
    const started = await auditor.post<Job>('/api/scorecards/recompute', { period: '2026-10' });
    expect(started.body).toMatchObject({ status: 'running', total: 120 });
    let job = started.body;
    for (let i = 0; i < 100 && job.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await auditor.get<Job>(`/api/jobs/${started.body.id}`)).body;
    }
    expect(job).toMatchObject({ status: 'done', done: 120, total: 120, error: null });
    const [{ n }] = await t.ds.query(`SELECT count(DISTINCT location_id)::int AS n FROM scorecard WHERE period = '2026-10'`);
    expect(n).toBe(120);
  });

  it('closes the previous period once, however often the schedule fires', async () => {
    const close = t.app.get(PeriodCloseService);
    const [first, second] = await Promise.all([close.close(), close.close()]);
    expect([first, second].filter(Boolean)).toHaveLength(1);
    expect(await close.close()).toBeNull();
    const job = (await auditor.get<Job>(`/api/jobs/${first ?? second}`)).body;
    expect(job).toMatchObject({ kind: 'period_close', status: 'done', done: 120 });
  });
});
