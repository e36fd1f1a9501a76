import { LocationQuery, LocationStatus, MAX_PAGE_SIZE } from '@franscore/domain';

export type LocationSort = LocationQuery['sort'];
export const LOCATION_SORTS = [
  'code',
  'name',
  'status',
  'region',
] as const satisfies readonly LocationSort[];
export const PAGE_SIZE_OPTIONS = [25, 50, 100, 200] as const;

export interface LocationFilters {
  readonly search: string;
  readonly regionId: string | null;
  readonly status: LocationStatus | null;
  readonly sort: LocationSort;
  /** 1-based, as the API counts. */
  readonly page: number;
  readonly pageSize: number;
}

export type LocationFilterChange = Partial<
  Pick<LocationFilters, 'search' | 'regionId' | 'status' | 'sort'>
>;

export const DEFAULT_LOCATION_FILTERS: LocationFilters = {
  search: '',
  regionId: null,
  status: null,
  sort: 'code',
  page: 1,
  pageSize: 50,
};

/**
 * The query string for GET /api/locations. The API refuses unknown and empty
 * parameters, so only set filters are sent.
 */
export function toLocationParams(filters: LocationFilters): Record<string, string> {
  const params: Record<string, string> = {
    page: String(Math.max(1, Math.trunc(filters.page))),
    pageSize: String(Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(filters.pageSize)))),
    sort: filters.sort,
  };
  const search = filters.search.trim();
  if (search) params['search'] = search.slice(0, 100);
  if (filters.regionId) params['regionId'] = filters.regionId;
  if (filters.status) params['status'] = filters.status;
  return params;
}

/** A new filter starts again at the first page; an unchanged one keeps the same object so nothing reloads. */
export function changeFilters(
  filters: LocationFilters,
  change: LocationFilterChange,
): LocationFilters {
  const changed = (Object.keys(change) as (keyof LocationFilterChange)[]).some(
    (key) => change[key] !== filters[key],
  );
  return changed ? { ...filters, ...change, page: 1 } : filters;
}

/** From the paginator's 0-based page index. */
export function changePage(
  filters: LocationFilters,
  pageIndex: number,
  pageSize: number,
): LocationFilters {
  const page = pageIndex + 1;
  return page === filters.page && pageSize === filters.pageSize
    ? filters
    : { ...filters, page, pageSize };
}

export function hasActiveFilters(filters: LocationFilters): boolean {
  return filters.search.trim() !== '' || filters.regionId !== null || filters.status !== null;
}

export function clearFilters(filters: LocationFilters): LocationFilters {
  return changeFilters(filters, { search: '', regionId: null, status: null });
}
