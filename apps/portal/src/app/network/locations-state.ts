import { Location, Page } from '@franscore/domain';
import { ApiError } from '../http/api-error';

export type LocationsEvent =
  | { readonly type: 'loading' }
  | { readonly type: 'loaded'; readonly page: Page<Location> }
  | { readonly type: 'failed'; readonly error: ApiError };

export interface LocationsState {
  readonly loading: boolean;
  readonly page: Page<Location> | null;
  readonly error: ApiError | null;
}

export const INITIAL_LOCATIONS_STATE: LocationsState = { loading: true, page: null, error: null };

export function reduceLocations(state: LocationsState, event: LocationsEvent): LocationsState {
  switch (event.type) {
    // The previous rows stay while the next page loads, so the table does not jump.
    case 'loading':
      return { ...state, loading: true, error: null };
    case 'loaded':
      return { loading: false, page: event.page, error: null };
    // Rows of an earlier query would pass for the answer to this one.
    case 'failed':
      return { loading: false, page: null, error: event.error };
  }
}
