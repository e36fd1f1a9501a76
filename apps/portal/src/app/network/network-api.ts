import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  Location,
  LocationListSchema,
  LocationSchema,
  MAX_PAGE_SIZE,
  OrderVolumeSeries,
  OrderVolumeSeriesSchema,
  Page,
  Region,
  RegionListSchema,
} from '@franscore/domain';
import { Observable, map } from 'rxjs';
import { LocationFilters, toLocationParams } from './location-filters';

@Injectable({ providedIn: 'root' })
export class NetworkApi {
  readonly #http = inject(HttpClient);

  listLocations(filters: LocationFilters): Observable<Page<Location>> {
    return this.#http
      .get<unknown>('/api/locations', { params: toLocationParams(filters) })
      .pipe(map((body) => LocationListSchema.parse(body)));
  }

  location(id: string): Observable<Location> {
    return this.#http.get<unknown>(`/api/locations/${id}`).pipe(map((body) => LocationSchema.parse(body)));
  }

  /** A location's daily orders; the API's default window is the last 90 days. */
  orderVolumes(locationId: string): Observable<OrderVolumeSeries> {
    return this.#http
      .get<unknown>('/api/order-volumes', { params: { locationId } })
      .pipe(map((body) => OrderVolumeSeriesSchema.parse(body)));
  }

  /** The regions visible to the user; a network has few, so one full page holds them. */
  listRegions(): Observable<Page<Region>> {
    return this.#http
      .get<unknown>('/api/regions', { params: { page: '1', pageSize: String(MAX_PAGE_SIZE) } })
      .pipe(map((body) => RegionListSchema.parse(body)));
  }
}
