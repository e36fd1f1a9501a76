import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CaseLevelName,
  Franchisee,
  FranchiseeListSchema,
  LeagueListSchema,
  LeagueRow,
  MAX_PAGE_SIZE,
  MoneyAtRiskSummary,
  MoneyAtRiskSummarySchema,
  Page,
} from '@franscore/domain';
import { Observable, map } from 'rxjs';
import { EnforcementApi } from '../enforcement/enforcement-api';
import { allPages } from '../http/all-pages';
import { LeagueFilters, toLeagueFilterParams, toLeagueParams } from './league-filters';

@Injectable({ providedIn: 'root' })
export class LeagueApi {
  readonly #http = inject(HttpClient);
  readonly #enforcement = inject(EnforcementApi);

  page(filters: LeagueFilters): Observable<Page<LeagueRow>> {
    return this.#http
      .get<unknown>('/api/league-table', { params: toLeagueParams(filters) })
      .pipe(map((body) => LeagueListSchema.parse(body)));
  }

  /** Every row of the filters, for the CSV export and the region-by-band overview. */
  all(filters: Omit<LeagueFilters, 'page' | 'pageSize'>): Observable<LeagueRow[]> {
    return allPages((page, pageSize) =>
      this.#http
        .get<unknown>('/api/league-table', {
          params: {
            ...toLeagueFilterParams(filters),
            page: String(page),
            pageSize: String(pageSize),
          },
        })
        .pipe(map((body) => LeagueListSchema.parse(body))),
    );
  }

  /** Customers and revenue at risk summed over the filters' locations (any page), per region and franchisee. */
  moneyAtRisk(
    filters: Pick<LeagueFilters, 'period' | 'regionId' | 'franchiseeId' | 'band'>,
  ): Observable<MoneyAtRiskSummary> {
    const params: Record<string, string> = { period: filters.period };
    if (filters.regionId) params['regionId'] = filters.regionId;
    if (filters.franchiseeId) params['franchiseeId'] = filters.franchiseeId;
    if (filters.band) params['band'] = filters.band;
    return this.#http
      .get<unknown>('/api/money-at-risk', { params })
      .pipe(map((body) => MoneyAtRiskSummarySchema.parse(body)));
  }

  /** The open enforcement level of each location in scope, by location id. */
  openLevels(): Observable<Map<string, CaseLevelName>> {
    return this.#enforcement
      .allOpen()
      .pipe(map((cases) => new Map(cases.map((c) => [c.locationId, c.level]))));
  }

  /** The franchisees in scope, for the filter; a network's franchisees fit one page. */
  franchisees(): Observable<Franchisee[]> {
    return this.#http
      .get<unknown>('/api/franchisees', { params: { page: '1', pageSize: String(MAX_PAGE_SIZE) } })
      .pipe(map((body) => FranchiseeListSchema.parse(body).items));
  }
}
