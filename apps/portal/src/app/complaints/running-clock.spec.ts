import { ComplaintSummary, SlaClockView, SlaState } from '@franscore/domain';
import { byUrgency, needsAction, runningClock } from './running-clock';

const clock = (state: SlaState, dueAt: string | null = null): SlaClockView => ({
  targetMinutes: 60,
  elapsedMinutes: null,
  state,
  dueAt,
});
type Row = Pick<ComplaintSummary, 'status' | 'acknowledge' | 'resolve'> & { id: string };
const row = (id: string, status: Row['status'], ack: SlaClockView, resolve: SlaClockView): Row => ({
  id,
  status,
  acknowledge: ack,
  resolve,
});

describe(runningClock.name, () => {
  it.each([
    { status: 'open' as const, expected: 'acknowledge' },
    { status: 'acknowledged' as const, expected: 'resolve' },
    { status: 'resolved' as const, expected: null },
    { status: 'closed' as const, expected: null },
  ])('$status races $expected', ({ status, expected }) => {
    const c = row('a', status, clock('running', '2026-11-02T09:15:00Z'), clock('running'));
    expect(runningClock(c)?.name ?? null).toBe(expected);
    expect(needsAction(c)).toBe(expected !== null);
  });
});

describe(byUrgency.name, () => {
  it('puts the nearest due time first, overdue on top, paused after running, finished last', () => {
    const rows = [
      row('resolved', 'resolved', clock('met'), clock('met')),
      row('paused', 'acknowledged', clock('met'), clock('paused', '2026-11-02T08:00:00Z')),
      row('later', 'open', clock('running', '2026-11-02T13:00:00Z'), clock('running')),
      row('resolveSoon', 'acknowledged', clock('met'), clock('running', '2026-11-02T09:30:00Z')),
      row('overdue', 'open', clock('breached', '2026-11-02T08:59:00Z'), clock('running')),
      row('noDue', 'open', clock('running'), clock('running')),
    ];
    expect(byUrgency(rows).map((r) => r.id)).toEqual([
      'overdue',
      'resolveSoon',
      'later',
      'noDue',
      'paused',
      'resolved',
    ]);
  });

  it('keeps the incoming order between equals', () => {
    const due = clock('running', '2026-11-02T10:00:00Z');
    const rows = [row('b', 'open', due, due), row('a', 'open', due, due)];
    expect(byUrgency(rows).map((r) => r.id)).toEqual(['b', 'a']);
  });
});
