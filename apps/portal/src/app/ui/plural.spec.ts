import { pluralForm, pluralKey } from './plural';

describe(pluralForm.name, () => {
  it.each([
    { name: 'en 1 is one', count: 1, language: 'en', form: 'one' },
    { name: 'en 2 is other', count: 2, language: 'en', form: 'other' },
    { name: 'en 0 is other', count: 0, language: 'en', form: 'other' },
    { name: 'ru 1 is one (1 случай)', count: 1, language: 'ru', form: 'one' },
    { name: 'ru 21 is one (21 случай)', count: 21, language: 'ru', form: 'one' },
    { name: 'ru 3 is few (3 случая)', count: 3, language: 'ru', form: 'few' },
    { name: 'ru 22 is few (22 случая)', count: 22, language: 'ru', form: 'few' },
    { name: 'ru 5 is many (5 случаев)', count: 5, language: 'ru', form: 'many' },
    { name: 'ru 11 is many, not one (11 случаев)', count: 11, language: 'ru', form: 'many' },
    { name: 'ru 12 is many, not few (12 случаев)', count: 12, language: 'ru', form: 'many' },
    { name: 'ru 0 is many (0 случаев)', count: 0, language: 'ru', form: 'many' },
    { name: 'ru 0.5 is other (0,5 жалобы)', count: 0.5, language: 'ru', form: 'other' },
  ])('$name', ({ count, language, form }) => {
    expect(pluralForm(count, language)).toBe(form);
  });

  it('builds the key of the form', () => {
    expect(pluralKey('scorecards.counted.protocol', 8, 'ru')).toBe(
      'scorecards.counted.protocol.many',
    );
    expect(pluralKey('scorecards.counted.protocol', 8, 'en')).toBe(
      'scorecards.counted.protocol.other',
    );
  });

  it.each([
    { count: 1, language: 'en', key: 'audits.submitNeedsScores.one' },
    { count: 2, language: 'en', key: 'audits.submitNeedsScores.other' },
    { count: 1, language: 'ru', key: 'audits.submitNeedsScores.one' },
    { count: 4, language: 'ru', key: 'audits.submitNeedsScores.few' },
    { count: 25, language: 'ru', key: 'audits.submitNeedsScores.many' },
  ])('the audit page says $count cases in $language with $key', ({ count, language, key }) => {
    expect(pluralKey('audits.submitNeedsScores', count, language)).toBe(key);
  });
});
