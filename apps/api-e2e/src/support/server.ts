import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

const MAIN = resolve(__dirname, '../../../../dist/apps/api/apps/api/src/main.js');

export interface RunningServer {
  baseUrl: string;
  /** Stops the process, keeping its data, so a restart can check persistence. */
  stop(): Promise<void>;
  /** Starts the same server again on the same data. */
  restart(): Promise<void>;
  /** Stops and throws the data away. */
  close(): Promise<void>;
  output(): string;
}

/** Where one test file's data lives: a temp folder for PGlite, or a fresh database on TEST_DATABASE_URL. */
async function freshData(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'franscore-e2e-'));
    return { env: { DATA_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `franscore_e2e_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString(), SEED_DEMO: 'on' },
    drop: async () => {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

function launch(env: Record<string, string>, log: string[]): Promise<{ child: ChildProcess; baseUrl: string }> {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env['PATH'] ?? '', PORT: '0', LOG_LEVEL: 'log', PORTAL_DIR: '/nonexistent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const from = log.length;
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log.join('')}`)), 45_000);
    const onData = (chunk: Buffer) => {
      log.push(chunk.toString());
      const m = /ready at http:\/\/localhost:(\d+)/.exec(log.slice(from).join(''));
      if (m) {
        clearTimeout(timer);
        resolvePromise({ child, baseUrl: `http://127.0.0.1:${m[1]}` });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${log.join('')}`));
    });
  });
}

function exit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((r) => {
    child.once('exit', () => r());
    child.kill('SIGTERM');
  });
}

/** Boots the built API as a real process on a fresh database with the demo network. */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const data = await freshData();
  const log: string[] = [];
  let current = await launch({ ...data.env, ...env }, log);
  const server: RunningServer = {
    baseUrl: current.baseUrl,
    stop: () => exit(current.child),
    async restart() {
      current = await launch({ ...data.env, ...env }, log);
      server.baseUrl = current.baseUrl;
    },
    async close() {
      await exit(current.child);
      await data.drop();
    },
    output: () => log.join(''),
  };
  return server;
}
