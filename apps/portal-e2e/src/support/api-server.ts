import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const WORKSPACE_ROOT = join(__dirname, '..', '..', '..', '..');
const MAIN = join(WORKSPACE_ROOT, 'dist/apps/api/apps/api/src/main.js');
const PORTAL_DIR = join(WORKSPACE_ROOT, 'dist/apps/portal/browser');
const START_TIMEOUT_MS = 90_000;

export interface ApiServer {
  readonly baseUrl: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(
  baseUrl: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The API exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API did not answer /api/health within ${START_TIMEOUT_MS} ms:\n${output()}`);
}

/** The built API on a free port with a fresh data folder, so the demo network is seeded anew. */
export async function startApiServer(): Promise<ApiServer> {
  for (const needed of [MAIN, join(PORTAL_DIR, 'index.html')]) {
    if (!existsSync(needed))
      throw new Error(`${needed} is missing: build api and portal first (npm run e2e does).`);
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'franscore-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(process.execPath, [MAIN], {
    cwd: WORKSPACE_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      PORTAL_DIR,
      LOG_LEVEL: 'warn',
      // Every test signs in; the real limit is for people, not for this suite.
      LOGIN_RATE_LIMIT: '1000',
      // The suite files complaints from one address faster than any real customer would.
      INTAKE_RATE_LIMIT_CLIENT: '1000',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
