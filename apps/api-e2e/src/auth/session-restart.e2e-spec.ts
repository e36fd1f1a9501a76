import { ApiClient } from '@franscore/testing';
import { DEMO_EMAIL } from '../support/demo-world';
import { RunningServer, startServer } from '../support/server';

describe('a session across a server restart', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server?.close());

  it('keeps writing with the CSRF token issued before the restart', async () => {
    const admin = new ApiClient(() => server.baseUrl);
    expect((await admin.login(DEMO_EMAIL.admin)).status).toBe(200);
    expect((await admin.post('/api/regions', { code: 'BEFORE', name: 'Before the restart' })).status).toBe(201);
    await server.stop();
    await server.restart();
    expect((await admin.post('/api/regions', { code: 'AFTER', name: 'After the restart' })).status).toBe(201);
  });
});
