import type { ErrorBody } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { SYSTEM_ACTOR } from '../audit-log/audit-log.service';
import { UsersService } from '../org/users.service';
import { signInFirstAdmin } from '../test/admin';
import { startTestApp, TestApp } from '../test/test-app';
import { complain, tinyNetwork } from '../test/tiny-network';

const GOOD_PASSWORD = 'sturdy-lamp-orbit-42';

function signIn(t: TestApp, email: string, password: string, forwardedFor?: string): Promise<{ status: number; body: ErrorBody }> {
  return fetch(`${t.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
    body: JSON.stringify({ email, password }),
  }).then(async (res) => ({ status: res.status, body: (await res.json()) as ErrorBody }));
}

async function statuses(n: number, send: (i: number) => Promise<{ status: number }>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await send(i)).status);
  return out;
}

describe('rate limits without TRUST_PROXY', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_RATE_LIMIT: '2' });
  });
  afterAll(() => t.close());

  it('a loopback caller spoofing X-Forwarded-For stays in its own bucket', async () => {
    const answers = await statuses(3, (i) => signIn(t, `nobody${i}@example.com`, 'wrong-password', `203.0.113.${i}`));
    expect(answers).toEqual([401, 401, 429]);
  });
});

describe('rate limits behind a trusted proxy', () => {
  let t: TestApp;
  let code: string;
  let admin: ApiClient;
  const users = ['anna@example.com', 'boris@example.com', 'chen@example.com'];

  beforeAll(async () => {
    t = await startTestApp({
      TRUST_PROXY: '1',
      LOGIN_RATE_LIMIT: '2',
      STATUS_RATE_LIMIT_CLIENT: '3',
      INTAKE_RATE_LIMIT_CLIENT: '3',
      INTAKE_RATE_LIMIT_LOCATION: '3',
    });
    admin = await signInFirstAdmin(t);
    code = (await tinyNetwork(admin)).code;
    for (const email of users) {
      await t.app.get(UsersService).create(SYSTEM_ACTOR, { email, displayName: email, password: GOOD_PASSWORD, role: 'auditor', regionIds: [], franchiseeId: null, locationId: null });
    }
  });
  afterAll(() => t.close());

  it('each forwarded client gets its own sign-in bucket', async () => {
    const answers = await statuses(3, (i) => signIn(t, `nobody${i}@example.com`, 'wrong-password', `198.51.100.${i}`));
    expect(answers).toEqual([401, 401, 401]);
  });

  it("takes the proxy's forwarded host as our origin", async () => {
    const res = await fetch(`${t.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://franscore.example', 'x-forwarded-host': 'franscore.example', 'x-forwarded-for': '10.5.0.1' },
      body: JSON.stringify({ email: users[1], password: GOOD_PASSWORD }),
    });
    expect(res.status).toBe(200);
  });

  it('backs off an account after five failures, whatever addresses the guesses come from', async () => {
    const [anna, boris] = users;
    expect(await statuses(5, (i) => signIn(t, anna, 'wrong-password', `10.1.0.${i}`))).toEqual([401, 401, 401, 401, 401]);
    const held = await signIn(t, anna, GOOD_PASSWORD, '10.1.0.99');
    expect(held.status).toBe(429);
    expect(held.body.code).toBe('auth.too_many_tries');
    // Another account is not held back by it.
    expect((await signIn(t, boris, GOOD_PASSWORD, '10.1.0.98')).status).toBe(200);
    // The first wait is 30 seconds; then the owner gets in, and that success starts the count afresh.
    t.clock.advanceMinutes(1);
    expect((await signIn(t, anna, GOOD_PASSWORD, '10.1.0.97')).status).toBe(200);
    expect(await statuses(4, (i) => signIn(t, anna.toUpperCase(), 'wrong-password', `10.1.1.${i}`))).toEqual([401, 401, 401, 401]);
    expect((await signIn(t, anna, GOOD_PASSWORD, '10.1.0.96')).status).toBe(200);
  });

  it('parallel guesses queue on the account: only five get a verdict', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => signIn(t, users[2], 'wrong-password', `10.2.0.${i}`)));
    expect(answers.filter((a) => a.status === 401)).toHaveLength(5);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(7);
  });

  it('public intake keys on the forwarded client and on the location', async () => {
    const [busy, quiet] = [(await tinyNetwork(admin, 'TINY-002')).code, (await tinyNetwork(admin, 'TINY-003')).code];
    const submit = (loc: string, ip: string, n: number) =>
      fetch(`${t.baseUrl}/api/public/locations/${loc}/complaints`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `intake-key-${ip}-${n}`, 'x-forwarded-for': ip },
        body: JSON.stringify({ category: 'wait_time', description: 'Waited forty minutes' }),
      });
    expect(await statuses(4, (i) => submit(busy, '10.4.0.1', i))).toEqual([201, 201, 201, 429]);
    // The location has had its 3 for the minute, whoever asks; another location has not.
    expect((await submit(busy, '10.4.0.2', 0)).status).toBe(429);
    expect((await submit(quiet, '10.4.0.2', 1)).status).toBe(201);
  });

  it('a forger who spends its status-link bucket does not lock another customer out', async () => {
    const receipt = await complain(t.baseUrl, code, 'status-key-0001', { 'x-forwarded-for': '10.3.0.1' });
    const lookup = (token: string, ip: string) => fetch(`${t.baseUrl}/api/public/status/${token}`, { headers: { 'x-forwarded-for': ip } });
    const forged = await statuses(4, (i) => lookup(`CX-FORGED-${i}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`, '10.3.0.66'));
    expect(forged).toEqual([404, 404, 404, 429]);
    expect((await lookup(receipt.statusToken, '10.3.0.1')).status).toBe(200);
    expect((await lookup(receipt.statusToken, '10.3.0.2')).status).toBe(200);
  });
});
