import type { BusinessHours } from '@franscore/domain';
import { BusinessCalendar } from './business-time';
import { Pause, slaClock, SlaClockInput } from './sla-clock';

const span = (open: string, close: string) => ({ open, close });
const s = span('09:00', '17:00');
const OFFICE: BusinessCalendar = { timeZone: 'Europe/Berlin', hours: { mon: s, tue: s, wed: s, thu: s, fri: s, sat: span('10:00', '14:00') } as BusinessHours };
const at = (iso: string) => new Date(iso);
const input = (over: Partial<SlaClockInput>): SlaClockInput => ({
  calendar: OFFICE,
  startedAt: at('2026-03-02T08:00:00Z'), // Monday 09:00 Berlin
  targetMinutes: 60,
  stoppedAt: null,
  pauses: [],
  asOf: at('2026-03-02T08:30:00Z'),
  ...over,
});
const pause = (from: string, to: string | null): Pause => ({ from: at(from), to: to ? at(to) : null });

describe(slaClock.name, () => {
  it.each([
    { name: 'running with time left', over: {}, state: 'running', elapsed: 30, dueAt: '2026-03-02T09:00:00.000Z', breachedAt: null },
    { name: 'met: event inside the target', over: { stoppedAt: at('2026-03-02T08:45:00Z'), asOf: at('2026-03-02T12:00:00Z') }, state: 'met', elapsed: 45, dueAt: null, breachedAt: null },
    { name: 'met exactly on the target', over: { stoppedAt: at('2026-03-02T09:00:00Z'), asOf: at('2026-03-02T12:00:00Z') }, state: 'met', elapsed: 60, dueAt: null, breachedAt: null },
    { name: 'breached: event after the target', over: { stoppedAt: at('2026-03-02T09:30:00Z'), asOf: at('2026-03-02T12:00:00Z') }, state: 'breached', elapsed: 90, dueAt: null, breachedAt: '2026-03-02T09:00:00.000Z' },
    { name: 'breached: no event yet, target passed', over: { asOf: at('2026-03-02T10:00:00Z') }, state: 'breached', elapsed: 120, dueAt: null, breachedAt: '2026-03-02T09:00:00.000Z' },
    { name: 'an event after as-of does not exist yet', over: { stoppedAt: at('2026-03-02T08:50:00Z'), asOf: at('2026-03-02T08:40:00Z') }, state: 'running', elapsed: 40, dueAt: '2026-03-02T09:00:00.000Z', breachedAt: null },
    {
      name: 'paused while waiting on the customer',
      over: { pauses: [pause('2026-03-02T08:20:00Z', null)], asOf: at('2026-03-02T12:00:00Z') },
      state: 'paused',
      elapsed: 20,
      dueAt: null,
      breachedAt: null,
    },
    {
      name: 'a pause across closing time excludes only business minutes',
      // Mon 16:00 received; waiting 16:30 -> Tue 10:00; as of Tue 11:00: 30 + 60 business minutes.
      over: { startedAt: at('2026-03-02T15:00:00Z'), pauses: [pause('2026-03-02T15:30:00Z', '2026-03-03T09:00:00Z')], asOf: at('2026-03-03T10:00:00Z'), targetMinutes: 240 },
      state: 'running',
      elapsed: 90,
      dueAt: '2026-03-03T12:30:00.000Z',
      breachedAt: null,
    },
    {
      name: 'breach instant accounts for an earlier pause',
      // 09:00 start, paused 09:20-10:00, target 60 -> reached at 10:40 local (09:40Z).
      over: { pauses: [pause('2026-03-02T08:20:00Z', '2026-03-02T09:00:00Z')], asOf: at('2026-03-02T11:00:00Z') },
      state: 'breached',
      elapsed: 140,
      dueAt: null,
      breachedAt: '2026-03-02T09:40:00.000Z',
    },
    {
      name: 'received outside hours: the clock starts at opening',
      over: { startedAt: at('2026-03-01T18:00:00Z'), asOf: at('2026-03-02T08:10:00Z'), targetMinutes: 15 }, // Sunday evening -> Mon 09:10
      state: 'running',
      elapsed: 10,
      dueAt: '2026-03-02T08:15:00.000Z',
      breachedAt: null,
    },
  ])('$name', ({ over, state, elapsed, dueAt, breachedAt }) => {
    const clock = slaClock(input(over));
    expect(clock.state).toBe(state);
    expect(clock.elapsedMinutes).toBe(elapsed);
    expect(clock.dueAt?.toISOString() ?? null).toBe(dueAt);
    expect(clock.breachedAt?.toISOString() ?? null).toBe(breachedAt);
  });
});
