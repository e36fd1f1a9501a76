import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const WORKSPACE_ROOT = join(__dirname, '..', '..', '..', '..');
// E2E_DIST_DIR runs one spec against builds kept apart from dist/apps (e.g. `dist/mine`, holding api/ and portal/).
const DIST = process.env['E2E_DIST_DIR'];
const MAIN = join(WORKSPACE_ROOT, DIST ? `${DIST}/api/apps/api/src/main.js` : 'dist/apps/api/apps/api/src/main.js');
const PORTAL_DIR = join(WORKSPACE_ROOT, DIST ? `${DIST}/portal/browser` : 'dist/apps/portal/browser');
const READY = /ready at http:\/\/localhost:(\d+)/;
/** When the parent dies, even by SIGKILL, its IPC channel closes and the server kills itself. */
const ORPHAN_GUARD = 'data:text/javascript,process.on("disconnect",()=>process.kill(process.pid,"SIGKILL"))';
/** Bounds only the clean stop; the API's own grace for requests in flight is 10 s. */
const STOP_GRACE_MS = 20_000;

export interface ApiServer {
  readonly baseUrl: string;
  stop(): Promise<void>;
}

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/**
 * Global setup runs in Jest's own process: if it exits or is interrupted
 * before global teardown, the server goes with it.
 */
function killOnExit(child: ChildProcess): () => void {
  const kill = () => {
    if (alive(child)) child.kill('SIGKILL');
  };
  const onSignal = (signal: NodeJS.Signals) => {
    kill();
    release();
    process.kill(process.pid, signal);
  };
  const release = () => {
    process.removeListener('exit', kill);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  };
  process.once('exit', kill);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return release;
}

/** Resolves with the port on the server's ready line, however long a loaded machine takes; rejects if it exits first. */
function ready(child: ChildProcess, output: () => string, append: (text: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    let since: string | null = '';
    const onData = (chunk: Buffer) => {
      // Drained for as long as the server runs, kept only until it is ready.
      if (since === null) return;
      const text = chunk.toString();
      append(text);
      since += text;
      const m = READY.exec(since);
      if (!m) return;
      since = null;
      resolve(m[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`The API exited (${signal ?? code}) before it was ready:\n${output()}`)));
  });
}

/** The built API with a fresh data folder, so the full demo network is seeded anew. */
export async function startApiServer(): Promise<ApiServer> {
  for (const needed of [MAIN, join(PORTAL_DIR, 'index.html')]) {
    if (!existsSync(needed))
      throw new Error(`${needed} is missing: build api and portal first (npm run e2e does).`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'franscore-e2e-'));
  let output = '';
  const child = spawn(process.execPath, ['--import', ORPHAN_GUARD, MAIN], {
    cwd: WORKSPACE_ROOT,
    env: {
      ...process.env,
      PORT: '0',
      DATA_DIR: dataDir,
      PORTAL_DIR,
      // The ready line is logged at this level.
      LOG_LEVEL: 'log',
      // Every test signs in; the real limit is for people, not for this suite.
      LOGIN_RATE_LIMIT: '1000',
      // The suite files complaints from one address faster than any real customer would.
      INTAKE_RATE_LIMIT_CLIENT: '1000',
      // Push messages may go to a stand-in push service on loopback, whose messages the journeys decrypt.
      PUSH_HTTP_LOOPBACK: 'on',
      // Webhooks may go to a receiver the journeys run on loopback.
      WEBHOOKS_ALLOW_PRIVATE: 'on',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const release = killOnExit(child);

  const stop = async () => {
    if (alive(child)) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    }
    release();
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const port = await ready(child, () => output, (text) => (output += text));
    return { baseUrl: `http://127.0.0.1:${port}`, stop };
  } catch (error) {
    if (alive(child)) child.kill('SIGKILL');
    await stop();
    throw error;
  }
}
