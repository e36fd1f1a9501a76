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

const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const MINUTE = 60_000;
const DAY = 86_400_000;

/** Days since 1970-01-01 of a civil date; its weekday does not depend on the zone. */
const weekdayOf = (epochDay: number): Weekday => WEEKDAYS[(((epochDay + 3) % 7) + 7) % 7];

/**
 * Local wall time to an instant. Luxon is the slow part of business time, so
 * answers are kept; a wall time skipped by a DST change moves forward (Luxon's rule).
 */
const instants = new Map<string, number>();
function localInstant(zone: string, epochDay: number, hhmm: string): number {
  const key = `${zone}|${epochDay}|${hhmm}`;
  let at = instants.get(key);
  if (at === undefined) {
    const [h, m] = hhmm.split(':').map(Number);
    const day = new Date((epochDay + (h === 24 ? 1 : 0)) * DAY);
    at = DateTime.fromObject(
      { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour: h === 24 ? 0 : h, minute: m },
      { zone },
    ).toMillis();
    if (instants.size > 100_000) instants.clear();
    instants.set(key, at);
  }
  return at;
}

/** The local civil day (as days since the epoch) that an instant falls on. */
function localDay(zone: string, at: number): number {
  const local = DateTime.fromMillis(at, { zone });
  return Math.floor(Date.UTC(local.year, local.month - 1, local.day) / DAY);
}

/** The opening span of one local day, as UTC milliseconds. `close <= open` runs past midnight. */
function spanOfDay(cal: BusinessCalendar, epochDay: number): Interval | null {
  const span = cal.hours[weekdayOf(epochDay)];
  if (!span) return null;
  const start = localInstant(cal.timeZone, epochDay, span.open);
  let end = localInstant(cal.timeZone, epochDay, span.close);
  if (end <= start) end = localInstant(cal.timeZone, epochDay + 1, span.close);
  return { start, end };
}

/** Opening spans that touch [from, to), in order, starting with the day before (its span may run past midnight). */
function* spansBetween(cal: BusinessCalendar, from: number, to: number): Generator<Interval> {
  const last = localDay(cal.timeZone, to);
  for (let day = localDay(cal.timeZone, from) - 1; day <= last; day++) {
    const s = spanOfDay(cal, day);
    if (s && s.end > from && s.start < to) yield s;
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
  const first = localDay(cal.timeZone, start) - 1;
  for (let day = first; day <= first + HORIZON_DAYS + 1; day++) {
    const s = spanOfDay(cal, day);
    if (!s) continue;
    const open = Math.max(s.start, start);
    if (s.end <= open) continue;
    if (s.end - open >= remaining) return new Date(open + remaining);
    remaining -= s.end - open;
  }
  return null;
}
