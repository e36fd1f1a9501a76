import { CaseQuerySchema } from '@franscore/domain';
import { DEFAULT_CASE_FILTERS, changeCaseFilters, toCaseParams } from './case-filters';

const LOCATION = '6f1c1f5e-7d6b-4f4e-9a53-2f4f0d0f8a11';

describe(toCaseParams.name, () => {
  it.each([
    {
      name: 'defaults: open cases',
      filters: DEFAULT_CASE_FILTERS,
      expected: { page: '1', pageSize: '50', status: 'open' },
    },
    {
      name: 'every filter',
      filters: {
        status: 'ended' as const,
        level: 'closure_review' as const,
        locationId: LOCATION,
        page: 2,
        pageSize: 500,
      },
      expected: {
        page: '2',
        pageSize: '200',
        status: 'ended',
        level: 'closure_review',
        locationId: LOCATION,
      },
    },
    {
      name: 'any status',
      filters: { ...DEFAULT_CASE_FILTERS, status: null },
      expected: { page: '1', pageSize: '50' },
    },
  ])('$name', ({ filters, expected }) => {
    const sut = toCaseParams(filters);
    expect(sut).toEqual(expected);
    expect(CaseQuerySchema.safeParse(sut).success).toBe(true);
  });
});

describe(changeCaseFilters.name, () => {
  it('goes back to the first page', () => {
    expect(changeCaseFilters({ ...DEFAULT_CASE_FILTERS, page: 3 }, { level: 'warning' })).toEqual({
      ...DEFAULT_CASE_FILTERS,
      level: 'warning',
    });
  });
});
