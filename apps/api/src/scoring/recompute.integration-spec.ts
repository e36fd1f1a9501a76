import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Job } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { loadConfig } from '../config/config';
import { createApp } from '../create-app';
import { signInFirstAdmin } from '../test/admin';
import { startTestApp, TestApp } from '../test/test-app';
import { JobOwner } from './job-owner';
import { JOB_OWNER_LOCKS, JobsRepository, OWNER_DIED } from './jobs.repository';
import { OpenLocationsRepository } from './open-locations.repository';
import { RecomputeService } from './recompute.service';
import { ScorecardsService } from './scorecards.service';

const PERIOD = '2026-10';
const DAYS = 'mon,tue,wed,thu,fri,sat,sun';
/** One location more than a batch, so a recompute of the network takes two batches. */
const LOCATIONS = 501;
const FIRST = new Date('2026-11-02T09:00:00.000Z');

/** Recomputes as jobs that survive crashes: ARCHITECTURE.md "Live and background work". */
describe(RecomputeService.name, () => {
  let t: TestApp;
  let admin: ApiClient;
  let jobs: JobsRepository;
  let lastLocationId: string;

  beforeAll(async () => {
    t = await startTestApp({ SESSION_TTL_HOURS: '2000' });
    admin = await signInFirstAdmin(t);
    jobs = t.app.get(JobsRepository);
    await admin.post('/api/regions', { code: 'RCP', name: 'Recompute' });
    await admin.post('/api/franchisees', { legalName: 'Batch Ltd' });
    const rows = Array.from({ length: LOCATIONS }, (_, i) => `RCP-${String(i).padStart(3, '0')},Outlet ${i},${i} Test Road,RCP,Batch Ltd,UTC${',09:00-21:00'.repeat(7)}`);
    expect((await admin.post('/api/locations/import', [`code,name,address,region_code,franchisee,time_zone,${DAYS}`, ...rows].join('\n'), 'text/csv')).status).toBe(201);
    const ids: string[] = (await t.ds.query(`SELECT id FROM location ORDER BY id`)).map((r: { id: string }) => r.id);
    expect(ids).toHaveLength(LOCATIONS);
    lastLocationId = ids[ids.length - 1];
    expect(await t.app.get(OpenLocationsRepository).page(t.ds.manager, null)).not.toContainEqual(expect.objectContaining({ id: lastLocationId }));
    t.clock.set(FIRST);
    await t.app.get(ScorecardsService).computeFor(ids, PERIOD);
  });
  afterAll(() => t.close());

  /** Starts a recompute over HTTP and waits for its job to end. */
  async function recompute(at: string): Promise<Job> {
    t.clock.set(new Date(at));
    let job = (await admin.post<Job>('/api/scorecards/recompute', { period: PERIOD })).body;
    while (job.status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = (await admin.get<Job>(`/api/jobs/${job.id}`)).body;
    }
    return job;
  }
  /** How many of the period's standing cards were computed as of each time. */
  async function standingAsOf(): Promise<Record<string, number>> {
    const rows: Array<{ as_of: Date; n: number }> = await t.ds.query(
      `SELECT s.as_of, count(*)::int AS n FROM scorecard_standing st JOIN scorecard s ON s.id = st.standing_id WHERE st.period = $1 GROUP BY s.as_of`,
      [PERIOD],
    );
    return Object.fromEntries(rows.map((r) => [r.as_of.toISOString(), r.n]));
  }

  it.each([
    ['while it writes the second batch', 'scorecard'],
    ['while it publishes the period', 'scorecard_standing'],
  ])('leaves every location on its old card when a recompute fails %s', async (_, table) => {
    // The last location by id is in the second batch: writing its card fails, as a crash there would.
    await t.ds.query(`CREATE FUNCTION fail_last_location() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.location_id = '${lastLocationId}' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$`);
    await t.ds.query(`CREATE TRIGGER fail_last_location BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION fail_last_location()`);
    try {
      const job = await recompute('2026-11-03T09:00:00.000Z');
      expect(job).toMatchObject({ status: 'failed', error: expect.stringMatching(/simulated failure/), total: LOCATIONS });
      expect(await standingAsOf()).toEqual({ [FIRST.toISOString()]: LOCATIONS });
      // The cards of the first batch were written in the job's transaction: none of them remains.
      const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM scorecard WHERE as_of > $1`, [FIRST]);
      expect(n).toBe(0);
    } finally {
      await t.ds.query(`DROP TRIGGER fail_last_location ON ${table}`);
      await t.ds.query(`DROP FUNCTION fail_last_location`);
    }
  });

  it('moves the whole period to the new cards when the recompute finishes', async () => {
    const job = await recompute('2026-11-04T09:00:00.000Z');
    expect(job).toMatchObject({ status: 'done', done: LOCATIONS, total: LOCATIONS, error: null });
    expect(await standingAsOf()).toEqual({ '2026-11-04T09:00:00.000Z': LOCATIONS });
  });

  // PGlite is one connection: while a job holds it, nobody else reads at all.
  const onServer = process.env['TEST_DATABASE_URL'] ? it : it.skip;
  onServer('shows nobody a card of a running recompute, however far it got, until it publishes the whole period', async () => {
    const asOf = '2026-11-06T09:00:00.000Z';
    // Holding the last location's pointer row keeps the job from publishing: it has written every card by then.
    const holder = t.ds.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    let job: Job;
    try {
      await holder.query(`SELECT 1 FROM scorecard_standing WHERE location_id = $1 AND period = $2 FOR UPDATE`, [lastLocationId, PERIOD]);
      t.clock.set(new Date(asOf));
      job = (await admin.post<Job>('/api/scorecards/recompute', { period: PERIOD })).body;
      while ((await admin.get<Job>(`/api/jobs/${job.id}`)).body.done < LOCATIONS) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(Object.keys(await standingAsOf())).not.toContain(asOf);
      const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM scorecard WHERE as_of = $1`, [asOf]);
      expect(n).toBe(0);
      expect((await admin.get<Job>(`/api/jobs/${job.id}`)).body.status).toBe('running');
    } finally {
      await holder.commitTransaction();
      await holder.release();
    }
    while (job.status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = (await admin.get<Job>(`/api/jobs/${job.id}`)).body;
    }
    expect(await standingAsOf()).toEqual({ [asOf]: LOCATIONS });
  });

  it('answers a second request for a running period with the running job, and replaces a dead one', async () => {
    const owner = t.app.get(JobOwner).key;
    const running = await jobs.start(t.ds.manager, 'recompute', { period: PERIOD, policyVersion: 1 }, LOCATIONS, t.clock.now(), owner);
    for (const _ of [1, 2]) {
      const res = await admin.post<Job>('/api/scorecards/recompute', { period: PERIOD });
      expect(res.body).toMatchObject({ id: running.id, status: 'running' });
    }
    await jobs.finish(t.ds.manager, running.id, 'failed', 'test over', t.clock.now());

    // A job whose owner holds no lock belongs to a process that died: it is failed, and a new one starts.
    const dead = await jobs.start(t.ds.manager, 'recompute', { period: PERIOD, policyVersion: 1 }, LOCATIONS, t.clock.now(), (owner % 1_000_000) + 1);
    const fresh = await recompute('2026-11-05T09:00:00.000Z');
    expect(fresh.id).not.toBe(dead.id);
    expect(fresh.status).toBe('done');
    expect(await jobs.byId(t.ds.manager, dead.id)).toMatchObject({ status: 'failed', error: OWNER_DIED });
  });

  // PGlite is one session in this process: there is no owner session to lose.
  onServer('takes its owner lock back when its database session is lost, so its jobs never look dead', async () => {
    const key = t.app.get(JobOwner).key;
    const holder = async (): Promise<number | null> => {
      const rows: Array<{ pid: number }> = await t.ds.query(
        `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2 AND classid = $1::oid AND objid = $2::oid
           AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        [JOB_OWNER_LOCKS, key],
      );
      return rows[0]?.pid ?? null;
    };
    const lost = await holder();
    expect(lost).not.toBeNull();
    await t.ds.query(`SELECT pg_terminate_backend($1)`, [lost]);
    let pid = await holder();
    while (pid === null || pid === lost) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      pid = await holder();
    }
    const running = await jobs.start(t.ds.manager, 'recompute', { period: PERIOD, policyVersion: 1 }, LOCATIONS, t.clock.now(), key);
    expect((await admin.post<Job>('/api/scorecards/recompute', { period: PERIOD })).body.id).toBe(running.id);
    await jobs.finish(t.ds.manager, running.id, 'failed', 'test over', t.clock.now());
  });

  it('fails at the next start a job whose process died, and leaves a live instance its job', async () => {
    const dead = await jobs.start(t.ds.manager, 'recompute', { period: '2026-09', policyVersion: 1 }, LOCATIONS, t.clock.now(), 424_242);
    const live = await jobs.start(t.ds.manager, 'recompute', { period: '2026-08', policyVersion: 1 }, LOCATIONS, t.clock.now(), t.app.get(JobOwner).key);
    // Another instance starts on the same database while this one lives.
    const dataDir = mkdtempSync(join(tmpdir(), 'franscore-next-'));
    let next: INestApplication | null = null;
    try {
      next = await createApp({ config: loadConfig({ LOG_LEVEL: 'error', PORTAL_DIR: '/nonexistent', DATA_DIR: dataDir }), database: t.db, clock: t.clock });
      await next.init();
      expect(await jobs.byId(t.ds.manager, dead.id)).toMatchObject({ status: 'failed', error: OWNER_DIED });
      expect(await jobs.byId(t.ds.manager, live.id)).toMatchObject({ status: 'running' });
    } finally {
      await next?.close();
      rmSync(dataDir, { recursive: true, force: true });
      await jobs.finish(t.ds.manager, live.id, 'failed', 'test over', t.clock.now());
    }
  });
});
