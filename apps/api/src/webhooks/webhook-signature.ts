import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header a delivery is signed in: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const SIGNATURE_HEADER = 'Franscore-Signature';
export const EVENT_ID_HEADER = 'Franscore-Event-Id';

/** Hex HMAC-SHA256 of `${timestamp}.${body}` with the endpoint's secret. */
export function signPayload(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** The Franscore-Signature value for a body sent at `at`. */
export function signatureHeader(secret: string, at: Date, body: string): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${signPayload(secret, t, body)}`;
}

export type SignatureCheck = 'valid' | 'malformed' | 'mismatch' | 'too_old';

/**
 * What a receiver does: parse the header, recompute the HMAC over the raw
 * body, compare in constant time, and refuse a timestamp further than
 * `toleranceSeconds` from its own clock (a replayed capture).
 */
export function verifySignature(secret: string, header: string, body: string, now: Date, toleranceSeconds: number): SignatureCheck {
  const parts = new Map(header.split(',').map((p) => [p.slice(0, p.indexOf('=')).trim(), p.slice(p.indexOf('=') + 1).trim()] as const));
  const t = Number(parts.get('t'));
  const v1 = parts.get('v1') ?? '';
  if (!Number.isInteger(t) || !/^[0-9a-f]{64}$/.test(v1)) return 'malformed';
  const expected = Buffer.from(signPayload(secret, t, body), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(v1, 'hex'))) return 'mismatch';
  if (Math.abs(Math.floor(now.getTime() / 1000) - t) > toleranceSeconds) return 'too_old';
  return 'valid';
}
