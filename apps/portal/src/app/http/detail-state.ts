import { ApiError } from './api-error';

/**
 * One record (an audit, an enforcement case, a review...) and the actions the
 * user takes on it. `A` names an action, so the page can say what is waiting
 * and what was just done.
 */
export type DetailEvent<T, A> =
  | { readonly type: 'loading'; readonly id: string }
  | { readonly type: 'loaded'; readonly value: T }
  | { readonly type: 'loadFailed'; readonly error: ApiError }
  | { readonly type: 'acting'; readonly action: A }
  | { readonly type: 'acted'; readonly action: A; readonly value: T | null }
  | { readonly type: 'actionFailed'; readonly action: A; readonly error: ApiError }
  /** A fresh copy after a refusal: the controls follow the server again, the refusal stays on screen. */
  | { readonly type: 'refreshed'; readonly value: T };

export interface DetailState<T, A> {
  readonly id: string | null;
  readonly loading: boolean;
  readonly value: T | null;
  readonly loadError: ApiError | null;
  /** The action waiting for the server; one at a time, so a double click never acts twice. */
  readonly pending: A | null;
  readonly failed: A | null;
  readonly actionError: ApiError | null;
  /** The last action the server accepted, to announce it. */
  readonly done: A | null;
}

export function initialDetail<T, A>(): DetailState<T, A> {
  return {
    id: null,
    loading: true,
    value: null,
    loadError: null,
    pending: null,
    failed: null,
    actionError: null,
    done: null,
  };
}

export function reduceDetail<T, A>(
  state: DetailState<T, A>,
  event: DetailEvent<T, A>,
): DetailState<T, A> {
  switch (event.type) {
    // Another record must not pass for this one while it loads.
    case 'loading':
      return state.id === event.id && state.value !== null
        ? { ...state, loading: true, loadError: null }
        : { ...initialDetail<T, A>(), id: event.id };
    case 'loaded':
      return { ...initialDetail<T, A>(), id: state.id, loading: false, value: event.value };
    case 'loadFailed':
      return { ...initialDetail<T, A>(), id: state.id, loading: false, loadError: event.error };
    case 'acting':
      return { ...state, pending: event.action, failed: null, actionError: null, done: null };
    // Some answers carry no record (a photo upload answers the audit, a job does not): keep ours then.
    case 'acted':
      return { ...state, value: event.value ?? state.value, pending: null, done: event.action };
    case 'actionFailed':
      return { ...state, pending: null, failed: event.action, actionError: event.error };
    case 'refreshed':
      return { ...state, value: event.value };
  }
}
