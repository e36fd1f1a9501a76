import {
  Category,
  Channel,
  ComplaintQuery,
  ComplaintStatus,
  MAX_PAGE_SIZE,
  Severity,
} from '@franscore/domain';

export type ComplaintSort = ComplaintQuery['sort'];
export const COMPLAINT_SORTS = [
  '-receivedAt',
  'receivedAt',
  '-severity',
  'severity',
  'status',
  'dueAt',
] as const satisfies readonly ComplaintSort[];

export type SlaFilter = NonNullable<ComplaintQuery['sla']>;
export const SLA_FILTERS = ['breached', 'running', 'met'] as const satisfies readonly SlaFilter[];

export const COMPLAINT_PAGE_SIZES = [25, 50, 100, 200] as const;

export interface ComplaintFilters {
  readonly status: ComplaintStatus | null;
  readonly severity: Severity | null;
  readonly category: Category | null;
  readonly channel: Channel | null;
  readonly sla: SlaFilter | null;
  readonly locationId: string | null;
  /** Calendar days as the date inputs give them (`YYYY-MM-DD`), both inclusive, in the viewer's time zone. */
  readonly from: string | null;
  readonly to: string | null;
  /** The search box: a reference, words of the description, or a customer's e-mail or phone. */
  readonly q: string | null;
  readonly sort: ComplaintSort;
  /** 1-based, as the API counts. */
  readonly page: number;
  readonly pageSize: number;
}

export type ComplaintFilterChange = Partial<Omit<ComplaintFilters, 'page' | 'pageSize'>>;

export const DEFAULT_COMPLAINT_FILTERS: ComplaintFilters = {
  status: null,
  severity: null,
  category: null,
  channel: null,
  sla: null,
  locationId: null,
  from: null,
  to: null,
  q: null,
  sort: '-receivedAt',
  page: 1,
  pageSize: 50,
};

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight of a `YYYY-MM-DD` day, `days` later, as the ISO instant the API wants; null when malformed. */
function localMidnight(day: string | null, days = 0): string | null {
  const match = day ? DAY.exec(day) : null;
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * The filters as query parameters, without paging: what the list and the CSV
 * export share. The API refuses unknown and empty parameters, so only set
 * filters are sent. `to` is exclusive on the server, so the chosen last day
 * becomes the next day's midnight.
 */
export function toComplaintFilterParams(filters: ComplaintFilters): Record<string, string> {
  const params: Record<string, string> = { sort: filters.sort };
  if (filters.status) params['status'] = filters.status;
  if (filters.severity) params['severity'] = filters.severity;
  if (filters.category) params['category'] = filters.category;
  if (filters.channel) params['channel'] = filters.channel;
  if (filters.sla) params['sla'] = filters.sla;
  if (filters.locationId) params['locationId'] = filters.locationId;
  const from = localMidnight(filters.from);
  if (from) params['from'] = from;
  const to = localMidnight(filters.to, 1);
  if (to) params['to'] = to;
  // The API refuses a one-character search: until there is more, the box searches nothing.
  const q = filters.q?.trim() ?? '';
  if (q.length >= 2) params['q'] = q.slice(0, 200);
  return params;
}

/** The query string for GET /api/complaints. */
export function toComplaintParams(filters: ComplaintFilters): Record<string, string> {
  return {
    page: String(Math.max(1, Math.trunc(filters.page))),
    pageSize: String(Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(filters.pageSize)))),
    ...toComplaintFilterParams(filters),
  };
}

/** A plain link: the browser sends the session cookie and saves the CSV itself. */
export function complaintExportUrl(filters: ComplaintFilters): string {
  return `/api/complaints/export?${new URLSearchParams(toComplaintFilterParams(filters))}`;
}

/** A new filter starts again at the first page; an unchanged one keeps the same object so nothing reloads. */
export function changeComplaintFilters(
  filters: ComplaintFilters,
  change: ComplaintFilterChange,
): ComplaintFilters {
  const changed = (Object.keys(change) as (keyof ComplaintFilterChange)[]).some(
    (key) => change[key] !== undefined && change[key] !== filters[key],
  );
  return changed ? { ...filters, ...change, page: 1 } : filters;
}

/** From the paginator's 0-based page index. */
export function changeComplaintPage(
  filters: ComplaintFilters,
  pageIndex: number,
  pageSize: number,
): ComplaintFilters {
  const page = pageIndex + 1;
  return page === filters.page && pageSize === filters.pageSize
    ? filters
    : { ...filters, page, pageSize };
}

export function hasComplaintFilters(filters: ComplaintFilters): boolean {
  const { sort: _sort, page: _page, pageSize: _pageSize, ...rest } = filters;
  return Object.values(rest).some((value) => value !== null);
}

export function clearComplaintFilters(filters: ComplaintFilters): ComplaintFilters {
  return hasComplaintFilters(filters)
    ? { ...DEFAULT_COMPLAINT_FILTERS, sort: filters.sort, pageSize: filters.pageSize }
    : filters;
}
