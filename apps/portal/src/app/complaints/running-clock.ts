import { ComplaintSummary, SlaClockView } from '@franscore/domain';

export type ClockName = 'acknowledge' | 'resolve';

export interface RunningClock {
  readonly name: ClockName;
  readonly clock: SlaClockView;
}

/** Still someone's job: neither resolved nor closed. */
export function needsAction(complaint: Pick<ComplaintSummary, 'status'>): boolean {
  return complaint.status === 'open' || complaint.status === 'acknowledged';
}

/**
 * The clock a complaint is racing now: the acknowledge clock until it is
 * acknowledged, then the resolve clock; none once resolved or closed. A
 * paused or breached clock still counts: it is the one staff must answer.
 */
export function runningClock(
  complaint: Pick<ComplaintSummary, 'status' | 'acknowledge' | 'resolve'>,
): RunningClock | null {
  if (!needsAction(complaint)) return null;
  return complaint.status === 'open'
    ? { name: 'acknowledge', clock: complaint.acknowledge }
    : { name: 'resolve', clock: complaint.resolve };
}

/**
 * Most urgent first: by the due time of the running clock (overdue ones on
 * top), paused clocks after, then complaints without a clock; the incoming
 * order otherwise. The server sorts the same way (`sort=dueAt`); this keeps a
 * list in order between its refreshes.
 */
export function byUrgency<T extends Pick<ComplaintSummary, 'status' | 'acknowledge' | 'resolve'>>(
  complaints: readonly T[],
): T[] {
  const rank = (c: T): [number, number] => {
    const running = runningClock(c);
    if (!running) return [2, 0];
    const due = running.clock.dueAt ? Date.parse(running.clock.dueAt) : Number.POSITIVE_INFINITY;
    return running.clock.state === 'paused' ? [1, due] : [0, due];
  };
  return complaints
    .map((c, index) => ({ c, index, rank: rank(c) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.index - b.index)
    .map(({ c }) => c);
}
