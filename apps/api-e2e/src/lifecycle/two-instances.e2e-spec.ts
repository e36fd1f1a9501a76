import type { Alert, Location, Page } from '@franscore/domain';
import { ApiClient, SseRecorder } from '@franscore/testing';
import { fileComplaint, intakeBody } from '../crash/crash-workload';
import { DEMO_EMAIL } from '../support/demo-world';
import { RunningServer, startServer } from '../support/server';

/**
 * Two API processes as behind a load balancer, sharing nothing but one
 * PostgreSQL database. The scheduled work (SLA sweep, period close) has no
 * route to fire it: apps/api/src/scheduled-work.integration-spec.ts runs it on
 * two instances at once. PGlite lives inside one process and a second one
 * cannot reach it, so without TEST_DATABASE_URL this is skipped.
 */
const onPostgres = process.env['TEST_DATABASE_URL'] ? describe : describe.skip;

onPostgres('two API instances on one PostgreSQL database (skipped without TEST_DATABASE_URL: PGlite is one process)', () => {
  let one: RunningServer;
  let two: RunningServer;
  const streams: SseRecorder[] = [];

  beforeAll(async () => {
    one = await startServer();
    two = await startServer({}, { attachTo: one });
  });
  afterAll(async () => {
    for (const s of streams) s.close();
    await two?.close();
    await one?.close();
  });

  /** A client signed in on instance 1 whose next requests go wherever `target` points. */
  const signedInOnOne = async (email: string) => {
    let target = one.baseUrl;
    const c = new ApiClient(() => target);
    expect((await c.login(email)).status).toBe(200);
    return { c, to: (s: RunningServer) => (target = s.baseUrl) };
  };
  const streamOn = (s: RunningServer, c: ApiClient) => {
    const r = new SseRecorder<Alert>(`${s.baseUrl}/api/alerts/stream`, { cookie: c.cookieHeader() });
    streams.push(r);
    return r;
  };

  it('takes a session and its CSRF token from one instance for a write on the other', async () => {
    const admin = await signedInOnOne(DEMO_EMAIL.admin);
    admin.to(two);
    expect((await admin.c.post('/api/regions', { code: 'TWIN', name: 'Written on instance 2' })).status).toBe(201);
    admin.to(one);
    const regions = await admin.c.get<Page<{ code: string }>>('/api/regions?pageSize=200');
    expect(regions.body.items.map((r) => r.code)).toContain('TWIN');
  });

  it("carries an alert raised on one instance to a live stream on the other, and a logout on one ends the session's streams on the other at once", async () => {
    const staff = await signedInOnOne(DEMO_EMAIL.location_staff);
    const [location] = (await staff.c.get<Page<Location>>('/api/locations')).body.items;
    const live = streamOn(two, staff.c);
    await live.opened;

    const filed = await fileComplaint(one.baseUrl, location.code, 'twin-alert', intakeBody('twin-alert', 0));
    expect(filed.status).toBe(201);
    const alert = await live.waitFor((e) => e.type === 'alert' && e.data.complaintId === filed.receipt?.id, 60_000);
    expect(alert.data).toMatchObject({ kind: 'complaint_received', locationId: location.id });

    // Opened just now, this stream's first heartbeat is 25 s off: had it waited for the heartbeat's re-check, a ping would come first.
    const fresh = streamOn(two, staff.c);
    await fresh.opened;
    const cookie = staff.c.cookieHeader();
    expect((await staff.c.post('/api/auth/logout')).status).toBe(204);
    await Promise.all([fresh.ended, live.ended]);
    expect(fresh.events.filter((e) => e.type === 'ping')).toEqual([]);
    expect((await fetch(`${two.baseUrl}/api/alerts`, { headers: { cookie } })).status).toBe(401);
  });
});
