import { ApiError } from '../http/api-error';
import {
  ComplaintListState,
  INITIAL_COMPLAINT_LIST_STATE,
  reduceComplaintList,
} from './complaint-list-state';
import { makeSummary } from './complaint-factories';

describe(reduceComplaintList.name, () => {
  const page = { items: [makeSummary()], total: 1, page: 1, pageSize: 50 };
  const error = new ApiError(500, null);
  const loaded: ComplaintListState = { loading: false, page, error: null };
  const failed: ComplaintListState = { loading: false, page: null, error };

  it.each([
    {
      name: 'keeps rows while reloading',
      state: loaded,
      event: { type: 'loading' as const },
      expected: { loading: true, page, error: null },
    },
    {
      name: 'clears an error on retry',
      state: failed,
      event: { type: 'loading' as const },
      expected: { loading: true, page: null, error: null },
    },
    {
      name: 'shows loaded rows',
      state: INITIAL_COMPLAINT_LIST_STATE,
      event: { type: 'loaded' as const, page },
      expected: loaded,
    },
    {
      name: 'drops stale rows on failure',
      state: loaded,
      event: { type: 'failed' as const, error },
      expected: failed,
    },
  ])('$name', ({ state, event, expected }) => {
    expect(reduceComplaintList(state, event)).toEqual(expected);
  });
});
