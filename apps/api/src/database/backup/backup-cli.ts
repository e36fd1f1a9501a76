import { chmodSync, createWriteStream, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import { ConfigError, loadConfig } from '../../config/config';
import { DatabaseHandle, openEmbeddedDatabase, runningEmbedded, serverDatabase } from '../embedded-database';
import { BackupError } from './backup-format';
import { restoreBackup } from './restore-backup';
import { writeBackup } from './write-backup';

const USAGE = `Usage:
  npm run backup [-- --out FILE]   back up the database the server uses (DATABASE_URL, or the embedded one in DATA_DIR, running or not)
  npm run restore -- FILE          restore FILE into an empty database (DATABASE_URL) or a new DATA_DIR`;

/**
 * Where to read from: the PostgreSQL server; the embedded database through the
 * socket its running server published; or, when no server runs, the data
 * directory opened here (never while a server has it open: two PGlites on one
 * directory would corrupt it).
 */
async function source(env: NodeJS.ProcessEnv): Promise<{ url: string; close(): Promise<void> }> {
  const config = loadConfig(env);
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, close: async () => undefined };
  const running = runningEmbedded(config.DATA_DIR);
  if (running) return { url: running.url, close: async () => undefined };
  if (!existsSync(join(config.DATA_DIR, 'pgdata', 'PG_VERSION'))) throw new BackupError(`No database in ${resolve(config.DATA_DIR)}: set DATA_DIR or DATABASE_URL`);
  return openEmbeddedDatabase(config.DATA_DIR);
}

async function backup(env: NodeJS.ProcessEnv, args: string[]): Promise<void> {
  const at = args.indexOf('--out');
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const file = resolve(at >= 0 && args[at + 1] ? args[at + 1] : join('backups', `franscore-${stamp}.backup.jsonl`));
  if (existsSync(file)) throw new BackupError(`${file} exists already; choose another --out`);
  const db = await source(env);
  const client = new Client({ connectionString: db.url });
  try {
    mkdirSync(dirname(file), { recursive: true });
    // Password hashes and the app's secrets are in here: only the owner may read it.
    const out = createWriteStream(file, { mode: 0o600 });
    try {
      await client.connect();
      const manifest = await writeBackup(client, out, new Date());
      out.end();
      await finished(out);
      chmodSync(file, 0o600);
      const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
      console.log(`Backed up ${manifest.tables.length} tables, ${rows} rows, at migration ${manifest.migrations.length} to\n  ${file}`);
    } catch (e) {
      out.destroy();
      rmSync(file, { force: true });
      throw e;
    }
  } finally {
    await client.end().catch(() => undefined);
    await db.close();
  }
}

/** The target: a PostgreSQL database that must be empty, or a data directory that must not hold a database yet. */
async function target(env: NodeJS.ProcessEnv): Promise<DatabaseHandle> {
  const config = loadConfig(env);
  if (config.DATABASE_URL) return serverDatabase(config.DATABASE_URL);
  const dir = config.DATA_DIR;
  if (runningEmbedded(dir)) throw new BackupError(`A server is running on ${resolve(dir)}: stop it and restore into a new DATA_DIR`);
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new BackupError(`${resolve(dir)} is not empty: restore into a new DATA_DIR, then point the server at it`);
  return openEmbeddedDatabase(dir);
}

async function restore(env: NodeJS.ProcessEnv, args: string[]): Promise<void> {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new BackupError(USAGE);
  if (!existsSync(file)) throw new BackupError(`No such backup: ${file}`);
  const db = await target(env);
  try {
    const report = await restoreBackup(resolve(file), db);
    const rows = report.tables.reduce((n, t) => n + t.rows, 0);
    console.log(`Restored ${report.tables.length} tables, ${rows} rows; same counts as the backup`);
    console.log(`Audit chain verified: ${report.auditChain.checked} entries`);
    if (report.migrations.appliedAfter > 0) console.log(`Applied ${report.migrations.appliedAfter} newer migration(s) after loading`);
  } finally {
    await db.close();
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  if (command === 'backup') return backup(process.env, args);
  if (command === 'restore') return restore(process.env, args);
  throw new BackupError(USAGE);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e instanceof BackupError || e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
