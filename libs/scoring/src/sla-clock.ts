import type { SlaState } from '@franscore/domain';
import { addBusinessMinutes, BusinessCalendar, businessMinutesBetween } from './business-time';

export interface Pause {
  from: Date;
  /** null while still waiting on the customer. */
  to: Date | null;
}

export interface SlaClockInput {
  calendar: BusinessCalendar;
  startedAt: Date;
  targetMinutes: number;
  /** When the awaited event (acknowledged, resolved) happened; null if not yet. */
  stoppedAt: Date | null;
  pauses: readonly Pause[];
  asOf: Date;
}

export interface SlaClock {
  elapsedMinutes: number;
  state: SlaState;
  /** When the target is reached if the clock keeps running; null once stopped or while paused. */
  dueAt: Date | null;
  /** The instant the clock passed the target, when it did. */
  breachedAt: Date | null;
}

/** Business minutes from `startedAt` to `end`, less the time spent waiting on the customer. */
function elapsedAt(input: SlaClockInput, end: Date): number {
  let minutes = businessMinutesBetween(input.calendar, input.startedAt, end);
  for (const p of input.pauses) {
    const from = new Date(Math.max(p.from.getTime(), input.startedAt.getTime()));
    const to = new Date(Math.min((p.to ?? end).getTime(), end.getTime()));
    minutes -= businessMinutesBetween(input.calendar, from, to);
  }
  return minutes;
}

/**
 * Walks the clock through its running stretches (between pauses) to find the
 * instant it reaches the target; null if it has not by `until`.
 */
function passedTargetAt(input: SlaClockInput, until: Date): Date | null {
  let cursor = input.startedAt;
  let remaining = input.targetMinutes;
  const pauses = [...input.pauses].sort((a, b) => a.from.getTime() - b.from.getTime());
  for (let i = 0; i <= pauses.length; i++) {
    const stretchEnd = i < pauses.length ? pauses[i].from : until;
    if (stretchEnd > cursor) {
      const due = addBusinessMinutes(input.calendar, cursor, remaining);
      // "Passes" the target: reaching it exactly is still on time, so breach is strictly after.
      if (due && due <= stretchEnd && due < until) return due;
      remaining -= businessMinutesBetween(input.calendar, cursor, stretchEnd);
    }
    if (i === pauses.length) break;
    const resume = pauses[i].to;
    if (!resume || resume >= until) return null;
    if (resume > cursor) cursor = resume;
  }
  return null;
}

/** DOMAIN.md "SLA clocks": business minutes in the location's hours, paused while waiting on the customer. */
export function slaClock(input: SlaClockInput): SlaClock {
  const stopped = input.stoppedAt !== null && input.stoppedAt <= input.asOf;
  const end = stopped && input.stoppedAt ? input.stoppedAt : input.asOf;
  const elapsedMinutes = elapsedAt(input, end);
  const breached = elapsedMinutes > input.targetMinutes;
  const breachedAt = breached ? passedTargetAt(input, new Date(end.getTime() + 1)) : null;
  if (stopped) return { elapsedMinutes, state: breached ? 'breached' : 'met', dueAt: null, breachedAt };
  if (breached) return { elapsedMinutes, state: 'breached', dueAt: null, breachedAt };
  const paused = input.pauses.some((p) => p.from <= input.asOf && (p.to === null || p.to > input.asOf));
  if (paused) return { elapsedMinutes, state: 'paused', dueAt: null, breachedAt: null };
  return {
    elapsedMinutes,
    state: 'running',
    dueAt: addBusinessMinutes(input.calendar, input.asOf, input.targetMinutes - elapsedMinutes),
    breachedAt: null,
  };
}
