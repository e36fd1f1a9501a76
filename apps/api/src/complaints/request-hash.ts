import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level and undefined members left out, so equal values print equally. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The fingerprint stored with an idempotency key (Stripe's rule): the same key
 * answers the first receipt only for a request with the same normalized body.
 * Callers hash the validated body, so key order and trimmed blanks do not count.
 */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonical(body)).digest('hex');
}
