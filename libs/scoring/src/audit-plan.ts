import type { AuditPlanState } from '@franscore/domain';

const DAY_MS = 86_400_000;
/** DOMAIN.md "Audit plan": a due location is overdue this many days later. */
export const AUDIT_OVERDUE_GRACE_DAYS = 14;

export interface AuditPlanInput {
  /** When the location's last finalized audit was finalized; null if it never was. */
  readonly lastFinalizedAt: Date | null;
  /**
   * When the location joined the network. A location never audited counts
   * from here: a new location owes its first audit within one interval of
   * opening, as an audited one owes its next within one interval of the last.
   */
  readonly openedAt: Date;
  readonly intervalDays: number;
  readonly now: Date;
}

export interface AuditPlanEntry {
  readonly state: AuditPlanState;
  /** The last instant the location is still `ok`; after it, `due`. */
  readonly dueAt: Date;
  /** The last instant the location is still `due`; after it, `overdue`. */
  readonly overdueAt: Date;
}

/**
 * Where a location stands in the audit plan (DOMAIN.md "Audits: audit plan"):
 * `due` once its last finalized audit (or, never audited, its opening) is
 * older than the policy's interval, `overdue` once it is older than the
 * interval plus 14 days. "Older than" is strict: at exactly the interval the
 * location is still `ok`, at exactly 14 days later still `due`.
 */
export function auditPlanEntry(input: AuditPlanInput): AuditPlanEntry {
  const since = (input.lastFinalizedAt ?? input.openedAt).getTime();
  const dueAt = new Date(since + input.intervalDays * DAY_MS);
  const overdueAt = new Date(dueAt.getTime() + AUDIT_OVERDUE_GRACE_DAYS * DAY_MS);
  const now = input.now.getTime();
  const state: AuditPlanState = now > overdueAt.getTime() ? 'overdue' : now > dueAt.getTime() ? 'due' : 'ok';
  return { state, dueAt, overdueAt };
}

/**
 * The same rule turned round for a query: a location is `due` or worse when
 * its reference time (last finalized audit, else opening) is before
 * `dueBefore`, and `overdue` when it is before `overdueBefore`.
 */
export function auditPlanCutoffs(now: Date, intervalDays: number): { dueBefore: Date; overdueBefore: Date } {
  const dueBefore = new Date(now.getTime() - intervalDays * DAY_MS);
  return { dueBefore, overdueBefore: new Date(dueBefore.getTime() - AUDIT_OVERDUE_GRACE_DAYS * DAY_MS) };
}
