import { INestApplication } from '@nestjs/common';
import { ApiClient } from '@franscore/testing';
import { anotherInstance } from '../test/another-instance';
import { ADMIN_PASSWORD, signInFirstAdmin } from '../test/admin';
import { startTestApp, TestApp } from '../test/test-app';

describe('CSRF tokens across instances and restarts', () => {
  let t: TestApp;
  const others: INestApplication[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    await signInFirstAdmin(t);
  });
  afterAll(async () => {
    for (const app of others) await app.close().catch(() => undefined);
    await t.close();
  });

  it('a token issued by one instance is accepted by another on the same database', async () => {
    let target = t.baseUrl;
    const admin = new ApiClient(() => target);
    expect((await admin.login('root@example.com', ADMIN_PASSWORD)).status).toBe(200);
    const second = await anotherInstance(t);
    others.push(second.app);
    target = second.baseUrl;
    const res = await admin.post('/api/regions', { code: 'TWO', name: 'Written through instance 2' });
    expect(res.status).toBe(201);
  });

  it('a token issued before a restart is accepted after it', async () => {
    const first = await anotherInstance(t);
    let target = first.baseUrl;
    const admin = new ApiClient(() => target);
    expect((await admin.login('root@example.com', ADMIN_PASSWORD)).status).toBe(200);
    await first.app.close();
    const restarted = await anotherInstance(t);
    others.push(restarted.app);
    target = restarted.baseUrl;
    const res = await admin.post('/api/regions', { code: 'AFTER', name: 'Written after the restart' });
    expect(res.status).toBe(201);
  });

  it('still refuses a write without the token, with its own code', async () => {
    const admin = new ApiClient(() => t.baseUrl);
    await admin.login('root@example.com', ADMIN_PASSWORD);
    admin.forgetCsrf();
    const res = await admin.post<{ code: string }>('/api/regions', { code: 'NOTOKEN', name: 'Forged' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('auth.csrf');
  });
});
