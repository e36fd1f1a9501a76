import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { EnforcementCase } from '@franscore/domain';
import { catchError, firstValueFrom, map, of } from 'rxjs';
import { ApiError, toApiError } from '../http/api-error';
import { remoteSignal } from '../http/remote-signal';
import { NetworkApi } from '../network/network-api';
import { CaseFilters, DEFAULT_CASE_FILTERS, changeCaseFilters } from './case-filters';
import { EnforcementApi } from './enforcement-api';

/** The enforcement cases of the user's scope, and issuing a warning by hand. */
@Injectable()
export class CaseListStore {
  readonly #api = inject(EnforcementApi);
  readonly #filters = signal<CaseFilters>(DEFAULT_CASE_FILTERS);
  readonly #attempt = signal(0);
  readonly #issuing = signal(false);
  readonly #issueError = signal<ApiError | null>(null);
  readonly #state = remoteSignal(
    toObservable(computed(() => ({ filters: this.#filters(), attempt: this.#attempt() }))),
    ({ filters }) => this.#api.list(filters),
  );

  readonly filters = this.#filters.asReadonly();
  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);
  readonly cases = computed(() => this.#state().value?.items ?? []);
  readonly total = computed(() => this.#state().value?.total ?? 0);
  readonly issuing = this.#issuing.asReadonly();
  readonly issueError = this.#issueError.asReadonly();
  /** A failure only empties the location pickers; the list itself still works. */
  readonly locations = toSignal(
    inject(NetworkApi)
      .listLocations({
        search: '',
        regionId: null,
        status: null,
        sort: 'code',
        page: 1,
        pageSize: 200,
      })
      .pipe(
        map((page) => page.items),
        catchError(() => of([])),
      ),
    { initialValue: [] },
  );

  filter(change: Parameters<typeof changeCaseFilters>[1]): void {
    this.#filters.update((filters) => changeCaseFilters(filters, change));
  }

  showPage(pageIndex: number, pageSize: number): void {
    this.#filters.update((filters) => ({ ...filters, page: pageIndex + 1, pageSize }));
  }

  retry(): void {
    this.#attempt.update((n) => n + 1);
  }

  /** The new case, or null when refused (issueError says why: e.g. the location already has an open case). */
  async issueWarning(locationId: string, reason: string): Promise<EnforcementCase | null> {
    if (this.#issuing()) return null;
    this.#issuing.set(true);
    this.#issueError.set(null);
    try {
      return await firstValueFrom(this.#api.issueWarning(locationId, reason.trim()));
    } catch (error) {
      this.#issueError.set(toApiError(error));
      return null;
    } finally {
      this.#issuing.set(false);
    }
  }
}
