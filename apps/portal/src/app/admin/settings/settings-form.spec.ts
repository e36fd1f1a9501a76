import { HeadOfficeSettings } from '@franscore/domain';
import { SettingsFormValue, currencyChoices, parseAmount, revenueAtRiskPerLost, toSettingsForm, toUpdateSettings } from './settings-form';

function makeForm(overrides: Partial<SettingsFormValue> = {}): SettingsFormValue {
  return {
    name: 'Acme Franchising LLC',
    postalAddress: '1 Main St, Springfield',
    customerLifetimeValue: '18000',
    currency: 'RUB',
    wordOfMouthMultiplier: '6',
    ...overrides,
  };
}

describe(toUpdateSettings.name, () => {
  it.each([
    { name: 'plain numbers', value: makeForm(), expected: { customerLifetimeValue: 18000, wordOfMouthMultiplier: 6, currency: 'RUB' } },
    { name: 'a Russian decimal comma and thousands spaces', value: makeForm({ customerLifetimeValue: '18 000,50' }), expected: { customerLifetimeValue: 18000.5 } },
    { name: 'a lower-case currency', value: makeForm({ currency: 'eur' }), expected: { currency: 'EUR' } },
    { name: 'trimmed name', value: makeForm({ name: '  Head office  ' }), expected: { name: 'Head office' } },
  ])('sends $name', ({ value, expected }) => {
    const sut = toUpdateSettings(value);
    expect(sut).toEqual({ body: expect.objectContaining(expected) });
  });

  it.each([
    { name: 'an empty name', value: makeForm({ name: ' ' }), field: 'name', key: 'admin.settings.problems.required' },
    { name: 'an empty address', value: makeForm({ postalAddress: '' }), field: 'postalAddress', key: 'admin.settings.problems.required' },
    { name: 'a lifetime value in words', value: makeForm({ customerLifetimeValue: 'lots' }), field: 'customerLifetimeValue', key: 'admin.settings.problems.number' },
    { name: 'a negative multiplier', value: makeForm({ wordOfMouthMultiplier: '-1' }), field: 'wordOfMouthMultiplier', key: 'admin.settings.problems.negative' },
    { name: 'a huge multiplier', value: makeForm({ wordOfMouthMultiplier: '1000' }), field: 'wordOfMouthMultiplier', key: 'admin.settings.problems.tooLarge' },
    { name: 'an unknown currency', value: makeForm({ currency: 'XYZ' }), field: 'currency', key: 'admin.settings.problems.currency' },
  ])('names the field of $name and sends nothing', ({ value, field, key }) => {
    expect(toUpdateSettings(value)).toEqual({ problems: { [field]: key } });
  });
});

describe(toSettingsForm.name, () => {
  it('round-trips what the API answers', () => {
    const settings: HeadOfficeSettings = {
      name: 'HQ',
      postalAddress: 'Addr',
      customerLifetimeValue: 250.5,
      currency: 'EUR',
      wordOfMouthMultiplier: 4,
      updatedAt: null,
      updatedBy: null,
    };
    expect(toUpdateSettings(toSettingsForm(settings))).toEqual({
      body: { name: 'HQ', postalAddress: 'Addr', customerLifetimeValue: 250.5, currency: 'EUR', wordOfMouthMultiplier: 4 },
    });
  });
});

describe(parseAmount.name, () => {
  it.each([
    ['12', 12],
    ['12.5', 12.5],
    ['12,5', 12.5],
    ['1 200', 1200],
    ['', null],
    ['1.2.3', null],
  ])('%s reads as %s', (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });
});

describe(currencyChoices.name, () => {
  it('puts the common ones first and keeps the current one', () => {
    expect(currencyChoices(['USD', 'AED', 'RUB'], 'CHF')).toEqual(['RUB', 'EUR', 'USD', 'KZT', 'AED', 'CHF']);
  });
});

describe(revenueAtRiskPerLost.name, () => {
  it('is (1 + multiplier) x lifetime value, by hand: 7 x 18,000 = 126,000', () => {
    expect(revenueAtRiskPerLost({ customerLifetimeValue: 18000, wordOfMouthMultiplier: 6 })).toBe(126000);
  });
});
