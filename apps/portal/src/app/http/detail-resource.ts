import { Signal, computed, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  Observable,
  Subject,
  catchError,
  filter,
  firstValueFrom,
  map,
  merge,
  of,
  scan,
  startWith,
  switchMap,
} from 'rxjs';
import { ApiError, toApiError } from './api-error';
import { DetailEvent, DetailState, initialDetail, reduceDetail } from './detail-state';

export interface DetailResource<T, A> {
  readonly loading: Signal<boolean>;
  readonly value: Signal<T | null>;
  readonly loadError: Signal<ApiError | null>;
  readonly pending: Signal<A | null>;
  readonly busy: Signal<boolean>;
  readonly failed: Signal<A | null>;
  readonly actionError: Signal<ApiError | null>;
  readonly done: Signal<A | null>;
  show(id: string): void;
  retry(): void;
  /**
   * Runs one action on the shown record; resolves true when the server took
   * it, so a form knows to clear itself. A 409 means someone moved the record
   * on meanwhile: the record is fetched again so the controls follow the server.
   */
  act(action: A, call: (id: string) => Observable<T | null>): Promise<boolean>;
}

/**
 * The state of one record and the user's actions on it, for a feature store.
 * Call it in an injection context (a store's field initialiser): it uses toSignal.
 */
export function detailResource<T, A>(load: (id: string) => Observable<T>): DetailResource<T, A> {
  const id = signal<string | null>(null);
  const attempt = signal(0);
  const actions = new Subject<DetailEvent<T, A>>();
  const loads = toObservable(computed(() => ({ id: id(), attempt: attempt() }))).pipe(
    filter((query): query is { id: string; attempt: number } => query.id !== null),
    switchMap(({ id }) =>
      load(id).pipe(
        map((value): DetailEvent<T, A> => ({ type: 'loaded', value })),
        catchError((error: unknown) =>
          of<DetailEvent<T, A>>({ type: 'loadFailed', error: toApiError(error) }),
        ),
        startWith<DetailEvent<T, A>>({ type: 'loading', id }),
      ),
    ),
  );
  const state = toSignal(
    merge(loads, actions).pipe(scan(reduceDetail<T, A>, initialDetail<T, A>())),
    {
      initialValue: initialDetail<T, A>(),
    },
  );
  const pick = <K extends keyof DetailState<T, A>>(key: K) => computed(() => state()[key]);
  const pending = pick('pending');

  const refresh = async (current: string): Promise<void> => {
    try {
      actions.next({ type: 'refreshed', value: await firstValueFrom(load(current)) });
    } catch {
      // The refusal is already on screen; the old controls stay until the next load.
    }
  };

  return {
    loading: pick('loading'),
    value: pick('value'),
    loadError: pick('loadError'),
    pending,
    busy: computed(() => pending() !== null),
    failed: pick('failed'),
    actionError: pick('actionError'),
    done: pick('done'),
    show: (next) => id.set(next),
    retry: () => attempt.update((n) => n + 1),
    async act(action, call) {
      const current = id();
      if (!current || state().pending !== null) return false;
      actions.next({ type: 'acting', action });
      try {
        const value = await firstValueFrom(call(current), { defaultValue: null });
        actions.next({ type: 'acted', action, value });
        return true;
      } catch (error) {
        const apiError = toApiError(error);
        actions.next({ type: 'actionFailed', action, error: apiError });
        if (apiError.status === 409) await refresh(current);
        return false;
      }
    },
  };
}
