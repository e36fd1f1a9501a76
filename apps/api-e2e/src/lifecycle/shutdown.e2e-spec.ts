import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, ClientRequest, IncomingMessage, request } from 'node:http';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

const MAIN = resolve(__dirname, '../../../../dist/apps/api/apps/api/src/main.js');
/** pg_control's DBState sits after the system identifier (8 bytes) and two version numbers (4 each). */
const DB_STATE_OFFSET = 16;
const DB_SHUTDOWNED = 1;

interface Spawned {
  child: ChildProcess;
  port: number;
  output: () => string;
  /** Resolves when the server has written `text` to stdout or stderr. */
  printed(text: string): Promise<void>;
  exited: Promise<number | null>;
}

/** A fresh empty database: a temp DATA_DIR for PGlite, or a new database on TEST_DATABASE_URL. */
async function freshDatabase(): Promise<{ env: Record<string, string>; dataDir: string | null; drop(): Promise<void> }> {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'franscore-shutdown-'));
    return { env: { DATA_DIR: dir }, dataDir: dir, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `franscore_shutdown_${randomBytes(6).toString('hex')}`;
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

function launch(env: Record<string, string>): Spawned {
  const child = spawn(process.execPath, [MAIN], {
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
      void exited.then(() => rej(new Error(`exited before printing "${text}":\n${out}`)));
    });
  return { child, port: 0, output: () => out, printed, exited };
}

/** A request whose body is held back: it resolves once the server has taken the headers (100 Continue). */
function heldRequest(port: number, agent: Agent, body: string): Promise<{ req: ClientRequest; response: Promise<IncomingMessage & { text: string }> }> {
  return new Promise((resolveHeld, reject) => {
    const req = request({
      host: '127.0.0.1',
      port,
      path: '/api/auth/login',
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue' },
    });
    const response = new Promise<IncomingMessage & { text: string }>((res, rej) => {
      req.on('response', (r) => {
        let text = '';
        r.on('data', (c: Buffer) => (text += c.toString()));
        r.on('end', () => res(Object.assign(r, { text })));
      });
      req.on('error', rej);
    });
    req.on('continue', () => resolveHeld({ req, response }));
    req.on('error', reject);
    req.flushHeaders();
  });
}

function get(port: number, path: string, agent: Agent): Promise<{ status: number; socket: Socket }> {
  return new Promise((res, rej) => {
    const req = request({ host: '127.0.0.1', port, path, agent }, (r) => {
      r.resume();
      r.on('end', () => res({ status: r.statusCode ?? 0, socket: req.socket as Socket }));
    });
    req.on('error', rej);
    req.end();
  });
}

describe('shutdown on SIGTERM', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let server: Spawned | null = null;

  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(async () => {
    if (server && server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    await db.drop();
  });

  it('finishes the request in flight, closes idle keep-alive connections, shuts down once and exits 0', async () => {
    server = launch(db.env);
    await server.printed('Franscore is ready at');
    const port = Number(/ready at http:\/\/localhost:(\d+)/.exec(server.output())?.[1]);

    const idleAgent = new Agent({ keepAlive: true });
    const idle = await get(port, '/api/health', idleAgent);
    expect(idle.status).toBe(200);
    const idleClosed = new Promise<void>((r) => idle.socket.once('close', () => r()));

    const body = JSON.stringify({ email: 'nobody@example.com', password: 'not-the-password' });
    const held = await heldRequest(port, new Agent({ keepAlive: true }), body);

    server.child.kill('SIGTERM');
    await server.printed('Shutting down (SIGTERM): finishing 1 request(s) in flight');
    await idleClosed;
    server.child.kill('SIGTERM');
    await server.printed('Already shutting down; ignoring SIGTERM');

    held.req.end(body);
    const res = await held.response;
    expect(res.statusCode).toBeLessThan(500);
    expect(res.headers.connection).toBe('close');

    expect(await server.exited).toBe(0);
    const out = server.output();
    expect(out).not.toMatch(/more than once/);
    expect(out).not.toMatch(/Grace of/);
    expect(out.match(/Shutting down/g)).toHaveLength(1);
    expect(out).toContain('Stopped cleanly');
    idleAgent.destroy();
  });

  it('leaves the embedded database shut down cleanly, not in production (no crash recovery at the next start)', () => {
    if (!db.dataDir) return;
    const control = readFileSync(join(db.dataDir, 'pgdata', 'global', 'pg_control'));
    expect(control.readInt32LE(DB_STATE_OFFSET)).toBe(DB_SHUTDOWNED);
    expect(existsSync(join(db.dataDir, 'socket.json'))).toBe(false);
  });
});
