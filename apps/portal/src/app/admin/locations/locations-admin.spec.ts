import { BusinessHours } from '@franscore/domain';
import { HoursRow, runsPastMidnight, toBusinessHours, toHoursRows } from './hours-form';
import { importProblems } from './import-report';

describe(toHoursRows.name, () => {
  it('lists the week Monday first, closed days with default times', () => {
    const rows = toHoursRows({ mon: { open: '08:00', close: '20:00' }, sun: null });
    expect(rows.map((r) => r.day)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(rows[0]).toEqual({ day: 'mon', open: true, from: '08:00', to: '20:00' });
    expect(rows[6]).toEqual({ day: 'sun', open: false, from: '09:00', to: '21:00' });
  });
});

describe(toBusinessHours.name, () => {
  const week = (overrides: Partial<Record<string, Partial<HoursRow>>> = {}) =>
    toHoursRows({}).map((row) => ({ ...row, open: true, ...overrides[row.day] }));

  it.each([
    {
      name: 'every day open',
      rows: week(),
      expected: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, { open: '09:00', close: '21:00' }])),
    },
    {
      name: 'a closed Sunday and a Saturday past midnight',
      rows: week({ sun: { open: false }, sat: { from: '10:00', to: '02:00' } }),
      expected: { sun: null, sat: { open: '10:00', close: '02:00' } },
    },
  ])('$name', ({ rows, expected }) => {
    const sut = toBusinessHours(rows);
    expect(sut).toEqual({ hours: expect.objectContaining(expected as BusinessHours) });
  });

  it.each([
    { name: 'a time that is not HH:MM', rows: week({ tue: { from: '9am' } }), badDays: ['tue'] },
    { name: 'an hour past 24', rows: week({ wed: { to: '25:00' } }), badDays: ['wed'] },
    { name: 'open and close at the same time', rows: week({ fri: { from: '10:00', to: '10:00' } }), badDays: ['fri'] },
  ])('names the day of $name', ({ rows, badDays }) => {
    expect(toBusinessHours(rows)).toEqual({ badDays });
  });

  it('ignores the times of a closed day', () => {
    expect(toBusinessHours(week({ mon: { open: false, from: 'junk' } }))).toEqual({ hours: expect.objectContaining({ mon: null }) });
  });
});

describe(runsPastMidnight.name, () => {
  it('is true when close is before open', () => {
    expect(runsPastMidnight({ day: 'sat', open: true, from: '18:00', to: '02:00' })).toBe(true);
    expect(runsPastMidnight({ day: 'sat', open: true, from: '08:00', to: '22:00' })).toBe(false);
  });
});

describe(importProblems.name, () => {
  it('turns the API details into lines and columns, in file order', () => {
    const body = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Import rejected',
      code: 'location.import_rejected',
      details: [
        { field: 'line 4, code', message: 'location X already exists' },
        { field: 'line 2, time_zone', message: 'unknown IANA time zone' },
        { field: 'line 2, mon', message: 'expected HH:MM-HH:MM or empty for closed' },
      ],
    };
    expect(importProblems(body)).toEqual([
      { line: 2, column: 'time_zone', message: 'unknown IANA time zone' },
      { line: 2, column: 'mon', message: 'expected HH:MM-HH:MM or empty for closed' },
      { line: 4, column: 'code', message: 'location X already exists' },
    ]);
  });

  it('keeps a detail of another shape on line 0', () => {
    expect(importProblems({ statusCode: 400, error: 'x', message: 'x', details: [{ field: 'body', message: 'empty' }] })).toEqual([
      { line: 0, column: 'body', message: 'empty' },
    ]);
    expect(importProblems(null)).toEqual([]);
  });
});
