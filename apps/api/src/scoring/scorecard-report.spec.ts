import type { Scorecard } from '@franscore/domain';
import { scorecardReport } from './scorecard-report';

const component = (score: number | null, absentReason: string | null = null) => ({ score, weight: 0.2, numerator: 13, denominator: 16, sample: 10, minimum: 3, absentReason });
const card: Scorecard = {
  id: '11111111-1111-4111-8111-111111111111',
  locationId: '22222222-2222-4222-8222-222222222222',
  locationCode: 'MSK-014',
  locationName: 'Арбат',
  regionName: 'Moscow',
  franchiseeName: 'Ivanov LLC',
  period: '2026-10',
  policyVersion: 1,
  asOf: '2026-11-02T09:00:00.000Z',
  overall: 75.1,
  band: 'warning',
  provisional: false,
  finalized: true,
  standing: 'official',
  revision: { id: '44444444-4444-4444-8444-444444444444', asOf: '2026-11-05T09:00:00.000Z', overall: 68.2, band: 'warning', provisional: false },
  explanation: {
    eligible: 10,
    excludedByDispute: 1,
    components: {
      responsiveness: { ...component(81.25), numerator: 13, denominator: 16 },
      resolution: { ...component(75), numerator: 7, denominator: 17 },
      recovery: { ...component(50), numerator: 2, denominator: 4 },
      protocol: { ...component(84.375), numerator: 675, denominator: 8, sample: 8, minimum: 1 },
      volume: { ...component(null, '0 orders, fewer than the 1000 required'), numerator: 10, denominator: 0, sample: 0, minimum: 1000 },
    },
    overallUnrounded: 75.0625,
    bandBeforeOverride: 'watch',
    overrideReason: '1 critical complaint(s) breached the resolve target',
    breaches: { acknowledge: [], resolve: ['33333333-3333-4333-8333-333333333333'], criticalResolve: ['33333333-3333-4333-8333-333333333333'] },
    auditIds: [],
    orders: null,
    customers: { recovered: 2, lost: 3, unknown: 5 },
  },
  complaintReferences: { '33333333-3333-4333-8333-333333333333': 'C-2026-000042' },
  // 3 lost x (1 + 6) x 12,000 = 252,000.
  moneyAtRisk: { recovered: 2, lost: 3, unknown: 5, complainants: 10, revenueAtRisk: 252000, currency: 'RUB' },
};

/** The report's text as a reader sees it (pdfmake content flattened; spaces of any kind folded). */
const textOf = (c: Scorecard, language: 'en' | 'ru' = 'en') => JSON.stringify(scorecardReport(c, new Date('2026-11-03T00:00:00Z'), language).content).replace(/[\u00a0\u202f]/g, ' ');

describe(scorecardReport.name, () => {
  const text = textOf(card);
  const ru = textOf(card, 'ru');

  it('states the overall, the band and why the band was raised', () => {
    expect(text).toContain('75.1');
    expect(text).toContain('75.0625');
    expect(text).toContain('Band raised from watch to warning: a critical complaint breached the resolve target.');
  });

  it.each([
    ['official', 'Official card (finalized)'],
    ['revision', 'Revision pending: not the official card'],
    ['not_final', 'Not final: no card of this period is finalized yet'],
    ['superseded', 'Superseded: not the card that stands for this period'],
  ] as const)('says where a %s card stands', (standing, words) => {
    expect(textOf({ ...card, standing })).toContain(words);
  });

  it('names the revision pending beside an official card, with its time in words, not ISO', () => {
    expect(text).toMatch(/A revision computed as of November 5, 2026(,| at) 9:00 AM UTC \(overall 68\.2, band warning\) awaits finalization\./);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('explains every component in words, absent ones with their reason', () => {
    expect(text).toContain('13 of 16 severity-weighted decided complaints acknowledged within target');
    expect(text).toContain('mean of 8 audited cases');
    expect(text).not.toContain('675');
    expect(text).not.toMatch(/\d+\.00 \/ \d+\.00/);
    expect(text).toContain('absent: a sample of 0, fewer than the 1,000 required');
    expect(text).toContain('struck out by upheld disputes: 1');
  });

  it('lists breaches by complaint reference, not by id', () => {
    expect(text).toContain('Resolve target missed: 1 (C-2026-000042)');
    expect(text).not.toContain('33333333');
  });

  it('shows customers and revenue at risk beside the score', () => {
    expect(text).toContain('Recovered: 2; lost: 3; unknown: 5.');
    expect(text).toContain('Revenue at risk: RUB 252,000.00');
  });

  it('writes Russian with Russian numbers, dates and plural forms', () => {
    expect(ru).toContain('75,1');
    expect(ru).toContain('75,0625');
    expect(ru).toContain('среднее по 8 проверенным случаям');
    expect(ru).toContain('13 из 16 (с весом по тяжести) рассмотренных жалоб подтверждены в срок');
    expect(ru).toContain('период октябрь 2026 г.');
    // ICU versions join date and time with ", " or " в ".
    expect(ru).toMatch(/на 2 ноября 2026 г\.(,| в) 09:00 UTC/);
    expect(ru).toContain('Возвращены: 2; потеряны: 3; неизвестно: 5.');
    expect(ru).toContain('252 000,00 ₽');
    expect(ru).toContain('Уровень повышен с «наблюдение» до «предупреждение»');
    expect(ru).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it.each([
    [1, 'среднее по 1 проверенному случаю'],
    [3, 'среднее по 3 проверенным случаям'],
    [21, 'среднее по 21 проверенному случаю'],
  ])('protocol over %i cases in Russian', (cases, words) => {
    const protocol = { ...card.explanation.components.protocol, denominator: cases, sample: cases };
    expect(textOf({ ...card, explanation: { ...card.explanation, components: { ...card.explanation.components, protocol } } }, 'ru')).toContain(words);
  });
});
