import type { ErrorBody, Page, User } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { ADMIN_PASSWORD, signInFirstAdmin } from '../test/admin';
import { startTestApp, TestApp } from '../test/test-app';
import { complain, tinyNetwork } from '../test/tiny-network';

describe('sign-in origin, cache headers and the password policy', () => {
  let t: TestApp;
  let admin: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInFirstAdmin(t);
  });
  afterAll(() => t.close());

  const signIn = (origin?: string) =>
    fetch(`${t.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(origin === undefined ? {} : { origin }) },
      body: JSON.stringify({ email: 'root@example.com', password: ADMIN_PASSWORD }),
    });

  describe('Origin', () => {
    it.each([
      { name: 'another site', origin: 'https://evil.example' },
      { name: 'a sandboxed frame', origin: 'null' },
      { name: 'not a URL', origin: 'not a url' },
    ])('sign-in from $name answers 403 auth.origin and opens no session', async ({ origin }) => {
      const res = await signIn(origin);
      expect(res.status).toBe(403);
      expect(((await res.json()) as ErrorBody).code).toBe('auth.origin');
      expect(res.headers.getSetCookie().some((c) => c.startsWith('fs_session='))).toBe(false);
    });

    it('a forged X-Forwarded-Host does not make another site ours without TRUST_PROXY', async () => {
      const res = await fetch(`${t.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' },
        body: JSON.stringify({ email: 'root@example.com', password: ADMIN_PASSWORD }),
      });
      expect(res.status).toBe(403);
    });

    it('signs in from our own origin, or without an Origin', async () => {
      expect((await signIn(t.baseUrl)).status).toBe(200);
      expect((await signIn()).status).toBe(200);
    });

    it('a write with an Origin that is not a URL answers 403, not 500', async () => {
      const res = await fetch(`${t.baseUrl}/api/regions`, {
        method: 'POST',
        headers: { cookie: admin.cookieHeader(), 'x-csrf-token': admin.csrfToken ?? '', origin: '::not a url::', 'content-type': 'application/json' },
        body: JSON.stringify({ code: 'ORIGIN1', name: 'Forged' }),
      });
      expect(res.status).toBe(403);
      expect(((await res.json()) as ErrorBody).code).toBe('auth.origin');
    });
  });

  describe('Cache-Control', () => {
    it('every answer carrying personal data, and errors, say no-store', async () => {
      const location = await tinyNetwork(admin);
      const receipt = await complain(t.baseUrl, location.code, 'cache-key-0001');
      const paths = ['/api/auth/me', '/api/users', '/api/complaints', `/api/complaints/${receipt.id}`, `/api/public/status/${receipt.statusToken}`];
      for (const path of paths) {
        const res = await admin.get(path);
        expect({ path, status: res.status, cache: res.headers.get('cache-control') }).toEqual({ path, status: 200, cache: 'no-store' });
      }
      const signedOut = await fetch(`${t.baseUrl}/api/users`);
      expect(signedOut.status).toBe(401);
      expect(signedOut.headers.get('cache-control')).toBe('no-store');
    });
  });

  describe('passwords', () => {
    const userCount = async () => Number((await t.ds.query(`SELECT count(*) AS n FROM app_user`))[0].n);
    const newUser = (password: string) => ({ email: 'sam.jones@example.com', displayName: 'Samantha Jones', password, role: 'auditor' });

    it.each([
      { name: 'under 12 characters', password: 'kettle-orb1', code: undefined },
      { name: 'a common password', password: 'password1234', code: 'password.common' },
      { name: 'a breached one with a twist', password: 'Qwertyuiop123!', code: 'password.common' },
      { name: 'the e-mail local part', password: 'sam.jones-kettle-7', code: 'password.personal' },
      { name: 'the name', password: 'orbit-samantha-42', code: 'password.personal' },
    ])('refuses $name with 400 naming password, and creates nobody', async ({ password, code }) => {
      const before = await userCount();
      const res = await admin.post<ErrorBody>('/api/users', newUser(password));
      expect(res.status).toBe(400);
      expect(res.body.details?.map((d) => d.field)).toEqual(['password']);
      expect(res.body.code).toBe(code);
      expect(await userCount()).toBe(before);
    });

    it('accepts a strong one, and a change of password goes through the same rule', async () => {
      const created = await admin.post<User>('/api/users', newUser('sturdy-lamp-orbit-42'));
      expect(created.status).toBe(201);
      const weak = await admin.patch<ErrorBody>(`/api/users/${created.body.id}`, { password: 'iloveyou2024' });
      expect(weak.status).toBe(400);
      expect(weak.body.code).toBe('password.common');
      const sam = new ApiClient(() => t.baseUrl);
      expect((await sam.login('sam.jones@example.com', 'sturdy-lamp-orbit-42')).status).toBe(200);
      expect((await admin.patch(`/api/users/${created.body.id}`, { password: 'kettle-orbit-7391' })).status).toBe(200);
      expect((await new ApiClient(() => t.baseUrl).login('sam.jones@example.com', 'kettle-orbit-7391')).status).toBe(200);
      const users = await admin.get<Page<User>>('/api/users?search=sam.jones');
      expect(users.body.items).toHaveLength(1);
    });
  });
});
