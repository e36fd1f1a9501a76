import { randomBytes } from 'node:crypto';
import { doubleCsrf } from 'csrf-csrf';
import type { Request } from 'express';

export const SESSION_COOKIE = 'fs_session';
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Double-submit CSRF tokens bound to the session token. The secret is per
 * process unless CSRF_SECRET is set (needed when several instances serve one site).
 */
export function createCsrf(secure: boolean) {
  const secret = process.env['CSRF_SECRET'] || randomBytes(32).toString('hex');
  return doubleCsrf({
    getSecret: () => secret,
    getSessionIdentifier: (req: Request) => String((req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE] ?? ''),
    cookieName: secure ? '__Host-fs_csrf' : 'fs_csrf',
    cookieOptions: { sameSite: 'strict', path: '/', secure, httpOnly: true },
    getCsrfTokenFromRequest: (req: Request) => req.headers[CSRF_HEADER] as string | undefined,
  });
}
export type Csrf = ReturnType<typeof createCsrf>;
export const CSRF = Symbol('CSRF');
