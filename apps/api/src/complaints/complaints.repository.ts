import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { BusinessHours, Channel, ComplaintQuery, CustomerContact, EventType, PolicyRules, Role, Severity } from '@franscore/domain';
import { randomUUID } from 'node:crypto';
import type { BusinessCalendar } from '@franscore/scoring';
import { Scope, scopeCondition } from '../auth/scope';
import { insertChunks } from '../database/bulk-insert';
import type { HotStatement } from '../database/hot-statement';
import { pageOf } from '../database/paged-query';
import { complaintReceivedOutboxCtes } from '../webhooks/webhook-outbox';
import { DerivedColumns, HistoricalComplaint } from './historical-complaint';

export interface ComplaintRow {
  id: string;
  reference: string;
  location_id: string;
  location_code: string;
  location_name: string;
  time_zone: string;
  business_hours: BusinessHours;
  channel: Channel;
  category: ComplaintQuery['category'] & string;
  severity: Severity;
  received_at: Date;
  description: string;
  remedy_sought: string | null;
  order_number: string | null;
  visited_at: Date | null;
  contact: CustomerContact | null;
  status: 'open' | 'acknowledged' | 'resolved' | 'closed';
  ack_due_at: Date | null;
  ack_done_at: Date | null;
  ack_breached_at: Date | null;
  resolve_due_at: Date | null;
  resolve_done_at: Date | null;
  resolve_breached_at: Date | null;
  waiting_since: Date | null;
  rating: number | null;
  dispute: 'none' | 'pending' | 'upheld' | 'rejected';
  event_count: number;
  /** The customer's photo (a file under the data folder), all three or none. */
  photo_key: string | null;
  photo_content_type: string | null;
  photo_size_bytes: number | null;
}

export interface EventRow {
  id: string;
  seq: number;
  type: EventType;
  at: Date;
  actor_label: string;
  note: string | null;
  data: Record<string, unknown>;
}

/** A complaint from the public web form (channel `qr_form`) or from an API client with its channel. */
export interface NewComplaint {
  reference: string;
  locationId: string;
  channel: Channel;
  /** Set for an API client: its keys are unique per client rather than per location. */
  apiClientId: string | null;
  orderNumber: string | null;
  visitedAt: Date | null;
  category: string;
  severity: Severity;
  receivedAt: Date;
  description: string;
  remedySought: string | null;
  contact: CustomerContact | null;
  idempotencyKey: string;
  /** Hash of the normalized request that filed it; a retry with the same key must match it. */
  requestHash: string;
  ackDueAt: Date | null;
  resolveDueAt: Date | null;
}

const SELECT = `
  SELECT c.*, l.code AS location_code, l.name AS location_name, l.time_zone, l.business_hours
  FROM complaint c JOIN location l ON l.id = c.location_id`;

const SORT: Record<ComplaintQuery['sort'], string> = {
  receivedAt: 'c.received_at, c.id',
  '-receivedAt': 'c.received_at DESC, c.id',
  severity: `array_position(ARRAY['minor','major','critical'], c.severity), c.received_at DESC`,
  '-severity': `array_position(ARRAY['minor','major','critical'], c.severity) DESC, c.received_at DESC`,
  status: `array_position(ARRAY['open','acknowledged','resolved','closed'], c.status), c.received_at DESC`,
  // Running clocks by due time (acknowledge first, then resolve), then paused ones (waiting on the customer), then stopped.
  dueAt: `c.resolve_done_at IS NOT NULL, c.waiting_since IS NOT NULL,
    CASE WHEN c.ack_done_at IS NULL THEN c.ack_due_at ELSE c.resolve_due_at END, c.received_at, c.id`,
};

/** A breach has been recorded, or a running clock's due time has passed. */
const BREACHED = (now: string) => `(c.ack_breached_at IS NOT NULL OR c.resolve_breached_at IS NOT NULL
  OR (c.ack_done_at IS NULL AND c.waiting_since IS NULL AND c.ack_due_at < ${now})
  OR (c.resolve_done_at IS NULL AND c.waiting_since IS NULL AND c.resolve_due_at < ${now}))`;

@Injectable()
export class ComplaintsRepository {
  /**
   * Files a complaint unless its key was seen; answers the new row's id, or null on a
   * repeat. Anonymous keys are per location, so one customer's key never reaches
   * another location's complaint; an API client's keys are per client.
   */
  async insertOnce(m: EntityManager, c: NewComplaint): Promise<string | null> {
    const conflict = c.apiClientId ? '(api_client_id, idempotency_key) WHERE api_client_id IS NOT NULL' : `(location_id, idempotency_key) WHERE channel = 'qr_form'`;
    const rows: Array<{ id: string }> = await m.query(
      `INSERT INTO complaint (reference, location_id, channel, category, severity, received_at, description, remedy_sought,
         contact, idempotency_key, request_hash, ack_due_at, resolve_due_at, api_client_id, order_number, visited_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT ${conflict} DO NOTHING RETURNING id`,
      [c.reference, c.locationId, c.channel, c.category, c.severity, c.receivedAt, c.description, c.remedySought,
        c.contact ? JSON.stringify(c.contact) : null, c.idempotencyKey, c.requestHash, c.ackDueAt, c.resolveDueAt,
        c.apiClientId, c.orderNumber, c.visitedAt],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * Files a complaint and raises its `complaint_received` alert in one statement
   * (atomic without a transaction: no BEGIN, no COMMIT, no read-back: three round
   * trips of the intake's six). Null when the idempotency key was taken: the
   * caller reads the first complaint by its key, in a statement of its own, which
   * sees the row whichever transaction committed it.
   *
   * With `known` (a location read by an earlier request), the statement also
   * checks that the location still takes complaints and still has the calendar,
   * scope and policy the due times and the alert were made from, and files
   * nothing (null) otherwise: a location remembered between requests costs no
   * read of its own, and can never file against a closed or changed one.
   */
  async fileOnce(run: HotStatement, c: NewComplaint, alert: { roles: Role[] }, known?: KnownLocation): Promise<FiledComplaint | null> {
    const conflict = c.apiClientId ? '(api_client_id, idempotency_key) WHERE api_client_id IS NOT NULL' : `(location_id, idempotency_key) WHERE channel = 'qr_form'`;
    const values = [c.reference, c.locationId, c.channel, c.category, c.severity, c.receivedAt, c.description, c.remedySought,
      c.contact ? JSON.stringify(c.contact) : null, c.idempotencyKey, c.requestHash, c.ackDueAt, c.resolveDueAt,
      c.apiClientId, c.orderNumber, c.visitedAt, alert.roles];
    // Outside VALUES nothing gives the parameters their columns' types: the casts do.
    const source = known
      ? `SELECT $1::text, l.id, $3::text, $4::text, $5::text, $6::timestamptz, $7::text, $8::text, $9::jsonb, $10::text, $11::text,
           $12::timestamptz, $13::timestamptz, $14::uuid, $15::text, $16::timestamptz
         FROM location l
         WHERE l.id = $2 AND l.code = $18 AND l.status IN ('active', 'on_watch') AND l.time_zone = $19 AND l.business_hours = $20::jsonb
           AND l.region_id = $21 AND l.franchisee_id = $22
           AND (${POLICY_IN_FORCE('id', '$23')}) IS NOT DISTINCT FROM $24::uuid`
      : `VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`;
    const rows = await run<FiledComplaint>(
      known ? `file-known-${c.apiClientId ? 'client' : 'public'}` : `file-${c.apiClientId ? 'client' : 'public'}`,
      `WITH ins AS (
         INSERT INTO complaint (reference, location_id, channel, category, severity, received_at, description, remedy_sought,
           contact, idempotency_key, request_hash, ack_due_at, resolve_due_at, api_client_id, order_number, visited_at)
         ${source}
         ON CONFLICT ${conflict} DO NOTHING RETURNING id, reference, received_at, location_id, channel, category, severity, status),
       ${complaintReceivedOutboxCtes('ins')},
       a AS (
         INSERT INTO alert (kind, complaint_id, location_id, roles, at)
         SELECT 'complaint_received', ins.id, ins.location_id, $17::text[], ins.received_at FROM ins
         ON CONFLICT (complaint_id, kind) DO NOTHING RETURNING id, complaint_id, at, roles)
       SELECT ins.id, ins.reference, ins.received_at, a.id AS alert_id, a.at AS alert_at, a.roles AS alert_roles
       FROM ins LEFT JOIN a ON a.complaint_id = ins.id`,
      known
        ? [...values, known.location.code, known.location.time_zone, JSON.stringify(known.location.business_hours), known.location.region_id,
            known.location.franchisee_id, known.policyDay, known.location.policy_id ?? null]
        : values,
    );
    return rows[0] ?? null;
  }

  /** The complaint an API client filed under this key, with the hash of the request that filed it. */
  async byClientKey(m: EntityManager, apiClientId: string, key: string): Promise<(ComplaintRow & { request_hash: string | null }) | null> {
    const rows: Array<ComplaintRow & { request_hash: string | null }> = await m.query(
      `${SELECT} WHERE c.api_client_id = $1 AND c.idempotency_key = $2`,
      [apiClientId, key],
    );
    return rows[0] ?? null;
  }

  /** The public-form complaint a location filed under this key, with the hash of the request that filed it. */
  async byPublicKey(m: EntityManager, locationId: string, key: string): Promise<(ComplaintRow & { request_hash: string | null }) | null> {
    const rows: Array<ComplaintRow & { request_hash: string | null }> = await m.query(
      `${SELECT} WHERE c.location_id = $1 AND c.idempotency_key = $2 AND c.channel = 'qr_form'`,
      [locationId, key],
    );
    return rows[0] ?? null;
  }

  async byReference(m: EntityManager, reference: string): Promise<ComplaintRow | null> {
    const rows: ComplaintRow[] = await m.query(`${SELECT} WHERE c.reference = $1`, [reference]);
    return rows[0] ?? null;
  }

  async byId(m: EntityManager, id: string): Promise<ComplaintRow | null> {
    const rows: ComplaintRow[] = await m.query(`${SELECT} WHERE c.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** The complaint if the scope sees it; with `lock`, holds it until the transaction ends. */
  async inScope(m: EntityManager, scope: Scope, id: string, lock = false): Promise<ComplaintRow | null> {
    const params: unknown[] = [id];
    const rows: ComplaintRow[] = await m.query(
      `${SELECT} WHERE c.id = $1 AND ${scopeCondition(scope, 'l', params)} ${lock ? 'FOR UPDATE OF c' : ''}`,
      params,
    );
    return rows[0] ?? null;
  }

  async events(m: EntityManager, complaintId: string): Promise<EventRow[]> {
    return m.query(`SELECT id, seq, type, at, actor_label, note, data FROM complaint_event WHERE complaint_id = $1 ORDER BY seq`, [complaintId]);
  }

  async appendEvent(
    m: EntityManager,
    complaintId: string,
    seq: number,
    e: { type: EventType; at: Date; actorId: string | null; actorLabel: string; note: string | null; data: Record<string, unknown> },
  ): Promise<void> {
    await m.query(
      `INSERT INTO complaint_event (complaint_id, seq, type, at, actor_id, actor_label, note, data) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [complaintId, seq, e.type, e.at, e.actorId, e.actorLabel, e.note, JSON.stringify(e.data)],
    );
  }

  async setSeverity(m: EntityManager, id: string, severity: Severity): Promise<void> {
    await m.query(`UPDATE complaint SET severity = $2 WHERE id = $1`, [id, severity]);
  }

  async saveDerived(
    m: EntityManager,
    id: string,
    d: Record<'ack_due_at' | 'ack_done_at' | 'ack_breached_at' | 'resolve_due_at' | 'resolve_done_at' | 'resolve_breached_at' | 'waiting_since', Date | null> & {
      status: string;
      rating: number | null;
      dispute: string;
      event_count: number;
    },
  ): Promise<void> {
    await m.query(
      `UPDATE complaint SET ack_due_at = $2, ack_done_at = $3, ack_breached_at = $4, resolve_due_at = $5, resolve_done_at = $6,
         resolve_breached_at = $7, waiting_since = $8, status = $9, rating = $10, dispute = $11, event_count = $12 WHERE id = $1`,
      [id, d.ack_due_at, d.ack_done_at, d.ack_breached_at, d.resolve_due_at, d.resolve_done_at, d.resolve_breached_at, d.waiting_since, d.status, d.rating, d.dispute, d.event_count],
    );
  }

  /** With `contacts`, the search also matches customers' e-mail and phone: only for roles that see contacts. */
  async list(m: EntityManager, scope: Scope, q: ComplaintQuery, now: Date, contacts = false): Promise<{ rows: ComplaintRow[]; total: number }> {
    const { cond, params } = this.filter(scope, q, now, contacts);
    return pageOf<ComplaintRow>(m, {
      select: SELECT,
      from: 'FROM complaint c JOIN location l ON l.id = c.location_id',
      where: cond,
      params,
      orderBy: SORT[q.sort],
      page: q.page,
      pageSize: q.pageSize,
    });
  }

  /** The whole filtered list, in pages of `batch`, for the CSV export. */
  async *stream(m: EntityManager, scope: Scope, q: ComplaintQuery, now: Date, batch = 1000, contacts = false): AsyncGenerator<ComplaintRow[]> {
    const { cond, params } = this.filter(scope, q, now, contacts);
    for (let offset = 0; ; offset += batch) {
      const rows: ComplaintRow[] = await m.query(
        `${SELECT} WHERE ${cond} ORDER BY ${SORT[q.sort]} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
        [...params, batch, offset],
      );
      if (rows.length) yield rows;
      if (rows.length < batch) return;
    }
  }

  private filter(scope: Scope, q: ComplaintQuery, now: Date, contacts = false): { cond: string; params: unknown[] } {
    const params: unknown[] = [];
    const where = [scopeCondition(scope, 'l', params)];
    const eq = (column: string, value: unknown) => value !== undefined && where.push(`${column} = $${params.push(value)}`);
    eq('c.status', q.status);
    eq('c.severity', q.severity);
    eq('c.category', q.category);
    eq('c.channel', q.channel);
    eq('c.location_id', q.locationId);
    if (q.from) where.push(`c.received_at >= $${params.push(q.from)}`);
    if (q.to) where.push(`c.received_at < $${params.push(q.to)}`);
    if (q.sla) {
      const breached = BREACHED(`$${params.push(now)}`);
      if (q.sla === 'breached') where.push(breached);
      if (q.sla === 'met') where.push(`c.resolve_done_at IS NOT NULL AND NOT ${breached}`);
      if (q.sla === 'running') where.push(`c.resolve_done_at IS NULL AND NOT ${breached}`);
    }
    if (q.q) where.push(searchCondition(searchTerms(q.q, contacts), params));
    return { cond: where.join(' AND '), params };
  }
}

/** What a search box text can match; contact terms only for the roles that may see contacts. */
export interface SearchTerms {
  reference: string;
  words: string[];
  email: string | null;
  phoneDigits: string | null;
}

const likeEscaped = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/**
 * Reads a search box: the whole text as a reference, its words as words of the
 * description (all of them, anywhere), and, when contacts may be searched, as an
 * e-mail (exact, any case) or a phone number (its digits without leading zeros,
 * at least 6, anywhere in the stored number's digits).
 */
export function searchTerms(text: string, contacts: boolean): SearchTerms {
  const trimmed = text.trim();
  // A caller reads their number the national way (020 ...) or the international one (+44 20 ...): without the trunk 0 both are in the stored digits.
  const digits = trimmed.replace(/[^0-9]/g, '').replace(/^0+/, '');
  const looksLikePhone = /^[+0-9 ()./-]+$/.test(trimmed) && digits.length >= 6;
  return {
    reference: trimmed.toUpperCase(),
    words: trimmed.split(/\s+/).filter(Boolean).slice(0, 8),
    email: contacts && trimmed.includes('@') ? trimmed.toLowerCase() : null,
    phoneDigits: contacts && looksLikePhone ? digits : null,
  };
}

function searchCondition(t: SearchTerms, params: unknown[]): string {
  const any = [`c.reference = $${params.push(t.reference)}`];
  if (t.words.length) any.push(`(${t.words.map((w) => `c.description ILIKE $${params.push(`%${likeEscaped(w)}%`)}`).join(' AND ')})`);
  if (t.email) any.push(`lower(c.contact->>'email') = $${params.push(t.email)}`);
  if (t.phoneDigits) any.push(`regexp_replace(c.contact->>'phone', '[^0-9]', '', 'g') LIKE $${params.push(`%${t.phoneDigits}%`)}`);
  return `(${any.join(' OR ')})`;
}

export interface IntakeLocation {
  id: string;
  code: string;
  name: string;
  time_zone: string;
  business_hours: BusinessHours;
  region_id: string;
  franchisee_id: string;
  /** The rules of the policy in force on the day asked for (null: none published; absent: not asked). */
  policy_rules?: PolicyRules | null;
  /** That policy's id: a published policy's rules never change, so the id stands for them. */
  policy_id?: string | null;
}

/** A location read by an earlier request, to file against only if it still is as read (see fileOnce). */
export interface KnownLocation {
  location: IntakeLocation;
  /** The day whose policy in force must still be the one read. */
  policyDay: string;
}

/** PoliciesRepository.inForce's choice: the latest published version in effect on the day given by `day`. */
const POLICY_IN_FORCE = (columns: string, day: string) =>
  `SELECT ${columns} FROM policy WHERE status = 'published' AND effective_from <= ${day}::date ORDER BY version DESC LIMIT 1`;

/** A complaint just filed and the alert raised with it. */
export interface FiledComplaint {
  id: string;
  reference: string;
  received_at: Date;
  alert_id: string | null;
  alert_at: Date | null;
  alert_roles: Role[] | null;
}

/** Locations that take complaints: open for business (not suspended or closed). */
export async function intakeLocation(m: EntityManager, code: string, policyDay?: string): Promise<IntakeLocation | null> {
  // With a day, the policy in force rides along (PoliciesRepository.inForce's query): one round trip, not two.
  const rows: IntakeLocation[] = await m.query(
    `SELECT l.id, l.code, l.name, l.time_zone, l.business_hours, l.region_id, l.franchisee_id ${policyDay ? ', p.rules AS policy_rules, p.id AS policy_id' : ''}
     FROM location l ${policyDay ? `LEFT JOIN LATERAL (${POLICY_IN_FORCE('id, rules', '$2')}) p ON true` : ''}
     WHERE l.code = $1 AND l.status IN ('active', 'on_watch')`,
    policyDay ? [code, policyDay] : [code],
  );
  return rows[0] ?? null;
}

/** Complaints with their timelines, written in bulk (imports and the demo seed). */
export async function insertHistorical(m: EntityManager, items: ReadonlyArray<{ c: HistoricalComplaint; d: DerivedColumns }>): Promise<void> {
  const withIds = items.map(({ c, d }) => ({ c: { ...c, id: c.id ?? randomUUID() }, d }));
  await insertChunks(
    m,
    withIds,
    (v) => `INSERT INTO complaint (id, reference, location_id, channel, category, severity, received_at, description, remedy_sought, contact,
      idempotency_key, status, ack_due_at, ack_done_at, ack_breached_at, resolve_due_at, resolve_done_at, resolve_breached_at,
      waiting_since, rating, dispute, event_count) VALUES ${v}`,
    ({ c, d }) => [
      c.id, c.reference, c.locationId, c.channel, c.category, c.severity, c.receivedAt, c.description, c.remedySought,
      c.contact ? JSON.stringify(c.contact) : null, c.idempotencyKey, d.status, d.ack_due_at, d.ack_done_at, d.ack_breached_at,
      d.resolve_due_at, d.resolve_done_at, d.resolve_breached_at, d.waiting_since, d.rating, d.dispute, d.event_count,
    ],
  );
  const events = withIds.flatMap(({ c }) => c.events.map((e, i) => ({ complaintId: c.id, seq: i + 1, e })));
  await insertChunks(
    m,
    events,
    (v) => `INSERT INTO complaint_event (complaint_id, seq, type, at, actor_label, note, data) VALUES ${v}`,
    ({ complaintId, seq, e }) => [complaintId, seq, e.type, e.at, e.actorLabel, e.note, JSON.stringify(e.data)],
  );
}

export async function existingReferences(m: EntityManager, references: string[]): Promise<Set<string>> {
  const rows: Array<{ reference: string }> = await m.query(`SELECT reference FROM complaint WHERE reference = ANY($1::text[])`, [references]);
  return new Set(rows.map((r) => r.reference));
}

export async function calendarsByCode(m: EntityManager): Promise<Map<string, { id: string; calendar: BusinessCalendar }>> {
  const rows: Array<{ id: string; code: string; time_zone: string; business_hours: BusinessHours }> = await m.query(
    `SELECT id, code, time_zone, business_hours FROM location`,
  );
  return new Map(rows.map((r) => [r.code, { id: r.id, calendar: { timeZone: r.time_zone, hours: r.business_hours } }]));
}
