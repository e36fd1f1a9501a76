import { ApiClient } from '@franscore/testing';
import { DEMO_EMAIL } from '../support/demo-world';
import { RunningServer, startServer } from '../support/server';

describe('sign-in and sessions', () => {
  let server: RunningServer;
  const client = () => new ApiClient(() => server.baseUrl);

  beforeAll(async () => {
    server = await startServer({ LOGIN_RATE_LIMIT: '8' });
  });
  afterAll(() => server?.close());

  it('sets an httpOnly SameSite session cookie and answers who is signed in', async () => {
    const c = client();
    const res = await c.login(DEMO_EMAIL.franchisee);
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((h) => h.startsWith('fs_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await c.get<{ user: { email: string; role: string } }>('/api/auth/me');
    expect(me.body.user).toMatchObject({ email: DEMO_EMAIL.franchisee, role: 'franchisee' });
    expect(JSON.stringify(me.body)).not.toMatch(/password/i);
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const wrongPassword = await client().login(DEMO_EMAIL.admin, 'not-the-password');
    const unknownUser = await client().login('nobody@franscore.demo', 'not-the-password');
    expect(wrongPassword.status).toBe(401);
    expect(unknownUser.status).toBe(401);
    expect(wrongPassword.body).toEqual(unknownUser.body);
  });

  it('revokes the session on logout', async () => {
    const c = client();
    await c.login(DEMO_EMAIL.auditor);
    const cookieHeader = c.cookieHeader();
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    const replay = await fetch(`${server.baseUrl}/api/auth/me`, { headers: { cookie: cookieHeader } });
    expect(replay.status).toBe(401);
  });

  it('refuses a write without the CSRF token or from another origin, and changes nothing', async () => {
    const c = client();
    await c.login(DEMO_EMAIL.admin);
    const token = c.csrfToken;
    c.forgetCsrf();
    const noToken = await c.post('/api/regions', { code: 'CSRF1', name: 'Forged' });
    expect(noToken.status).toBe(403);
    c.csrfToken = token;
    const foreign = await c.request('POST', '/api/regions', { code: 'CSRF2', name: 'Forged' });
    expect(foreign.status).toBe(201);
    const crossSite = await fetch(`${server.baseUrl}/api/regions`, {
      method: 'POST',
      headers: {
        cookie: c.cookieHeader(),
        'x-csrf-token': token ?? '',
        origin: 'https://evil.example',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ code: 'CSRF3', name: 'Forged' }),
    });
    expect(crossSite.status).toBe(403);
    const codes = (await c.get<{ items: Array<{ code: string }> }>('/api/regions?pageSize=200')).body.items.map((r) => r.code);
    expect(codes).toContain('CSRF2');
    expect(codes).not.toContain('CSRF1');
    expect(codes).not.toContain('CSRF3');
  });

  it('rate-limits repeated login attempts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await client().login(DEMO_EMAIL.location_staff, 'wrong-password')).status);
    const firstLimited = statuses.indexOf(429);
    expect(firstLimited).toBeGreaterThanOrEqual(0);
    expect(statuses.slice(firstLimited).every((s) => s === 429)).toBe(true);
    // Once limited, even the right password waits.
    expect((await client().login(DEMO_EMAIL.location_staff)).status).toBe(429);
  });

  it('serves headers from helmet and the OpenAPI document', async () => {
    const res = await fetch(`${server.baseUrl}/api/docs-json`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const doc = (await res.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/locations', '/api/auth/login']));
  });
});
