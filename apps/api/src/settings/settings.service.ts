import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { HeadOfficeSettings, UpdateHeadOfficeSettings } from '@franscore/domain';
import { Actor, AuditLogService } from '../audit-log/audit-log.service';
import { Clock } from '../time/clock';
import { SettingsRepository } from './settings.repository';

/**
 * Head office's settings: the sender of letters and the figures of revenue at
 * risk. Other contexts inject this service and call `get()` (or `getIn(m)`
 * inside their own transaction).
 */
@Injectable()
export class SettingsService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: SettingsRepository,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
  ) {}

  get(): Promise<HeadOfficeSettings> {
    return this.repo.get(this.ds.manager);
  }

  getIn(m: EntityManager): Promise<HeadOfficeSettings> {
    return this.repo.get(m);
  }

  /** Replaces the settings and logs before and after, in one transaction. */
  update(actor: Actor, input: UpdateHeadOfficeSettings): Promise<HeadOfficeSettings> {
    return this.ds.transaction((m) => this.updateIn(m, actor, input));
  }

  /** Inside the caller's transaction (the demo seed sets its head office this way). */
  async updateIn(m: EntityManager, actor: Actor, input: UpdateHeadOfficeSettings): Promise<HeadOfficeSettings> {
    const before = await this.repo.get(m, true);
    await this.repo.save(m, input, this.clock.now(), actor.label);
    const after = await this.repo.get(m);
    await this.audit.append(m, actor, { action: 'settings.updated', entityType: 'settings', entityId: 'head_office', before, after });
    return after;
  }
}
