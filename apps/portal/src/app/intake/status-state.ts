import { PublicStatus } from '@franscore/domain';
import { ApiError } from '../http/api-error';

export type StatusEvent =
  | { readonly type: 'loading' }
  | { readonly type: 'loaded'; readonly status: PublicStatus }
  | { readonly type: 'failed'; readonly error: ApiError }
  | { readonly type: 'rating' }
  | { readonly type: 'rated'; readonly status: PublicStatus }
  | { readonly type: 'ratingFailed'; readonly error: ApiError };

export interface StatusState {
  readonly loading: boolean;
  readonly status: PublicStatus | null;
  readonly error: ApiError | null;
  readonly rating: boolean;
  readonly ratingError: ApiError | null;
  /** Set once the customer's rating was accepted in this visit, to thank them. */
  readonly justRated: boolean;
}

export const INITIAL_STATUS_STATE: StatusState = {
  loading: true,
  status: null,
  error: null,
  rating: false,
  ratingError: null,
  justRated: false,
};

export function reduceStatus(state: StatusState, event: StatusEvent): StatusState {
  switch (event.type) {
    case 'loading':
      return { ...state, loading: true, error: null };
    case 'loaded':
      return { ...state, loading: false, status: event.status, error: null };
    case 'failed':
      return { ...state, loading: false, status: null, error: event.error };
    case 'rating':
      return { ...state, rating: true, ratingError: null };
    case 'rated':
      return { ...state, rating: false, status: event.status, justRated: true };
    case 'ratingFailed':
      return { ...state, rating: false, ratingError: event.error };
  }
}

/** Why a rating was not taken, in words a customer can act on. */
export function ratingErrorKey(error: ApiError): string {
  switch (error.status) {
    case 409:
      return 'status.rating.errors.notNow';
    case 429:
      return 'status.rating.errors.rateLimited';
    case 400:
      return 'status.rating.errors.invalid';
    default:
      return 'status.rating.errors.unavailable';
  }
}
