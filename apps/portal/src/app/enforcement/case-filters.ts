import { CaseLevelName, MAX_PAGE_SIZE } from '@franscore/domain';

export type CaseStatus = 'open' | 'ended';
export const CASE_STATUSES = ['open', 'ended'] as const satisfies readonly CaseStatus[];

export interface CaseFilters {
  readonly status: CaseStatus | null;
  readonly level: CaseLevelName | null;
  readonly locationId: string | null;
  /** 1-based, as the API counts. */
  readonly page: number;
  readonly pageSize: number;
}

export const DEFAULT_CASE_FILTERS: CaseFilters = {
  status: 'open',
  level: null,
  locationId: null,
  page: 1,
  pageSize: 50,
};

/** GET /api/enforcement-cases refuses unknown and empty parameters: only set filters are sent. */
export function toCaseParams(filters: CaseFilters): Record<string, string> {
  const params: Record<string, string> = {
    page: String(Math.max(1, Math.trunc(filters.page))),
    pageSize: String(Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(filters.pageSize)))),
  };
  if (filters.status) params['status'] = filters.status;
  if (filters.level) params['level'] = filters.level;
  if (filters.locationId) params['locationId'] = filters.locationId;
  return params;
}

/** A new filter starts again at the first page. */
export function changeCaseFilters(
  filters: CaseFilters,
  change: Partial<Pick<CaseFilters, 'status' | 'level' | 'locationId'>>,
): CaseFilters {
  return { ...filters, ...change, page: 1 };
}
