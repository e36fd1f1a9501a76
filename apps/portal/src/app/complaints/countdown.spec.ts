import { formatCountdown } from './countdown';

const DUE = '2026-03-10T12:00:00.000Z';
const at = (iso: string) => Date.parse(iso);

describe(formatCountdown.name, () => {
  it.each([
    {
      name: 'minutes and seconds left',
      now: '2026-03-10T11:55:30.000Z',
      expected: { key: 'complaints.countdown.left', params: { days: 0, time: '0:04:30' } },
    },
    {
      name: 'hours left',
      now: '2026-03-10T09:59:59.000Z',
      expected: { key: 'complaints.countdown.left', params: { days: 0, time: '2:00:01' } },
    },
    {
      name: 'a part second left counts as a whole one',
      now: '2026-03-10T11:59:59.400Z',
      expected: { key: 'complaints.countdown.left', params: { days: 0, time: '0:00:01' } },
    },
    {
      name: 'exactly due is not yet overdue',
      now: DUE,
      expected: { key: 'complaints.countdown.left', params: { days: 0, time: '0:00:00' } },
    },
    {
      name: 'just overdue',
      now: '2026-03-10T12:00:00.600Z',
      expected: { key: 'complaints.countdown.overdue', params: { days: 0, time: '0:00:01' } },
    },
    {
      name: 'overdue by minutes',
      now: '2026-03-10T12:07:09.000Z',
      expected: { key: 'complaints.countdown.overdue', params: { days: 0, time: '0:07:09' } },
    },
    {
      name: 'days left',
      now: '2026-03-08T10:30:00.000Z',
      expected: { key: 'complaints.countdown.leftDays', params: { days: 2, time: '1:30:00' } },
    },
    {
      name: 'overdue by days',
      now: '2026-03-13T12:00:05.000Z',
      expected: { key: 'complaints.countdown.overdueDays', params: { days: 3, time: '0:00:05' } },
    },
  ])('$name', ({ now, expected }) => {
    const sut = formatCountdown(DUE, at(now));
    expect(sut).toEqual({ ...expected, overdue: expected.key.includes('overdue') });
  });

  it('gives nothing for a due time that is not a time', () => {
    expect(formatCountdown('soon', at(DUE))).toBeNull();
  });
});
