import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { filter, firstValueFrom, scan } from 'rxjs';
import { startTestApp, TestApp } from '../test/test-app';
import { Alert } from './alert';
import { AlertBus } from './alert-bus';

const alertWith = (id: string): Alert => ({
  id,
  kind: 'complaint_received',
  complaintId: randomUUID(),
  reference: 'C-1',
  locationId: randomUUID(),
  locationCode: 'MSK-001',
  regionId: randomUUID(),
  franchiseeId: randomUUID(),
  severity: 'minor',
  at: '2026-11-02T09:00:00.000Z',
  roles: ['franchisee'],
});

/**
 * ARCHITECTURE.md, "Live and background work": on PostgreSQL LISTEN/NOTIFY
 * fans alerts out. The listening client must never be asked to send: pg warns
 * (and will refuse in its next major version) when a query is queued on a
 * client that is busy.
 */
describe('alert bus', () => {
  let t: TestApp;
  /**
   * pg's warning goes to the real process, which a Jest sandbox does not see,
   * so the test watches for the condition that raises it: a query handed to
   * a client that is still running or queueing another.
   */
  const busyCalls: string[] = [];
  let spy: jest.SpyInstance;

  beforeAll(async () => {
    t = await startTestApp();
    const query = Client.prototype.query;
    spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client, ...args: unknown[]) {
      const state = this as unknown as { _queryQueue: unknown[]; _activeQuery: unknown };
      if (state._activeQuery || state._queryQueue.length > 0) busyCalls.push(String(args[0]));
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query);
  });
  afterAll(async () => {
    spy.mockRestore();
    await t.close();
  });

  it('delivers each of many concurrent alerts exactly once, with no pg deprecation warning', async () => {
    const bus = t.app.get(AlertBus);
    const ids = Array.from({ length: 200 }, () => randomUUID());
    const sentinel = randomUUID();
    const seen = firstValueFrom(
      bus.alerts$.pipe(
        scan((all: string[], a: Alert) => [...all, a.id], []),
        filter((all) => all.includes(sentinel)),
      ),
    );
    await Promise.all(ids.map((id) => bus.publish(alertWith(id))));
    // Sent after every other notification committed, so it arrives after them (and after any duplicate).
    await bus.publish(alertWith(sentinel));
    const received = (await seen).filter((id) => id !== sentinel);

    expect(received.sort()).toEqual([...ids].sort());
    expect(busyCalls).toEqual([]);
  });
});
