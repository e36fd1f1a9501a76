import { Injectable, Logger, MessageEvent, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { defer, EMPTY, exhaustMap, filter, finalize, interval, map, merge, NEVER, Observable, share, Subscription, takeUntil, timer } from 'rxjs';
import type { Severity } from '@franscore/domain';
import { AuthUser } from '../auth/auth-user';
import { Scope } from '../auth/scope';
import { AuthService, hashToken } from '../auth/auth.service';
import { endsSession, SessionEvents } from '../auth/session-events';
import { AppError } from '../errors/app-error';
import { Clock } from '../time/clock';
import { Alert, AlertKind, alertReaches, alertRoles } from './alert';
import { AlertsRepository } from './alerts.repository';
import { AlertBus } from './alert-bus';
import { PushService } from '../push/push.service';

/** Live streams one session may hold open at a time (tabs, windows); the next is refused with 429. */
export const MAX_STREAMS_PER_SESSION = 5;
/** setTimeout's longest delay; a session ending later is caught by the heartbeat's re-check. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Alerts are stored (for the list and the unread count) and pushed live to
 * signed-in users whose role and scope they address. Publish only after the
 * transaction that raised them has committed.
 */
@Injectable()
export class AlertsService implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger('Alerts');
  /** How often a stream pings (for proxies) and re-checks its session; tests shorten it. */
  heartbeatMs = 25_000;
  /** Open streams by session token hash, in this process. */
  private readonly open = new Map<string, number>();
  private told: Subscription | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly repo: AlertsRepository,
    private readonly bus: AlertBus,
    private readonly clock: Clock,
    private readonly auth: AuthService,
    private readonly sessions: SessionEvents,
    private readonly push: PushService,
  ) {}

  /** Tells the other instances of every session ended here, so their streams of it end too. */
  onModuleInit(): void {
    this.told = this.sessions.ended$.subscribe((e) =>
      this.bus.publishSessionEnded(e).catch((err: Error) => this.log.warn(`session end not told to other instances (their heartbeat will notice): ${err.message}`)),
    );
  }

  onModuleDestroy(): void {
    this.told?.unsubscribe();
  }

  raise(m: EntityManager, complaintId: string, kind: AlertKind, severity: Severity, at: Date): Promise<Alert | null> {
    return this.repo.insert(m, complaintId, kind, alertRoles(kind, severity), at);
  }

  /**
   * Live delivery is best effort: the alert is already stored, and the list shows it whatever happens here.
   * Web push goes from the instance that raised the alert, so each phone is paged once.
   */
  publish(alerts: Array<Alert | null>): void {
    for (const a of alerts) {
      if (!a) continue;
      this.bus.publish(a).catch((e: Error) => this.log.warn(`alert ${a.id} not pushed live: ${e.message}`));
      this.push.notify(a);
    }
  }

  /**
   * Server-sent events for one session: its user's alerts as they happen, and
   * a heartbeat so proxies keep the line open. The stream ends when the
   * session does: at once on a logout or revocation in this process or (told
   * over the alert bus) in another, at its expiry, and, should word of an
   * ending be lost, at the next heartbeat, which re-checks the session.
   * Refusing a sixth stream, rather than closing the oldest, keeps the
   * portal's reconnecting tabs from closing each other in turn.
   */
  async streamFor(user: AuthUser, scope: Scope, sessionToken: string): Promise<Observable<MessageEvent>> {
    const tokenHash = hashToken(sessionToken);
    const expiresAt = await this.auth.sessionExpiry(sessionToken);
    if (!expiresAt) return EMPTY;
    if ((this.open.get(tokenHash) ?? 0) >= MAX_STREAMS_PER_SESSION) throw tooManyStreams();
    const untilExpiry = expiresAt.getTime() - this.clock.now().getTime();
    const heartbeat = interval(this.heartbeatMs).pipe(share());
    const ended = merge(
      this.sessions.endOf(tokenHash, user.id),
      this.bus.sessionEnds$.pipe(filter((e) => endsSession(e, tokenHash, user.id))),
      untilExpiry > MAX_TIMER_MS ? NEVER : timer(untilExpiry),
      heartbeat.pipe(
        exhaustMap(() => this.auth.sessionExpiry(sessionToken).catch(() => new Date())),
        filter((stillOpen) => !stillOpen),
      ),
    );
    const alerts = this.bus.alerts$.pipe(
      filter((a) => alertReaches(a, user.role, scope)),
      map((a): MessageEvent => ({ type: 'alert', id: a.id, data: a })),
    );
    const pings = heartbeat.pipe(map((): MessageEvent => ({ type: 'ping', data: {} })));
    // Counted while subscribed, so a stream whose client left before it started holds no slot.
    return defer(() => {
      const count = this.open.get(tokenHash) ?? 0;
      if (count >= MAX_STREAMS_PER_SESSION) return EMPTY;
      this.open.set(tokenHash, count + 1);
      return merge(alerts, pings).pipe(
        takeUntil(ended),
        finalize(() => this.release(tokenHash)),
      );
    });
  }

  private release(tokenHash: string): void {
    const count = (this.open.get(tokenHash) ?? 1) - 1;
    if (count > 0) this.open.set(tokenHash, count);
    else this.open.delete(tokenHash);
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

  async markReadThrough(user: AuthUser, scope: Scope, alertId: string): Promise<void> {
    const at = await this.repo.visibleAt(this.ds.manager, alertId, user.role, scope);
    if (!at) throw new AppError('alert.not_found', 'not_found', 'Alert not found');
    await this.repo.markRead(this.ds.manager, user.id, at);
  }
}

const tooManyStreams = () =>
  new AppError('alerts.too_many_streams', 'too_many', `At most ${MAX_STREAMS_PER_SESSION} live alert streams per session; close another tab`);
