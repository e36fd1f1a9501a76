import { SkipThrottle, type ThrottlerOptions } from '@nestjs/throttler';
import { createHash } from 'node:crypto';
import type { AppConfig } from '../config/config';

export const LOGIN = 'login';
export const INTAKE_PER_CLIENT = 'intake-client';
export const INTAKE_PER_LOCATION = 'intake-location';
export const STATUS_PER_CLIENT = 'status-client';
export const PER_API_TOKEN = 'api-token';

const ALL = [LOGIN, INTAKE_PER_CLIENT, INTAKE_PER_LOCATION, STATUS_PER_CLIENT, PER_API_TOKEN];

/**
 * Rate limits per minute, each in its own buckets. A client is its address as
 * express reads it: the connection's, or X-Forwarded-For's only behind a
 * TRUST_PROXY. Sign-in per client (and per account, see sign-in-backoff);
 * public intake per client and per location, so one flooded location cannot
 * drown the others and one client cannot flood any; status links per client,
 * so one forger guessing links spends only its own bucket.
 */
export function throttlers(cfg: AppConfig): ThrottlerOptions[] {
  return [
    { name: LOGIN, ttl: 60_000, limit: cfg.LOGIN_RATE_LIMIT },
    { name: INTAKE_PER_CLIENT, ttl: 60_000, limit: cfg.INTAKE_RATE_LIMIT_CLIENT },
    {
      name: INTAKE_PER_LOCATION,
      ttl: 60_000,
      limit: cfg.INTAKE_RATE_LIMIT_LOCATION,
      getTracker: (req: Record<string, unknown>) => `location:${String((req['params'] as Record<string, string> | undefined)?.['code'] ?? '')}`,
    },
    { name: STATUS_PER_CLIENT, ttl: 60_000, limit: cfg.STATUS_RATE_LIMIT_CLIENT },
    // Per token (its hash: the plain token is not kept even in memory), so the buttons of one store behind one address do not share a bucket.
    {
      name: PER_API_TOKEN,
      ttl: 60_000,
      limit: cfg.API_CLIENT_RATE_LIMIT,
      getTracker: (req: Record<string, unknown>) =>
        `token:${createHash('sha256').update(String((req['headers'] as Record<string, string> | undefined)?.['authorization'] ?? '')).digest('hex')}`,
    },
  ];
}

/**
 * Every named limit applies to every route under the ThrottlerGuard unless
 * skipped: this keeps only the given ones for a route or controller (a route's
 * choice overrides its controller's).
 */
export const ThrottledOnlyBy = (...names: string[]) => SkipThrottle(Object.fromEntries(ALL.map((n) => [n, !names.includes(n)])));
