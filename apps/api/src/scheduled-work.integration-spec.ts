import { INestApplication } from '@nestjs/common';
import type { Location } from '@franscore/domain';
import { SlaSweepService } from './complaints/sla-sweep.service';
import { PeriodCloseService } from './scoring/period-close.service';
import { signInFirstAdmin } from './test/admin';
import { anotherInstance } from './test/another-instance';
import { startTestApp, TEST_NOW, TestApp } from './test/test-app';
import { complain, tinyNetwork } from './test/tiny-network';

/**
 * ARCHITECTURE.md, "Live and background work": scheduled work takes an
 * advisory lock so that many instances never do it twice. Both instances'
 * schedules fire at the same moment here, on one database.
 */
describe('scheduled work on two instances of one database', () => {
  let t: TestApp;
  let second: INestApplication;
  let location: Location;

  beforeAll(async () => {
    t = await startTestApp();
    second = (await anotherInstance(t)).app;
    location = await tinyNetwork(await signInFirstAdmin(t), 'TWIN-001');
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  it('sweeps each SLA breach once: one breach and one alert per complaint', async () => {
    const filed = [];
    for (let i = 0; i < 6; i++) filed.push(await complain(t.baseUrl, location.code, `twin-sweep-${i}`));
    // A day on, every acknowledgement is overdue, and still recent enough to alert on.
    t.clock.set(new Date(TEST_NOW.getTime() + 24 * 3_600_000));
    try {
      const results = await Promise.all([t.app.get(SlaSweepService).sweep(), second.get(SlaSweepService).sweep()]);
      const rows: Array<{ complaint_id: string; n: number }> = await t.ds.query(
        `SELECT complaint_id, count(*)::int AS n FROM alert WHERE kind = 'acknowledge_breached' GROUP BY complaint_id`,
      );
      expect(results.reduce((n, r) => n + r.acknowledgeBreaches, 0)).toBe(filed.length);
      expect(rows.map((r) => r.n)).toEqual(filed.map(() => 1));
      expect(results.reduce((n, r) => n + r.alerts, 0)).toBe(await breachAlerts(t));
      // And again, both at once: nothing left to do.
      const again = await Promise.all([t.app.get(SlaSweepService).sweep(), second.get(SlaSweepService).sweep()]);
      expect(again.map((r) => r.acknowledgeBreaches + r.resolveBreaches + r.alerts)).toEqual([0, 0]);
    } finally {
      t.clock.set(TEST_NOW);
    }
  });

  it('closes the period once: one job, run by one instance', async () => {
    const outcomes = await Promise.all([t.app.get(PeriodCloseService).close(), second.get(PeriodCloseService).close()]);
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    const jobs: Array<{ id: string; status: string }> = await t.ds.query(
      `SELECT id, status FROM job WHERE kind = 'period_close' AND params->>'period' = '2026-10'`,
    );
    expect(jobs).toEqual([{ id: outcomes.find(Boolean), status: 'done' }]);
    expect(await Promise.all([t.app.get(PeriodCloseService).close(), second.get(PeriodCloseService).close()])).toEqual([null, null]);
  });
});

async function breachAlerts(t: TestApp): Promise<number> {
  const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM alert WHERE kind IN ('acknowledge_breached', 'resolve_breached')`);
  return n as number;
}
