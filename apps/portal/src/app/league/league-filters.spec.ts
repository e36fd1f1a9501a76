import { LeagueQuerySchema } from '@franscore/domain';
import { filterChangeParams, leagueFiltersFromQuery, toLeagueParams } from './league-filters';

const REGION = '6f1c1f5e-7d6b-4f4e-9a53-2f4f0d0f8a11';

describe(leagueFiltersFromQuery.name, () => {
  it.each([
    {
      name: 'nothing asked: the default period, best first',
      params: {},
      expected: {
        period: '2026-10',
        regionId: null,
        franchiseeId: null,
        band: null,
        sort: '-overall',
        page: 1,
        pageSize: 50,
      },
    },
    {
      name: 'everything asked',
      params: {
        period: '2026-09',
        regionId: REGION,
        band: 'warning',
        sort: 'code',
        page: '3',
        pageSize: '100',
      },
      expected: {
        period: '2026-09',
        regionId: REGION,
        franchiseeId: null,
        band: 'warning',
        sort: 'code',
        page: 3,
        pageSize: 100,
      },
    },
    {
      name: 'malformed values fall back',
      params: {
        period: '2026-9',
        regionId: 'x',
        band: 'bad',
        sort: 'name',
        page: '-1',
        pageSize: '900',
      },
      expected: {
        period: '2026-10',
        regionId: null,
        franchiseeId: null,
        band: null,
        sort: '-overall',
        page: 1,
        pageSize: 200,
      },
    },
  ])('$name', ({ params, expected }) => {
    const sut = leagueFiltersFromQuery(params, '2026-10');
    expect(sut).toEqual(expected);
    // What the API itself accepts: strict, so an unknown or malformed parameter fails here too.
    expect(LeagueQuerySchema.safeParse(toLeagueParams(sut)).success).toBe(true);
  });
});

describe(toLeagueParams.name, () => {
  it('sends only the filters that are set', () => {
    expect(toLeagueParams(leagueFiltersFromQuery({ band: 'good' }, '2026-10'))).toEqual({
      period: '2026-10',
      sort: '-overall',
      band: 'good',
      page: '1',
      pageSize: '50',
    });
  });
});

describe(filterChangeParams.name, () => {
  it('goes back to page 1 and drops a cleared filter from the URL', () => {
    expect(filterChangeParams({ band: null, regionId: REGION })).toEqual({
      page: null,
      band: null,
      regionId: REGION,
    });
  });
});
