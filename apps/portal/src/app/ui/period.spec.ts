import { formatPeriod, isPeriod, previousPeriod, shiftPeriod } from './period';

describe(previousPeriod.name, () => {
  it.each([
    { name: 'mid-month', now: new Date(2026, 10, 25, 9), expected: '2026-10' },
    { name: 'January goes back a year', now: new Date(2026, 0, 1, 0, 0), expected: '2025-12' },
    { name: 'last moment of a month', now: new Date(2026, 2, 31, 23, 59), expected: '2026-02' },
  ])('$name', ({ now, expected }) => {
    expect(previousPeriod(now)).toBe(expected);
  });
});

describe(shiftPeriod.name, () => {
  it.each([
    { name: 'one back', period: '2026-03', months: -1, expected: '2026-02' },
    { name: 'across a year', period: '2026-01', months: -13, expected: '2024-12' },
    { name: 'forward', period: '2026-12', months: 1, expected: '2027-01' },
  ])('$name', ({ period, months, expected }) => {
    expect(shiftPeriod(period, months)).toBe(expected);
  });
});

describe(isPeriod.name, () => {
  it.each([
    { value: '2026-10', expected: true },
    { value: '2026-13', expected: false },
    { value: '2026-1', expected: false },
    { value: '', expected: false },
    { value: null, expected: false },
  ])('$value', ({ value, expected }) => {
    expect(isPeriod(value)).toBe(expected);
  });
});

describe(formatPeriod.name, () => {
  it.each([
    { language: 'en', expected: 'October 2026' },
    { language: 'ru', expected: 'октябрь 2026 г.' },
  ])('$language', ({ language, expected }) => {
    expect(formatPeriod('2026-10', language)).toBe(expected);
  });

  it('keeps a value that is not a period', () => {
    expect(formatPeriod('soon', 'en')).toBe('soon');
  });
});
