import { Injectable, Logger, MessageEvent } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { filter, interval, map, merge, Observable } from 'rxjs';
import type { Severity } from '@franscore/domain';
import { AuthUser } from '../auth/auth-user';
import { Scope } from '../auth/scope';
import { Clock } from '../time/clock';
import { Alert, AlertKind, alertReaches, alertRoles } from './alert';
import { AlertsRepository } from './alerts.repository';
import { AlertBus } from './alert-bus';

/**
 * Alerts are stored (for the list and the unread count) and pushed live to
 * signed-in users whose role and scope they address. Publish only after the
 * transaction that raised them has committed.
 */
@Injectable()
export class AlertsService {
  private readonly log = new Logger('Alerts');

  constructor(
    private readonly ds: DataSource,
    private readonly repo: AlertsRepository,
    private readonly bus: AlertBus,
    private readonly clock: Clock,
  ) {}

  raise(m: EntityManager, complaintId: string, kind: AlertKind, severity: Severity, at: Date): Promise<Alert | null> {
    return this.repo.insert(m, complaintId, kind, alertRoles(kind, severity), at);
  }

  /** Live delivery is best effort: the alert is already stored, and the list shows it whatever happens here. */
  publish(alerts: Array<Alert | null>): void {
    for (const a of alerts) if (a) this.bus.publish(a).catch((e: Error) => this.log.warn(`alert ${a.id} not pushed live: ${e.message}`));
  }

  /** Server-sent events for one user: their alerts as they happen, and a heartbeat so proxies keep the line open. */
  streamFor(user: AuthUser, scope: Scope): Observable<MessageEvent> {
    const alerts = this.bus.alerts$.pipe(
      filter((a) => alertReaches(a, user.role, scope)),
      map((a): MessageEvent => ({ type: 'alert', id: a.id, data: a })),
    );
    const heartbeat = interval(25_000).pipe(map((): MessageEvent => ({ type: 'ping', data: {} })));
    return merge(alerts, heartbeat);
  }

  async list(user: AuthUser, scope: Scope): Promise<{ items: Alert[]; unread: number }> {
    const [items, unread] = await Promise.all([
      this.repo.list(this.ds.manager, user.role, scope, 50),
      this.repo.unreadCount(this.ds.manager, user.id, user.role, scope),
    ]);
    return { items, unread };
  }

  async markRead(user: AuthUser): Promise<void> {
    await this.repo.markRead(this.ds.manager, user.id, this.clock.now());
  }
}
