import type { AuditVerify } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { Client } from 'pg';
import { RunningServer } from '../support/server';
import { CRASH_KEY_PREFIX, fileComplaint, Filing, isOk, Step, StepKind } from './crash-workload';

/** What was wrong after a restart; empty when the record is whole. */
export type Problems = string[];

/**
 * After the restart, every filing is sent again with its key and body: one
 * that answered 2xx must answer 200 with the same receipt (it is there, once);
 * one that got no answer may be created now (201) or found (200). Either way,
 * afterwards every key sent exists exactly once.
 */
export async function retryFilings(server: RunningServer, code: string, filings: Filing[], problems: Problems): Promise<number> {
  let checked = 0;
  const queue = [...filings];
  const worker = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      const again = await fileComplaint(server.baseUrl, code, f.key, f.body);
      checked++;
      if (f.status === null) {
        if (!isOk(again.status)) problems.push(`${f.key}: unanswered before the crash, ${again.status} on retry`);
      } else if (!isOk(f.status)) {
        problems.push(`${f.key}: answered ${f.status} under load`);
      } else if (again.status !== 200) {
        problems.push(`${f.key}: acknowledged with ${f.status}, retry answered ${again.status} (lost)`);
      } else if (again.receipt?.id !== f.receipt?.id || again.receipt?.reference !== f.receipt?.reference || again.receipt?.statusToken !== f.receipt?.statusToken) {
        problems.push(`${f.key}: retry answered another receipt`);
      }
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return checked;
}

interface ComplaintRow {
  id: string;
  key: string;
  status: string;
  severity: string;
  event_count: number;
  alerts: number;
  severity_audits: number;
}

/** DOMAIN.md: status is derived from the timeline (the crash test records only these steps). */
function derivedStatus(types: string[]): string {
  if (types.includes('resolved')) return 'resolved';
  return types.includes('acknowledged') ? 'acknowledged' : 'open';
}

/** How many times each answered (or unanswered) step may be on record: exactly once, or at most once. */
function expectedCount(steps: Step[], id: string, kind: StepKind): { min: number; max: number } {
  const mine = steps.filter((s) => s.complaintId === id && s.kind === kind);
  return { min: mine.some((s) => isOk(s.status)) ? 1 : 0, max: mine.length ? 1 : 0 };
}

/**
 * Reads the database directly: every key sent is one complaint; no event or
 * alert without its complaint; each complaint has its received alert, an event
 * count and status that match its timeline, and each handling step that
 * answered 2xx on record exactly once (an unanswered one at most once).
 */
export async function checkDatabase(server: RunningServer, keys: Set<string>, steps: Step[], problems: Problems): Promise<number> {
  const db = new Client({ connectionString: server.databaseUrl() });
  await db.connect();
  // Queries without parameters (the simple protocol), the prefix a constant: the embedded database's socket serves the server too.
  try {
    const complaints = (
      await db.query<ComplaintRow>(
        `SELECT c.id, c.idempotency_key AS key, c.status, c.severity, c.event_count,
                (SELECT count(*)::int FROM alert a WHERE a.complaint_id = c.id AND a.kind = 'complaint_received') AS alerts,
                (SELECT count(*)::int FROM audit_log l WHERE l.entity_id = c.id::text AND l.action = 'complaint.severity_set') AS severity_audits
           FROM complaint c WHERE c.idempotency_key LIKE '${CRASH_KEY_PREFIX}%'`,
      )
    ).rows;
    const events = (
      await db.query<{ complaint_id: string; type: string }>(
        `SELECT e.complaint_id, e.type FROM complaint_event e JOIN complaint c ON c.id = e.complaint_id
          WHERE c.idempotency_key LIKE '${CRASH_KEY_PREFIX}%' ORDER BY e.complaint_id, e.seq`,
      )
    ).rows;
    const [orphans] = (
      await db.query<{ events: number; alerts: number }>(
        `SELECT (SELECT count(*)::int FROM complaint_event e WHERE NOT EXISTS (SELECT 1 FROM complaint c WHERE c.id = e.complaint_id)) AS events,
                (SELECT count(*)::int FROM alert a WHERE NOT EXISTS (SELECT 1 FROM complaint c WHERE c.id = a.complaint_id)) AS alerts`,
      )
    ).rows;
    if (orphans.events || orphans.alerts) problems.push(`orphans: ${orphans.events} events, ${orphans.alerts} alerts without their complaint`);

    const byKey = new Map<string, number>();
    for (const c of complaints) byKey.set(c.key, (byKey.get(c.key) ?? 0) + 1);
    for (const key of keys) if (byKey.get(key) !== 1) problems.push(`${key}: ${byKey.get(key) ?? 0} complaints`);
    for (const key of byKey.keys()) if (!keys.has(key)) problems.push(`${key}: on record but never sent`);

    const timeline = new Map<string, string[]>();
    for (const e of events) timeline.set(e.complaint_id, [...(timeline.get(e.complaint_id) ?? []), e.type]);
    for (const c of complaints) {
      const types = timeline.get(c.id) ?? [];
      if (c.alerts !== 1) problems.push(`${c.key}: ${c.alerts} received alerts`);
      if (c.event_count !== types.length) problems.push(`${c.key}: event_count ${c.event_count}, ${types.length} events`);
      if (c.status !== derivedStatus(types)) problems.push(`${c.key}: status ${c.status}, timeline ${types.join(',') || 'empty'}`);
      const counts: Record<StepKind, number> = {
        acknowledged: types.filter((t) => t === 'acknowledged').length,
        resolved: types.filter((t) => t === 'resolved').length,
        severity: c.severity_audits,
      };
      for (const kind of ['acknowledged', 'resolved', 'severity'] as const) {
        const { min, max } = expectedCount(steps, c.id, kind);
        if (counts[kind] < min || counts[kind] > max) problems.push(`${c.key}: ${counts[kind]} ${kind} on record, expected ${min}..${max}`);
      }
      // The new grade and its audit entry are one transaction: both or neither (the categories filed suggest less than critical).
      if ((c.severity === 'critical') !== c.severity_audits > 0) problems.push(`${c.key}: severity ${c.severity} with ${c.severity_audits} audit entries`);
    }
    return complaints.length;
  } finally {
    await db.end();
  }
}

export async function auditChain(admin: ApiClient): Promise<AuditVerify> {
  return (await admin.get<AuditVerify>('/api/audit-log/verify')).body;
}
