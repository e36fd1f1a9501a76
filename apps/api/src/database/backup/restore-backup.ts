import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import type { AuditVerify } from '@franscore/domain';
import { AuditLogRepository } from '../../audit-log/audit-log.repository';
import { AuditLogService } from '../../audit-log/audit-log.service';
import { SystemClock } from '../../time/clock';
import { dataSourceOptions } from '../data-source';
import { DatabaseHandle } from '../embedded-database';
import { MIGRATIONS } from '../migrations';
import { BackupError, BackupTable, Manifest, ManifestSchema, migrationsToReplay, parseLine, quoteIdent, TrailerSchema } from './backup-format';
import { COLUMNS_SQL } from './write-backup';

export interface RestoreReport {
  tables: Array<{ name: string; rows: number }>;
  auditChain: AuditVerify;
  /** Migrations the backup's rows were taken at, and newer ones this build applied after loading them. */
  migrations: { replayed: number; appliedAfter: number };
}

const BATCH_ROWS = 1000;
const BATCH_BYTES = 4 * 1024 * 1024;

/**
 * Restores a backup into an empty database: checks the file's checksum first,
 * migrates to the backup's schema, loads every table in one transaction and
 * checks its row counts, migrates to this build's schema, then verifies the
 * audit chain. Anything wrong leaves the target without data and says why.
 */
export async function restoreBackup(file: string, target: DatabaseHandle): Promise<RestoreReport> {
  const manifest = await verifiedManifest(file);
  const known = MIGRATIONS.map((M) => (new M() as MigrationInterface).name ?? M.name);
  const replay = migrationsToReplay(manifest.migrations, known);
  await requireEmpty(target);

  const atBackup = await new DataSource({ ...dataSourceOptions(target), migrations: MIGRATIONS.slice(0, replay) }).initialize();
  try {
    const runner = atBackup.createQueryRunner();
    await runner.startTransaction();
    try {
      await load(file, manifest, runner);
      await syncSequences(runner);
      await runner.commitTransaction();
    } catch (e) {
      await runner.rollbackTransaction();
      throw e;
    } finally {
      await runner.release();
    }
  } finally {
    await atBackup.destroy();
  }

  const current = await new DataSource(dataSourceOptions(target)).initialize();
  try {
    const auditChain = await new AuditLogService(current, new AuditLogRepository(), new SystemClock()).verify();
    if (!auditChain.ok) throw new BackupError(`Restored, but the audit chain breaks at entry ${auditChain.firstBrokenSeq}: ${auditChain.reason}`);
    return {
      tables: manifest.tables.map((t) => ({ name: t.name, rows: t.rows })),
      auditChain,
      migrations: { replayed: replay, appliedAfter: known.length - replay },
    };
  } finally {
    await current.destroy();
  }
}

/**
 * Rows come back with their numbers (the enforcement case number), but a
 * column's sequence does not: each one owned by a column moves past the
 * column's highest value, so the next row never takes a restored number.
 */
async function syncSequences(runner: QueryRunner): Promise<void> {
  const owned: Array<{ seq: string; tbl: string; col: string }> = await runner.query(
    `SELECT s.relname AS seq, t.relname AS tbl, a.attname AS col
     FROM pg_class s JOIN pg_namespace n ON n.oid = s.relnamespace AND n.nspname = 'public'
     JOIN pg_depend d ON d.objid = s.oid AND d.deptype = 'a' AND d.classid = 'pg_class'::regclass
     JOIN pg_class t ON t.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
     WHERE s.relkind = 'S'`,
  );
  for (const o of owned) {
    await runner.query(`SELECT setval($1::regclass, COALESCE((SELECT max(${quoteIdent(o.col)}) FROM ${quoteIdent(o.tbl)}), 0) + 1, false)`, [quoteIdent(o.seq)]);
  }
}

async function requireEmpty(target: DatabaseHandle): Promise<void> {
  const client = new Client({ connectionString: target.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`);
    if (Number(rows[0].n) > 0) throw new BackupError('The target database is not empty: restore only into a new database or an empty data directory');
  } finally {
    await client.end();
  }
}

async function* lines(file: string): AsyncGenerator<string> {
  const reader = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  try {
    for await (const line of reader) if (line !== '') yield line;
  } finally {
    reader.close();
  }
}

/** Reads the whole file once before touching the target: a truncated or altered backup is refused, not half restored. */
async function verifiedManifest(file: string): Promise<Manifest> {
  const hash = createHash('sha256');
  let first: string | undefined;
  let previous: string | undefined;
  let count = 0;
  for await (const line of lines(file)) {
    if (previous !== undefined) hash.update(`${previous}\n`);
    first ??= line;
    previous = line;
    count++;
  }
  const manifest = parseLine(ManifestSchema, first, 'manifest (first line)');
  if (count < 2) throw new BackupError('The backup is truncated: it has no trailer');
  const trailer = parseLine(TrailerSchema, previous, 'trailer (last line): the file may be truncated, and');
  const expectedRows = manifest.tables.reduce((n, t) => n + t.rows, 0);
  if (trailer.sha256 !== hash.digest('hex') || trailer.rows !== expectedRows || count !== expectedRows + 2) {
    throw new BackupError('The backup does not match its checksum: it was cut short or changed after it was written');
  }
  return manifest;
}

async function load(file: string, manifest: Manifest, runner: QueryRunner): Promise<void> {
  const [{ n }] = (await runner.query(`SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`)) as Array<{ n: string }>;
  if (Number(n) !== manifest.tables.length) throw new BackupError(`The backup has ${manifest.tables.length} tables where its migrations make ${n}`);
  // The types are spliced into the INSERT: they must be the target's own, not just what the file says.
  for (const table of manifest.tables) {
    const columns = (await runner.query(COLUMNS_SQL, [`public.${quoteIdent(table.name)}`])) as Array<{ name: string; type: string }>;
    if (JSON.stringify(columns) !== JSON.stringify(table.columns)) throw new BackupError(`${table.name}: the backup's columns differ from the schema its migrations make`);
  }
  const rows = lines(file);
  await rows.next(); // the manifest, already checked
  for (const table of manifest.tables) {
    let batch: string[] = [];
    let bytes = 0;
    for (let i = 0; i < table.rows; i++) {
      const { value } = await rows.next();
      batch.push(value as string);
      bytes += (value as string).length;
      if (!table.selfReferencing && (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES)) {
        await insert(runner, table, batch);
        batch = [];
        bytes = 0;
      }
    }
    if (batch.length > 0) await insert(runner, table, batch);
    const [{ n: loaded }] = (await runner.query(`SELECT count(*) AS n FROM public.${quoteIdent(table.name)}`)) as Array<{ n: string }>;
    if (Number(loaded) !== table.rows) throw new BackupError(`${table.name}: the backup has ${table.rows} rows, the restore holds ${loaded}`);
  }
  await rows.return(undefined);
}

/** Each value goes back through its type's text input, so it is stored exactly as it was read. */
function insert(runner: QueryRunner, table: BackupTable, batch: string[]): Promise<unknown> {
  const names = table.columns.map((c) => quoteIdent(c.name)).join(', ');
  const values = table.columns.map((c, i) => `(r->>${i})::${c.type}`).join(', ');
  return runner.query(`INSERT INTO public.${quoteIdent(table.name)} (${names}) SELECT ${values} FROM jsonb_array_elements($1::jsonb) AS r`, [
    `[${batch.join(',')}]`,
  ]);
}
