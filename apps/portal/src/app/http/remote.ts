import { Observable, catchError, map, of, scan, startWith, switchMap } from 'rxjs';
import { ApiError, toApiError } from './api-error';

/** One thing fetched from the API: what is on screen, whether a newer answer is on its way, and why it failed. */
export interface Remote<T> {
  readonly loading: boolean;
  readonly value: T | null;
  readonly error: ApiError | null;
}

export type RemoteEvent<T> =
  | { readonly type: 'loading' }
  | { readonly type: 'loaded'; readonly value: T }
  | { readonly type: 'failed'; readonly error: ApiError };

export function initialRemote<T>(): Remote<T> {
  return { loading: true, value: null, error: null };
}

export function reduceRemote<T>(state: Remote<T>, event: RemoteEvent<T>): Remote<T> {
  switch (event.type) {
    // The previous answer stays while the next one loads, so tables do not jump.
    case 'loading':
      return { ...state, loading: true, error: null };
    case 'loaded':
      return { loading: false, value: event.value, error: null };
    // An answer to an earlier query would pass for the answer to this one.
    case 'failed':
      return { loading: false, value: null, error: event.error };
  }
}

/**
 * Each query fetched in turn as a Remote. switchMap: a newer query cancels the
 * answer to an older one, so answers never arrive out of order.
 */
export function remoteStream<Q, T>(
  queries: Observable<Q>,
  fetch: (query: Q) => Observable<T>,
): Observable<Remote<T>> {
  return queries.pipe(
    switchMap((query) =>
      fetch(query).pipe(
        map((value): RemoteEvent<T> => ({ type: 'loaded', value })),
        catchError((error: unknown) =>
          of<RemoteEvent<T>>({ type: 'failed', error: toApiError(error) }),
        ),
        startWith<RemoteEvent<T>>({ type: 'loading' }),
      ),
    ),
    scan(reduceRemote<T>, initialRemote<T>()),
  );
}
