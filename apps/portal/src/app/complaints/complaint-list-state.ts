import { ComplaintSummary, Page } from '@franscore/domain';
import { ApiError } from '../http/api-error';

export type ComplaintListEvent =
  | { readonly type: 'loading' }
  | { readonly type: 'loaded'; readonly page: Page<ComplaintSummary> }
  | { readonly type: 'failed'; readonly error: ApiError };

export interface ComplaintListState {
  readonly loading: boolean;
  readonly page: Page<ComplaintSummary> | null;
  readonly error: ApiError | null;
}

export const INITIAL_COMPLAINT_LIST_STATE: ComplaintListState = {
  loading: true,
  page: null,
  error: null,
};

export function reduceComplaintList(
  state: ComplaintListState,
  event: ComplaintListEvent,
): ComplaintListState {
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
