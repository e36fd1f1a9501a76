import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

const DIST = resolve(__dirname, '../../../../dist/apps/api/apps/api/src');
export const MAIN = join(DIST, 'main.js');
export const BACKUP_CLI = join(DIST, 'database/backup/backup-cli.js');

/** A built entry point running as a child process, watched through its output. */
export interface Spawned {
  child: ChildProcess;
  output: () => string;
  /** Resolves when the process has written `text` to stdout or stderr; rejects if it exits first. */
  printed(text: string): Promise<void>;
  /** The port a server printed in its ready line. */
  port(): number;
  exited: Promise<number | null>;
}

export interface FreshDatabase {
  env: Record<string, string>;
  /** The embedded database's directory, null on PostgreSQL. */
  dataDir: string | null;
  drop(): Promise<void>;
}

/** A fresh empty database: a temp DATA_DIR for PGlite, or a new database on TEST_DATABASE_URL. */
export async function freshDatabase(): Promise<FreshDatabase> {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'franscore-lifecycle-'));
    return { env: { DATA_DIR: join(dir, 'data') }, dataDir: join(dir, 'data'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `franscore_lifecycle_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    dataDir: null,
    async drop() {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Starts `script` (the API by default) with only the environment given, on a free port, without the demo seed. */
export function launch(env: Record<string, string>, script = MAIN, args: string[] = []): Spawned {
  const child = spawn(process.execPath, [script, ...args], {
    env: { PATH: process.env['PATH'] ?? '', PORT: '0', LOG_LEVEL: 'log', PORTAL_DIR: '/nonexistent', SEED_DEMO: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const waiters: Array<{ text: string; resolve: () => void }> = [];
  const onData = (chunk: Buffer) => {
    out += chunk.toString();
    for (const w of waiters.filter((x) => out.includes(x.text))) w.resolve();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const printed = (text: string) =>
    new Promise<void>((res, rej) => {
      if (out.includes(text)) return res();
      waiters.push({ text, resolve: res });
      void exited.then(() => (out.includes(text) ? res() : rej(new Error(`exited before printing "${text}":\n${out}`))));
    });
  const port = () => Number(/ready at http:\/\/localhost:(\d+)/.exec(out)?.[1]);
  return { child, output: () => out, printed, port, exited };
}

/** Kills a process a test started if it is still running: every path, failures included. */
export async function stopped(p: Spawned | null): Promise<void> {
  if (!p || p.child.exitCode !== null || p.child.signalCode !== null) return;
  p.child.kill('SIGKILL');
  await p.exited;
}
