import { ApiClient } from '@franscore/testing';
import { DEMO_EMAIL } from '../support/demo-world';
import { RunningServer, startServer } from '../support/server';

describe('restart keeps the data', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server?.close());

  it('a region created before a restart is there after it, and the demo is not seeded twice', async () => {
    const admin = new ApiClient(() => server.baseUrl);
    await admin.login(DEMO_EMAIL.admin);
    const seeded = (await admin.get<{ total: number }>('/api/regions?pageSize=1')).body.total;
    expect(seeded).toBeGreaterThan(0);
    expect((await admin.post('/api/regions', { code: 'KEEP', name: 'Kept' })).status).toBe(201);
    await server.stop();
    await server.restart();
    const again = new ApiClient(() => server.baseUrl);
    await again.login(DEMO_EMAIL.admin);
    const regions = await again.get<{ items: Array<{ code: string }>; total: number }>('/api/regions?pageSize=200');
    expect(regions.body.items.map((r) => r.code)).toContain('KEEP');
    expect(regions.body.total).toBe(seeded + 1);
    const health = await again.get<{ database: { migrationsPending: number } }>('/api/health');
    expect(health.body.database.migrationsPending).toBe(0);
  });
});
