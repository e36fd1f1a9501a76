import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiClient,
  ApiClientSchema,
  IssueApiClient,
  IssuedApiClient,
  IssuedApiClientSchema,
  LocationListSchema,
} from '@franscore/domain';
import { Observable, map } from 'rxjs';
import { z } from 'zod';
import { allPages } from '../http/all-pages';

const ApiClientListSchema = z.array(ApiClientSchema);

export interface LocationChoice {
  readonly id: string;
  readonly code: string;
  readonly name: string;
}

/** Admins only: the machines that talk to Franscore with a token. */
@Injectable({ providedIn: 'root' })
export class ApiClientsApi {
  readonly #http = inject(HttpClient);

  list(): Observable<ApiClient[]> {
    return this.#http.get<unknown>('/api/api-clients').pipe(map((body) => ApiClientListSchema.parse(body)));
  }

  /** The answer carries the token: the only time anyone sees it. */
  issue(client: IssueApiClient): Observable<IssuedApiClient> {
    return this.#http.post<unknown>('/api/api-clients', client).pipe(map((body) => IssuedApiClientSchema.parse(body)));
  }

  revoke(id: string): Observable<ApiClient> {
    return this.#http
      .post<unknown>(`/api/api-clients/${encodeURIComponent(id)}/revoke`, {})
      .pipe(map((body) => ApiClientSchema.parse(body)));
  }

  /** Every location, for binding a button: a network may have more than one page of them. */
  locations(): Observable<LocationChoice[]> {
    return allPages((page, pageSize) =>
      this.#http
        .get<unknown>('/api/locations', { params: { page: String(page), pageSize: String(pageSize), sort: 'code' } })
        .pipe(map((body) => LocationListSchema.parse(body))),
    ).pipe(map((items) => items.map(({ id, code, name }) => ({ id, code, name }))));
  }
}
