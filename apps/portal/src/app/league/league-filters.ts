import { BANDS, BandName, LeagueQuery, MAX_PAGE_SIZE } from '@franscore/domain';
import { isPeriod } from '../ui/period';

export type LeagueSort = LeagueQuery['sort'];
export const LEAGUE_SORTS = [
  '-overall',
  'overall',
  'code',
] as const satisfies readonly LeagueSort[];
export const LEAGUE_PAGE_SIZES = [25, 50, 100, 200] as const;

export interface LeagueFilters {
  readonly period: string;
  readonly regionId: string | null;
  readonly franchiseeId: string | null;
  readonly band: BandName | null;
  readonly sort: LeagueSort;
  /** 1-based, as the API counts. */
  readonly page: number;
  readonly pageSize: number;
}

/** The league page's query string, as the router hands it over (absent parameters are undefined). */
export type LeagueQueryParams = Partial<Record<keyof LeagueFilters, string | undefined>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidOrNull = (value: string | undefined) => (value && UUID.test(value) ? value : null);
const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
};

/**
 * The filters a URL asks for. The URL is the league's state (so the overview's
 * cells, Back and shared links all work); anything malformed in it falls back
 * to the default rather than becoming a 400.
 */
export function leagueFiltersFromQuery(
  params: LeagueQueryParams,
  defaultPeriod: string,
): LeagueFilters {
  const band = (BANDS as readonly string[]).includes(params.band ?? '')
    ? (params.band as BandName)
    : null;
  const sort = (LEAGUE_SORTS as readonly string[]).includes(params.sort ?? '')
    ? (params.sort as LeagueSort)
    : '-overall';
  return {
    period: isPeriod(params.period) ? params.period : defaultPeriod,
    regionId: uuidOrNull(params.regionId),
    franchiseeId: uuidOrNull(params.franchiseeId),
    band,
    sort,
    page: positive(params.page, 1),
    pageSize: Math.min(MAX_PAGE_SIZE, positive(params.pageSize, 50)),
  };
}

/** GET /api/league-table without paging: what the table, the CSV export and the overview share. */
export function toLeagueFilterParams(
  filters: Omit<LeagueFilters, 'page' | 'pageSize'>,
): Record<string, string> {
  const params: Record<string, string> = { period: filters.period, sort: filters.sort };
  if (filters.regionId) params['regionId'] = filters.regionId;
  if (filters.franchiseeId) params['franchiseeId'] = filters.franchiseeId;
  if (filters.band) params['band'] = filters.band;
  return params;
}

export function toLeagueParams(filters: LeagueFilters): Record<string, string> {
  return {
    ...toLeagueFilterParams(filters),
    page: String(filters.page),
    pageSize: String(filters.pageSize),
  };
}

/** The router's query parameters for a change of filter: back to page 1, a cleared filter leaves the URL. */
export function filterChangeParams(
  change: Partial<Pick<LeagueFilters, 'period' | 'regionId' | 'franchiseeId' | 'band' | 'sort'>>,
): Record<string, string | null> {
  const params: Record<string, string | null> = { page: null };
  for (const [key, value] of Object.entries(change)) params[key] = value ?? null;
  return params;
}
