import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { LocationStatus } from '@franscore/domain';
import { catchError, map, of, scan, startWith, switchMap } from 'rxjs';
import { toApiError } from '../http/api-error';
import {
  DEFAULT_LOCATION_FILTERS,
  LocationFilters,
  LocationSort,
  changeFilters,
  changePage,
  clearFilters,
  hasActiveFilters,
} from './location-filters';
import { INITIAL_LOCATIONS_STATE, LocationsEvent, reduceLocations } from './locations-state';
import { NetworkApi } from './network-api';

/** The locations list of one page visit: filters in, the matching page of locations out. */
@Injectable()
export class NetworkStore {
  readonly #api = inject(NetworkApi);
  readonly #filters = signal<LocationFilters>(DEFAULT_LOCATION_FILTERS);
  readonly #attempt = signal(0);

  readonly #state = toSignal(
    toObservable(computed(() => ({ filters: this.#filters(), attempt: this.#attempt() }))).pipe(
      // switchMap: a newer query cancels the answer to an older one, so rows never arrive out of order.
      switchMap(({ filters }) =>
        this.#api.listLocations(filters).pipe(
          map((page): LocationsEvent => ({ type: 'loaded', page })),
          catchError((error: unknown) =>
            of<LocationsEvent>({ type: 'failed', error: toApiError(error) }),
          ),
          startWith<LocationsEvent>({ type: 'loading' }),
        ),
      ),
      scan(reduceLocations, INITIAL_LOCATIONS_STATE),
    ),
    { initialValue: INITIAL_LOCATIONS_STATE },
  );

  readonly filters = this.#filters.asReadonly();
  readonly filtered = computed(() => hasActiveFilters(this.#filters()));
  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);
  readonly locations = computed(() => this.#state().page?.items ?? []);
  readonly total = computed(() => this.#state().page?.total ?? 0);
  /** A failure here only empties the region filter; the list itself still works. */
  readonly regions = toSignal(
    this.#api.listRegions().pipe(
      map((page) => page.items),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );

  search(term: string): void {
    this.#filters.update((filters) => changeFilters(filters, { search: term }));
  }

  filterByRegion(regionId: string | null): void {
    this.#filters.update((filters) => changeFilters(filters, { regionId }));
  }

  filterByStatus(status: LocationStatus | null): void {
    this.#filters.update((filters) => changeFilters(filters, { status }));
  }

  sortBy(sort: LocationSort): void {
    this.#filters.update((filters) => changeFilters(filters, { sort }));
  }

  showPage(pageIndex: number, pageSize: number): void {
    this.#filters.update((filters) => changePage(filters, pageIndex, pageSize));
  }

  clearFilters(): void {
    this.#filters.update(clearFilters);
  }

  retry(): void {
    this.#attempt.update((n) => n + 1);
  }
}
