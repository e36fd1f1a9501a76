import { SchedulerRegistry } from '@nestjs/schedule';
import type { CaseSummary, Location, Page, Scorecard } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { ScorecardsService } from '../scoring/scorecards.service';
import { signInFirstAdmin } from '../test/admin';
import { ALWAYS_OPEN, Scenario } from '../test/scenario';
import { startTestApp, TestApp } from '../test/test-app';
import { EnforcementEvaluator } from './enforcement-evaluator.service';

/** The state machine reads official cards only: DOMAIN.md "Official card and revisions". */
describe(EnforcementEvaluator.name, () => {
  let t: TestApp;
  let admin: ApiClient;
  let sut: EnforcementEvaluator;
  let location: Location;

  beforeAll(async () => {
    t = await startTestApp({ INTAKE_RATE_LIMIT_CLIENT: '100000', SESSION_TTL_HOURS: '8760' });
    admin = await signInFirstAdmin(t);
    sut = t.app.get(EnforcementEvaluator);
    // The test runs the machine itself: no timer and no finalization starts it in between.
    await sut.onModuleDestroy();
    const timers = t.app.get(SchedulerRegistry);
    for (const name of timers.getIntervals()) timers.deleteInterval(name);
    const regionId = (await admin.post<{ id: string }>('/api/regions', { code: 'EVA', name: 'Evaluator' })).body.id;
    const franchiseeId = (await admin.post<{ id: string }>('/api/franchisees', { legalName: 'Evaluated Ltd' })).body.id;
    location = (await admin.post<Location>('/api/locations', { code: 'EVA-1', name: 'Outlet', address: '1 Test Road', regionId, franchiseeId, timeZone: 'UTC', businessHours: ALWAYS_OPEN })).body;
  });
  afterAll(() => t.close());

  const compute = async (asOf: string): Promise<Scorecard> => {
    t.clock.set(new Date(asOf));
    await t.app.get(ScorecardsService).computeFor([location.id], '2026-10');
    const [{ id }] = await t.ds.query(`SELECT id FROM scorecard WHERE location_id = $1 AND as_of = $2`, [location.id, new Date(asOf)]);
    return (await admin.get<Scorecard>(`/api/scorecards/${id}`)).body;
  };

  it('never acts on a card superseded before it was read', async () => {
    const scenario = new Scenario(t, admin, admin);
    // Four of six on time: band warning.
    await scenario.month(location, '2026-10', 'warning');
    const first = await compute('2026-11-02T09:00:00.000Z');
    expect(first).toMatchObject({ band: 'warning', provisional: false });
    // Six more on time come to light: ten of twelve, band good.
    await scenario.month(location, '2026-10', 'good');
    const revision = await compute('2026-11-03T09:00:00.000Z');
    expect(revision).toMatchObject({ band: 'good', standing: 'not_final' });

    expect((await admin.post(`/api/scorecards/${first.id}/finalize`)).status).toBe(201);
    expect((await admin.post(`/api/scorecards/${revision.id}/finalize`)).status).toBe(201);
    expect(await sut.evaluatePending()).toBe(1);
    const read: Array<{ scorecard_id: string }> = await t.ds.query(`SELECT scorecard_id FROM enforcement_evaluation`);
    expect(read.map((r) => r.scorecard_id)).toEqual([revision.id]);
    expect((await admin.get<Page<CaseSummary>>(`/api/enforcement-cases?locationId=${location.id}`)).body.total).toBe(0);
    expect(await sut.evaluatePending()).toBe(0);
  });
});
