import { auditPlanCutoffs, auditPlanEntry } from './audit-plan';

const OPENED = new Date('2025-01-01T00:00:00.000Z');
const AUDITED = new Date('2026-06-01T12:00:00.000Z');
/** 90 days after AUDITED: 2026-08-30T12:00Z; 14 days after that: 2026-09-13T12:00Z. */
const DUE_AT = '2026-08-30T12:00:00.000Z';
const OVERDUE_AT = '2026-09-13T12:00:00.000Z';
const ms = (iso: string, delta: number) => new Date(new Date(iso).getTime() + delta);

describe(auditPlanEntry.name, () => {
  it.each([
    { name: 'audited yesterday', now: new Date('2026-06-02T12:00:00.000Z'), state: 'ok' },
    { name: 'a millisecond before the interval ends', now: ms(DUE_AT, -1), state: 'ok' },
    { name: 'exactly the interval old: not older than it yet', now: new Date(DUE_AT), state: 'ok' },
    { name: 'a millisecond older than the interval', now: ms(DUE_AT, 1), state: 'due' },
    { name: 'a week past the interval', now: new Date('2026-09-06T12:00:00.000Z'), state: 'due' },
    { name: 'exactly 14 days past the interval: still due', now: new Date(OVERDUE_AT), state: 'due' },
    { name: 'a millisecond past the 14 days', now: ms(OVERDUE_AT, 1), state: 'overdue' },
    { name: 'a year later', now: new Date('2027-06-01T12:00:00.000Z'), state: 'overdue' },
  ] as const)('last audit 2026-06-01, interval 90 days: $name -> $state', ({ now, state }) => {
    const entry = auditPlanEntry({ lastFinalizedAt: AUDITED, openedAt: OPENED, intervalDays: 90, now });
    expect(entry).toEqual({ state, dueAt: new Date(DUE_AT), overdueAt: new Date(OVERDUE_AT) });
  });

  it.each([
    { name: 'opened 30 days ago', now: new Date('2025-01-31T00:00:00.000Z'), state: 'ok' },
    { name: 'opened exactly 30 days + 1 ms ago (interval 30)', now: new Date('2025-01-31T00:00:00.001Z'), state: 'due' },
    { name: 'opened 44 days ago', now: new Date('2025-02-14T00:00:00.000Z'), state: 'due' },
    { name: 'opened 44 days + 1 ms ago', now: new Date('2025-02-14T00:00:00.001Z'), state: 'overdue' },
  ] as const)('never audited counts from the opening, interval 30 days: $name -> $state', ({ now, state }) => {
    expect(auditPlanEntry({ lastFinalizedAt: null, openedAt: OPENED, intervalDays: 30, now }).state).toBe(state);
  });

  it('an interval of one day: due the next day, overdue 15 days after the audit', () => {
    const at = (iso: string) => auditPlanEntry({ lastFinalizedAt: AUDITED, openedAt: OPENED, intervalDays: 1, now: new Date(iso) }).state;
    expect([at('2026-06-02T12:00:00.000Z'), at('2026-06-02T12:00:00.001Z'), at('2026-06-16T12:00:00.000Z'), at('2026-06-16T12:00:00.001Z')]).toEqual([
      'ok',
      'due',
      'due',
      'overdue',
    ]);
  });
});

describe(auditPlanCutoffs.name, () => {
  it('names the reference times before which a location is due and overdue, agreeing with auditPlanEntry', () => {
    const now = new Date('2026-09-06T12:00:00.000Z');
    const { dueBefore, overdueBefore } = auditPlanCutoffs(now, 90);
    expect(dueBefore.toISOString()).toBe('2026-06-08T12:00:00.000Z');
    expect(overdueBefore.toISOString()).toBe('2026-05-25T12:00:00.000Z');
    const state = (at: Date) => auditPlanEntry({ lastFinalizedAt: at, openedAt: OPENED, intervalDays: 90, now }).state;
    expect([state(dueBefore), state(ms(dueBefore.toISOString(), -1))]).toEqual(['ok', 'due']);
    expect([state(overdueBefore), state(ms(overdueBefore.toISOString(), -1))]).toEqual(['due', 'overdue']);
  });
});
