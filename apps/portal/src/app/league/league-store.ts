import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { CaseLevelName, LeagueRow } from '@franscore/domain';
import { catchError, filter, firstValueFrom, map, of } from 'rxjs';
import { ApiError, toApiError } from '../http/api-error';
import { remoteSignal } from '../http/remote-signal';
import { NetworkApi } from '../network/network-api';
import { LeagueApi } from './league-api';
import { LeagueFilters } from './league-filters';

/** The league table of one visit: the URL's filters in, a page of ranked locations out. */
@Injectable()
export class LeagueStore {
  readonly #api = inject(LeagueApi);
  readonly #filters = signal<LeagueFilters | null>(null);
  readonly #attempt = signal(0);
  readonly #exporting = signal(false);
  readonly #exportError = signal<ApiError | null>(null);

  readonly #state = remoteSignal(
    toObservable(computed(() => ({ filters: this.#filters(), attempt: this.#attempt() }))).pipe(
      map(({ filters }) => filters),
      filter((filters): filters is LeagueFilters => filters !== null),
    ),
    (filters) => this.#api.page(filters),
  );

  /** The money at risk of every row of the filters (not only this page); a failure only hides the line. */
  readonly #money = remoteSignal(
    toObservable(computed(() => ({ filters: this.#filters(), attempt: this.#attempt() }))).pipe(
      map(({ filters }) => filters),
      filter((filters): filters is LeagueFilters => filters !== null),
    ),
    (filters) => this.#api.moneyAtRisk(filters),
  );

  readonly filters = this.#filters.asReadonly();
  readonly money = computed(() => this.#money().value?.total ?? null);
  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);
  readonly rows = computed(() => this.#state().value?.items ?? []);
  readonly total = computed(() => this.#state().value?.total ?? 0);
  readonly exporting = this.#exporting.asReadonly();
  readonly exportError = this.#exportError.asReadonly();
  /** A failure here only empties the enforcement column; the table itself still works. */
  readonly openLevels = toSignal(
    this.#api.openLevels().pipe(catchError(() => of(new Map<string, CaseLevelName>()))),
    { initialValue: new Map<string, CaseLevelName>() },
  );
  readonly regions = toSignal(
    inject(NetworkApi)
      .listRegions()
      .pipe(
        map((page) => page.items),
        catchError(() => of([])),
      ),
    { initialValue: [] },
  );
  readonly franchisees = toSignal(this.#api.franchisees().pipe(catchError(() => of([]))), {
    initialValue: [],
  });

  show(filters: LeagueFilters): void {
    this.#filters.set(filters);
  }

  retry(): void {
    this.#attempt.update((n) => n + 1);
  }

  /** Every row of the current filters (all pages), for the CSV; null when it failed (the error says why). */
  async allRows(): Promise<LeagueRow[] | null> {
    const filters = this.#filters();
    if (!filters || this.#exporting()) return null;
    this.#exporting.set(true);
    this.#exportError.set(null);
    try {
      return await firstValueFrom(this.#api.all(filters));
    } catch (error) {
      this.#exportError.set(toApiError(error));
      return null;
    } finally {
      this.#exporting.set(false);
    }
  }
}
