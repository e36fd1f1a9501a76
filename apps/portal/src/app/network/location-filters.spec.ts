import { LocationQuerySchema } from '@franscore/domain';
import {
  DEFAULT_LOCATION_FILTERS,
  LocationFilters,
  changeFilters,
  changePage,
  clearFilters,
  hasActiveFilters,
  toLocationParams,
} from './location-filters';

const REGION_ID = '6f1c1f5e-7d6b-4f4e-9a53-2f4f0d0f8a11';

function makeFilters(overrides: Partial<LocationFilters> = {}): LocationFilters {
  return { ...DEFAULT_LOCATION_FILTERS, ...overrides };
}

describe(toLocationParams.name, () => {
  it.each([
    {
      name: 'defaults',
      filters: makeFilters(),
      expected: { page: '1', pageSize: '50', sort: 'code' },
    },
    {
      name: 'every filter set',
      filters: makeFilters({
        search: '  msk ',
        regionId: REGION_ID,
        status: 'on_watch',
        sort: 'region',
        page: 3,
        pageSize: 25,
      }),
      expected: {
        page: '3',
        pageSize: '25',
        sort: 'region',
        search: 'msk',
        regionId: REGION_ID,
        status: 'on_watch',
      },
    },
    {
      name: 'blank search is left out',
      filters: makeFilters({ search: '   ' }),
      expected: { page: '1', pageSize: '50', sort: 'code' },
    },
    {
      name: 'page size capped at 200',
      filters: makeFilters({ pageSize: 500 }),
      expected: { page: '1', pageSize: '200', sort: 'code' },
    },
    {
      name: 'page at least 1',
      filters: makeFilters({ page: 0 }),
      expected: { page: '1', pageSize: '50', sort: 'code' },
    },
  ])('$name', ({ filters, expected }) => {
    const sut = toLocationParams(filters);
    expect(sut).toEqual(expected);
    // What the API itself accepts: strict, so an unknown or malformed parameter fails here too.
    expect(LocationQuerySchema.safeParse(sut).success).toBe(true);
  });

  it('trims an over-long search to what the API accepts', () => {
    const sut = toLocationParams(makeFilters({ search: 'x'.repeat(150) }));
    expect(sut['search']).toHaveLength(100);
    expect(LocationQuerySchema.safeParse(sut).success).toBe(true);
  });
});

describe(changeFilters.name, () => {
  it('goes back to the first page when a filter changes', () => {
    expect(changeFilters(makeFilters({ page: 4 }), { status: 'closed' })).toEqual(
      makeFilters({ status: 'closed', page: 1 }),
    );
  });

  it('returns the same object when nothing changes', () => {
    const filters = makeFilters({ page: 4, search: 'a' });
    expect(changeFilters(filters, { search: 'a', regionId: null })).toBe(filters);
  });
});

describe(changePage.name, () => {
  it('converts the 0-based page index', () => {
    expect(changePage(makeFilters(), 2, 100)).toEqual(makeFilters({ page: 3, pageSize: 100 }));
  });

  it('returns the same object for the current page', () => {
    const filters = makeFilters({ page: 2 });
    expect(changePage(filters, 1, 50)).toBe(filters);
  });
});

describe(clearFilters.name, () => {
  it('keeps sort and page size, drops the rest', () => {
    const filters = makeFilters({
      search: 'x',
      regionId: REGION_ID,
      status: 'active',
      sort: 'name',
      pageSize: 25,
      page: 2,
    });
    const sut = clearFilters(filters);
    expect(sut).toEqual(makeFilters({ sort: 'name', pageSize: 25 }));
    expect(hasActiveFilters(sut)).toBe(false);
    expect(hasActiveFilters(filters)).toBe(true);
  });
});
