import { HANDLING_EVENT_TYPES } from '@franscore/domain';
import type { ComplaintStatus, EventType } from '@franscore/domain';
import type { Pause } from '@franscore/scoring';

export interface TimelineEvent {
  type: EventType;
  at: Date;
}

export interface TimelineState {
  status: ComplaintStatus;
  acknowledgedAt: Date | null;
  resolvedAt: Date | null;
  /** First resolution: the resolve clock measures it; a reopen does not restart the clock. */
  firstResolvedAt: Date | null;
  waitingSince: Date | null;
  pauses: Pause[];
  rated: boolean;
  dispute: 'none' | 'pending' | 'upheld' | 'rejected';
}

export const EMPTY_TIMELINE: TimelineState = {
  status: 'open',
  acknowledgedAt: null,
  resolvedAt: null,
  firstResolvedAt: null,
  waitingSince: null,
  pauses: [],
  rated: false,
  dispute: 'none',
};

/** Why `type` makes no sense now, or null when it may happen. */
export function refusal(s: TimelineState, type: EventType): string | null {
  const closed = s.status === 'closed';
  const resolved = s.resolvedAt !== null;
  if (closed && !type.startsWith('dispute_')) return 'the complaint is closed';
  switch (type) {
    case 'acknowledged':
      if (s.acknowledgedAt) return 'the complaint is already acknowledged';
      return resolved ? 'the complaint is already resolved' : null;
    case 'apologized':
    case 'compensation_offered':
    case 'action_taken':
    case 'escalated':
    case 'customer_contacted':
      return resolved ? 'the complaint is resolved; reopen it first' : null;
    case 'waiting_on_customer':
      if (resolved) return 'the complaint is resolved';
      return s.waitingSince ? 'already waiting on the customer' : null;
    case 'customer_replied':
      return s.waitingSince ? null : 'not waiting on the customer';
    case 'resolved':
      return resolved ? 'the complaint is already resolved' : null;
    case 'reopened':
      return resolved ? null : 'only a resolved complaint can be reopened';
    case 'followup_rating':
      if (!resolved) return 'the complaint is not resolved yet';
      return s.rated ? 'the customer has already rated it' : null;
    case 'dispute_filed':
      return s.dispute === 'none' ? null : 'the complaint has already been disputed';
    case 'dispute_upheld':
    case 'dispute_rejected':
      return s.dispute === 'pending' ? null : 'there is no pending dispute';
  }
}

/** Applies one event that `refusal` allowed. */
export function applyEvent(s: TimelineState, e: TimelineEvent): TimelineState {
  const endPause = (): Pick<TimelineState, 'waitingSince' | 'pauses'> =>
    s.waitingSince ? { waitingSince: null, pauses: [...s.pauses.slice(0, -1), { from: s.waitingSince, to: e.at }] } : { waitingSince: null, pauses: s.pauses };
  let next: TimelineState = s;
  switch (e.type) {
    case 'acknowledged':
      next = { ...s, acknowledgedAt: e.at };
      break;
    case 'waiting_on_customer':
      next = { ...s, waitingSince: e.at, pauses: [...s.pauses, { from: e.at, to: null }] };
      break;
    case 'customer_replied':
      next = { ...s, ...endPause() };
      break;
    case 'resolved':
      next = { ...s, ...endPause(), resolvedAt: e.at, firstResolvedAt: s.firstResolvedAt ?? e.at };
      break;
    case 'reopened':
      next = { ...s, resolvedAt: null };
      break;
    case 'followup_rating':
      next = { ...s, rated: true };
      break;
    case 'dispute_filed':
      next = { ...s, dispute: 'pending' };
      break;
    case 'dispute_upheld':
      next = { ...s, dispute: 'upheld' };
      break;
    case 'dispute_rejected':
      next = { ...s, dispute: 'rejected' };
      break;
    case 'apologized':
    case 'compensation_offered':
    case 'action_taken':
    case 'escalated':
    case 'customer_contacted':
      // Recorded on the timeline; they change no state the rules depend on.
      break;
  }
  return { ...next, status: statusOf(next) };
}

/** DOMAIN.md: status is derived from the timeline. Closed = the loop is closed (rated) or the complaint was struck out. */
function statusOf(s: TimelineState): ComplaintStatus {
  if (s.dispute === 'upheld' || (s.resolvedAt && s.rated)) return 'closed';
  if (s.resolvedAt) return 'resolved';
  // Resolving also answers the customer, so it stops the acknowledge clock too.
  return s.acknowledgedAt ? 'acknowledged' : 'open';
}

export function foldTimeline(events: readonly TimelineEvent[]): TimelineState {
  return events.reduce(applyEvent, EMPTY_TIMELINE);
}

/** The handling steps a person may record now, for the portal's buttons. */
export function nextSteps(s: TimelineState): EventType[] {
  return HANDLING_EVENT_TYPES.filter((t) => refusal(s, t) === null);
}

/** When the acknowledge clock stopped: the acknowledgement, or a resolution that came first. */
export function acknowledgeStoppedAt(s: TimelineState): Date | null {
  if (s.acknowledgedAt && s.firstResolvedAt) return s.acknowledgedAt < s.firstResolvedAt ? s.acknowledgedAt : s.firstResolvedAt;
  return s.acknowledgedAt ?? s.firstResolvedAt;
}
