import { Complainant, complainantOutcome, ComplainantOutcome, customerCounts, moneyAtRisk, revenueAtRisk, sumCustomers } from './money-at-risk';

const RUB = { lifetimeValue: 12_000, multiplier: 6, currency: 'RUB' };

describe(complainantOutcome.name, () => {
  it.each<{ name: string; c: Complainant; outcome: ComplainantOutcome }>([
    { name: 'rated 5, on time', c: { rating: 5, resolvedLate: false }, outcome: 'recovered' },
    { name: 'rated 4 after a late resolution: the customer says recovered', c: { rating: 4, resolvedLate: true }, outcome: 'recovered' },
    { name: 'rated 2, on time', c: { rating: 2, resolvedLate: false }, outcome: 'lost' },
    { name: 'rated 1, late', c: { rating: 1, resolvedLate: true }, outcome: 'lost' },
    { name: 'rated 3, on time', c: { rating: 3, resolvedLate: false }, outcome: 'unknown' },
    { name: 'rated 3, late', c: { rating: 3, resolvedLate: true }, outcome: 'lost' },
    { name: 'no rating, late', c: { rating: null, resolvedLate: true }, outcome: 'lost' },
    { name: 'no rating, on time or still open', c: { rating: null, resolvedLate: false }, outcome: 'unknown' },
  ])('$name: $outcome', ({ c, outcome }) => {
    expect(complainantOutcome(c)).toBe(outcome);
  });
});

describe(revenueAtRisk.name, () => {
  it.each([
    // Hand-computed: lost x (1 + multiplier) x lifetime value.
    { name: 'DOMAIN default multiplier 6: 3 lost x 7 x 12,000', lost: 3, multiplier: 6, lifetimeValue: 12_000, expected: 252_000 },
    { name: 'nobody lost: nothing at risk', lost: 0, multiplier: 6, lifetimeValue: 12_000, expected: 0 },
    { name: 'multiplier 0: only the complainant', lost: 4, multiplier: 0, lifetimeValue: 250, expected: 1_000 },
    { name: 'fractional multiplier and value: 2 x 3.5 x 99.99 = 699.93', lost: 2, multiplier: 2.5, lifetimeValue: 99.99, expected: 699.93 },
    { name: 'rounds to the cent, half away from zero: 1 x 1 x 0.125 = 0.13', lost: 1, multiplier: 0, lifetimeValue: 0.125, expected: 0.13 },
    { name: 'binary noise does not leak: 3 x 1.1 x 0.1 = 0.33', lost: 3, multiplier: 0.1, lifetimeValue: 0.1, expected: 0.33 },
  ])('$name', ({ lost, multiplier, lifetimeValue, expected }) => {
    expect(revenueAtRisk(lost, { lifetimeValue, multiplier })).toBe(expected);
  });
});

describe(customerCounts.name, () => {
  it.each([
    { name: 'unknown outcomes are the rest of the eligible complaints', tally: { eligible: 10, ratedHigh: 3, ratedLow: 1, lateWithoutVerdict: 2 }, counts: { recovered: 3, lost: 3, unknown: 4 } },
    { name: 'every complainant unknown (no ratings, nothing late)', tally: { eligible: 7, ratedHigh: 0, ratedLow: 0, lateWithoutVerdict: 0 }, counts: { recovered: 0, lost: 0, unknown: 7 } },
    { name: 'no complaints', tally: { eligible: 0, ratedHigh: 0, ratedLow: 0, lateWithoutVerdict: 0 }, counts: { recovered: 0, lost: 0, unknown: 0 } },
  ])('$name', ({ tally, counts }) => {
    expect(customerCounts(tally)).toEqual(counts);
  });

  it('agrees with the per-complainant rule over a mixed period', () => {
    const period: Complainant[] = [
      { rating: 5, resolvedLate: false },
      { rating: 4, resolvedLate: true },
      { rating: 3, resolvedLate: true },
      { rating: 3, resolvedLate: false },
      { rating: 1, resolvedLate: false },
      { rating: null, resolvedLate: true },
      { rating: null, resolvedLate: false },
      { rating: null, resolvedLate: false },
    ];
    const tally = {
      eligible: period.length,
      ratedHigh: period.filter((c) => c.rating !== null && c.rating >= 4).length,
      ratedLow: period.filter((c) => c.rating !== null && c.rating <= 2).length,
      lateWithoutVerdict: period.filter((c) => c.resolvedLate && (c.rating === null || c.rating === 3)).length,
    };
    const byRule = { recovered: 0, lost: 0, unknown: 0 };
    for (const c of period) byRule[complainantOutcome(c)]++;
    expect(customerCounts(tally)).toEqual(byRule);
    expect(byRule).toEqual({ recovered: 2, lost: 3, unknown: 3 });
  });

  it.each([
    { name: 'more verdicts than complaints', tally: { eligible: 2, ratedHigh: 2, ratedLow: 1, lateWithoutVerdict: 0 } },
    { name: 'a negative count', tally: { eligible: 2, ratedHigh: -1, ratedLow: 0, lateWithoutVerdict: 0 } },
  ])('refuses $name', ({ tally }) => {
    expect(() => customerCounts(tally)).toThrow(RangeError);
  });
});

describe(moneyAtRisk.name, () => {
  it('puts counts, complainants and revenue at risk together, in the settings currency', () => {
    // 2 lost x (1 + 6) x 12,000 = 168,000; 5 + 2 + 3 = 10 complainants.
    expect(moneyAtRisk({ recovered: 5, lost: 2, unknown: 3 }, RUB)).toEqual({ recovered: 5, lost: 2, unknown: 3, complainants: 10, revenueAtRisk: 168_000, currency: 'RUB' });
  });

  it('sums over locations to the same revenue as location by location', () => {
    const locations = [
      { recovered: 1, lost: 2, unknown: 0 },
      { recovered: 0, lost: 1, unknown: 4 },
      { recovered: 3, lost: 0, unknown: 1 },
    ];
    const total = sumCustomers(locations);
    expect(total).toEqual({ recovered: 4, lost: 3, unknown: 5 });
    // 3 x 7 x 12,000 = 252,000 = 168,000 + 84,000 + 0.
    expect(moneyAtRisk(total, RUB).revenueAtRisk).toBe(252_000);
    expect(locations.reduce((s, l) => s + moneyAtRisk(l, RUB).revenueAtRisk, 0)).toBe(252_000);
  });
});
