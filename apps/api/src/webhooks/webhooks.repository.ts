import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { WebhookAttempt, WebhookDelivery, WebhookDeliveryQuery, WebhookDeliveryStatus, WebhookEndpoint, WebhookEventType } from '@franscore/domain';
import { pageOf } from '../database/paged-query';

interface EndpointRow {
  id: string;
  url: string;
  description: string;
  events: WebhookEventType[];
  active: boolean;
  created_at: Date;
  created_by: string;
  secret_created_at: Date;
  pending: number;
  failed: number;
}

interface DeliveryRow {
  id: string;
  endpoint_id: string;
  event_id: string;
  type: WebhookEventType;
  occurred_at: Date;
  status: WebhookDeliveryStatus;
  attempts: number;
  next_attempt_at: Date | null;
  created_at: Date;
  delivered_at: Date | null;
  replay_of: string | null;
}

interface AttemptRow {
  delivery_id: string;
  attempt: number;
  started_at: Date;
  duration_ms: number;
  status_code: number | null;
  error: string | null;
  next_attempt_at: Date | null;
}

/** A delivery the worker owns for one attempt, with what it needs to send it. */
export interface ClaimedDelivery {
  id: string;
  attempt: number;
  endpointId: string;
  eventId: string;
  type: WebhookEventType;
  occurredAt: Date;
  data: Record<string, unknown>;
  url: string;
  secret: string;
}

/** How an attempt ended, to record: `retryInMs` null means no retry (delivered, or failed for good). */
export interface AttemptOutcome {
  startedAt: Date;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  delivered: boolean;
  retryInMs: number | null;
}

const ENDPOINT = `
  SELECT p.id, p.url, p.description, p.events, p.active, p.created_at, p.created_by, p.secret_created_at,
    (SELECT count(*)::int FROM webhook_delivery d WHERE d.endpoint_id = p.id AND d.status = 'pending') AS pending,
    (SELECT count(*)::int FROM webhook_delivery d WHERE d.endpoint_id = p.id AND d.status = 'failed') AS failed
  FROM webhook_endpoint p`;

const DELIVERY = `
  SELECT d.id, d.endpoint_id, d.event_id, e.type, e.occurred_at, d.status, d.attempts, d.next_attempt_at, d.created_at, d.delivered_at, d.replay_of
  FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id`;

function endpointOf(r: EndpointRow): WebhookEndpoint {
  return {
    id: r.id,
    url: r.url,
    description: r.description,
    events: r.events,
    active: r.active,
    createdAt: r.created_at.toISOString(),
    createdBy: r.created_by,
    secretCreatedAt: r.secret_created_at.toISOString(),
    pending: r.pending,
    failed: r.failed,
  };
}

function attemptOf(r: AttemptRow): WebhookAttempt {
  return { attempt: r.attempt, startedAt: r.started_at.toISOString(), durationMs: r.duration_ms, statusCode: r.status_code, error: r.error, nextAttemptAt: r.next_attempt_at?.toISOString() ?? null };
}

function deliveryOf(r: DeliveryRow, log: AttemptRow[]): WebhookDelivery {
  return {
    id: r.id,
    endpointId: r.endpoint_id,
    eventId: r.event_id,
    eventType: r.type,
    occurredAt: r.occurred_at.toISOString(),
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
    deliveredAt: r.delivered_at?.toISOString() ?? null,
    replayOf: r.replay_of,
    log: log.filter((a) => a.delivery_id === r.id).map(attemptOf),
  };
}

@Injectable()
export class WebhooksRepository {
  async endpoints(m: EntityManager): Promise<WebhookEndpoint[]> {
    const rows: EndpointRow[] = await m.query(`${ENDPOINT} ORDER BY p.active DESC, p.created_at DESC`);
    return rows.map(endpointOf);
  }

  async endpoint(m: EntityManager, id: string, lock = false): Promise<WebhookEndpoint | null> {
    const rows: EndpointRow[] = await m.query(`${ENDPOINT} WHERE p.id = $1 ${lock ? 'FOR UPDATE OF p' : ''}`, [id]);
    return rows[0] ? endpointOf(rows[0]) : null;
  }

  async insertEndpoint(m: EntityManager, e: { url: string; description: string; events: WebhookEventType[]; active: boolean; secret: string; at: Date; by: string }): Promise<string> {
    const [{ id }]: Array<{ id: string }> = await m.query(
      `INSERT INTO webhook_endpoint (url, description, events, active, secret, secret_created_at, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $6, $7) RETURNING id`,
      [e.url, e.description, e.events, e.active, e.secret, e.at, e.by],
    );
    return id;
  }

  async updateEndpoint(m: EntityManager, id: string, u: { description?: string; events?: WebhookEventType[]; active?: boolean }): Promise<void> {
    await m.query(
      `UPDATE webhook_endpoint SET description = COALESCE($2, description), events = COALESCE($3::text[], events), active = COALESCE($4, active) WHERE id = $1`,
      [id, u.description ?? null, u.events ?? null, u.active ?? null],
    );
  }

  async setSecret(m: EntityManager, id: string, secret: string, at: Date): Promise<void> {
    await m.query(`UPDATE webhook_endpoint SET secret = $2, secret_created_at = $3 WHERE id = $1`, [id, secret, at]);
  }

  /** An endpoint's deliveries, newest first, each with its attempts. */
  async deliveries(m: EntityManager, endpointId: string, q: WebhookDeliveryQuery): Promise<{ items: WebhookDelivery[]; total: number }> {
    const { rows, total } = await pageOf<DeliveryRow>(m, {
      select: DELIVERY,
      from: 'FROM webhook_delivery d',
      where: `d.endpoint_id = $1 AND ($2::text IS NULL OR d.status = $2)`,
      params: [endpointId, q.status ?? null],
      orderBy: 'd.created_at DESC, d.id',
      page: q.page,
      pageSize: q.pageSize,
    });
    const log = await this.attempts(m, rows.map((r) => r.id));
    return { items: rows.map((r) => deliveryOf(r, log)), total };
  }

  async delivery(m: EntityManager, id: string): Promise<WebhookDelivery | null> {
    const rows: DeliveryRow[] = await m.query(`${DELIVERY} WHERE d.id = $1`, [id]);
    return rows[0] ? deliveryOf(rows[0], await this.attempts(m, [id])) : null;
  }

  private attempts(m: EntityManager, ids: string[]): Promise<AttemptRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.query(
      `SELECT delivery_id, attempt, started_at, duration_ms, status_code, error, next_attempt_at FROM webhook_attempt WHERE delivery_id = ANY($1::uuid[]) ORDER BY attempt`,
      [ids],
    );
  }

  /** A fresh delivery of the same event to the same endpoint, due now; the original and its log stay as they were. */
  async replay(m: EntityManager, id: string): Promise<string | null> {
    const rows: Array<{ id: string }> = await m.query(
      `INSERT INTO webhook_delivery (event_id, endpoint_id, next_attempt_at, replay_of) SELECT event_id, endpoint_id, now(), id FROM webhook_delivery WHERE id = $1 RETURNING id`,
      [id],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * Takes up to `limit` due deliveries of active endpoints for one attempt
   * each, at most `perEndpoint` of any one endpoint and none of `busyEndpoints`
   * (those this worker is already sending to), so one slow endpoint cannot
   * take every slot. SKIP LOCKED lets instances claim side by side without waiting on
   * or taking each other's rows; the claim counts the attempt and pushes the
   * delivery's due time past `leaseSeconds`, so nobody else takes it while
   * it is sent, and if this process dies it is due again when the lease ends.
   */
  async claim(m: EntityManager, limit: number, leaseSeconds: number, perEndpoint = limit, busyEndpoints: string[] = []): Promise<ClaimedDelivery[]> {
    const rows: Array<{ id: string; attempts: number; endpoint_id: string; event_id: string; type: WebhookEventType; occurred_at: Date; data: Record<string, unknown>; url: string; secret: string }> = await m.query(
      `WITH due AS (
         SELECT d.id FROM webhook_endpoint p
         CROSS JOIN LATERAL (
           SELECT d.id, d.next_attempt_at FROM webhook_delivery d
           WHERE d.endpoint_id = p.id AND d.status = 'pending' AND d.next_attempt_at <= now()
           ORDER BY d.next_attempt_at LIMIT $3 FOR UPDATE OF d SKIP LOCKED) d
         WHERE p.active AND NOT (p.id = ANY($4::uuid[]))
         ORDER BY d.next_attempt_at LIMIT $1),
       claimed AS (
         UPDATE webhook_delivery d SET attempts = d.attempts + 1, next_attempt_at = now() + make_interval(secs => $2)
         FROM due WHERE d.id = due.id RETURNING d.id, d.attempts, d.event_id, d.endpoint_id)
       SELECT c.id, c.attempts, c.endpoint_id, c.event_id, e.type, e.occurred_at, e.data, p.url, p.secret
       FROM claimed c JOIN webhook_event e ON e.id = c.event_id JOIN webhook_endpoint p ON p.id = c.endpoint_id`,
      [limit, leaseSeconds, perEndpoint, busyEndpoints],
    );
    return rows.map((r) => ({ id: r.id, attempt: r.attempts, endpointId: r.endpoint_id, eventId: r.event_id, type: r.type, occurredAt: r.occurred_at, data: r.data, url: r.url, secret: r.secret }));
  }

  /**
   * Logs the attempt and moves the delivery on, if this worker still owns that
   * attempt (its lease may have run out and another instance taken the next one).
   * The next due time is the database's now plus the wait, so instances agree on it.
   */
  async record(m: EntityManager, d: Pick<ClaimedDelivery, 'id' | 'attempt'>, o: AttemptOutcome): Promise<boolean> {
    const retry = o.delivered ? null : o.retryInMs;
    const [{ n }]: Array<{ n: number }> = await m.query(
      `WITH next AS (SELECT CASE WHEN $4::int IS NULL THEN NULL ELSE now() + make_interval(secs => $4::int / 1000.0) END AS at),
       u AS (
         UPDATE webhook_delivery SET
           status = CASE WHEN $3 THEN 'delivered' WHEN next.at IS NULL THEN 'failed' ELSE 'pending' END,
           next_attempt_at = next.at,
           delivered_at = CASE WHEN $3 THEN now() END
         FROM next WHERE id = $1 AND attempts = $2 AND status = 'pending' RETURNING 1),
       logged AS (
         INSERT INTO webhook_attempt (delivery_id, attempt, started_at, duration_ms, status_code, error, next_attempt_at)
         SELECT $1, $2, $5, $6, $7, $8, next.at FROM next WHERE EXISTS (SELECT 1 FROM u) RETURNING 1)
       SELECT count(*)::int AS n FROM logged`,
      [d.id, d.attempt, o.delivered, retry, o.startedAt, o.durationMs, o.statusCode, o.error],
    );
    return n > 0;
  }

  /** Gives an attempt back unsent (the worker is stopping): due at once, and it does not count. */
  async release(m: EntityManager, d: Pick<ClaimedDelivery, 'id' | 'attempt'>): Promise<void> {
    await m.query(`UPDATE webhook_delivery SET attempts = attempts - 1, next_attempt_at = now() WHERE id = $1 AND attempts = $2 AND status = 'pending'`, [d.id, d.attempt]);
  }
}
