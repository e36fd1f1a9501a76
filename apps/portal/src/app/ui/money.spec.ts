import { formatFigure, formatMoney } from './money';

/** Intl separates Russian thousands with a no-break space; fold it for readable expectations. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe(formatMoney.name, () => {
  it.each([
    {
      name: 'en roubles, whole',
      amount: 252_000,
      currency: 'RUB',
      language: 'en',
      text: 'RUB 252,000',
    },
    {
      name: 'ru roubles, whole',
      amount: 252_000,
      currency: 'RUB',
      language: 'ru',
      text: '252 000 ₽',
    },
    {
      name: 'en euros with cents',
      amount: 699.93,
      currency: 'EUR',
      language: 'en',
      text: '€699.93',
    },
    {
      name: 'ru euros with cents',
      amount: 699.93,
      currency: 'EUR',
      language: 'ru',
      text: '699,93 €',
    },
    { name: 'nothing at risk', amount: 0, currency: 'USD', language: 'en', text: '$0' },
  ])('$name', ({ amount, currency, language, text }) => {
    expect(plain(formatMoney(amount, currency, language))).toBe(text);
  });
});

describe(formatFigure.name, () => {
  it.each([
    { name: 'a weight in en', value: 0.25, language: 'en', text: '0.25' },
    { name: 'a weight in ru', value: 0.25, language: 'ru', text: '0,25' },
    { name: 'a whole sum has no decimals (not 7.00)', value: 7, language: 'en', text: '7' },
    { name: 'thousands in ru', value: 31_000, language: 'ru', text: '31 000' },
    { name: 'rounded to two decimals', value: 13.3333, language: 'en', text: '13.33' },
  ])('$name', ({ value, language, text }) => {
    expect(plain(formatFigure(value, language))).toBe(text);
  });
});
