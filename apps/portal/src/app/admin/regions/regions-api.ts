import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { CreateRegion, Page, Region, RegionListSchema, RegionSchema, UpdateRegion } from '@franscore/domain';
import { Observable, map } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class RegionsApi {
  readonly #http = inject(HttpClient);

  list(page: number, pageSize: number): Observable<Page<Region>> {
    return this.#http.get<unknown>('/api/regions', { params: { page, pageSize } }).pipe(map((b) => RegionListSchema.parse(b)));
  }

  create(region: CreateRegion): Observable<Region> {
    return this.#http.post<unknown>('/api/regions', region).pipe(map((b) => RegionSchema.parse(b)));
  }

  update(id: string, change: UpdateRegion): Observable<Region> {
    return this.#http.patch<unknown>(`/api/regions/${encodeURIComponent(id)}`, change).pipe(map((b) => RegionSchema.parse(b)));
  }
}
