import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../audit-log/audit-log.service';
import { Clock } from '../time/clock';
import { PolicySource } from './policy-source';
import { previousPeriod, periodOf } from './scorecard-explanation';
import { ScorecardsService } from './scorecards.service';

/** Names the advisory lock under which one instance claims a period's close. */
const CLOSE_LOCK = 7_210_003;

/**
 * On the first of each month the previous period is scored for the whole
 * network, once however many instances run: the claim is a job row taken under
 * an advisory lock. Auditors then review and finalize the cards.
 */
@Injectable()
export class PeriodCloseService {
  private readonly log = new Logger('PeriodClose');

  constructor(
    private readonly ds: DataSource,
    private readonly scorecards: ScorecardsService,
    private readonly policy: PolicySource,
    private readonly clock: Clock,
  ) {}

  @Cron('0 30 2 1 * *', { timeZone: 'UTC' })
  async scheduled(): Promise<void> {
    try {
      await this.close();
    } catch (e) {
      this.log.error(e instanceof Error ? e.message : e);
    }
  }

  /** Closes the period before now; answers the job id, or null when another run already claimed it. */
  async close(): Promise<string | null> {
    const period = previousPeriod(periodOf(this.clock.now()));
    const policy = await this.policy.inForce();
    const jobId = await this.ds.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock($1)`, [CLOSE_LOCK]);
      const rows: Array<{ id: string }> = await m.query(
        `INSERT INTO job (kind, params, status, total, started_at)
         SELECT 'period_close', $1, 'running', (SELECT count(*) FROM location WHERE status <> 'closed'), $2
         WHERE NOT EXISTS (SELECT 1 FROM job WHERE kind = 'period_close' AND params->>'period' = $3 AND status <> 'failed')
         RETURNING id`,
        [JSON.stringify({ period, policyVersion: policy.version }), this.clock.now(), period],
      );
      return rows[0]?.id ?? null;
    });
    if (!jobId) return null;
    this.log.log(`Closing ${period} under policy v${policy.version}`);
    await this.scorecards.runRecompute(jobId, period, policy, SYSTEM_ACTOR);
    return jobId;
  }
}
