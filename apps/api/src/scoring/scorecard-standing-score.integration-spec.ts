import { DEFAULT_POLICY_RULES } from '@franscore/domain';
import type { Scorecard } from '@franscore/domain';
import { SMALL_DEMO_SIZE } from '@franscore/seed';
import { ApiClient } from '@franscore/testing';
import { AuditLogService } from '../audit-log/audit-log.service';
import { seedDemo } from '../database/demo-seed';
import { signInFirstAdmin } from '../test/admin';
import { startTestApp, TEST_NOW, TestApp } from '../test/test-app';
import { ScorecardsService } from './scorecards.service';

const PERIOD = '2026-10';

/**
 * The league reads each location's standing overall, band and provisional flag
 * from its pointer row (migration 1764103200000): a trigger copies them from the
 * card the row stands on, whenever that changes. They must equal the card's at
 * every step: first cards, a finalized card, a recompute beside it.
 */
describe('standing score on the pointer row', () => {
  let t: TestApp;
  let admin: ApiClient;
  let locationIds: string[];

  beforeAll(async () => {
    t = await startTestApp({ SESSION_TTL_HOURS: '2000' });
    admin = await signInFirstAdmin(t);
    const net = await seedDemo(t.ds, t.app.get(AuditLogService), { size: SMALL_DEMO_SIZE, complaints: { now: TEST_NOW, months: 2, perMonth: 12, rules: DEFAULT_POLICY_RULES } });
    locationIds = net.locations.map((l) => l.id);
  });
  afterAll(() => t.close());

  /** Pointer rows whose copy differs from the card they stand on, and how many rows there are. */
  async function drift(): Promise<{ rows: number; drifted: number }> {
    const [r] = await t.ds.query(
      `SELECT count(*)::int AS rows,
              count(*) FILTER (WHERE (st.standing_overall, st.standing_band, st.standing_provisional) IS DISTINCT FROM (c.overall, c.band, c.provisional))::int AS drifted
       FROM scorecard_standing st JOIN scorecard c ON c.id = st.standing_id`,
    );
    return r;
  }

  it('follows the standing card through computes, a finalization and a recompute, and the league shows it', async () => {
    t.clock.set(new Date('2026-11-02T09:00:00.000Z'));
    await t.app.get(ScorecardsService).computeFor(locationIds, PERIOD);
    expect(await drift()).toEqual({ rows: locationIds.length, drifted: 0 });

    const [first] = (await t.ds.query(`SELECT standing_id AS id FROM scorecard_standing WHERE period = $1 ORDER BY location_id LIMIT 1`, [PERIOD])) as Array<{ id: string }>;
    expect((await admin.post<Scorecard>(`/api/scorecards/${first.id}/finalize`)).status).toBe(201);
    expect(await drift()).toEqual({ rows: locationIds.length, drifted: 0 });

    // A later moment: every location gets a newer card; the finalized one still stands on its official card.
    t.clock.set(new Date('2026-11-20T09:00:00.000Z'));
    await t.app.get(ScorecardsService).computeFor(locationIds, PERIOD);
    expect(await drift()).toEqual({ rows: locationIds.length, drifted: 0 });
    const [kept] = await t.ds.query(`SELECT standing_id AS id, latest_id FROM scorecard_standing WHERE standing_id = $1`, [first.id]);
    expect(kept.latest_id).not.toBe(first.id);

    const league = await admin.get<{ items: Array<{ scorecardId: string; overall: number | null; band: string; provisional: boolean }> }>(
      `/api/league-table?period=${PERIOD}&page=1&pageSize=50&sort=-overall`,
    );
    expect(league.status).toBe(200);
    const cards: Array<{ id: string; overall: string | null; band: string; provisional: boolean }> = await t.ds.query(
      `SELECT c.id, c.overall, c.band, c.provisional FROM scorecard_standing st JOIN scorecard c ON c.id = st.standing_id WHERE st.period = $1`,
      [PERIOD],
    );
    expect(league.body.items.map((i) => ({ id: i.scorecardId, overall: i.overall, band: i.band, provisional: i.provisional })).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      cards.map((c) => ({ id: c.id, overall: c.overall === null ? null : Number(c.overall), band: c.band, provisional: c.provisional })).sort((a, b) => a.id.localeCompare(b.id)),
    );
  });
});
