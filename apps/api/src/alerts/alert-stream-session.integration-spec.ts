import type { ErrorBody, User } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { SYSTEM_ACTOR } from '../audit-log/audit-log.service';
import { UsersService } from '../org/users.service';
import { signInFirstAdmin } from '../test/admin';
import { startTestApp, TEST_NOW, TestApp } from '../test/test-app';
import { anotherInstance } from '../test/another-instance';
import { AlertsService, MAX_STREAMS_PER_SESSION } from './alerts.service';

interface OpenStream {
  status: number;
  body: string;
  /** Resolves when the server ends the stream. */
  ended: Promise<'ended'>;
  close(): void;
}

/** GET /api/alerts/stream as a browser's EventSource would, read until the server ends it. */
async function openStream(baseUrl: string, cookie: string): Promise<OpenStream> {
  const controller = new AbortController();
  const res = await fetch(`${baseUrl}/api/alerts/stream`, { headers: { accept: 'text/event-stream', cookie }, signal: controller.signal });
  if (res.status !== 200) return { status: res.status, body: await res.text(), ended: Promise.resolve('ended'), close: () => undefined };
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const ended = (async () => {
    while (!(await reader.read()).done);
    return 'ended' as const;
  })();
  ended.catch(() => undefined);
  return { status: res.status, body: '', ended, close: () => controller.abort() };
}

/** The stream's end, or 'open' if it is still going after a generous while (a failing test, not a slow machine). */
async function endOf(s: OpenStream): Promise<'ended' | 'open'> {
  let timer: NodeJS.Timeout | undefined;
  const stillOpen = new Promise<'open'>((r) => (timer = setTimeout(() => r('open'), 15_000)));
  try {
    return await Promise.race([s.ended, stillOpen]);
  } finally {
    clearTimeout(timer);
  }
}

describe('live alert streams live as long as their session', () => {
  let t: TestApp;
  let admin: ApiClient;
  let sam: User;
  const streams: OpenStream[] = [];
  const PASSWORD = 'sturdy-lamp-orbit-42';

  const signInSam = async (password = PASSWORD) => {
    const c = new ApiClient(() => t.baseUrl);
    expect((await c.login('sam@example.com', password)).status).toBe(200);
    return c;
  };
  const open = async (c: ApiClient) => {
    const s = await openStream(t.baseUrl, c.cookieHeader());
    streams.push(s);
    return s;
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInFirstAdmin(t);
    sam = await t.app.get(UsersService).create(SYSTEM_ACTOR, {
      email: 'sam@example.com',
      displayName: 'Sam',
      password: PASSWORD,
      role: 'auditor',
      regionIds: [],
      franchiseeId: null,
      locationId: null,
    });
  });
  afterAll(async () => {
    for (const s of streams) s.close();
    await t.close();
  });

  it('ends at logout', async () => {
    const c = await signInSam();
    const stream = await open(c);
    expect(stream.status).toBe(200);
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    expect(await endOf(stream)).toBe('ended');
  });

  it("ends when an admin revokes the user's sessions (a new password)", async () => {
    const c = await signInSam();
    const stream = await open(c);
    expect((await admin.patch(`/api/users/${sam.id}`, { password: 'kettle-orbit-7391' })).status).toBe(200);
    expect(await endOf(stream)).toBe('ended');
    expect((await admin.patch(`/api/users/${sam.id}`, { password: PASSWORD })).status).toBe(200);
  });

  it('ends when the session expires', async () => {
    const c = await signInSam();
    // Sessions last 12 hours; the stream opens 100 ms before this one's end.
    t.clock.set(new Date(TEST_NOW.getTime() + 12 * 3_600_000 - 100));
    try {
      const stream = await open(c);
      expect(stream.status).toBe(200);
      expect(await endOf(stream)).toBe('ended');
    } finally {
      t.clock.set(TEST_NOW);
    }
  });

  it('ends within a heartbeat when another instance ends the session', async () => {
    const second = await anotherInstance(t);
    let stream: OpenStream | null = null;
    try {
      // Only the heartbeat's re-check can tell: the logout happens in another process.
      second.app.get(AlertsService).heartbeatMs = 100;
      const c = await signInSam();
      stream = await openStream(second.baseUrl, c.cookieHeader());
      expect(stream.status).toBe(200);
      expect((await c.post('/api/auth/logout')).status).toBe(204);
      expect(await endOf(stream)).toBe('ended');
    } finally {
      stream?.close();
      await second.app.close();
    }
  });

  it(`refuses a stream past ${MAX_STREAMS_PER_SESSION} per session with 429, and takes it once one closes`, async () => {
    const c = await signInSam();
    const first = [];
    for (let i = 0; i < MAX_STREAMS_PER_SESSION; i++) first.push(await open(c));
    expect(first.map((s) => s.status)).toEqual(Array(MAX_STREAMS_PER_SESSION).fill(200));
    const refused = await open(c);
    expect(refused.status).toBe(429);
    expect((JSON.parse(refused.body) as ErrorBody).code).toBe('alerts.too_many_streams');
    // Another session of the same user has its own allowance.
    expect((await open(await signInSam())).status).toBe(200);
    first[0].close();
    // The server notices the closed connection on its own time: ask until it has.
    let again = await open(c);
    for (let i = 0; again.status === 429 && i < 100; i++) {
      await new Promise((r) => setTimeout(r, 50));
      again = await open(c);
    }
    expect(again.status).toBe(200);
  });
});
