import { INestApplication } from '@nestjs/common';
import type { User } from '@franscore/domain';
import { ApiClient, SseRecorder } from '@franscore/testing';
import { SYSTEM_ACTOR } from '../audit-log/audit-log.service';
import { UsersService } from '../org/users.service';
import { signInFirstAdmin } from '../test/admin';
import { anotherInstance } from '../test/another-instance';
import { startTestApp, TestApp } from '../test/test-app';

const PASSWORD = 'sturdy-lamp-orbit-42';
/** The embedded database serves one process, whose own endings end its streams: the test needs PostgreSQL. */
const onPostgres = process.env['TEST_DATABASE_URL'] ? describe : describe.skip;

/**
 * A logout or revocation on one instance ends the session's alert streams on
 * the others over the alert bus, not at their next heartbeat's re-check: a
 * stream that ends with no ping ended before its first heartbeat (25 s).
 */
onPostgres('a session ended on one instance ends its streams on another at once (PostgreSQL only: TEST_DATABASE_URL)', () => {
  let t: TestApp;
  let second: { app: INestApplication; baseUrl: string };
  let admin: ApiClient;
  let sam: User;
  const streams: SseRecorder[] = [];

  const signInSam = async () => {
    const c = new ApiClient(() => t.baseUrl);
    expect((await c.login('sam@example.com', PASSWORD)).status).toBe(200);
    return c;
  };
  const streamOnSecond = async (c: ApiClient) => {
    const s = new SseRecorder(`${second.baseUrl}/api/alerts/stream`, { cookie: c.cookieHeader() });
    streams.push(s);
    await s.opened;
    return s;
  };

  beforeAll(async () => {
    t = await startTestApp();
    second = await anotherInstance(t);
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
    await second?.app.close();
    await t?.close();
  });

  it('at logout', async () => {
    const c = await signInSam();
    const stream = await streamOnSecond(c);
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    await stream.ended;
    expect(stream.events).toEqual([]);
  });

  it("when an admin revokes the user's sessions", async () => {
    const stream = await streamOnSecond(await signInSam());
    expect((await admin.patch(`/api/users/${sam.id}`, { password: 'kettle-orbit-7391' })).status).toBe(200);
    await stream.ended;
    expect(stream.events).toEqual([]);
    expect((await admin.patch(`/api/users/${sam.id}`, { password: PASSWORD })).status).toBe(200);
  });
});
