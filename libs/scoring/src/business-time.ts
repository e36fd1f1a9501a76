import { DateTime } from 'luxon';
import type { BusinessHours, Weekday } from '@franscore/domain';

export interface BusinessCalendar {
  timeZone: string;
  hours: BusinessHours;
}

interface Interval {
  start: number;
  end: number;
}

const LUXON_WEEKDAY: Record<number, Weekday> = { 1: 'mon', 2: 'tue', 3: 'wed', 4: 'thu', 5: 'fri', 6: 'sat', 7: 'sun' };
const MINUTE = 60_000;

function localInstant(day: DateTime, hhmm: string): DateTime {
  const [h, m] = hhmm.split(':').map(Number);
  // 24:00 is the end of the day; a local time skipped by a DST change moves forward (Luxon's rule).
  return h === 24 ? day.plus({ days: 1 }).startOf('day') : day.set({ hour: h, minute: m, second: 0, millisecond: 0 });
}

/** The opening spans of one local day, as UTC milliseconds. `close <= open` runs past midnight. */
function spansOfDay(cal: BusinessCalendar, day: DateTime): Interval[] {
  const span = cal.hours[LUXON_WEEKDAY[day.weekday]];
  if (!span) return [];
  const start = localInstant(day, span.open);
  let end = localInstant(day, span.close);
  if (end <= start) end = localInstant(day.plus({ days: 1 }), span.close);
  return [{ start: start.toMillis(), end: end.toMillis() }];
}

/** Opening spans that touch [from, to), in order, starting with the day before (its span may run past midnight). */
function* spansBetween(cal: BusinessCalendar, from: number, to: number): Generator<Interval> {
  let day = DateTime.fromMillis(from, { zone: cal.timeZone }).startOf('day').minus({ days: 1 });
  const last = DateTime.fromMillis(to, { zone: cal.timeZone }).startOf('day');
  while (day <= last) {
    for (const s of spansOfDay(cal, day)) if (s.end > from && s.start < to) yield s;
    day = day.plus({ days: 1 });
  }
}

/** Business minutes of the location between two instants (0 when `to` is not after `from`). */
export function businessMinutesBetween(cal: BusinessCalendar, from: Date, to: Date): number {
  const a = from.getTime();
  const b = to.getTime();
  if (b <= a) return 0;
  let total = 0;
  for (const s of spansBetween(cal, a, b)) total += Math.min(s.end, b) - Math.max(s.start, a);
  return total / MINUTE;
}

/** How far ahead to look for opening hours before giving up (a location with no hours never falls due). */
const HORIZON_DAYS = 366;

/** The instant at which `minutes` business minutes have passed since `from`; null if the location never opens. */
export function addBusinessMinutes(cal: BusinessCalendar, from: Date, minutes: number): Date | null {
  let remaining = minutes * MINUTE;
  const start = from.getTime();
  if (remaining <= 0) return new Date(start);
  let day = DateTime.fromMillis(start, { zone: cal.timeZone }).startOf('day').minus({ days: 1 });
  for (let i = 0; i < HORIZON_DAYS + 1; i++, day = day.plus({ days: 1 })) {
    for (const s of spansOfDay(cal, day)) {
      const open = Math.max(s.start, start);
      if (s.end <= open) continue;
      if (s.end - open >= remaining) return new Date(open + remaining);
      remaining -= s.end - open;
    }
  }
  return null;
}
