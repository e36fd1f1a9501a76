import { Injectable, MessageEvent } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { filter, map, merge, Observable, Subject, interval } from 'rxjs';
import type { Severity } from '@franscore/domain';
import { AuthUser } from '../auth/auth-user';
import { Scope } from '../auth/scope';
import { Clock } from '../time/clock';
import { Alert, AlertKind, alertReaches, alertRoles } from './alert';
import { AlertsRepository } from './alerts.repository';

/**
 * Alerts are stored (for the list and the unread count) and pushed live to
 * signed-in users whose role and scope they address. Publish only after the
 * transaction that raised them has committed.
 */
@Injectable()
export class AlertsService {
  private readonly live = new Subject<Alert>();

  constructor(
    private readonly ds: DataSource,
    private readonly repo: AlertsRepository,
    private readonly clock: Clock,
  ) {}

  raise(m: EntityManager, complaintId: string, kind: AlertKind, severity: Severity, at: Date): Promise<Alert | null> {
    return this.repo.insert(m, complaintId, kind, alertRoles(kind, severity), at);
  }

  publish(alerts: Array<Alert | null>): void {
    for (const a of alerts) if (a) this.live.next(a);
  }

  /** Server-sent events for one user: their alerts as they happen, and a heartbeat so proxies keep the line open. */
  streamFor(user: AuthUser, scope: Scope): Observable<MessageEvent> {
    const alerts = this.live.pipe(
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
