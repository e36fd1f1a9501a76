import { Location, Page } from '@franscore/domain';
import { ApiError } from '../http/api-error';
import { INITIAL_LOCATIONS_STATE, LocationsState, reduceLocations } from './locations-state';

function makeLocation(overrides: Partial<Location> = {}): Location {
  return {
    id: '0b3f2b2e-4a55-4c39-8d7e-0f3c8a1d2e01',
    code: 'MSK-001',
    name: 'Tverskaya',
    address: 'Tverskaya 1, Moscow',
    regionId: '0b3f2b2e-4a55-4c39-8d7e-0f3c8a1d2e02',
    regionName: 'Moscow',
    franchiseeId: '0b3f2b2e-4a55-4c39-8d7e-0f3c8a1d2e03',
    franchiseeName: 'Alpha Foods LLC',
    timeZone: 'Europe/Moscow',
    businessHours: {},
    status: 'active',
    growthEligible: true,
    ...overrides,
  };
}

function makePage(items: Location[] = [makeLocation()]): Page<Location> {
  return { items, total: items.length, page: 1, pageSize: 50 };
}

describe(reduceLocations.name, () => {
  const page = makePage();
  const error = new ApiError(500, null);
  const loaded: LocationsState = { loading: false, page, error: null };
  const failed: LocationsState = { loading: false, page: null, error };

  it.each([
    {
      name: 'starts loading',
      state: INITIAL_LOCATIONS_STATE,
      event: { type: 'loading' as const },
      expected: INITIAL_LOCATIONS_STATE,
    },
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
      state: INITIAL_LOCATIONS_STATE,
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
    expect(reduceLocations(state, event)).toEqual(expected);
  });
});
