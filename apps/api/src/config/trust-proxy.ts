import { z } from 'zod';

/** Express's own names for address ranges, accepted beside addresses and CIDR ranges. */
const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'] as const;
const proxyAddress = z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6(), z.enum(NAMED_RANGES)]);

/**
 * Whom to believe about the client's address (express `trust proxy`). Off by
 * default: then X-Forwarded-For is ignored and every rate limit keys on the
 * connection's own address. A hop count trusts that many proxies in front of
 * the app; a comma-separated list trusts only those proxy addresses.
 */
export const TrustProxySchema = z
  .string()
  .trim()
  .transform((v, ctx): false | number | string[] => {
    if (['off', 'false', '0'].includes(v)) return false;
    if (/^\d+$/.test(v)) return Number(v);
    const addresses = v.split(',').map((a) => a.trim());
    const bad = addresses.filter((a) => !proxyAddress.safeParse(a).success);
    if (bad.length || !addresses.length) {
      ctx.addIssue({ code: 'custom', message: `a hop count or proxy addresses (IP, CIDR, loopback); not ${bad.join(', ') || 'empty'}` });
      return z.NEVER;
    }
    return addresses;
  });
