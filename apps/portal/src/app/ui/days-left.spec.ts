import { daysLeft } from './days-left';

const NOW = Date.parse('2026-11-25T12:00:00.000Z');

describe(daysLeft.name, () => {
  it.each([
    {
      name: 'weeks ahead',
      due: '2026-12-25T12:00:00.000Z',
      expected: { key: 'deadline.daysLeft', params: { days: 30 }, overdue: false },
    },
    {
      name: 'a started day does not count as left',
      due: '2026-11-27T11:59:59.000Z',
      expected: { key: 'deadline.daysLeft', params: { days: 1 }, overdue: false },
    },
    {
      name: 'exactly one day',
      due: '2026-11-26T12:00:00.000Z',
      expected: { key: 'deadline.daysLeft', params: { days: 1 }, overdue: false },
    },
    {
      name: 'under a day',
      due: '2026-11-26T11:59:59.000Z',
      expected: { key: 'deadline.underADay', params: { days: 0 }, overdue: false },
    },
    {
      name: 'at the deadline itself',
      due: '2026-11-25T12:00:00.000Z',
      expected: { key: 'deadline.underADay', params: { days: 0 }, overdue: false },
    },
    {
      name: 'a second late is a day late',
      due: '2026-11-25T11:59:59.000Z',
      expected: { key: 'deadline.overdue', params: { days: 1 }, overdue: true },
    },
    {
      name: 'two and a half days late',
      due: '2026-11-23T00:00:00.000Z',
      expected: { key: 'deadline.overdue', params: { days: 3 }, overdue: true },
    },
  ])('$name', ({ due, expected }) => {
    expect(daysLeft(due, NOW)).toEqual(expected);
  });

  it('is null for a value that is not a time', () => {
    expect(daysLeft('never', NOW)).toBeNull();
  });
});
