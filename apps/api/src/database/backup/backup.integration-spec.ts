import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { SMALL_DEMO_SIZE } from '@franscore/seed';
import { entryHash, GENESIS_HASH } from '../../audit-log/audit-chain';
import { AuditLogRepository } from '../../audit-log/audit-log.repository';
import { AuditLogService, SYSTEM_ACTOR } from '../../audit-log/audit-log.service';
import { SlaSweepService } from '../../complaints/sla-sweep.service';
import { PolicySource } from '../../scoring/policy-source';
import { startTestApp, TEST_NOW, TestApp } from '../../test/test-app';
import { freshTestDatabase } from '../../test/test-database';
import { dataSourceOptions } from '../data-source';
import { seedDemo } from '../demo-seed';
import { seedDemoScoring } from '../demo-scoring';
import { seedDemoEnforcement } from '../demo-enforcement';
import { DatabaseHandle, openEmbeddedDatabase } from '../embedded-database';
import { MIGRATIONS } from '../migrations';
import { Manifest } from './backup-format';
import { restoreBackup } from './restore-backup';
import { writeBackup } from './write-backup';

/** Every table's rows as one digest of their text forms: equal digests, equal contents. */
async function fingerprints(url: string, tables: string[], auditUpTo?: number): Promise<Record<string, string>> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const out: Record<string, string> = {};
    for (const t of tables) {
      const where = t === 'audit_log' && auditUpTo !== undefined ? `WHERE seq <= ${auditUpTo}` : '';
      const { rows } = await c.query<{ n: string; digest: string | null }>(`SELECT count(*) AS n, md5(string_agg(x::text, '|' ORDER BY x::text)) AS digest FROM "${t}" x ${where}`);
      out[t] = `${rows[0].n}:${rows[0].digest ?? '-'}`;
    }
    return out;
  } finally {
    await c.end();
  }
}

/** A fresh empty target: a new data directory for PGlite, a new database on the PostgreSQL server. */
async function freshTarget(): Promise<{ db: DatabaseHandle; close(): Promise<void> }> {
  if (process.env['TEST_DATABASE_URL']) {
    const db = await freshTestDatabase();
    return { db, close: () => db.close() };
  }
  const dir = mkdtempSync(join(tmpdir(), 'franscore-restore-'));
  const db = await openEmbeddedDatabase(dir);
  return { db, close: async () => (await db.close(), rmSync(dir, { recursive: true, force: true })) };
}

async function backupTo(url: string, file: string): Promise<Manifest> {
  const c = new Client({ connectionString: url });
  await c.connect();
  const out = createWriteStream(file);
  try {
    const manifest = await writeBackup(c, out, TEST_NOW);
    out.end();
    await finished(out);
    return manifest;
  } finally {
    await c.end();
  }
}

describe('backup and restore', () => {
  let t: TestApp;
  let dir: string;
  let file: string;
  let manifest: Manifest;
  let auditBefore: number;

  beforeAll(async () => {
    t = await startTestApp();
    dir = mkdtempSync(join(tmpdir(), 'franscore-backup-'));
    file = join(dir, 'network.backup.jsonl');
    const rules = await t.app.get(PolicySource).current();
    const net = await seedDemo(t.ds, t.app.get(AuditLogService), { size: SMALL_DEMO_SIZE, complaints: { now: TEST_NOW, months: 3, perMonth: 4, rules } });
    await t.app.get(SlaSweepService).sweep();
    await seedDemoScoring(t.app, net, TEST_NOW);
    await seedDemoEnforcement(t.app, net);

    // The app keeps writing to the audit chain while the backup reads: the file must still be one consistent moment.
    const audit = t.app.get(AuditLogService);
    auditBefore = Number((await t.ds.query(`SELECT count(*) AS n FROM audit_log`))[0].n);
    const writes = Array.from({ length: 20 }, (_, i) =>
      t.ds.transaction((m) => audit.append(m, SYSTEM_ACTOR, { action: 'probe', entityType: 'backup', entityId: String(i) })),
    );
    manifest = await backupTo(t.db.url, file);
    await Promise.all(writes);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores into a fresh database with the same rows in every table and a verifying audit chain; never over a database', async () => {
    const target = await freshTarget();
    try {
      const report = await restoreBackup(file, target.db);
      const tables = manifest.tables.map((x) => x.name);
      expect(tables).toEqual(expect.arrayContaining(['audit_log', 'complaint', 'complaint_event', 'scorecard', 'enforcement_case', 'app_user']));
      expect(manifest.tables.filter((x) => x.rows > 0).length).toBeGreaterThan(15);
      const auditRows = manifest.tables.find((x) => x.name === 'audit_log')?.rows ?? 0;
      expect(report.auditChain).toEqual({ ok: true, checked: auditRows, firstBrokenSeq: null, reason: null });
      expect(auditRows).toBeGreaterThanOrEqual(auditBefore);
      expect(auditRows).toBeLessThanOrEqual(auditBefore + 20);

      // The source moved on (the concurrent appends); up to the snapshot, every table reads the same in both.
      const restored = await fingerprints(target.db.url, tables);
      expect(restored).toEqual(await fingerprints(t.db.url, tables, auditRows));
      expect(Object.fromEntries(Object.entries(restored).map(([k, v]) => [k, Number(v.split(':')[0])]))).toEqual(
        Object.fromEntries(report.tables.map((x) => [x.name, x.rows])),
      );

      // The case-number sequence moved past the restored numbers: the next case takes a new one.
      const numbers = new Client({ connectionString: target.db.url });
      await numbers.connect();
      try {
        const [{ max, next }] = (await numbers.query<{ max: string | null; next: string }>(
          `SELECT (SELECT max(number) FROM enforcement_case) AS max, (SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM enforcement_case_number_seq) AS next`,
        )).rows;
        expect(Number(max)).toBeGreaterThan(0);
        expect(Number(next)).toBe(Number(max) + 1);
      } finally {
        await numbers.end();
      }

      await expect(restoreBackup(file, target.db)).rejects.toThrow(/not empty/);
      expect(await fingerprints(target.db.url, tables)).toEqual(restored);
    } finally {
      await target.close();
    }
  });

  describe('a damaged backup', () => {
    let target: Awaited<ReturnType<typeof freshTarget>>;
    beforeAll(async () => (target = await freshTarget()));
    afterAll(() => target.close());

    it.each([
      ['changed after it was written', (s: string) => s.replace(/"probe"|"complaint_received"|"acknowledged"/, '"tampered"')],
      ['cut short', (s: string) => s.slice(0, Math.floor(s.length / 2))],
      ['missing its trailer', (s: string) => s.split('\n').slice(0, -2).join('\n')],
    ])('is refused when %s, before anything is written to the target', async (_what, damage) => {
      const damaged = join(dir, 'damaged.jsonl');
      writeFileSync(damaged, damage(readFileSync(file, 'utf8')));
      await expect(restoreBackup(damaged, target.db)).rejects.toThrow(/checksum|truncated|malformed/);
      const c = new Client({ connectionString: target.db.url });
      await c.connect();
      const { rows } = await c.query<{ n: string }>(`SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`);
      await c.end();
      expect(Number(rows[0].n)).toBe(0);
    });
  });
});

describe('a backup taken by an older version', () => {
  it('loads at its own schema, then gains the newer migrations, its data and chain intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'franscore-backup-old-'));
    const old = await freshTestDatabase();
    const target = await freshTarget();
    try {
      // A database that only ever ran the first migration, with one region and its audit entry.
      const ds = await new DataSource({ ...dataSourceOptions(old), migrations: MIGRATIONS.slice(0, 1) }).initialize();
      await ds.query(`INSERT INTO region (code, name) VALUES ('OLD', 'Older region')`);
      const entry = { seq: 1, at: TEST_NOW.toISOString(), actorId: null, actorLabel: 'system', action: 'create', entityType: 'region', entityId: 'OLD', before: null, after: { code: 'OLD' }, prevHash: GENESIS_HASH };
      await new AuditLogRepository().insert(ds.manager, { ...entry, hash: entryHash(entry) });
      await ds.destroy();
      const file = join(dir, 'old.backup.jsonl');
      expect((await backupTo(old.url, file)).migrations).toHaveLength(1);

      const report = await restoreBackup(file, target.db);
      expect(report.migrations).toEqual({ replayed: 1, appliedAfter: MIGRATIONS.length - 1 });
      expect(report.auditChain).toMatchObject({ ok: true, checked: 1 });
      const c = new Client({ connectionString: target.db.url });
      await c.connect();
      const regions = (await c.query(`SELECT code FROM region`)).rows;
      const migrations = (await c.query(`SELECT count(*)::int AS n FROM migrations`)).rows;
      await c.end();
      expect(regions).toEqual([{ code: 'OLD' }]);
      expect(migrations).toEqual([{ n: MIGRATIONS.length }]);
    } finally {
      await target.close();
      await old.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
