import { existsSync, readFileSync } from 'node:fs';
import { Agent, ClientRequest, IncomingMessage, request } from 'node:http';
import { Socket } from 'node:net';
import { join } from 'node:path';
import { freshDatabase, launch, Spawned, stopped } from './process';

/** pg_control's DBState sits after the system identifier (8 bytes) and two version numbers (4 each). */
const DB_STATE_OFFSET = 16;
const DB_SHUTDOWNED = 1;

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
    await stopped(server);
    await db.drop();
  });

  it('finishes the request in flight, closes idle keep-alive connections, shuts down once and exits 0', async () => {
    server = launch(db.env);
    await server.printed('Franscore is ready at');
    const port = server.port();

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

  it('keeps a signal sent while starting and stops cleanly once the start is done', async () => {
    server = launch(db.env);
    await server.printed('Starting Nest application');
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const out = server.output();
    expect(out).toContain('SIGTERM while starting');
    expect(out.indexOf('Shutting down')).toBeGreaterThan(out.indexOf('Franscore is ready at'));
    expect(out).toContain('Stopped cleanly');
  });

  it('leaves the embedded database shut down cleanly, not in production (no crash recovery at the next start)', () => {
    if (!db.dataDir) return;
    const control = readFileSync(join(db.dataDir, 'pgdata', 'global', 'pg_control'));
    expect(control.readInt32LE(DB_STATE_OFFSET)).toBe(DB_SHUTDOWNED);
    expect(existsSync(join(db.dataDir, 'socket.json'))).toBe(false);
  });
});
