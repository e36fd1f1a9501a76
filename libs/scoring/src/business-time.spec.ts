import type { BusinessHours } from '@franscore/domain';
import { addBusinessMinutes, BusinessCalendar, businessMinutesBetween } from './business-time';

const span = (open: string, close: string) => ({ open, close });
const weekdays = (s: { open: string; close: string }) => ({ mon: s, tue: s, wed: s, thu: s, fri: s });
const everyDay = (s: { open: string; close: string }): BusinessHours => ({ ...weekdays(s), sat: s, sun: s });

/** Berlin: weekdays 09-17, Saturday 10-14, Sunday closed. UTC+1 in winter, UTC+2 in summer. */
const OFFICE: BusinessCalendar = { timeZone: 'Europe/Berlin', hours: { ...weekdays(span('09:00', '17:00')), sat: span('10:00', '14:00'), sun: null } };
/** London night spot: Friday and Saturday 18:00-02:00 only. UTC+0 in winter. */
const NIGHT: BusinessCalendar = { timeZone: 'Europe/London', hours: { fri: span('18:00', '02:00'), sat: span('18:00', '02:00') } };
const BERLIN_24H: BusinessCalendar = { timeZone: 'Europe/Berlin', hours: everyDay(span('00:00', '24:00')) };
const BERLIN_EARLY_SUNDAY: BusinessCalendar = { timeZone: 'Europe/Berlin', hours: { sun: span('01:00', '04:00') } };
/** New York: every day 08-20; DST starts 2026-03-08 (UTC-5 -> UTC-4). */
const NEW_YORK: BusinessCalendar = { timeZone: 'America/New_York', hours: everyDay(span('08:00', '20:00')) };
const CLOSED: BusinessCalendar = { timeZone: 'UTC', hours: {} };

const at = (iso: string) => new Date(iso);

describe(businessMinutesBetween.name, () => {
  it.each([
    { name: 'inside one opening span', cal: OFFICE, from: '2026-03-02T09:00:00Z', to: '2026-03-02T10:30:00Z', minutes: 90 }, // Mon 10:00-11:30 local
    { name: 'received before opening', cal: OFFICE, from: '2026-03-02T06:00:00Z', to: '2026-03-02T09:00:00Z', minutes: 60 }, // Mon 07:00 -> 10:00 local
    { name: 'across closing time overnight', cal: OFFICE, from: '2026-03-02T15:30:00Z', to: '2026-03-03T08:30:00Z', minutes: 60 }, // Mon 16:30 -> Tue 09:30
    { name: 'across a closed Sunday', cal: OFFICE, from: '2026-03-07T12:00:00Z', to: '2026-03-09T08:15:00Z', minutes: 75 }, // Sat 13:00 -> Mon 09:15
    { name: 'received on a closed day', cal: OFFICE, from: '2026-03-08T11:00:00Z', to: '2026-03-09T08:10:00Z', minutes: 10 }, // Sun 12:00 -> Mon 09:10
    { name: 'entirely outside hours', cal: OFFICE, from: '2026-03-02T17:00:00Z', to: '2026-03-02T22:00:00Z', minutes: 0 },
    { name: 'overnight span past midnight', cal: NIGHT, from: '2026-03-06T23:00:00Z', to: '2026-03-07T01:30:00Z', minutes: 150 }, // Fri 23:00 -> Sat 01:30
    { name: "tail of Friday's span, then Saturday's", cal: NIGHT, from: '2026-03-07T01:00:00Z', to: '2026-03-07T19:00:00Z', minutes: 120 },
    { name: 'spring forward: a 23-hour day', cal: BERLIN_24H, from: '2026-03-28T11:00:00Z', to: '2026-03-29T10:00:00Z', minutes: 1380 }, // Sat 12:00 CET -> Sun 12:00 CEST
    { name: 'fall back: a 25-hour day', cal: BERLIN_24H, from: '2026-10-24T10:00:00Z', to: '2026-10-25T11:00:00Z', minutes: 1500 }, // Sat 12:00 CEST -> Sun 12:00 CET
    { name: 'span over the spring gap is 2 real hours', cal: BERLIN_EARLY_SUNDAY, from: '2026-03-28T00:00:00Z', to: '2026-03-30T00:00:00Z', minutes: 120 },
    { name: 'span over the autumn overlap is 4 real hours', cal: BERLIN_EARLY_SUNDAY, from: '2026-10-24T00:00:00Z', to: '2026-10-26T00:00:00Z', minutes: 240 },
    { name: 'New York across its DST change', cal: NEW_YORK, from: '2026-03-07T13:00:00Z', to: '2026-03-08T13:00:00Z', minutes: 780 }, // Sat 08:00-20:00 EST (720) + Sun 08:00-09:00 EDT (60)
    { name: 'a location with no hours', cal: CLOSED, from: '2026-03-02T00:00:00Z', to: '2026-03-09T00:00:00Z', minutes: 0 },
    { name: 'reversed interval', cal: OFFICE, from: '2026-03-02T10:00:00Z', to: '2026-03-02T09:00:00Z', minutes: 0 },
  ])('$name: $minutes', ({ cal, from, to, minutes }) => {
    expect(businessMinutesBetween(cal, at(from), at(to))).toBe(minutes);
  });
});

describe(addBusinessMinutes.name, () => {
  it.each([
    { name: 'within the span', cal: OFFICE, from: '2026-03-02T09:00:00Z', minutes: 15, due: '2026-03-02T09:15:00.000Z' },
    { name: 'received on Sunday: due Monday morning', cal: OFFICE, from: '2026-03-08T11:00:00Z', minutes: 15, due: '2026-03-09T08:15:00.000Z' },
    { name: 'carried over closing time', cal: OFFICE, from: '2026-03-02T15:50:00Z', minutes: 15, due: '2026-03-03T08:05:00.000Z' },
    { name: 'Saturday short day into Monday', cal: OFFICE, from: '2026-03-07T12:30:00Z', minutes: 60, due: '2026-03-09T08:30:00.000Z' }, // 30 min Sat, 30 min Mon
    { name: 'overnight span', cal: NIGHT, from: '2026-03-06T17:00:00Z', minutes: 480, due: '2026-03-07T02:00:00.000Z' }, // Fri 18:00 + 8h = 02:00 close
    { name: 'summer time', cal: OFFICE, from: '2026-06-01T06:00:00Z', minutes: 60, due: '2026-06-01T08:00:00.000Z' }, // Mon 08:00 CEST -> 10:00
    { name: 'zero minutes', cal: OFFICE, from: '2026-03-08T11:00:00Z', minutes: 0, due: '2026-03-08T11:00:00.000Z' },
  ])('$name', ({ cal, from, minutes, due }) => {
    expect(addBusinessMinutes(cal, at(from), minutes)?.toISOString()).toBe(due);
  });

  it('never falls due where the location never opens', () => {
    expect(addBusinessMinutes(CLOSED, at('2026-03-02T00:00:00Z'), 15)).toBeNull();
  });

  it('is the inverse of businessMinutesBetween', () => {
    const from = at('2026-03-06T16:40:00Z');
    for (const minutes of [1, 20, 100, 480, 1000]) {
      const due = addBusinessMinutes(OFFICE, from, minutes) as Date;
      expect(businessMinutesBetween(OFFICE, from, due)).toBe(minutes);
    }
  });
});
