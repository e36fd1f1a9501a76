import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../test/test-app';
import { MIGRATIONS } from './migrations';

/**
 * ARCHITECTURE.md, "The embedded database's trap": concurrent transactions,
 * half rolled back, must leave exactly the committed rows.
 */
describe('database under concurrent transactions', () => {
  let t: TestApp;
  let ds: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    ds = t.ds;
    await ds.query(`CREATE TABLE trap_probe (n int PRIMARY KEY)`);
  });
  afterAll(() => t.close());

  it('keeps every committed row and no rolled-back row', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, n) =>
        ds.transaction(async (m) => {
          await m.query(`INSERT INTO trap_probe (n) VALUES ($1)`, [n]);
          await new Promise((r) => setTimeout(r, 5));
          await m.query(`SELECT count(*) FROM trap_probe`);
          if (n % 2 === 1) throw new Error('roll back');
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
    const rows: Array<{ n: number }> = await ds.query(`SELECT n FROM trap_probe ORDER BY n`);
    expect(rows.map((r) => r.n)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
  });

  it('reports the migrations it applied', async () => {
    const res = await fetch(`${t.baseUrl}/api/health`);
    const body = await res.json();
    expect(res.status).toBe(200);
    expect(body.database).toEqual({
      kind: process.env['TEST_DATABASE_URL'] ? 'postgres' : 'embedded',
      migrationsApplied: MIGRATIONS.length,
      migrationsPending: 0,
    });
  });
});
