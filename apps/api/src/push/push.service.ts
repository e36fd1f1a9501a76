import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Subscription } from 'rxjs';
import { DataSource } from 'typeorm';
import * as webpush from 'web-push';
import type { Alert, PushKey, PushSubscriptionBody } from '@franscore/domain';
import { alertReaches } from '../alerts/alert';
import { AuthUser } from '../auth/auth-user';
import { scopeFor } from '../auth/scope';
import { SessionEnded, SessionEvents } from '../auth/session-events';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AppSecrets } from '../database/app-secrets';
import { AppError } from '../errors/app-error';
import { Clock } from '../time/clock';
import { pushDeliveryFor, subscriptionGone } from './push-message';
import { PushRecipient, PushRepository } from './push.repository';

export const VAPID_SECRET_NAME = 'web_push_vapid';
/** A push service that does not answer in this long is given up on; the alert is in the list anyway. */
const SEND_TIMEOUT_MS = 10_000;

interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

/** How one delivery went, for the log and for tests. */
export interface PushOutcome {
  sent: number;
  gone: number;
  failed: number;
}

/**
 * Web push to the phones of users an alert addresses. Delivery happens after
 * the alert's transaction committed and is never awaited by the request that
 * raised it: a slow or failing push service must not slow intake, and the
 * alert is stored and streamed whatever happens here.
 */
@Injectable()
export class PushService implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger('Push');
  /** Deliveries in flight, so shutdown and tests can wait for them. */
  private readonly inFlight = new Set<Promise<PushOutcome>>();
  private endings?: Subscription;

  constructor(
    private readonly ds: DataSource,
    private readonly repo: PushRepository,
    private readonly secrets: AppSecrets,
    private readonly clock: Clock,
    private readonly sessions: SessionEvents,
    @Inject(APP_CONFIG) private readonly cfg: AppConfig,
  ) {}

  /**
   * A sign-out (or every session of a user revoked) deletes the subscriptions
   * those sessions opted in. Delivery already skips them once the session is
   * revoked, so this is housekeeping and may lag the logout's answer.
   */
  onModuleInit(): void {
    this.endings = this.sessions.ended$.subscribe((ended) => this.forgetSessions(ended));
  }

  /** Lets deliveries under way finish (each is bounded by its timeout) before the database closes. */
  async onModuleDestroy(): Promise<void> {
    this.endings?.unsubscribe();
    await this.settled();
  }

  private forgetSessions(ended: SessionEnded): void {
    const removal = this.repo.removeOfEndedSessions(this.ds.manager, ended).then(
      (): PushOutcome => ({ sent: 0, gone: 0, failed: 0 }),
      (e: Error): PushOutcome => {
        this.log.warn(`subscriptions of an ended session not deleted: ${e.message}`);
        return { sent: 0, gone: 0, failed: 0 };
      },
    );
    this.inFlight.add(removal);
    void removal.finally(() => this.inFlight.delete(removal));
  }

  async publicKey(): Promise<PushKey> {
    return { publicKey: (await this.vapid()).publicKey };
  }

  /** sessionTokenHash: the session opting in, whose sign-out will stop this subscription. */
  async subscribe(user: AuthUser, sessionTokenHash: string | null, body: PushSubscriptionBody): Promise<void> {
    if (!this.endpointAllowed(body.endpoint)) throw insecureEndpoint();
    await this.repo.save(this.ds.manager, user.id, sessionTokenHash, body, this.clock.now());
  }

  async unsubscribe(user: AuthUser, endpoint: string): Promise<void> {
    await this.repo.remove(this.ds.manager, user.id, endpoint);
  }

  /** Starts delivering an alert and returns at once; errors are logged, never thrown. */
  notify(alert: Alert): void {
    const delivery = this.deliver(alert).catch((e: Error): PushOutcome => {
      this.log.warn(`alert ${alert.id} not pushed: ${e.message}`);
      return { sent: 0, gone: 0, failed: 0 };
    });
    this.inFlight.add(delivery);
    void delivery.finally(() => this.inFlight.delete(delivery));
  }

  /** Resolves when every delivery started so far has ended. */
  async settled(): Promise<void> {
    while (this.inFlight.size) await Promise.all([...this.inFlight]);
  }

  async deliver(alert: Alert): Promise<PushOutcome> {
    const recipients = (await this.repo.ofRoles(this.ds.manager, alert.roles)).filter((r) => alertReaches(alert, r.role, scopeFor(r)));
    const outcome: PushOutcome = { sent: 0, gone: 0, failed: 0 };
    if (!recipients.length) return outcome;
    const vapid = await this.vapid();
    const { message, urgency, ttlSeconds } = pushDeliveryFor(alert);
    const payload = JSON.stringify(message);
    await Promise.all(
      recipients.map(async (r) => {
        const status = await this.send(r, payload, { vapidDetails: { subject: this.subject(), ...vapid }, urgency, TTL: ttlSeconds }).catch((e: Error) => {
          this.log.warn(`push to user ${r.userId} failed: ${e.message}`);
          return 0;
        });
        if (status >= 200 && status < 300) outcome.sent++;
        else if (subscriptionGone(status)) {
          outcome.gone++;
          await this.repo.removeById(this.ds.manager, r.id);
        } else {
          outcome.failed++;
          if (status) this.log.warn(`push to user ${r.userId} answered ${status}`);
        }
      }),
    );
    return outcome;
  }

  /** web-push encrypts (RFC 8291) and signs (VAPID); fetch sends, with a timeout web-push's own request lacks. */
  private async send(r: PushRecipient, payload: string, options: webpush.RequestOptions): Promise<number> {
    const details = webpush.generateRequestDetails({ endpoint: r.endpoint, keys: { p256dh: r.p256dh, auth: r.auth } }, payload, options);
    const headers = Object.fromEntries(
      Object.entries(details.headers)
        .filter(([name]) => name.toLowerCase() !== 'content-length')
        .map(([name, value]) => [name, String(value)]),
    );
    const res = await fetch(details.endpoint, { method: 'POST', headers, body: details.body ? new Uint8Array(details.body) : undefined, signal: AbortSignal.timeout(SEND_TIMEOUT_MS) });
    await res.body?.cancel();
    return res.status;
  }

  /** Generated once and kept in the database, so every instance signs with the key browsers subscribed with. */
  private async vapid(): Promise<VapidKeys> {
    return JSON.parse(await this.secrets.get(VAPID_SECRET_NAME, () => JSON.stringify(webpush.generateVAPIDKeys()))) as VapidKeys;
  }

  /** VAPID's contact for the push service operator: the portal's https address, else a mailbox. */
  private subject(): string {
    const url = this.cfg.PUBLIC_URL;
    if (url?.startsWith('https:')) return url;
    return `mailto:${this.cfg.ADMIN_EMAIL ?? 'push@franscore.invalid'}`;
  }

  /** Push services speak https; plain http only to loopback, and only where the configuration allows it (tests). */
  private endpointAllowed(endpoint: string): boolean {
    const url = new URL(endpoint);
    if (url.protocol === 'https:') return true;
    return this.cfg.PUSH_HTTP_LOOPBACK && ['127.0.0.1', '[::1]', 'localhost'].includes(url.hostname);
  }
}

const insecureEndpoint = () => new AppError('push.endpoint_insecure', 'invalid', 'Invalid endpoint', [{ field: 'endpoint', message: 'must be an https URL' }]);
