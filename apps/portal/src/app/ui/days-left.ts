const DAY_MS = 86_400_000;

export type DaysLeftKey = 'deadline.daysLeft' | 'deadline.underADay' | 'deadline.overdue';

export interface DaysLeft {
  readonly key: DaysLeftKey;
  readonly params: { readonly days: number };
  readonly overdue: boolean;
}

/**
 * Whole days to a deadline, for people planning work: "Days left: 6" counts
 * only full days (the sixth one must still fit), under a day says so rather
 * than "0", and a passed deadline counts every started day late. Null when
 * `dueAt` is not a time.
 */
export function daysLeft(dueAt: string, nowMs: number): DaysLeft | null {
  const due = Date.parse(dueAt);
  if (Number.isNaN(due) || !Number.isFinite(nowMs)) return null;
  const ms = due - nowMs;
  if (ms < 0) {
    return { key: 'deadline.overdue', params: { days: Math.ceil(-ms / DAY_MS) }, overdue: true };
  }
  if (ms < DAY_MS) return { key: 'deadline.underADay', params: { days: 0 }, overdue: false };
  return { key: 'deadline.daysLeft', params: { days: Math.floor(ms / DAY_MS) }, overdue: false };
}
