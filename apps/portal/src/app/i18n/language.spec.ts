import { pickLanguage } from './language';

describe(pickLanguage.name, () => {
  it.each([
    { name: 'stored choice wins', stored: 'ru', preferred: ['en-US'], expected: 'ru' },
    {
      name: 'unknown stored value is ignored',
      stored: 'de',
      preferred: ['ru-RU', 'en'],
      expected: 'ru',
    },
    { name: 'browser preference by base tag', stored: null, preferred: ['RU-ru'], expected: 'ru' },
    {
      name: 'first supported preference',
      stored: null,
      preferred: ['fr', 'en-GB', 'ru'],
      expected: 'en',
    },
    { name: 'English when nothing matches', stored: null, preferred: ['de-DE'], expected: 'en' },
    { name: 'English without any preference', stored: null, preferred: [], expected: 'en' },
  ])('$name', ({ stored, preferred, expected }) => {
    expect(pickLanguage(stored, preferred)).toBe(expected);
  });
});
