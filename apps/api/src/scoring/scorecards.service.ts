import { Injectable, Logger } from '@nestjs/common';
import { Subject } from 'rxjs';
import { DataSource } from 'typeorm';
import type { Job, LeagueQuery, LeagueRow, Page, Policy, Scorecard, ScorecardQuery } from '@franscore/domain';
import { Actor, AuditLogService } from '../audit-log/audit-log.service';
import { Scope } from '../auth/scope';
import { Clock } from '../time/clock';
import { JobsRepository } from './jobs.repository';
import { BATCH, OpenLocationsRepository } from './open-locations.repository';
import { PolicySource } from './policy-source';
import { previousPeriod, scorecardOf } from './scorecard-explanation';
import { LocationFacts, ScorecardInputsRepository } from './scorecard-inputs.repository';
import { ScorecardsRepository } from './scorecards.repository';
import { scoringErrors } from './scoring.errors';
import { scorecardReport } from './scorecard-report';
import { PdfRenderer } from '../reports/pdf-renderer';


@Injectable()
export class ScorecardsService {
  private readonly log = new Logger('Scorecards');
  private readonly finalizedSubject = new Subject<string>();
  /** Ids of scorecards just finalized (after commit), for whoever acts on them. */
  readonly finalized$ = this.finalizedSubject.asObservable();

  constructor(
    private readonly ds: DataSource,
    private readonly inputs: ScorecardInputsRepository,
    private readonly repo: ScorecardsRepository,
    private readonly jobs: JobsRepository,
    private readonly locations: OpenLocationsRepository,
    private readonly policy: PolicySource,
    private readonly audit: AuditLogService,
    private readonly pdfs: PdfRenderer,
    private readonly clock: Clock,
  ) {}

  /** Computes and stores the scorecards of some locations for a period, as of now, under the policy in force. */
  async computeFor(locationIds: string[], period: string, policy?: Policy): Promise<number> {
    const asOf = this.clock.now();
    const inForce = policy ?? (await this.policy.inForce(asOf));
    for (let i = 0; i < locationIds.length; i += BATCH) {
      const batch = locationIds.slice(i, i + BATCH);
      const facts = await this.inputs.facts(this.ds.manager, batch, period, asOf);
      await this.ds.transaction((m) => this.repo.insert(m, batch.map((id) => scorecardOf(id, period, inForce, asOf, facts.get(id) as LocationFacts))));
    }
    return locationIds.length;
  }

  /** Starts a whole-network recompute in the background; its progress is readable as a job. */
  async startRecompute(actor: Actor, period: string): Promise<Job> {
    const policy = await this.policy.inForce();
    const total = await this.locations.count(this.ds.manager);
    const job = await this.jobs.start(this.ds.manager, 'recompute', { period, policyVersion: policy.version }, total, this.clock.now());
    void this.runRecompute(job.id, period, policy, actor);
    return job;
  }

  /** Runs a recompute to the end (the scheduled period close awaits it). */
  async runRecompute(jobId: string, period: string, policy: Policy, actor: Actor): Promise<void> {
    try {
      let after: string | null = null;
      let done = 0;
      for (;;) {
        const ids: string[] = (await this.locations.page(this.ds.manager, after)).map((l) => l.id);
        if (!ids.length) break;
        done += await this.computeFor(ids, period, policy);
        after = ids[ids.length - 1];
        await this.jobs.progress(this.ds.manager, jobId, done);
      }
      await this.ds.transaction(async (m) => {
        await this.jobs.finish(m, jobId, 'done', null, this.clock.now());
        await this.audit.append(m, actor, { action: 'scorecards.recomputed', entityType: 'period', entityId: period, after: { locations: done, policyVersion: policy.version } });
      });
    } catch (e) {
      this.log.error(e instanceof Error ? e.stack : e);
      await this.jobs.finish(this.ds.manager, jobId, 'failed', e instanceof Error ? e.message : String(e), this.clock.now());
    }
  }

  async job(id: string): Promise<Job> {
    return (await this.jobs.byId(this.ds.manager, id)) ?? Promise.reject(scoringErrors.jobNotFound());
  }

  list(scope: Scope, q: ScorecardQuery): Promise<Page<Scorecard>> {
    return this.repo.list(this.ds.manager, scope, q);
  }

  async get(scope: Scope, id: string): Promise<Scorecard> {
    return (await this.repo.byId(this.ds.manager, scope, id)) ?? Promise.reject(scoringErrors.scorecardNotFound());
  }

  async pdf(scope: Scope, id: string): Promise<{ file: string; pdf: Buffer }> {
    const card = await this.get(scope, id);
    return { file: `scorecard-${card.locationCode}-${card.period}.pdf`, pdf: await this.pdfs.render(scorecardReport(card, this.clock.now())) };
  }

  league(scope: Scope, q: LeagueQuery): Promise<Page<LeagueRow>> {
    return this.repo.league(this.ds.manager, scope, q, previousPeriod(q.period));
  }

  /** An auditor confirms a scorecard; only finalized, non-provisional cards drive enforcement. */
  async finalize(actor: Actor, scope: Scope, id: string): Promise<Scorecard> {
    const card = await this.ds.transaction(async (m) => {
      const card = await this.repo.byId(m, scope, id);
      if (!card) throw scoringErrors.scorecardNotFound();
      if (!(await this.repo.finalize(m, id, actor.id, this.clock.now()))) throw scoringErrors.alreadyFinalized();
      await this.audit.append(m, actor, {
        action: 'scorecard.finalized',
        entityType: 'scorecard',
        entityId: id,
        after: { locationId: card.locationId, period: card.period, overall: card.overall, band: card.band, provisional: card.provisional, policyVersion: card.policyVersion },
      });
      return { ...card, finalized: true };
    });
    this.finalizedSubject.next(id);
    return card;
  }
}
