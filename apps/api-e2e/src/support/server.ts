import { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { killNow, spawnNode, terminate } from './children';

const MAIN = resolve(__dirname, '../../../../dist/apps/api/apps/api/src/main.js');
const READY = /ready at http:\/\/localhost:(\d+)/;

export interface RunningServer {
  baseUrl: string;
  /** Stops the process (SIGTERM), keeping its data, so a restart can check persistence. */
  stop(): Promise<void>;
  /** Kills the process with SIGKILL mid-work, keeping its data, as a crash would. */
  kill(): Promise<void>;
  /** Starts the same server again on the same data. */
  restart(): Promise<void>;
  /** Stops and throws the data away; safe to call on every path, and more than once. */
  close(): Promise<void>;
  output(): string;
  /** A `pg` connection string to the server's database while it runs (the embedded one publishes its socket). */
  databaseUrl(): string;
}

export interface StartOptions {
  /**
   * The demo network to seed on the empty database: `small` (default; every
   * demo user and scope boundary in a few locations), `full` (the demo of
   * `npm start`) or `none`. An explicit SEED_DEMO in env wins.
   */
  network?: 'small' | 'full' | 'none';
  /**
   * Another instance on this running server's PostgreSQL database, as behind a
   * load balancer: nothing is seeded, and closing it leaves the data to its owner.
   * PGlite lives inside one process, so this needs TEST_DATABASE_URL.
   */
  attachTo?: RunningServer;
}

const SEED: Record<NonNullable<StartOptions['network']>, string> = { small: 'small', full: 'on', none: 'off' };

/**
 * Set by global-setup.ts: a database already migrated and seeded with the
 * small network (a folder, or a database name on PostgreSQL). Each test file
 * starts on a copy of it instead of migrating and seeding its own.
 */
export const TEMPLATE_ENV = 'FRANSCORE_E2E_TEMPLATE';

interface Data {
  env: Record<string, string>;
  /** What a copy is made from: the data folder, or the database name. */
  source: string;
  url(): string;
  drop(): Promise<void>;
}

/** Where one test file's data lives: a temp folder for PGlite, or a new database on TEST_DATABASE_URL; a copy of `template` if given. */
async function freshData(template: string | null = null): Promise<Data> {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'franscore-e2e-'));
    if (template) cpSync(template, dir, { recursive: true });
    return {
      env: { DATA_DIR: dir },
      source: dir,
      url: () => (JSON.parse(readFileSync(join(dir, 'socket.json'), 'utf8')) as { url: string }).url,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `franscore_e2e_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    source: name,
    url: () => url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** The running server's database, shared and never dropped from here. */
function attachedData(owner: RunningServer): Data {
  if (!process.env['TEST_DATABASE_URL']) throw new Error('A second instance needs PostgreSQL (TEST_DATABASE_URL): PGlite is one process');
  const url = owner.databaseUrl();
  return { env: { DATABASE_URL: url }, source: url, url: () => url, drop: async () => undefined };
}

/**
 * Starts the server and resolves on its ready line, however long a loaded
 * machine takes; rejects as soon as the process exits first. A start that
 * fails leaves no process behind.
 */
async function launch(env: Record<string, string>, log: string[]): Promise<{ child: ChildProcess; baseUrl: string }> {
  // The ready line is logged at 'log' level: a quieter LOG_LEVEL would hide it.
  const child = spawnNode(MAIN, { PATH: process.env['PATH'] ?? '', PORT: '0', PORTAL_DIR: '/nonexistent', ...env, LOG_LEVEL: 'log' });
  let since = '';
  try {
    const port = await new Promise<string>((resolvePort, reject) => {
      const onData = (chunk: Buffer) => {
        const text = chunk.toString();
        log.push(text);
        since += text;
        const m = READY.exec(since);
        if (m) resolvePort(m[1]);
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('error', reject);
      child.once('exit', (code, signal) => reject(new Error(`server exited (${signal ?? code}) before it was ready:\n${log.join('')}`)));
    });
    return { child, baseUrl: `http://127.0.0.1:${port}` };
  } catch (e) {
    await killNow(child);
    throw e;
  }
}

/**
 * Boots the built API as a real process on a fresh database, seeded with the
 * small demo network unless `options.network` (or env SEED_DEMO) says otherwise;
 * under Jest, the small network is a copy of the run's template (global-setup.ts).
 */
export async function startServer(env: Record<string, string> = {}, options: StartOptions = {}): Promise<RunningServer> {
  // A copy of the template is what a first start with these settings would make (ADMIN_EMAIL would add a user to it).
  const small = !options.attachTo && (options.network ?? 'small') === 'small' && !('SEED_DEMO' in env) && !('ADMIN_EMAIL' in env);
  const data = options.attachTo ? attachedData(options.attachTo) : await freshData(small ? (process.env[TEMPLATE_ENV] ?? null) : null);
  const fullEnv = { ...data.env, SEED_DEMO: SEED[options.attachTo ? 'none' : (options.network ?? 'small')], ...env };
  const log: string[] = [];
  let current: { child: ChildProcess; baseUrl: string };
  try {
    current = await launch(fullEnv, log);
  } catch (e) {
    await data.drop();
    throw e;
  }
  let closed = false;
  const server: RunningServer = {
    baseUrl: current.baseUrl,
    stop: () => terminate(current.child),
    kill: () => killNow(current.child),
    async restart() {
      await terminate(current.child);
      current = await launch(fullEnv, log);
      server.baseUrl = current.baseUrl;
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await terminate(current.child);
      } finally {
        await data.drop();
      }
    },
    output: () => log.join(''),
    databaseUrl: () => data.url(),
  };
  return server;
}

/**
 * Migrates and seeds the small network once, and stops the server cleanly,
 * so test files start on copies (see TEMPLATE_ENV). Returns what to copy.
 */
export async function prepareTemplate(): Promise<{ source: string; drop(): Promise<void> }> {
  const data = await freshData();
  try {
    const { child } = await launch({ ...data.env, SEED_DEMO: SEED.small }, []);
    await terminate(child);
  } catch (e) {
    await data.drop();
    throw e;
  }
  return { source: data.source, drop: () => data.drop() };
}
