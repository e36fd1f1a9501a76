import { SchedulerRegistry } from '@nestjs/schedule';
import { startTestApp, TestApp } from './test/test-app';
import { stopScheduledWork } from './shutdown';

describe('stopping scheduled work at shutdown', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('clears every interval and cron job the app runs', () => {
    const registry = t.app.get(SchedulerRegistry);
    expect(registry.getIntervals().length + registry.getCronJobs().size).toBeGreaterThan(0);
    stopScheduledWork(t.app);
    expect(registry.getIntervals()).toEqual([]);
    expect(registry.getTimeouts()).toEqual([]);
    expect([...registry.getCronJobs().keys()]).toEqual([]);
  });
});
