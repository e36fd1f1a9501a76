import { MAX_PAGE_SIZE } from '@franscore/domain';

export interface AuditLogFilters {
  /** Part of the actor's label (an e-mail, `system`). */
  readonly actor: string;
  /** An action (`user.updated`) or a prefix ending in a dot (`user.`); empty for any. */
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  /** Days (YYYY-MM-DD, UTC), both included; empty for open-ended. */
  readonly from: string;
  readonly to: string;
  readonly page: number;
  readonly pageSize: number;
}

export const DEFAULT_AUDIT_LOG_FILTERS: AuditLogFilters = {
  actor: '',
  action: '',
  entityType: '',
  entityId: '',
  from: '',
  to: '',
  page: 1,
  pageSize: 50,
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** GET /api/audit-log refuses unknown and empty parameters: only set filters are sent, days only when whole. */
export function toAuditLogParams(f: AuditLogFilters): Record<string, string> {
  const params: Record<string, string> = {
    page: String(Math.max(1, Math.trunc(f.page))),
    pageSize: String(Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(f.pageSize)))),
  };
  const set = (key: keyof AuditLogFilters, max: number) => {
    const value = String(f[key]).trim();
    if (value) params[key] = value.slice(0, max);
  };
  set('actor', 200);
  set('action', 100);
  set('entityType', 50);
  set('entityId', 100);
  if (DAY.test(f.from)) params['from'] = f.from;
  if (DAY.test(f.to)) params['to'] = f.to;
  return params;
}

export type AuditLogFilterChange = Partial<Omit<AuditLogFilters, 'page' | 'pageSize'>>;

/** A changed filter starts again at the first page; a `to` before `from` moves `to` up to `from`. */
export function changeAuditLogFilters(f: AuditLogFilters, change: AuditLogFilterChange): AuditLogFilters {
  const next = { ...f, ...change, page: 1 };
  if (DAY.test(next.from) && DAY.test(next.to) && next.to < next.from) return { ...next, to: next.from };
  return next;
}

/** Action prefixes (`user.`) for the picker, from the actions the log holds. */
export function actionGroups(actions: readonly string[]): string[] {
  return [...new Set(actions.filter((a) => a.includes('.')).map((a) => `${a.slice(0, a.indexOf('.'))}.`))].sort();
}
