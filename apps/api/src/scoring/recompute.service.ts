import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Job, Policy } from '@franscore/domain';
import { Actor, AuditLogService } from '../audit-log/audit-log.service';
import { DATABASE, DatabaseHandle } from '../database/embedded-database';
import { Clock } from '../time/clock';
import { JobOwner } from './job-owner';
import { JobsRepository } from './jobs.repository';
import { OpenLocationsRepository } from './open-locations.repository';
import { PolicySource } from './policy-source';
import { scorecardOf } from './scorecard-explanation';
import { LocationFacts, ScorecardInputsRepository } from './scorecard-inputs.repository';
import { ScorecardsRepository } from './scorecards.repository';
import { scoringErrors } from './scoring.errors';

/** Batches of locations scored at once: two keep the database busy while this process scores and writes. */
const BATCHES_IN_FLIGHT = 2;

/**
 * Whole-network scoring of a period as a job, in one transaction: each batch's
 * cards are written once, straight into `scorecard`, and the period's pointer
 * rows move to them in one statement before the commit, so a period is all on
 * new cards or all on old ones, and nobody sees a card of the job before then
 * (a failed job rolls back: nothing of it remains). Progress is readable by any
 * instance. A job whose process died is failed at the next start, or when its
 * period is asked for again; its transaction ended with its session.
 */
@Injectable()
export class RecomputeService implements OnApplicationBootstrap {
  private readonly log = new Logger('Recompute');

  constructor(
    private readonly ds: DataSource,
    private readonly inputs: ScorecardInputsRepository,
    private readonly cards: ScorecardsRepository,
    private readonly jobs: JobsRepository,
    private readonly locations: OpenLocationsRepository,
    private readonly policy: PolicySource,
    private readonly owner: JobOwner,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
    @Inject(DATABASE) private readonly db: DatabaseHandle,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const failed = await this.ds.transaction((m) => this.failAbandoned(m));
    if (failed) this.log.warn(`${failed} job(s) left running by a stopped process marked failed`);
  }

  /** Starts a whole-network recompute in the background; while one runs for the period, answers that one. */
  async start(actor: Actor, period: string): Promise<Job> {
    const policy = await this.policy.inForce();
    const claim = await this.claim(period, async (m, running) => {
      if (running) return running;
      return this.jobs.start(m, 'recompute', { period, policyVersion: policy.version }, await this.locations.count(m), this.clock.now(), this.owner.key);
    });
    if (claim.fresh) void this.run(claim.job.id, period, policy, actor);
    return claim.job;
  }

  /** Claims a period's scheduled close: the job id, or null when it ran, runs, or another job scores the period now. */
  async claimClose(period: string, policy: Policy): Promise<string | null> {
    const claim = await this.claim(period, async (m, running) => {
      if (running || (await this.jobs.closed(m, period))) return null;
      return this.jobs.start(m, 'period_close', { period, policyVersion: policy.version }, await this.locations.count(m), this.clock.now(), this.owner.key);
    });
    return claim.fresh ? (claim.job?.id ?? null) : null;
  }

  /** Runs a claimed job to the end (the scheduled period close awaits it). */
  async run(jobId: string, period: string, policy: Policy, actor: Actor): Promise<void> {
    // One as-of for the whole period, so every card of the job sees the same moment.
    const asOf = this.clock.now();
    try {
      await this.ds.transaction(async (m) => {
        // On a server the facts and the progress go through the pool beside the job's transaction (another
        // batch's facts are read while this one's cards are written); the embedded database has one connection.
        const side = this.db.poolMax > 1 ? this.ds.manager : m;
        const written = await this.writeAll(m, side, jobId, period, policy, asOf);
        // Another instance fails a job only when this process looked dead to it; then nothing is published.
        if (!(await this.jobs.lockOwn(m, jobId, this.owner.key))) throw new Error('The job is no longer running under this process');
        await this.cards.publish(m, written.ids);
        await this.jobs.finish(m, jobId, 'done', null, this.clock.now());
        await this.audit.append(m, actor, { action: 'scorecards.recomputed', entityType: 'period', entityId: period, after: { locations: written.locations, policyVersion: policy.version, asOf: asOf.toISOString() } });
      });
    } catch (e) {
      this.log.error(e instanceof Error ? e.stack : e);
      await this.ds
        .transaction((m) => this.jobs.finish(m, jobId, 'failed', e instanceof Error ? e.message : String(e), this.clock.now()))
        .catch((cleanup: unknown) => this.log.error(cleanup instanceof Error ? cleanup.message : cleanup));
    }
  }

  /**
   * Writes every open location's card in the job's transaction `m`, BATCHES_IN_FLIGHT batches at a
   * time: one batch's facts are read (on `side`) while another's are scored and written (the embedded
   * database has one connection: there they go one after another). A failed batch stops new ones; the ones in
   * flight end before the failure is thrown, so the rollback comes after the last write. Answers the
   * cards written and how many locations were scored.
   */
  private async writeAll(m: EntityManager, side: EntityManager, jobId: string, period: string, policy: Policy, asOf: Date): Promise<{ ids: string[]; locations: number }> {
    const ids: string[] = [];
    const batch = async (locationIds: string[]) => {
      const facts = await this.inputs.facts(side, locationIds, period, asOf);
      ids.push(...(await this.cards.write(m, locationIds.map((id) => scorecardOf(id, period, policy, asOf, facts.get(id) as LocationFacts)))));
      await this.jobs.advance(side, jobId, locationIds.length);
    };
    // On the job's own connection a batch's facts are a savepoint of its transaction: one at a time.
    const most = side === m ? 1 : BATCHES_IN_FLIGHT;
    const inFlight = new Set<Promise<void>>();
    let done = 0;
    let failure: { error: unknown } | null = null;
    for (let after: string | null = null; !failure; ) {
      const page: string[] = (await this.locations.page(side, after)).map((l) => l.id);
      if (!page.length) break;
      after = page[page.length - 1];
      done += page.length;
      const running: Promise<void> = batch(page)
        .catch((error: unknown) => void (failure ??= { error }))
        .finally(() => inFlight.delete(running));
      inFlight.add(running);
      if (inFlight.size >= most) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (failure) throw (failure as { error: unknown }).error;
    return { ids, locations: done };
  }

  async job(id: string): Promise<Job> {
    return (await this.jobs.byId(this.ds.manager, id)) ?? Promise.reject(scoringErrors.jobNotFound());
  }

  /** Fails the jobs whose process died (their transactions, and every card in them, ended with their sessions); answers how many. */
  private async failAbandoned(m: EntityManager): Promise<number> {
    return (await this.jobs.failAbandoned(m, this.clock.now())).length;
  }

  /** Under the claim lock, with dead owners' jobs failed first, lets `decide` answer the running job or start one. */
  private claim<T extends Job | null>(period: string, decide: (m: EntityManager, running: Job | null) => Promise<T>): Promise<{ job: T; fresh: boolean }> {
    return this.ds.transaction(async (m) => {
      await this.jobs.lockClaims(m);
      await this.failAbandoned(m);
      const running = await this.jobs.runningFor(m, period);
      const job = await decide(m, running);
      return { job, fresh: job !== null && job.id !== running?.id };
    });
  }
}
