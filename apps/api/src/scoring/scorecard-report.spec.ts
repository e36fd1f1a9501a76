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
    components: { responsiveness: component(81.25), resolution: component(75), recovery: component(50), protocol: component(80), volume: component(null, '0 orders, fewer than the 1000 required') },
    overallUnrounded: 75.0625,
    bandBeforeOverride: 'watch',
    overrideReason: '1 critical complaint(s) breached the resolve target',
    breaches: { acknowledge: [], resolve: [], criticalResolve: ['33333333-3333-4333-8333-333333333333'] },
    auditIds: [],
    orders: null,
  },
};

describe(scorecardReport.name, () => {
  const text = JSON.stringify(scorecardReport(card, new Date('2026-11-03T00:00:00Z')).content);

  it('states the overall, the band and why the band was raised', () => {
    expect(text).toContain('75.1');
    expect(text).toContain('75.0625');
    expect(text).toContain('Band raised from watch to warning: 1 critical complaint(s) breached the resolve target');
  });

  it.each([
    ['official', 'Official card (finalized)'],
    ['revision', 'Revision pending: not the official card'],
    ['not_final', 'Not final: no card of this period is finalized yet'],
    ['superseded', 'Superseded: not the card that stands for this period'],
  ] as const)('says where a %s card stands', (standing, words) => {
    expect(JSON.stringify(scorecardReport({ ...card, standing }, new Date('2026-11-03T00:00:00Z')).content)).toContain(words);
  });

  it('names the revision pending beside an official card', () => {
    expect(text).toContain('A revision computed as of 2026-11-05T09:00:00.000Z (overall 68.2, band warning) awaits finalization.');
  });

  it('explains every component, absent ones with their reason', () => {
    expect(text).toContain('13.00 / 16.00 (sample 10)');
    expect(text).toContain('0 orders, fewer than the 1000 required');
    expect(text).toContain('struck out by upheld disputes: 1');
  });
});
