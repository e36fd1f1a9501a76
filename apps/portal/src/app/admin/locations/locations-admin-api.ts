import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CreateLocation,
  ImportResult,
  ImportResultSchema,
  Location,
  LocationListSchema,
  LocationSchema,
  Page,
  UpdateLocation,
} from '@franscore/domain';
import { Observable, map } from 'rxjs';

export interface LocationAdminFilters {
  readonly search: string;
  readonly page: number;
  readonly pageSize: number;
}

/** Admins create locations, edit their hours and time zone, close them and import them from CSV. */
@Injectable({ providedIn: 'root' })
export class LocationsAdminApi {
  readonly #http = inject(HttpClient);

  list(f: LocationAdminFilters): Observable<Page<Location>> {
    const params: Record<string, string> = { page: String(f.page), pageSize: String(f.pageSize), sort: 'code' };
    if (f.search.trim()) params['search'] = f.search.trim().slice(0, 100);
    return this.#http.get<unknown>('/api/locations', { params }).pipe(map((b) => LocationListSchema.parse(b)));
  }

  create(location: CreateLocation): Observable<Location> {
    return this.#http.post<unknown>('/api/locations', location).pipe(map((b) => LocationSchema.parse(b)));
  }

  update(id: string, change: UpdateLocation): Observable<Location> {
    return this.#http.patch<unknown>(`/api/locations/${encodeURIComponent(id)}`, change).pipe(map((b) => LocationSchema.parse(b)));
  }

  /** All rows or none: a 400's details name each bad cell as `line N, column`. */
  import(csv: string): Observable<ImportResult> {
    return this.#http
      .post<unknown>('/api/locations/import', csv, { headers: { 'content-type': 'text/csv' } })
      .pipe(map((b) => ImportResultSchema.parse(b)));
  }
}
