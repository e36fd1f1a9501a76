import type { PolicyRules, Severity, SlaClockView } from '@franscore/domain';
import { BusinessCalendar, SlaClock, slaClock } from '@franscore/scoring';
import { acknowledgeStoppedAt, TimelineState } from './complaint-timeline';

export interface ComplaintClocks {
  acknowledge: SlaClock & { targetMinutes: number };
  resolve: SlaClock & { targetMinutes: number };
}

/** Both SLA clocks of one complaint at `asOf`, from its timeline. */
export function complaintClocks(
  calendar: BusinessCalendar,
  receivedAt: Date,
  severity: Severity,
  rules: PolicyRules,
  timeline: TimelineState,
  asOf: Date,
): ComplaintClocks {
  const clock = (targetMinutes: number, stoppedAt: Date | null) => ({
    targetMinutes,
    ...slaClock({ calendar, startedAt: receivedAt, targetMinutes, stoppedAt, pauses: timeline.pauses, asOf }),
  });
  return {
    acknowledge: clock(rules.slaMinutes.acknowledge[severity], acknowledgeStoppedAt(timeline)),
    resolve: clock(rules.slaMinutes.resolve[severity], timeline.firstResolvedAt),
  };
}

/** The columns the breach sweep and lists read, so they never recompute business time. */
export function clockColumns(c: ComplaintClocks, timeline: TimelineState) {
  return {
    ack_due_at: c.acknowledge.dueAt,
    ack_done_at: acknowledgeStoppedAt(timeline),
    ack_breached_at: c.acknowledge.breachedAt,
    resolve_due_at: c.resolve.dueAt,
    resolve_done_at: timeline.firstResolvedAt,
    resolve_breached_at: c.resolve.breachedAt,
    waiting_since: timeline.waitingSince,
  };
}

export function clockView(c: SlaClock & { targetMinutes: number }): SlaClockView {
  return { targetMinutes: c.targetMinutes, elapsedMinutes: c.elapsedMinutes, state: c.state, dueAt: c.dueAt?.toISOString() ?? null };
}

/** A clock as a list shows it, from the stored columns alone. */
export function storedClockView(
  targetMinutes: number,
  col: { due: Date | null; done: Date | null; breached: Date | null; waitingSince: Date | null },
  now: Date,
): SlaClockView {
  const overdue = !col.done && col.due !== null && col.due < now;
  const state = col.breached || overdue ? 'breached' : col.done ? 'met' : col.waitingSince ? 'paused' : 'running';
  return { targetMinutes, elapsedMinutes: null, state, dueAt: state === 'running' ? (col.due?.toISOString() ?? null) : null };
}
