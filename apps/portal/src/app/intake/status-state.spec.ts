import { PublicStatus } from '@franscore/domain';
import { ApiError } from '../http/api-error';
import { INITIAL_STATUS_STATE, StatusState, ratingErrorKey, reduceStatus } from './status-state';

function makeStatus(overrides: Partial<PublicStatus> = {}): PublicStatus {
  return {
    reference: 'C-7K3M9Q2X',
    locationName: 'Tverskaya',
    status: 'resolved',
    receivedAt: '2026-03-10T11:00:00.000Z',
    steps: [{ type: 'resolved', at: '2026-03-10T12:00:00.000Z' }],
    canRate: true,
    rating: null,
    ...overrides,
  };
}

describe(reduceStatus.name, () => {
  const status = makeStatus();
  const rated = makeStatus({ status: 'closed', canRate: false, rating: 4 });
  const shown: StatusState = { ...INITIAL_STATUS_STATE, loading: false, status };
  const conflict = new ApiError(409, null);

  it.each([
    {
      name: 'shows the status',
      state: INITIAL_STATUS_STATE,
      event: { type: 'loaded' as const, status },
      expected: shown,
    },
    {
      name: 'an unknown link shows no status',
      state: shown,
      event: { type: 'failed' as const, error: new ApiError(404, null) },
      expected: { ...shown, status: null, error: new ApiError(404, null) },
    },
    {
      name: 'rating waits for the server',
      state: { ...shown, ratingError: conflict },
      event: { type: 'rating' as const },
      expected: { ...shown, rating: true },
    },
    {
      name: 'an accepted rating thanks the customer',
      state: { ...shown, rating: true },
      event: { type: 'rated' as const, status: rated },
      expected: { ...shown, status: rated, justRated: true },
    },
    {
      name: 'a refused rating says why and keeps the status',
      state: { ...shown, rating: true },
      event: { type: 'ratingFailed' as const, error: conflict },
      expected: { ...shown, ratingError: conflict },
    },
  ])('$name', ({ state, event, expected }) => {
    expect(reduceStatus(state, event)).toEqual(expected);
  });
});

describe(ratingErrorKey.name, () => {
  it.each([
    { status: 409, expected: 'status.rating.errors.notNow' },
    { status: 429, expected: 'status.rating.errors.rateLimited' },
    { status: 400, expected: 'status.rating.errors.invalid' },
    { status: 0, expected: 'status.rating.errors.unavailable' },
  ])('$status', ({ status, expected }) => {
    expect(ratingErrorKey(new ApiError(status, null))).toBe(expected);
  });
});
