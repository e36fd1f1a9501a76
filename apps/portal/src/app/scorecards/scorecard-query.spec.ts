import { ScorecardQuerySchema } from '@franscore/domain';
import { toScorecardParams, trendQuery } from './scorecard-query';

const LOCATION = '6f1c1f5e-7d6b-4f4e-9a53-2f4f0d0f8a11';

describe(toScorecardParams.name, () => {
  it.each([
    {
      name: 'a period',
      query: { period: '2026-10', locationId: null, page: 2, pageSize: 50 },
      expected: { page: '2', pageSize: '50', period: '2026-10' },
    },
    {
      name: 'a trend',
      query: trendQuery(LOCATION),
      expected: { page: '1', pageSize: '12', locationId: LOCATION },
    },
    {
      name: 'a malformed period and id are left out',
      query: { period: '2026-1', locationId: 'not-an-id', page: 0, pageSize: 500 },
      expected: { page: '1', pageSize: '200' },
    },
  ])('$name', ({ query, expected }) => {
    const sut = toScorecardParams(query);
    expect(sut).toEqual(expected);
    expect(ScorecardQuerySchema.safeParse(sut).success).toBe(true);
  });
});
