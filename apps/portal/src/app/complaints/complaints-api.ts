import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ComplaintDetail,
  ComplaintDetailSchema,
  ComplaintFlag,
  ComplaintFlagSchema,
  ComplaintListSchema,
  ComplaintSummary,
  FileDispute,
  LocationListSchema,
  MAX_PAGE_SIZE,
  Page,
  RecordEvent,
  Recover,
  RuleDispute,
} from '@franscore/domain';
import { Observable, map } from 'rxjs';
import { ComplaintFilters, toComplaintParams } from './complaint-filters';

export interface LocationOption {
  readonly id: string;
  readonly code: string;
  readonly name: string;
}

@Injectable({ providedIn: 'root' })
export class ComplaintsApi {
  readonly #http = inject(HttpClient);

  list(filters: ComplaintFilters): Observable<Page<ComplaintSummary>> {
    return this.#http
      .get<unknown>('/api/complaints', { params: toComplaintParams(filters) })
      .pipe(map((body) => ComplaintListSchema.parse(body)));
  }

  get(id: string): Observable<ComplaintDetail> {
    return this.#http
      .get<unknown>(`/api/complaints/${encodeURIComponent(id)}`)
      .pipe(map((body) => ComplaintDetailSchema.parse(body)));
  }

  recordEvent(id: string, event: RecordEvent): Observable<ComplaintDetail> {
    return this.#http
      .post<unknown>(`/api/complaints/${encodeURIComponent(id)}/events`, event)
      .pipe(map((body) => ComplaintDetailSchema.parse(body)));
  }

  /** The playbook's path in one action: acknowledge if needed, apology, action and compensation. */
  recover(id: string, recovery: Recover): Observable<ComplaintDetail> {
    return this.#http
      .post<unknown>(`/api/complaints/${encodeURIComponent(id)}/recover`, recovery)
      .pipe(map((body) => ComplaintDetailSchema.parse(body)));
  }

  fileDispute(id: string, dispute: FileDispute): Observable<ComplaintDetail> {
    return this.#http
      .post<unknown>(`/api/complaints/${encodeURIComponent(id)}/disputes`, dispute)
      .pipe(map((body) => ComplaintDetailSchema.parse(body)));
  }

  /** The bad-faith flag (head office and franchisees; others get 404). */
  flag(id: string): Observable<ComplaintFlag> {
    return this.#http
      .get<unknown>(`/api/complaints/${encodeURIComponent(id)}/flag`)
      .pipe(map((body) => ComplaintFlagSchema.parse(body)));
  }

  ruleDispute(id: string, ruling: RuleDispute): Observable<ComplaintDetail> {
    return this.#http
      .post<unknown>(`/api/complaints/${encodeURIComponent(id)}/disputes/ruling`, ruling)
      .pipe(map((body) => ComplaintDetailSchema.parse(body)));
  }

  /**
   * The locations the user may filter by: one full page, in code order. The demo
   * network (120) fits; a network past 200 locations would need a search box instead.
   */
  locationOptions(): Observable<LocationOption[]> {
    return this.#http
      .get<unknown>('/api/locations', {
        params: { page: '1', pageSize: String(MAX_PAGE_SIZE), sort: 'code' },
      })
      .pipe(
        map((body) =>
          LocationListSchema.parse(body).items.map(({ id, code, name }) => ({ id, code, name })),
        ),
      );
  }
}
