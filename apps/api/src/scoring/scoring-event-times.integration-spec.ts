import { DEFAULT_POLICY_RULES } from '@franscore/domain';
import { SMALL_DEMO_SIZE } from '@franscore/seed';
import { AuditLogService } from '../audit-log/audit-log.service';
import { seedDemo } from '../database/demo-seed';
import { startTestApp, TEST_NOW, TestApp } from '../test/test-app';
import { ScorecardInputsRepository } from './scorecard-inputs.repository';

/**
 * Scoring reads a complaint's first rating and upheld ruling from columns the
 * complaint_scoring_times trigger writes with the events (migration
 * 1764103100000), and probes the timeline only where they are missing. Both
 * ways must give the same facts at every as-of, to the complaint.
 */
describe('scoring event times', () => {
  let t: TestApp;
  let locationIds: string[];

  beforeAll(async () => {
    t = await startTestApp();
    const net = await seedDemo(t.ds, t.app.get(AuditLogService), { size: SMALL_DEMO_SIZE, complaints: { now: TEST_NOW, months: 2, perMonth: 12, rules: DEFAULT_POLICY_RULES } });
    locationIds = net.locations.map((l) => l.id);
  });
  afterAll(() => t.close());

  it('keeps on each complaint the first rating and the upheld ruling of its timeline, written with the events', async () => {
    const rows: Array<{ id: string; first_rating: number | null; first_rated_at: Date | null; upheld_at: Date | null; rating: number | null; dispute: string }> = await t.ds.query(
      `SELECT id, first_rating, first_rated_at, upheld_at, rating, dispute FROM complaint`,
    );
    const events: Array<{ complaint_id: string; type: string; at: Date; rating: number | null }> = await t.ds.query(
      `SELECT complaint_id, type, at, (data->>'rating')::int AS rating FROM complaint_event WHERE type IN ('followup_rating', 'dispute_upheld') ORDER BY complaint_id, seq`,
    );
    const rated = rows.filter((r) => r.first_rated_at);
    const upheld = rows.filter((r) => r.upheld_at);
    // The demo history has both, or this test proves nothing.
    expect(rated.length).toBeGreaterThan(10);
    expect(upheld.length).toBeGreaterThan(0);
    for (const r of rows) {
      const first = events.find((e) => e.complaint_id === r.id && e.type === 'followup_rating');
      const ruling = events.find((e) => e.complaint_id === r.id && e.type === 'dispute_upheld');
      expect({ id: r.id, rating: r.first_rating, ratedAt: r.first_rated_at?.toISOString() ?? null, upheldAt: r.upheld_at?.toISOString() ?? null }).toEqual({
        id: r.id,
        rating: first?.rating ?? null,
        ratedAt: first?.at.toISOString() ?? null,
        upheldAt: ruling?.at.toISOString() ?? null,
      });
      expect(r.first_rating).toBe(r.rating);
      if (r.upheld_at) expect(r.dispute).toBe('upheld');
    }
  });

  it('gives the same facts from the stored times as from the timeline, as of any moment', async () => {
    const inputs = t.app.get(ScorecardInputsRepository);
    // As of times inside the period, where some ratings and rulings have not happened yet, and after it.
    const asOfs = ['2026-10-10T00:00:00.000Z', '2026-10-20T12:00:00.000Z', '2026-10-31T23:00:00.000Z', TEST_NOW.toISOString()].map((s) => new Date(s));
    const facts = async () => {
      const out: unknown[] = [];
      for (const asOf of asOfs) out.push(Object.fromEntries(await inputs.facts(t.ds.manager, locationIds, '2026-10', asOf)));
      return out;
    };
    const stored = await facts();
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM complaint WHERE first_rated_at > '2026-10-10' AND received_at < '2026-11-01'`);
    expect(n).toBeGreaterThan(0);
    await t.ds.query(`UPDATE complaint SET first_rating = NULL, first_rated_at = NULL, upheld_at = NULL`);
    try {
      expect(await facts()).toEqual(stored);
    } finally {
      await t.ds.query(`UPDATE complaint c SET first_rated_at = e.at, first_rating = (e.data->>'rating')::smallint
        FROM (SELECT DISTINCT ON (complaint_id) complaint_id, at, data FROM complaint_event WHERE type = 'followup_rating' ORDER BY complaint_id, seq) e WHERE e.complaint_id = c.id`);
      await t.ds.query(`UPDATE complaint c SET upheld_at = e.at
        FROM (SELECT DISTINCT ON (complaint_id) complaint_id, at FROM complaint_event WHERE type = 'dispute_upheld' ORDER BY complaint_id, seq) e WHERE e.complaint_id = c.id`);
    }
    const excluded = stored.flatMap((byLocation) => Object.values(byLocation as Record<string, { excludedByDispute: number; inputs: { ratings: { total: number } } }>));
    expect(excluded.some((f) => f.excludedByDispute > 0)).toBe(true);
    expect(excluded.some((f) => f.inputs.ratings.total > 0)).toBe(true);
  });
});
