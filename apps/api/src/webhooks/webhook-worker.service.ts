import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { WEBHOOK_MAX_ATTEMPTS, WebhookPayload } from '@franscore/domain';
import { APP_CONFIG, AppConfig } from '../config/config';
import { delivered, retryDelayMs } from './retry-schedule';
import { sendWebhook } from './webhook-sender';
import { EVENT_ID_HEADER, SIGNATURE_HEADER, signatureHeader } from './webhook-signature';
import { ClaimedDelivery, WebhooksRepository } from './webhooks.repository';

/** Sends at once per instance, at most: a slow receiver holds one slot, never the request path. */
export const WEBHOOK_CONCURRENCY = 8;
/** Sends at once to one endpoint, at most: a dead endpoint holds two slots, and the others keep going. */
export const WEBHOOK_CONCURRENCY_PER_ENDPOINT = 2;
const INTERVAL_NAME = 'webhook-worker';

/**
 * Sends what the outbox holds. Every poll claims due deliveries (as many as it
 * has free slots), sends each with a timeout, and records the attempt; a
 * failed one is due again after an exponential, fully jittered wait, until
 * the eighth attempt fails it for good. Runs beside requests and never inside
 * one. Shutdown removes the poll with every other timer, then aborts what is
 * in flight and gives those attempts back, due at once for the next start.
 */
@Injectable()
export class WebhookWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('Webhooks');
  private readonly inFlight = new Set<Promise<void>>();
  /** Sends in flight per endpoint id. */
  private readonly perEndpoint = new Map<string, number>();
  private readonly stop = new AbortController();
  private polling: Promise<void> | null = null;
  /** A poll was asked for while one ran (a send finished): run again when it ends, so no free slot waits for the next tick. */
  private pollAgain = false;
  /** Math.random unless a test fixes the draw. */
  random: () => number = Math.random;

  constructor(
    private readonly ds: DataSource,
    private readonly repo: WebhooksRepository,
    private readonly registry: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly cfg: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.registry.addInterval(INTERVAL_NAME, setInterval(() => void this.poll(), this.cfg.WEBHOOKS_POLL_MS));
  }

  async onModuleDestroy(): Promise<void> {
    if (this.registry.doesExist('interval', INTERVAL_NAME)) this.registry.deleteInterval(INTERVAL_NAME);
    this.stop.abort();
    await this.polling;
    await this.settled();
  }

  /** One poll at a time: a poll claims as many as there are free slots. */
  poll(): Promise<void> {
    if (this.stop.signal.aborted) return this.polling ?? Promise.resolve();
    if (this.polling) {
      this.pollAgain = true;
      return this.polling;
    }
    this.polling = (async () => {
      do {
        this.pollAgain = false;
        await this.claimAndSend();
      } while (this.pollAgain && !this.stop.signal.aborted);
    })()
      .catch((e: Error) => this.log.warn(`webhook poll failed: ${e.message}`))
      .finally(() => (this.polling = null));
    return this.polling;
  }

  /** Resolves when every send started so far has been recorded. */
  async settled(): Promise<void> {
    // A finished send starts a poll, which may start more sends.
    while (this.inFlight.size || this.polling) await Promise.all([...this.inFlight, this.polling]);
  }

  /** Polls until nothing is due and nothing is in flight (tests). */
  async drain(): Promise<void> {
    do {
      await this.poll();
      await this.settled();
    } while (await this.anythingDue());
  }

  private async anythingDue(): Promise<boolean> {
    const [{ due }]: Array<{ due: boolean }> = await this.ds.query(
      `SELECT EXISTS (SELECT 1 FROM webhook_delivery d JOIN webhook_endpoint p ON p.id = d.endpoint_id WHERE d.status = 'pending' AND d.next_attempt_at <= now() AND p.active) AS due`,
    );
    return due;
  }

  private async claimAndSend(): Promise<void> {
    const free = WEBHOOK_CONCURRENCY - this.inFlight.size;
    if (free <= 0) return;
    const lease = Math.ceil((this.cfg.WEBHOOKS_TIMEOUT_MS * 2) / 1000) + 30;
    // An endpoint with a send in flight waits for it: at most two at a time each, claimed together.
    const busy = [...this.perEndpoint.keys()];
    const claimed = await this.repo.claim(this.ds.manager, free, lease, WEBHOOK_CONCURRENCY_PER_ENDPOINT, busy);
    for (const d of claimed) {
      this.perEndpoint.set(d.endpointId, (this.perEndpoint.get(d.endpointId) ?? 0) + 1);
      const sending = this.send(d).catch((e: Error) => this.log.warn(`webhook delivery ${d.id} not recorded: ${e.message}`));
      this.inFlight.add(sending);
      void sending.finally(() => {
        this.inFlight.delete(sending);
        const left = (this.perEndpoint.get(d.endpointId) ?? 1) - 1;
        if (left > 0) this.perEndpoint.set(d.endpointId, left);
        else this.perEndpoint.delete(d.endpointId);
        // A slot is free: what else is due goes now rather than at the next tick.
        void this.poll();
      });
    }
  }

  private async send(d: ClaimedDelivery): Promise<void> {
    const payload: WebhookPayload = { id: d.eventId, type: d.type, occurredAt: d.occurredAt.toISOString(), data: d.data };
    const body = JSON.stringify(payload);
    // Transport time, not business time: the receiver compares it with its own clock.
    const startedAt = new Date();
    const headers = {
      [SIGNATURE_HEADER]: signatureHeader(d.secret, startedAt, body),
      [EVENT_ID_HEADER]: d.eventId,
      'Franscore-Delivery-Id': d.id,
      'Franscore-Attempt': String(d.attempt),
      'user-agent': 'Franscore-Webhooks/1',
    };
    const result = await sendWebhook(d.url, headers, body, { timeoutMs: this.cfg.WEBHOOKS_TIMEOUT_MS, allowPrivate: this.cfg.WEBHOOKS_ALLOW_PRIVATE, signal: this.stop.signal });
    if (this.stop.signal.aborted && result.statusCode === null) {
      await this.repo.release(this.ds.manager, d);
      return;
    }
    const ok = delivered(result.statusCode);
    const retryInMs = ok ? null : retryDelayMs(d.attempt, WEBHOOK_MAX_ATTEMPTS, this.cfg.WEBHOOKS_RETRY_BASE_MS, this.random());
    const error = result.error ?? (ok ? null : `answered ${result.statusCode}`);
    const recorded = await this.repo.record(this.ds.manager, d, { startedAt, durationMs: result.durationMs, statusCode: result.statusCode, error, delivered: ok, retryInMs });
    if (!recorded) this.log.warn(`webhook delivery ${d.id} attempt ${d.attempt} outlived its lease; its result was not recorded`);
    else if (!ok && retryInMs === null) this.log.warn(`webhook delivery ${d.id} failed after ${d.attempt} attempts (${error})`);
  }
}
