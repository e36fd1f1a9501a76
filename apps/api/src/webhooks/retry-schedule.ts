/** No retry waits longer than this, however many came before it. */
export const RETRY_CAP_MS = 60 * 60_000;

/**
 * How long to wait after failed attempt `attempt` (1 = the first send):
 * exponential backoff with full jitter, a uniform draw in
 * [0, min(cap, base * 2^(attempt-1))). `random` is Math.random's kind, in [0, 1).
 * Null once `maxAttempts` are used: the delivery has failed.
 */
export function retryDelayMs(attempt: number, maxAttempts: number, baseMs: number, random: number, capMs = RETRY_CAP_MS): number | null {
  if (attempt >= maxAttempts) return null;
  const ceiling = Math.min(capMs, baseMs * 2 ** (attempt - 1));
  return Math.floor(random * ceiling);
}

/** Whether a receiver's answer means delivered: any 2xx. Everything else (3xx included: redirects are not followed) is retried. */
export function delivered(statusCode: number | null): boolean {
  return statusCode !== null && statusCode >= 200 && statusCode < 300;
}
