import { DEFAULT_POLICY_RULES } from '@franscore/domain';
import { AuditLogService } from '../src/audit-log/audit-log.service';
import { seedDemo } from '../src/database/demo-seed';
import { ScorecardsService } from '../src/scoring/scorecards.service';
import { startTestApp, TestApp } from '../src/test/test-app';

/**
 * Scoring a whole network through the app (SQL aggregation per batch, the pure
 * formulas, storing explained scorecards) against the bare SQL aggregation of
 * the same rows, measured in the same run. BENCH_LOCATIONS sets the size
 * (default 2,000; the target is 50,000); TEST_DATABASE_URL runs it on PostgreSQL.
 */
const LOCATIONS = Number(process.env['BENCH_LOCATIONS'] ?? 2000);

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = process.hrtime.bigint();
  const result = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

describe(`scoring ${LOCATIONS} locations`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    const seeded = await timed(() =>
      seedDemo(t.ds, t.app.get(AuditLogService), {
        size: { regions: Math.max(6, Math.round(LOCATIONS / 500)), franchisees: Math.max(30, Math.round(LOCATIONS / 4)), locations: LOCATIONS },
        complaints: { now: t.clock.now(), months: 1, perMonth: 7, rules: DEFAULT_POLICY_RULES },
      }),
    );
    console.log(`seeded ${LOCATIONS} locations, ${seeded.result.complaints} complaints in ${(seeded.ms / 1000).toFixed(1)} s`);
  });
  afterAll(() => t?.close());

  it('reports app / raw SQL ratios', async () => {
    const period = '2026-10';
    const ids: string[] = (await t.ds.query(`SELECT id FROM location ORDER BY id`)).map((r: { id: string }) => r.id);
    const raw = await timed(() =>
      t.ds.query(
        `SELECT c.location_id, c.severity, count(*) AS eligible,
                count(*) FILTER (WHERE c.ack_done_at IS NOT NULL AND c.ack_breached_at IS NULL) AS ack_on_time,
                count(*) FILTER (WHERE c.resolve_done_at IS NOT NULL AND c.resolve_breached_at IS NULL) AS resolve_on_time
         FROM complaint c JOIN location l ON l.id = c.location_id
         WHERE c.received_at >= (($1::text || '-01')::timestamp AT TIME ZONE l.time_zone)
           AND c.received_at < ((($1::text || '-01')::timestamp + interval '1 month') AT TIME ZONE l.time_zone) AND c.dispute <> 'upheld'
         GROUP BY c.location_id, c.severity`,
        [period],
      ),
    );
    const heapBefore = process.memoryUsage().heapUsed;
    const app = await timed(() => t.app.get(ScorecardsService).computeFor(ids, period));
    const heapAfter = process.memoryUsage().heapUsed;
    const leagueRaw = await timed(() => t.ds.query(`SELECT location_id, overall FROM scorecard WHERE period = $1 ORDER BY overall DESC NULLS LAST LIMIT 50`, [period]));
    const league = await timed(() =>
      t.app.get(ScorecardsService).league({ kind: 'all' }, { period, page: 1, pageSize: 50, sort: '-overall' }),
    );
    const rows = [
      ['network scoring (aggregate + score + store)', app.ms, raw.ms],
      ['league table page', league.ms, leagueRaw.ms],
    ] as const;
    console.log(
      [
        `database: ${process.env['TEST_DATABASE_URL'] ? 'PostgreSQL' : 'embedded PGlite'}, locations: ${LOCATIONS}`,
        ...rows.map(([name, a, r]) => `${name.padEnd(46)} app ${a.toFixed(0).padStart(7)} ms   raw SQL ${r.toFixed(0).padStart(7)} ms   ratio ${(a / r).toFixed(2)}`),
        `heap growth while scoring: ${((heapAfter - heapBefore) / 1024 / 1024).toFixed(1)} MiB`,
      ].join('\n'),
    );
    expect(app.result).toBe(LOCATIONS);
    expect(league.result.items.length).toBeGreaterThan(0);
  });
});
