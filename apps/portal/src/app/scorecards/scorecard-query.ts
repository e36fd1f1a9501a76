import { MAX_PAGE_SIZE } from '@franscore/domain';
import { isPeriod } from '../ui/period';

export interface ScorecardListQuery {
  readonly period: string | null;
  readonly locationId: string | null;
  /** 1-based, as the API counts. */
  readonly page: number;
  readonly pageSize: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** How many past periods a scorecard's trend shows. */
export const TREND_PERIODS = 12;

/** GET /api/scorecards refuses unknown and empty parameters: only set ones are sent. */
export function toScorecardParams(query: ScorecardListQuery): Record<string, string> {
  const params: Record<string, string> = {
    page: String(Math.max(1, Math.trunc(query.page))),
    pageSize: String(Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(query.pageSize)))),
  };
  if (isPeriod(query.period)) params['period'] = query.period;
  // From a URL, so possibly mistyped: a malformed id would be a 400, so it is left out.
  if (query.locationId && UUID.test(query.locationId)) params['locationId'] = query.locationId;
  return params;
}

/** A location's trend: its newest card per period, newest first (no period given). */
export function trendQuery(locationId: string): ScorecardListQuery {
  return { period: null, locationId, page: 1, pageSize: TREND_PERIODS };
}
