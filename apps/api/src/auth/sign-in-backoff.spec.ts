import { afterFailure, FailureState, SIGN_IN_BACKOFF, waitMs } from './sign-in-backoff';

const T0 = new Date('2026-11-02T09:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

/** The lock each failure in a row leaves, one second apart. */
function locksInARow(n: number): number[] {
  let state: FailureState | null = null;
  const locks: number[] = [];
  for (let i = 0; i < n; i++) {
    state = afterFailure(state, at(i * 1000));
    locks.push(waitMs(state, at(i * 1000)));
  }
  return locks;
}

describe(afterFailure.name, () => {
  it('allows the free failures, then doubles the wait up to the cap', () => {
    expect(locksInARow(11)).toEqual([0, 0, 0, 0, 30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000]);
  });

  it('keeps the cap however many failures pile up', () => {
    const state = afterFailure({ failures: 10_000, lastFailureAt: T0, lockedUntil: null }, at(1000));
    expect(waitMs(state, at(1000))).toBe(SIGN_IN_BACKOFF.maxLockMs);
  });

  it('starts counting afresh a day after the last failure', () => {
    const old: FailureState = { failures: 9, lastFailureAt: T0, lockedUntil: at(900_000) };
    expect(afterFailure(old, at(SIGN_IN_BACKOFF.forgetAfterMs))).toEqual({ failures: 1, lastFailureAt: at(SIGN_IN_BACKOFF.forgetAfterMs), lockedUntil: null });
  });
});

describe(waitMs.name, () => {
  it.each([
    { name: 'no failures', state: null, now: T0, expected: 0 },
    { name: 'failures without a lock', state: { failures: 3, lastFailureAt: T0, lockedUntil: null }, now: T0, expected: 0 },
    { name: 'inside the lock', state: { failures: 6, lastFailureAt: T0, lockedUntil: at(60_000) }, now: at(20_000), expected: 40_000 },
    { name: 'after the lock', state: { failures: 6, lastFailureAt: T0, lockedUntil: at(60_000) }, now: at(60_000), expected: 0 },
  ])('$name: $expected ms', ({ state, now, expected }) => {
    expect(waitMs(state, now)).toBe(expected);
  });
});
