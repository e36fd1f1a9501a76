import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CaseLevelName, CaseSummary } from '@franscore/domain';
import { Actor, AuditLogService } from '../audit-log/audit-log.service';
import { Clock } from '../time/clock';
import { EnforcementRepository } from './enforcement.repository';

export type Outcome = NonNullable<CaseSummary['outcome']>;

interface Why {
  actor: Actor;
  action: string;
  reason: string;
  scorecardId?: string | null;
}

/**
 * The one place a case changes: each transition writes the case, its history
 * (actor or rule, time, reason, scorecard), the audit log and the location's standing, in the caller's transaction.
 */
@Injectable()
export class CaseTransitions {
  constructor(
    private readonly repo: EnforcementRepository,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
  ) {}

  async open(m: EntityManager, locationId: string, level: CaseLevelName, deadlines: { cure: Date; cap: Date }, why: Why): Promise<string> {
    const at = this.clock.now();
    const id = await this.repo.insertCase(m, { locationId, level, openedAt: at, cureDeadline: deadlines.cure, capDeadline: deadlines.cap });
    await this.record(m, id, why, null, level, at);
    await this.repo.setLocationStanding(m, locationId, 'on_watch', false);
    await this.audit.append(m, why.actor, {
      action: `enforcement.${why.action}`,
      entityType: 'enforcement_case',
      entityId: id,
      after: { locationId, level, cureDeadline: deadlines.cure.toISOString(), capDeadline: deadlines.cap.toISOString(), reason: why.reason, scorecardId: why.scorecardId ?? null },
    });
    return id;
  }

  async changeLevel(m: EntityManager, c: CaseSummary, to: CaseLevelName, cureDeadline: Date | null, why: Why): Promise<void> {
    const at = this.clock.now();
    await this.repo.setLevel(m, c.id, to, cureDeadline);
    await this.record(m, c.id, why, c.level, to, at);
    await this.audit.append(m, why.actor, {
      action: `enforcement.${why.action}`,
      entityType: 'enforcement_case',
      entityId: c.id,
      before: { level: c.level, cureDeadline: c.cureDeadline },
      after: { level: to, cureDeadline: (cureDeadline ?? new Date(c.cureDeadline)).toISOString(), reason: why.reason, scorecardId: why.scorecardId ?? null },
    });
  }

  /** Ends a case. Only a closure leaves the location closed; any other end restores its standing. */
  async end(m: EntityManager, c: CaseSummary, outcome: Outcome, why: Why, countsAsStrike = true): Promise<void> {
    const at = this.clock.now();
    await this.repo.end(m, c.id, outcome, at, countsAsStrike);
    await this.record(m, c.id, why, c.level, null, at);
    await this.repo.setLocationStanding(m, c.locationId, outcome === 'closed' ? 'closed' : 'active', outcome !== 'closed');
    await this.audit.append(m, why.actor, {
      action: `enforcement.${why.action}`,
      entityType: 'enforcement_case',
      entityId: c.id,
      before: { level: c.level, status: 'open' },
      after: { status: 'ended', outcome, reason: why.reason, scorecardId: why.scorecardId ?? null },
    });
  }

  private record(m: EntityManager, caseId: string, why: Why, from: CaseLevelName | null, to: CaseLevelName | null, at: Date): Promise<void> {
    return this.repo.appendEvent(m, caseId, {
      at,
      actorId: why.actor.id,
      actorLabel: why.actor.label,
      action: why.action,
      fromLevel: from,
      toLevel: to,
      reason: why.reason,
      scorecardId: why.scorecardId ?? null,
    });
  }
}
