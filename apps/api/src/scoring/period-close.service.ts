import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { SYSTEM_ACTOR } from '../audit-log/audit-log.service';
import { Clock } from '../time/clock';
import { PolicySource } from './policy-source';
import { previousPeriod, periodOf } from './scorecard-explanation';
import { RecomputeService } from './recompute.service';

/**
 * On the first of each month the previous period is scored for the whole
 * network, once however many instances run: the claim is a job row taken under
 * an advisory lock. Auditors then review and finalize the cards.
 */
@Injectable()
export class PeriodCloseService {
  private readonly log = new Logger('PeriodClose');

  constructor(
    private readonly recompute: RecomputeService,
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
    const jobId = await this.recompute.claimClose(period, policy);
    if (!jobId) return null;
    this.log.log(`Closing ${period} under policy v${policy.version}`);
    await this.recompute.run(jobId, period, policy, SYSTEM_ACTOR);
    return jobId;
  }
}
