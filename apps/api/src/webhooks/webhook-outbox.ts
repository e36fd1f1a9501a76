import { EntityManager } from 'typeorm';
import type { WebhookEventType } from '@franscore/domain';

/**
 * The outbox. Each function writes an event, and one pending delivery per
 * active endpoint subscribed to its type, in the caller's transaction: the
 * event exists exactly when the change that caused it committed, and the
 * worker sends it later, off the request path. One statement; with no
 * endpoint subscribed nothing is written.
 */
const ENQUEUE = (dataSql: string, from = '') => `
  WITH targets AS (SELECT id FROM webhook_endpoint WHERE active AND $1::text = ANY(events)),
  ev AS (
    INSERT INTO webhook_event (type, occurred_at, data)
    SELECT $1::text, $2::timestamptz, ${dataSql} ${from} ${from ? 'AND' : 'WHERE'} EXISTS (SELECT 1 FROM targets)
    RETURNING id)
  INSERT INTO webhook_delivery (event_id, endpoint_id, next_attempt_at) SELECT ev.id, t.id, now() FROM ev, targets t`;

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Any event whose data the caller has at hand. */
export async function enqueueWebhookEvent(m: EntityManager, type: WebhookEventType, occurredAt: Date, data: Record<string, unknown>): Promise<void> {
  await m.query(ENQUEUE('$3::jsonb'), [type, occurredAt, JSON.stringify(data)]);
}

/** What a complaint's event carries, from a row with the complaint's columns (no customer contact: receivers get the case, not the person). */
const complaintData = (c: string) => `jsonb_build_object('complaintId', ${c}.id, 'reference', ${c}.reference, 'locationId', ${c}.location_id, 'locationCode', l.code,
  'channel', ${c}.channel, 'category', ${c}.category, 'severity', ${c}.severity, 'status', ${c}.status, 'receivedAt', ${iso(`${c}.received_at`)})`;

/** A complaint's event, its data read from the complaint as it stands in this transaction. */
export async function enqueueComplaintEvent(m: EntityManager, type: Extract<WebhookEventType, `complaint.${string}`>, complaintId: string, occurredAt: Date, extra: Record<string, unknown> = {}): Promise<void> {
  await m.query(ENQUEUE(`${complaintData('c')} || $4::jsonb`, 'FROM complaint c JOIN location l ON l.id = c.location_id WHERE c.id = $3'), [type, occurredAt, complaintId, JSON.stringify(extra)]);
}

/**
 * For intake that files in one statement: CTEs to add to its WITH list that
 * write `complaint.received` for the rows `inserted` returns (which must
 * return id, reference, location_id, channel, category, severity, status and
 * received_at), atomically with the insert.
 */
export function complaintReceivedOutboxCtes(inserted: string): string {
  return `wh_targets AS (SELECT id FROM webhook_endpoint WHERE active AND 'complaint.received' = ANY(events)),
    wh_event AS (
      INSERT INTO webhook_event (type, occurred_at, data)
      SELECT 'complaint.received', x.received_at, ${complaintData('x')} FROM ${inserted} x JOIN location l ON l.id = x.location_id
      WHERE EXISTS (SELECT 1 FROM wh_targets) RETURNING id),
    wh_delivery AS (INSERT INTO webhook_delivery (event_id, endpoint_id, next_attempt_at) SELECT e.id, t.id, now() FROM wh_event e, wh_targets t)`;
}

/** A step in an enforcement case (opened, level changed, plan, appeal, decision, ended), with the case as it now stands. */
export async function enqueueEnforcementCaseEvent(m: EntityManager, caseId: string, occurredAt: Date, change: Record<string, unknown>): Promise<void> {
  const data = `jsonb_build_object('caseId', k.id, 'locationId', k.location_id, 'locationCode', l.code, 'level', k.level, 'status', k.status, 'outcome', k.outcome) || $4::jsonb`;
  await m.query(ENQUEUE(data, 'FROM enforcement_case k JOIN location l ON l.id = k.location_id WHERE k.id = $3'), ['enforcement_case.changed', occurredAt, caseId, JSON.stringify(change)]);
}
