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

/** The calls of a resource that an administrator lists, creates and edits. */
export interface EditableApi<T, C, U> {
  list(page: number, pageSize: number): Observable<Page<T>>;
  create(body: C): Observable<T>;
  update(id: string, change: U): Observable<T>;
}

/**
 * A paged list whose rows are created and edited one at a time (regions, franchisees): after a save the list
 * is asked again and `done` names what was saved, for the status line. Create it in an injection context.
 */
export function editableList<T, C, U>(api: EditableApi<T, C, U>) {
  const list = pagedList({ page: 1, pageSize: 50 }, (f) => api.list(f.page, f.pageSize));
  const action = pendingAction();
  const done = signal<T | null>(null);
  const save = async (request: () => Observable<T>): Promise<T | null> => {
    done.set(null);
    const saved = await action.run(request);
    if (saved) {
      done.set(saved);
      list.retry();
    }
    return saved;
  };
  return {
    filters: list.filters,
    loading: list.loading,
    error: list.error,
    items: list.items,
    total: list.total,
    showPage: list.showPage,
    retry: list.retry,
    busy: action.busy,
    actionError: action.error,
    done: done.asReadonly(),
    create: (body: C) => save(() => api.create(body)),
    update: (id: string, change: U) => save(() => api.update(id, change)),
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
