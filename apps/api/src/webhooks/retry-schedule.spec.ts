import { delivered, RETRY_CAP_MS, retryDelayMs } from './retry-schedule';

describe('webhook retry schedule (exponential backoff, full jitter)', () => {
  const BASE = 30_000;
  it.each([
    { name: 'after the first failure, the draw at the top', attempt: 1, random: 0.999999, expected: 29_999 },
    { name: 'after the first failure, half way', attempt: 1, random: 0.5, expected: 15_000 },
    { name: 'after the second, the ceiling doubles to 60 s', attempt: 2, random: 0.5, expected: 30_000 },
    { name: 'after the third, 120 s', attempt: 3, random: 0.5, expected: 60_000 },
    { name: 'after the seventh, 30 s * 64 = 32 min', attempt: 7, random: 0.5, expected: 960_000 },
    { name: 'full jitter can retry at once', attempt: 5, random: 0, expected: 0 },
  ])('$name: $expected ms', ({ attempt, random, expected }) => {
    expect(retryDelayMs(attempt, 8, BASE, random)).toBe(expected);
  });

  it.each([
    { name: 'the eighth attempt is the last', attempt: 8, max: 8 },
    { name: 'past the last', attempt: 9, max: 8 },
    { name: 'a one-attempt budget', attempt: 1, max: 1 },
  ])('no retry after $name', ({ attempt, max }) => {
    expect(retryDelayMs(attempt, max, BASE, 0.5)).toBeNull();
  });

  it('never waits longer than the cap (an hour), however long the run', () => {
    expect(RETRY_CAP_MS).toBe(3_600_000);
    expect(retryDelayMs(20, 30, BASE, 0.999999)).toBe(3_599_996);
    expect(retryDelayMs(3, 8, 1_000_000, 0.5, 2_000_000)).toBe(1_000_000);
  });

  it.each([
    { status: 200, ok: true },
    { status: 204, ok: true },
    { status: 299, ok: true },
    { status: 301, ok: false },
    { status: 410, ok: false },
    { status: 500, ok: false },
    { status: null, ok: false },
  ])('answer $status counts as delivered: $ok', ({ status, ok }) => {
    expect(delivered(status)).toBe(ok);
  });
});
