import { PERIOD } from '@franscore/domain';

/** A scoring period is one calendar month, `YYYY-MM`. */
export function isPeriod(value: string | null | undefined): value is string {
  return !!value && PERIOD.test(value);
}

/** The month before `now`'s, in the viewer's calendar: the last complete period, scored at month end. */
export function previousPeriod(now: Date): string {
  return shiftPeriod(toPeriod(now), -1);
}

export function toPeriod(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** `months` later (or earlier when negative). */
export function shiftPeriod(period: string, months: number): string {
  const [year, month] = period.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** "October 2026", "октябрь 2026 г.": the raw value when it is not a period. */
export function formatPeriod(period: string, language: string): string {
  if (!isPeriod(period)) return period;
  const [year, month] = period.split('-').map(Number);
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** Short form for chart axes and compact trends: "Oct 26", "окт. 26". */
export function formatPeriodShort(period: string, language: string): string {
  if (!isPeriod(period)) return period;
  const [year, month] = period.split('-').map(Number);
  return new Intl.DateTimeFormat(language, {
    year: '2-digit',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 1)));
}
