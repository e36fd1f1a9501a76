import { ComplaintEvent, EventType } from '@franscore/domain';
import { makeDetail } from '../complaints/complaint-factories';
import { makePlaybook } from './playbook-factories';
import { guideSteps, needsReason, recoverDefaults, toRecover } from './playbook-guide';

const RECEIVED = '2026-03-10T11:00:00.000Z';
const event = (type: EventType, minutes: number): ComplaintEvent => ({
  id: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9',
  type,
  at: new Date(Date.parse(RECEIVED) + minutes * 60_000).toISOString(),
  actorLabel: 'Staff',
  note: null,
  data: {},
});

describe('guideSteps', () => {
  it.each([
    {
      name: 'nothing done: the first step is next',
      events: [],
      states: ['missing', 'missing', 'missing'],
      next: 0,
    },
    {
      name: 'acknowledged in time: the apology is next',
      events: [event('acknowledged', 5)],
      states: ['done', 'missing', 'missing'],
      next: 1,
    },
    {
      name: 'acknowledged late',
      events: [event('acknowledged', 11)],
      states: ['late', 'missing', 'missing'],
      next: 1,
    },
    {
      name: 'all done: nothing is next',
      events: [event('acknowledged', 1), event('apologized', 1), event('resolved', 90)],
      states: ['done', 'done', 'done'],
      next: -1,
    },
  ])('$name', ({ events, states, next }) => {
    const steps = guideSteps(makePlaybook(), makeDetail({ receivedAt: RECEIVED, events }), 'en');
    expect(steps.map((s) => s.state)).toEqual(states);
    expect(steps.findIndex((s) => s.next)).toBe(next);
  });

  it("speaks the reader's language", () => {
    expect(guideSteps(makePlaybook(), makeDetail(), 'ru').map((s) => s.title)).toEqual([
      'Выслушайте',
      'Извинитесь',
      'Объясните',
    ]);
  });
});

describe('recoverDefaults', () => {
  it("starts on the playbook's path: its first phrase, first kind, minimum value", () => {
    expect(recoverDefaults(makePlaybook(), 'ru')).toEqual({
      apology: 'Простите, это наша ошибка.',
      action: '',
      kind: 'voucher',
      value: 100,
      reason: '',
    });
  });
});

describe('needsReason', () => {
  it.each([
    { name: 'inside the range', kind: 'voucher', value: 300, expected: false },
    { name: 'above the maximum', kind: 'voucher', value: 501, expected: true },
    { name: 'below the minimum', kind: 'refund', value: 99, expected: true },
    { name: 'a kind the playbook does not offer', kind: 'gift', value: 300, expected: true },
    { name: 'no value yet', kind: 'voucher', value: null, expected: false },
  ] as const)('$name', ({ kind, value, expected }) => {
    expect(needsReason(makePlaybook(), kind, value)).toBe(expected);
  });
});

describe('toRecover', () => {
  const draft = {
    apology: ' Sorry ',
    action: '',
    kind: 'voucher' as const,
    value: 100,
    reason: '',
  };
  it.each([
    {
      name: 'apology and compensation, blanks left out',
      draft,
      expected: { apology: 'Sorry', compensation: { kind: 'voucher', value: 100 } },
    },
    {
      name: 'with an action and a reason',
      draft: { ...draft, action: ' New coffee ', reason: ' Regular guest ' },
      expected: {
        apology: 'Sorry',
        action: 'New coffee',
        compensation: { kind: 'voucher', value: 100, reason: 'Regular guest' },
      },
    },
    {
      name: 'no kind: no compensation',
      draft: { ...draft, kind: null },
      expected: { apology: 'Sorry' },
    },
    { name: 'a blank apology is not sent', draft: { ...draft, apology: '  ' }, expected: null },
  ])('$name', ({ draft: d, expected }) => {
    expect(toRecover(d)).toEqual(expected);
  });
});
