import { MAX_PAGE_SIZE, Role } from '@franscore/domain';

export type UserStatusFilter = 'active' | 'inactive';
export const USER_STATUS_FILTERS: readonly UserStatusFilter[] = ['active', 'inactive'];

export interface UserFilters {
  readonly search: string;
  readonly role: Role | null;
  readonly status: UserStatusFilter | null;
  /** 1-based, as the API counts. */
  readonly page: number;
  readonly pageSize: number;
}

export const DEFAULT_USER_FILTERS: UserFilters = { search: '', role: null, status: null, page: 1, pageSize: 50 };

/** GET /api/users refuses unknown and empty parameters: only set filters are sent. */
export function toUserParams(filters: UserFilters): Record<string, string> {
  const params: Record<string, string> = {
    page: String(Math.max(1, Math.trunc(filters.page))),
    pageSize: String(Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(filters.pageSize)))),
  };
  const search = filters.search.trim();
  if (search) params['search'] = search.slice(0, 100);
  if (filters.role) params['role'] = filters.role;
  if (filters.status) params['status'] = filters.status;
  return params;
}

/** A changed filter starts again at the first page. */
export function changeUserFilters(filters: UserFilters, change: Partial<Pick<UserFilters, 'search' | 'role' | 'status'>>): UserFilters {
  return { ...filters, ...change, page: 1 };
}
