import type { EventType, PlaybookStep } from '@franscore/domain';
import { playbookGaps, playbookProgress } from './playbook-progress';

const step = (event: PlaybookStep['event'], withinMinutes: number | null): PlaybookStep => ({
  event,
  title: { en: event, ru: event },
  detail: { en: '-', ru: '-' },
  withinMinutes,
});
const STEPS = [step('acknowledged', 10), step('apologized', 15), step('compensation_offered', null), step('resolved', 60)];
const RECEIVED = new Date('2026-11-02T12:00:00Z');
const at = (minutes: number) => new Date(RECEIVED.getTime() + minutes * 60_000);
const ev = (type: EventType, minutes: number) => ({ type, at: at(minutes) });

describe(playbookProgress.name, () => {
  it.each([
    { name: 'nothing done: all missing, the first is next', events: [], states: ['missing', 'missing', 'missing', 'missing'], next: 0 },
    { name: 'acknowledged in time: ticked, apology next', events: [ev('acknowledged', 4)], states: ['done', 'missing', 'missing', 'missing'], next: 1 },
    { name: 'exactly at the deadline is in time', events: [ev('acknowledged', 10)], states: ['done', 'missing', 'missing', 'missing'], next: 1 },
    { name: 'a minute past the deadline is late', events: [ev('acknowledged', 11)], states: ['late', 'missing', 'missing', 'missing'], next: 1 },
    { name: 'out of order: the first missing is next', events: [ev('apologized', 2), ev('resolved', 30)], states: ['missing', 'done', 'missing', 'done'], next: 0 },
    { name: 'a step without deadline is never late', events: [ev('compensation_offered', 5000)], states: ['missing', 'missing', 'done', 'missing'], next: 0 },
    {
      name: 'the first event counts: a reopen and second resolution do not make it late',
      events: [ev('acknowledged', 1), ev('apologized', 2), ev('compensation_offered', 3), ev('resolved', 20), ev('reopened', 70), ev('resolved', 90)],
      states: ['done', 'done', 'done', 'done'],
      next: null,
    },
    { name: 'events the playbook does not ask for tick nothing', events: [ev('escalated', 1), ev('customer_contacted', 2)], states: ['missing', 'missing', 'missing', 'missing'], next: 0 },
  ])('$name', ({ events, states, next }) => {
    const progress = playbookProgress(STEPS, RECEIVED, events);
    expect(progress.steps.map((s) => s.state)).toEqual(states);
    expect(progress.next).toBe(next);
  });

  it('reports when each step was done and when it was due', () => {
    const [first, , third] = playbookProgress(STEPS, RECEIVED, [ev('acknowledged', 12)]).steps;
    expect(first).toMatchObject({ at: at(12), dueAt: at(10), state: 'late' });
    expect(third).toMatchObject({ at: null, dueAt: null, state: 'missing' });
  });
});

describe(playbookGaps.name, () => {
  it('keeps only the missing and late steps', () => {
    const gaps = playbookGaps(STEPS, RECEIVED, [ev('acknowledged', 30), ev('apologized', 31), ev('resolved', 40)]);
    expect(gaps.map((g) => [g.step.event, g.state])).toEqual([
      ['acknowledged', 'late'],
      ['apologized', 'late'],
      ['compensation_offered', 'missing'],
    ]);
  });
});
