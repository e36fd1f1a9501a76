import type { ThrottlerOptions } from '@nestjs/throttler';
import type { AppConfig } from '../config/config';

export const LOGIN = 'login';
export const INTAKE_PER_CLIENT = 'intake-client';
export const INTAKE_PER_LOCATION = 'intake-location';

/**
 * Rate limits per minute. Each route opts out of the ones that are not its own
 * (@SkipThrottle): sign-in per client; public intake per client and per location,
 * so one flooded location cannot drown the others and one client cannot flood any.
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
  ];
}
