import { Agent, createServer, IncomingMessage, request, Server, ServerResponse } from 'node:http';
import { AddressInfo, Socket } from 'node:net';
import { gracefulShutdown, ShutdownSteps } from './shutdown';

interface Harness {
  server: Server;
  port: number;
  calls: string[];
  exits: number[];
  warnings: string[];
  shutdown: (reason: string) => Promise<void>;
  /** Requests to /slow wait here until the test lets them answer. */
  held: ServerResponse[];
  arrived: Promise<void>;
}

async function harness(steps: Partial<ShutdownSteps> = {}, graceMs = 60_000): Promise<Harness> {
  const calls: string[] = [];
  const exits: number[] = [];
  const warnings: string[] = [];
  const held: ServerResponse[] = [];
  let onArrive = () => undefined as void;
  const arrived = new Promise<void>((r) => (onArrive = r));
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/slow') {
      held.push(res);
      onArrive();
    } else if (req.url === '/stream') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: hello\n\n');
      onArrive();
    } else res.end('ok');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const shutdown = gracefulShutdown(
    server,
    {
      stopScheduledWork: () => void calls.push('stopScheduledWork'),
      closeApp: async () => void calls.push(`closeApp (server listening: ${server.listening})`),
      closeDatabase: async () => void calls.push('closeDatabase'),
      ...steps,
    },
    {
      graceMs,
      log: { log: () => undefined, warn: (m) => void warnings.push(m), error: () => undefined },
      exit: (code) => void exits.push(code),
    },
  );
  return { server, port: (server.address() as AddressInfo).port, calls, exits, warnings, shutdown, held, arrived };
}

function get(port: number, path: string, agent: Agent, headers: Record<string, string> = {}): Promise<{ status: number; headers: IncomingMessage['headers']; body: string; socket: Socket }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, socket: req.socket as Socket }));
    });
    req.on('error', reject);
    req.end();
  });
}

const closed = (socket: Socket) => new Promise<void>((r) => (socket.destroyed ? r() : socket.once('close', () => r())));

describe('graceful shutdown', () => {
  it('stops scheduled work, drains HTTP, then closes the app and the database once, and exits 0', async () => {
    const h = await harness();
    const first = h.shutdown('SIGTERM');
    const second = h.shutdown('SIGTERM');
    await Promise.all([first, second]);
    expect(second).toBe(first);
    expect(h.calls).toEqual(['stopScheduledWork', 'closeApp (server listening: false)', 'closeDatabase']);
    expect(h.exits).toEqual([0]);
  });

  it('closes idle keep-alive connections and lets a request in flight finish with Connection: close', async () => {
    const h = await harness();
    const agent = new Agent({ keepAlive: true, maxSockets: 2 });
    const idle = await get(h.port, '/fast', agent);
    expect(idle.headers.connection).toBe('keep-alive');
    const slow = get(h.port, '/slow', new Agent({ keepAlive: true }));
    await h.arrived;

    const done = h.shutdown('SIGTERM');
    await closed(idle.socket);
    expect(h.calls).toEqual(['stopScheduledWork']);
    h.held[0].end('finished');
    const res = await slow;
    await done;

    expect(res).toMatchObject({ status: 200, body: 'finished' });
    expect(res.headers.connection).toBe('close');
    expect(h.calls).toEqual(['stopScheduledWork', 'closeApp (server listening: false)', 'closeDatabase']);
    expect(h.exits).toEqual([0]);
    expect(h.warnings).toEqual([]);
    agent.destroy();
  });

  it('ends live event streams instead of waiting for them', async () => {
    const h = await harness();
    const stream = get(h.port, '/stream', new Agent({ keepAlive: true }), { accept: 'text/event-stream' });
    await h.arrived;
    await h.shutdown('SIGTERM');
    expect((await stream).body).toBe('data: hello\n\n');
    expect(h.warnings).toEqual([]);
  });

  it('cuts a request that outlives the grace and still closes everything', async () => {
    const h = await harness({}, 50);
    const slow = get(h.port, '/slow', new Agent({ keepAlive: true }));
    await h.arrived;
    await h.shutdown('SIGTERM');
    await expect(slow).rejects.toMatchObject({ message: 'socket hang up' });
    expect(h.warnings).toEqual(['Grace of 50 ms over: cutting 1 unfinished request(s)']);
    expect(h.calls).toHaveLength(3);
    expect(h.exits).toEqual([0]);
  });

  it('exits 1 when a close fails, without skipping to a second shutdown', async () => {
    const h = await harness({
      closeApp: async () => {
        throw new Error('pool would not end');
      },
    });
    await h.shutdown('SIGINT');
    await h.shutdown('SIGTERM');
    expect(h.exits).toEqual([1]);
  });
});
