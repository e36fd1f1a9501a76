import { AUDIT_STATUSES, MAX_PAGE_SIZE } from '@franscore/domain';
import { isPeriod } from '../ui/period';

export type AuditStatus = (typeof AUDIT_STATUSES)[number];

export interface AuditFilters {
  readonly period: string | null;
  readonly status: AuditStatus | null;
  readonly locationId: string | null;
  /** 1-based, as the API counts. */
  readonly page: number;
  readonly pageSize: number;
}

export const DEFAULT_AUDIT_FILTERS: AuditFilters = {
  period: null,
  status: null,
  locationId: null,
  page: 1,
  pageSize: 50,
};

/** GET /api/audits refuses unknown and empty parameters: only set filters are sent. */
export function toAuditParams(filters: AuditFilters): Record<string, string> {
  const params: Record<string, string> = {
    page: String(Math.max(1, Math.trunc(filters.page))),
    pageSize: String(Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(filters.pageSize)))),
  };
  if (isPeriod(filters.period)) params['period'] = filters.period;
  if (filters.status) params['status'] = filters.status;
  if (filters.locationId) params['locationId'] = filters.locationId;
  return params;
}

export function changeAuditFilters(
  filters: AuditFilters,
  change: Partial<Pick<AuditFilters, 'period' | 'status' | 'locationId'>>,
): AuditFilters {
  return { ...filters, ...change, page: 1 };
}
