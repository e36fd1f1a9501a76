import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'fsc_';

/** 256 random bits: a fast hash is enough to keep, since nothing guessable goes into it. */
export function newApiToken(): string {
  return `${PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Enough of the token to tell two apart in a list, far too little to guess the rest. */
export function tokenPrefix(token: string): string {
  return token.slice(0, PREFIX.length + 6);
}

/** The token of an `Authorization: Bearer <token>` header, or null when there is none. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+([A-Za-z0-9_-]{16,200})\s*$/i.exec(header ?? '');
  return match ? match[1] : null;
}
