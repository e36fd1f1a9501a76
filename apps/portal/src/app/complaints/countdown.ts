export type CountdownKey =
  | 'complaints.countdown.left'
  | 'complaints.countdown.leftDays'
  | 'complaints.countdown.overdue'
  | 'complaints.countdown.overdueDays';

export interface Countdown {
  readonly key: CountdownKey;
  readonly params: { readonly days: number; readonly time: string };
  readonly overdue: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Wall-clock time left until `dueAt` (or past it), as a translation key and
 * `H:MM:SS` (digits read the same in every language; only the words around
 * them are translated). A started second counts as a whole one, so "0:00:00
 * left" shows only at the deadline itself and an overdue clock never reads
 * zero. Null when `dueAt` is not a time.
 */
export function formatCountdown(dueAt: string, nowMs: number): Countdown | null {
  const due = Date.parse(dueAt);
  if (Number.isNaN(due) || !Number.isFinite(nowMs)) return null;
  const overdue = nowMs > due;
  const totalSeconds = Math.ceil(Math.abs(due - nowMs) / 1000);
  const days = Math.floor(totalSeconds / 86_400);
  const hours = Math.floor((totalSeconds % 86_400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const time = `${hours}:${pad(minutes)}:${pad(seconds)}`;
  const key: CountdownKey = overdue
    ? days > 0
      ? 'complaints.countdown.overdueDays'
      : 'complaints.countdown.overdue'
    : days > 0
      ? 'complaints.countdown.leftDays'
      : 'complaints.countdown.left';
  return { key, params: { days, time }, overdue };
}
