import { AuditQuerySchema } from '@franscore/domain';
import { DEFAULT_AUDIT_FILTERS, changeAuditFilters, toAuditParams } from './audit-filters';

const LOCATION = '6f1c1f5e-7d6b-4f4e-9a53-2f4f0d0f8a11';

describe(toAuditParams.name, () => {
  it.each([
    { name: 'defaults', filters: DEFAULT_AUDIT_FILTERS, expected: { page: '1', pageSize: '50' } },
    {
      name: 'every filter',
      filters: {
        period: '2026-10',
        status: 'draft' as const,
        locationId: LOCATION,
        page: 2,
        pageSize: 25,
      },
      expected: {
        page: '2',
        pageSize: '25',
        period: '2026-10',
        status: 'draft',
        locationId: LOCATION,
      },
    },
    {
      name: 'a malformed period is left out',
      filters: { ...DEFAULT_AUDIT_FILTERS, period: '10-2026' },
      expected: { page: '1', pageSize: '50' },
    },
  ])('$name', ({ filters, expected }) => {
    const sut = toAuditParams(filters);
    expect(sut).toEqual(expected);
    expect(AuditQuerySchema.safeParse(sut).success).toBe(true);
  });
});

describe(changeAuditFilters.name, () => {
  it('goes back to the first page', () => {
    expect(
      changeAuditFilters({ ...DEFAULT_AUDIT_FILTERS, page: 4 }, { status: 'finalized' }),
    ).toEqual({
      ...DEFAULT_AUDIT_FILTERS,
      status: 'finalized',
    });
  });
});
