import { ComplaintQuerySchema } from '@franscore/domain';
import {
  ComplaintFilters,
  DEFAULT_COMPLAINT_FILTERS,
  changeComplaintFilters,
  changeComplaintPage,
  clearComplaintFilters,
  complaintExportUrl,
  hasComplaintFilters,
  toComplaintFilterParams,
  toComplaintParams,
} from './complaint-filters';

const LOCATION_ID = '0b3f2b2e-4a55-4c39-8d7e-0f3c8a1d2e01';

function makeFilters(overrides: Partial<ComplaintFilters> = {}): ComplaintFilters {
  return { ...DEFAULT_COMPLAINT_FILTERS, ...overrides };
}

// TZ=UTC in every Jest config, so local midnight is UTC midnight here.
describe(toComplaintParams.name, () => {
  it.each([
    {
      name: 'defaults send only paging and sort',
      filters: makeFilters(),
      expected: { page: '1', pageSize: '50', sort: '-receivedAt' },
    },
    {
      name: 'every filter set',
      filters: makeFilters({
        status: 'acknowledged',
        severity: 'critical',
        category: 'hygiene',
        channel: 'qr_form',
        sla: 'breached',
        locationId: LOCATION_ID,
        from: '2026-03-01',
        to: '2026-03-31',
        sort: 'severity',
        page: 2,
        pageSize: 25,
      }),
      expected: {
        page: '2',
        pageSize: '25',
        sort: 'severity',
        status: 'acknowledged',
        severity: 'critical',
        category: 'hygiene',
        channel: 'qr_form',
        sla: 'breached',
        locationId: LOCATION_ID,
        from: '2026-03-01T00:00:00.000Z',
        // The last day is inclusive for people and exclusive on the server.
        to: '2026-04-01T00:00:00.000Z',
      },
    },
    {
      name: 'the last day of a year rolls into the next',
      filters: makeFilters({ to: '2026-12-31' }),
      expected: { page: '1', pageSize: '50', sort: '-receivedAt', to: '2027-01-01T00:00:00.000Z' },
    },
    {
      name: 'malformed days are left out',
      filters: makeFilters({ from: '01.03.2026', to: '' }),
      expected: { page: '1', pageSize: '50', sort: '-receivedAt' },
    },
    {
      name: 'a search sent trimmed',
      filters: makeFilters({ q: '  C-AB12CD34 ' }),
      expected: { page: '1', pageSize: '50', sort: '-receivedAt', q: 'C-AB12CD34' },
    },
    {
      name: 'a one-character search is not sent (the API refuses it)',
      filters: makeFilters({ q: ' a ' }),
      expected: { page: '1', pageSize: '50', sort: '-receivedAt' },
    },
    {
      name: 'page size capped at 200, page at least 1',
      filters: makeFilters({ pageSize: 1000, page: 0 }),
      expected: { page: '1', pageSize: '200', sort: '-receivedAt' },
    },
  ])('$name', ({ filters, expected }) => {
    const sut = toComplaintParams(filters);
    expect(sut).toEqual(expected);
    // What the API itself accepts: strict, so an unknown or malformed parameter fails here too.
    expect(ComplaintQuerySchema.safeParse(sut).success).toBe(true);
  });

  it('never sends a key the API does not know, nor an empty value', () => {
    const allowed = new Set(Object.keys(ComplaintQuerySchema.shape));
    const sut = toComplaintParams(
      makeFilters({ status: 'open', from: '2026-01-01', locationId: LOCATION_ID }),
    );
    expect(Object.keys(sut).filter((key) => !allowed.has(key))).toEqual([]);
    expect(Object.values(sut).filter((value) => value === '')).toEqual([]);
  });
});

describe(complaintExportUrl.name, () => {
  it('carries the filters and sort but not the paging', () => {
    const filters = makeFilters({ status: 'open', sla: 'running', page: 3 });
    const url = new URL(complaintExportUrl(filters), 'http://portal.test');
    expect(url.pathname).toBe('/api/complaints/export');
    const params = Object.fromEntries(url.searchParams);
    expect(params).toEqual({ sort: '-receivedAt', status: 'open', sla: 'running' });
    expect(params).toEqual(toComplaintFilterParams(filters));
    expect(ComplaintQuerySchema.safeParse(params).success).toBe(true);
  });
});

describe(changeComplaintFilters.name, () => {
  it('goes back to the first page when a filter changes', () => {
    expect(changeComplaintFilters(makeFilters({ page: 4 }), { severity: 'major' })).toEqual(
      makeFilters({ severity: 'major', page: 1 }),
    );
  });

  it('returns the same object when nothing changes', () => {
    const filters = makeFilters({ page: 4, status: 'open' });
    expect(changeComplaintFilters(filters, { status: 'open', channel: null })).toBe(filters);
  });
});

describe(changeComplaintPage.name, () => {
  it('converts the 0-based page index', () => {
    expect(changeComplaintPage(makeFilters(), 2, 100)).toEqual(
      makeFilters({ page: 3, pageSize: 100 }),
    );
  });

  it('returns the same object for the current page', () => {
    const filters = makeFilters({ page: 2 });
    expect(changeComplaintPage(filters, 1, 50)).toBe(filters);
  });
});

describe(clearComplaintFilters.name, () => {
  it('keeps sort and page size, drops the rest', () => {
    const filters = makeFilters({
      status: 'resolved',
      from: '2026-01-01',
      sort: 'status',
      pageSize: 25,
      page: 3,
    });
    const sut = clearComplaintFilters(filters);
    expect(sut).toEqual(makeFilters({ sort: 'status', pageSize: 25 }));
    expect(hasComplaintFilters(sut)).toBe(false);
    expect(hasComplaintFilters(filters)).toBe(true);
  });

  it('returns the same object when nothing is filtered', () => {
    const filters = makeFilters({ page: 2 });
    expect(clearComplaintFilters(filters)).toBe(filters);
  });
});
