import { Job } from '@franscore/domain';
import { ApiError } from '../http/api-error';
import {
  INITIAL_RECOMPUTE_STATE,
  RecomputeState,
  isRecomputing,
  reduceRecompute,
} from './recompute-state';

const running: Job = {
  id: '0b3f2b2e-4a55-4c39-8d7e-0f3c8a1d2e01',
  kind: 'recompute',
  status: 'running',
  done: 1,
  total: 4,
  error: null,
};
const starting: RecomputeState = { ...INITIAL_RECOMPUTE_STATE, period: '2026-10', starting: true };

describe(reduceRecompute.name, () => {
  it.each([
    {
      name: 'starts a period afresh',
      state: { ...INITIAL_RECOMPUTE_STATE, job: running, error: new ApiError(500, null) },
      event: { type: 'starting' as const, period: '2026-10' },
      expected: starting,
    },
    {
      name: 'shows progress',
      state: starting,
      event: { type: 'progress' as const, job: running },
      expected: { ...starting, starting: false, job: running },
    },
    {
      name: 'keeps the last progress on failure',
      state: { ...starting, starting: false, job: running },
      event: { type: 'failed' as const, error: new ApiError(0, null) },
      expected: { ...starting, starting: false, job: running, error: new ApiError(0, null) },
    },
  ])('$name', ({ state, event, expected }) => {
    expect(reduceRecompute(state, event)).toEqual(expected);
  });
});

describe(isRecomputing.name, () => {
  it.each([
    { name: 'idle', state: INITIAL_RECOMPUTE_STATE, expected: false },
    { name: 'starting', state: starting, expected: true },
    { name: 'running', state: { ...starting, starting: false, job: running }, expected: true },
    {
      name: 'done',
      state: { ...starting, starting: false, job: { ...running, status: 'done' as const } },
      expected: false,
    },
  ])('$name', ({ state, expected }) => {
    expect(isRecomputing(state)).toBe(expected);
  });
});
