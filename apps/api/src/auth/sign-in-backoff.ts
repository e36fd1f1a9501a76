/** Failed sign-ins of one account, as kept in sign_in_failure. */
export interface FailureState {
  failures: number;
  lastFailureAt: Date;
  lockedUntil: Date | null;
}

export interface BackoffRule {
  /** After this many failures in a row, each next try waits. */
  freeFailures: number;
  /** The first wait; each further failure doubles it. */
  baseLockMs: number;
  maxLockMs: number;
  /** A failure this long after the last one starts counting afresh. */
  forgetAfterMs: number;
}

/**
 * Guessing one account's password from many addresses gets about one try per
 * 15 minutes after the first five, while its owner, who knows it, waits at
 * most that long once: a backoff, not a lock-out.
 */
export const SIGN_IN_BACKOFF: BackoffRule = {
  freeFailures: 5,
  baseLockMs: 30_000,
  maxLockMs: 15 * 60_000,
  forgetAfterMs: 24 * 3_600_000,
};

/** Milliseconds the account must still wait before the next try (0: it may try now). */
export function waitMs(state: FailureState | null, now: Date): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, state.lockedUntil.getTime() - now.getTime());
}

/** The state after one more failure at `now`. */
export function afterFailure(prev: FailureState | null, now: Date, rule: BackoffRule = SIGN_IN_BACKOFF): FailureState {
  const stale = !prev || now.getTime() - prev.lastFailureAt.getTime() >= rule.forgetAfterMs;
  const failures = stale ? 1 : prev.failures + 1;
  const over = failures - rule.freeFailures;
  const lockMs = over >= 0 ? Math.min(rule.maxLockMs, rule.baseLockMs * 2 ** Math.min(over, 30)) : 0;
  return { failures, lastFailureAt: now, lockedUntil: lockMs ? new Date(now.getTime() + lockMs) : null };
}
