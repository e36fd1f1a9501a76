import { formatScore, scoreChange } from './score';

describe(formatScore.name, () => {
  it.each([
    { name: 'one decimal', value: 75.0625, language: 'en', expected: '75.1' },
    { name: 'whole number', value: 96, language: 'en', expected: '96.0' },
    { name: 'Russian comma', value: 81.25, language: 'ru', expected: '81,3' },
    { name: 'absent', value: null, language: 'en', expected: null },
  ])('$name', ({ value, language, expected }) => {
    expect(formatScore(value, language)).toBe(expected);
  });
});

describe(scoreChange.name, () => {
  it.each([
    { name: 'better', current: 80.3, previous: 80.1, expected: { direction: 'up', text: '+0.2' } },
    {
      name: 'worse',
      current: 70,
      previous: 71,
      expected: { direction: 'down', text: '\u22121.0' },
    },
    { name: 'unchanged', current: 70, previous: 70, expected: { direction: 'same', text: '0.0' } },
    { name: 'no previous', current: 70, previous: null, expected: { direction: 'none', text: '' } },
    { name: 'no current', current: null, previous: 60, expected: { direction: 'none', text: '' } },
  ])('$name', ({ current, previous, expected }) => {
    expect(scoreChange(current, previous, 'en')).toEqual(expected);
  });
});
