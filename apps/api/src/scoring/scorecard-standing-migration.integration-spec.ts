import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source';
import { DatabaseHandle } from '../database/embedded-database';
import { MIGRATIONS } from '../database/migrations';
import { AddScorecardStanding1764090000000 } from '../database/migrations/1764090000000-AddScorecardStanding';
import { freshTestDatabase } from '../test/test-database';

const UPTO = MIGRATIONS.indexOf(AddScorecardStanding1764090000000);

/** Cards computed before pointer rows existed get theirs when the migration runs. */
describe(AddScorecardStanding1764090000000.name, () => {
  let db: DatabaseHandle;
  const open = async (count: number) => {
    const ds = new DataSource({ ...dataSourceOptions(db), migrations: MIGRATIONS.slice(0, count), migrationsRun: false });
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    return ds;
  };

  beforeAll(async () => {
    db = await freshTestDatabase();
  });
  afterAll(() => db.close());

  it('points each (location, period) at its newest card and at the card finalized last', async () => {
    const before = await open(UPTO);
    const card = async (period: string, asOf: string, version = 1): Promise<string> => {
      const [{ id }] = await before.query(
        `INSERT INTO scorecard (location_id, period, policy_id, policy_version, as_of, overall, band, provisional, explanation, computed_at)
         SELECT l.id, $1, p.id, $3, $2, 70, 'watch', false, '{}', $2 FROM location l, policy p RETURNING id`,
        [period, asOf, version],
      );
      return id;
    };
    const finalize = (id: string, at: string) => before.query(`INSERT INTO scorecard_finalization (scorecard_id, finalized_at) VALUES ($1, $2)`, [id, at]);
    try {
      await before.query(`INSERT INTO region (code, name) VALUES ('MIG', 'Migration')`);
      await before.query(`INSERT INTO franchisee (legal_name) VALUES ('Migrated Ltd')`);
      await before.query(
        `INSERT INTO location (code, name, address, region_id, franchisee_id, time_zone, business_hours)
         SELECT 'MIG-1', 'Outlet', '1 Road', r.id, f.id, 'UTC', '{}' FROM region r, franchisee f`,
      );
      await before.query(`INSERT INTO policy (name, status, rules, created_at) VALUES ('Draft', 'draft', '{}', now())`);
      await card('2026-10', '2026-11-02T09:00:00Z');
      const octFinalized = await card('2026-10', '2026-11-03T09:00:00Z');
      const octOlderFinalizedLater = await card('2026-10', '2026-11-02T10:00:00Z');
      const octNewest = await card('2026-10', '2026-11-03T09:00:00Z', 2);
      const sept = await card('2026-09', '2026-10-02T09:00:00Z');
      await finalize(octFinalized, '2026-11-04T09:00:00Z');
      await finalize(octOlderFinalizedLater, '2026-11-05T09:00:00Z');

      await before.destroy();
      const after = await open(UPTO + 1);
      try {
        const rows = await after.query(`SELECT period, latest_id, latest_policy_version, official_id, standing_id FROM scorecard_standing ORDER BY period`);
        expect(rows).toEqual([
          { period: '2026-09', latest_id: sept, latest_policy_version: 1, official_id: null, standing_id: sept },
          { period: '2026-10', latest_id: octNewest, latest_policy_version: 2, official_id: octOlderFinalizedLater, standing_id: octOlderFinalizedLater },
        ]);
      } finally {
        await after.destroy();
      }
    } finally {
      if (before.isInitialized) await before.destroy();
    }
  });
});
