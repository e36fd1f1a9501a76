import { z } from 'zod';
import { TrustProxySchema } from './trust-proxy';

const flag = z
  .enum(['on', 'off', 'true', 'false', '1', '0'])
  .transform((v) => v === 'on' || v === 'true' || v === '1');

/** Every environment variable the API reads; a bad value stops the start naming it. */
export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(12).optional(),
  /** `small`: a few regions, franchisees and locations with every demo user, for tests that boot the server. */
  SEED_DEMO: z.union([z.literal('small'), flag]).optional(),
  PUBLIC_URL: z.url().optional(),
  SMTP_URL: z.url().optional(),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 365).default(12),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  INTAKE_RATE_LIMIT_CLIENT: z.coerce.number().int().min(1).default(20),
  INTAKE_RATE_LIMIT_LOCATION: z.coerce.number().int().min(1).default(300),
  STATUS_RATE_LIMIT_CLIENT: z.coerce.number().int().min(1).default(60),
  /** Requests per minute per API client token (in-store buttons, partners). */
  API_CLIENT_RATE_LIMIT: z.coerce.number().int().min(1).default(60),
  TRUST_PROXY: TrustProxySchema.default(false),
  PORTAL_DIR: z.string().optional(),
  COOKIE_SECURE: flag.default(false),
  /** Accept web-push endpoints on plain http to loopback: only for tests that stand in for a push service. */
  PUSH_HTTP_LOOPBACK: flag.default(false),
  /** Let webhooks reach loopback, private, link-local and unique-local addresses over plain http: development and tests only. */
  WEBHOOKS_ALLOW_PRIVATE: flag.default(false),
  /** How often the webhook worker looks for due deliveries. */
  WEBHOOKS_POLL_MS: z.coerce.number().int().min(10).max(3_600_000).default(1000),
  /** The first retry's longest wait; each later one doubles it (full jitter), up to an hour. */
  WEBHOOKS_RETRY_BASE_MS: z.coerce.number().int().min(1).max(3_600_000).default(30_000),
  /** A receiver that has not answered in this long is given up on for this attempt. */
  WEBHOOKS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
});
export type AppConfig = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = ConfigSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return result.data;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
