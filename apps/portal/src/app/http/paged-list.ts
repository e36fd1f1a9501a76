import { Signal, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Location, Page } from '@franscore/domain';
import { Observable, catchError, firstValueFrom, map, of } from 'rxjs';
import { NetworkApi } from '../network/network-api';
import { ApiError, toApiError } from './api-error';
import { remoteSignal } from './remote-signal';

/**
 * A filtered, paged list for a store: the filters, the fetch state, paging and retry.
 * Create it in a field initialiser (an injection context).
 */
export function pagedList<F extends { page: number; pageSize: number }, T>(initial: F, fetch: (filters: F) => Observable<Page<T>>) {
  const filters = signal<F>(initial);
  const attempt = signal(0);
  const state = remoteSignal(toObservable(computed(() => ({ filters: filters(), attempt: attempt() }))), (q) => fetch(q.filters));
  return {
    filters: filters.asReadonly(),
    loading: computed(() => state().loading),
    error: computed(() => state().error),
    items: computed(() => state().value?.items ?? []),
    total: computed(() => state().value?.total ?? 0),
    update: (change: (current: F) => F) => filters.update(change),
    showPage: (pageIndex: number, pageSize: number) => filters.update((f) => ({ ...f, page: pageIndex + 1, pageSize })),
    retry: () => attempt.update((n) => n + 1),
  };
}

/** A write that runs once at a time and keeps why it was refused. */
export function pendingAction() {
  const busy = signal(false);
  const error = signal<ApiError | null>(null);
  return {
    busy: busy.asReadonly(),
    error: error.asReadonly(),
    /** The answer, or null when refused (error says why) or already running. */
    async run<T>(request: () => Observable<T>): Promise<T | null> {
      if (busy()) return null;
      busy.set(true);
      error.set(null);
      try {
        return await firstValueFrom(request());
      } catch (e) {
        error.set(toApiError(e));
        return null;
      } finally {
        busy.set(false);
      }
    },
  };
}

/** The first 200 locations in scope, in code order, for pickers; a failure only empties the picker. */
export function locationOptions(): Signal<Location[]> {
  return toSignal(
    inject(NetworkApi)
      .listLocations({ search: '', regionId: null, status: null, sort: 'code', page: 1, pageSize: 200 })
      .pipe(
        map((page) => page.items),
        catchError(() => of([])),
      ),
    { initialValue: [] },
  );
}
