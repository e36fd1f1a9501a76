import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Job, Policy } from '@franscore/domain';
import { Actor, AuditLogService } from '../audit-log/audit-log.service';
import { Clock } from '../time/clock';
import { JobOwner } from './job-owner';
import { JobsRepository } from './jobs.repository';
import { OpenLocationsRepository } from './open-locations.repository';
import { PolicySource } from './policy-source';
import { scorecardOf } from './scorecard-explanation';
import { LocationFacts, ScorecardInputsRepository } from './scorecard-inputs.repository';
import { ScorecardsRepository } from './scorecards.repository';
import { scoringErrors } from './scoring.errors';

/** Batches of locations scored at once: two keep the database busy while this process scores and stages. */
const BATCHES_IN_FLIGHT = 2;

/**
 * Whole-network scoring of a period as a job: the cards are staged batch by
 * batch (progress readable by any instance) and published in one transaction,
 * so a period is all on new cards or all on old ones. A job whose process died
 * is failed at the next start, or when its period is asked for again.
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
      const done = await this.stageAll(jobId, period, policy, asOf);
      await this.ds.transaction(async (m) => {
        // Another instance fails a job only when this process looked dead to it; then nothing is published.
        if (!(await this.jobs.lockOwn(m, jobId, this.owner.key))) throw new Error('The job is no longer running under this process');
        await this.cards.publish(m, jobId);
        await this.jobs.finish(m, jobId, 'done', null, this.clock.now());
        await this.audit.append(m, actor, { action: 'scorecards.recomputed', entityType: 'period', entityId: period, after: { locations: done, policyVersion: policy.version, asOf: asOf.toISOString() } });
      });
    } catch (e) {
      this.log.error(e instanceof Error ? e.stack : e);
      await this.ds
        .transaction(async (m) => {
          await this.jobs.finish(m, jobId, 'failed', e instanceof Error ? e.message : String(e), this.clock.now());
          await this.cards.discardStaged(m, [jobId]);
        })
        .catch((cleanup: unknown) => this.log.error(cleanup instanceof Error ? cleanup.message : cleanup));
    }
  }

  /**
   * Stages every open location's card, BATCHES_IN_FLIGHT batches at a time: one batch's
   * facts are read while another's are scored and staged (on one connection, the
   * embedded database's, they simply queue). A failed batch stops new ones; the
   * ones in flight end before the failure is thrown, so nothing is staged after
   * the caller discards the job's cards. Answers how many locations were staged.
   */
  private async stageAll(jobId: string, period: string, policy: Policy, asOf: Date): Promise<number> {
    const batch = async (ids: string[]) => {
      const facts = await this.inputs.facts(this.ds.manager, ids, period, asOf);
      await this.ds.transaction(async (m) => {
        await this.cards.stage(m, jobId, ids.map((id) => scorecardOf(id, period, policy, asOf, facts.get(id) as LocationFacts)));
        await this.jobs.advance(m, jobId, ids.length);
      });
    };
    const inFlight = new Set<Promise<void>>();
    let done = 0;
    let failure: { error: unknown } | null = null;
    for (let after: string | null = null; !failure; ) {
      const ids: string[] = (await this.locations.page(this.ds.manager, after)).map((l) => l.id);
      if (!ids.length) break;
      after = ids[ids.length - 1];
      done += ids.length;
      const running: Promise<void> = batch(ids)
        .catch((error: unknown) => void (failure ??= { error }))
        .finally(() => inFlight.delete(running));
      inFlight.add(running);
      if (inFlight.size >= BATCHES_IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (failure) throw (failure as { error: unknown }).error;
    return done;
  }

  async job(id: string): Promise<Job> {
    return (await this.jobs.byId(this.ds.manager, id)) ?? Promise.reject(scoringErrors.jobNotFound());
  }

  /** Fails the jobs whose process died and drops the cards they staged; answers how many. */
  private async failAbandoned(m: EntityManager): Promise<number> {
    const ids = await this.jobs.failAbandoned(m, this.clock.now());
    await this.cards.discardStaged(m, ids);
    return ids.length;
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
