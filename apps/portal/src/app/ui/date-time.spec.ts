import { formatDateTime } from './date-time';

describe(formatDateTime.name, () => {
  it.each([
    { name: 'English', language: 'en', zone: 'UTC', expected: 'Mar 10, 2026, 2:05 PM' },
    { name: 'Russian', language: 'ru', zone: 'UTC', expected: '10 мар. 2026 г., 14:05' },
    {
      name: 'in the location zone',
      language: 'en',
      zone: 'Europe/Moscow',
      expected: 'Mar 10, 2026, 5:05 PM',
    },
  ])('$name', ({ language, zone, expected }) => {
    expect(formatDateTime('2026-03-10T14:05:00.000Z', language, zone)).toBe(expected);
  });

  it('keeps a value that is not a time as it is', () => {
    expect(formatDateTime('later', 'en')).toBe('later');
  });
});
