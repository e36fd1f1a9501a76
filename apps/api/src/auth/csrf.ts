import { doubleCsrf } from 'csrf-csrf';
import type { Request } from 'express';

export const SESSION_COOKIE = 'fs_session';
export const CSRF_HEADER = 'x-csrf-token';
/** The name of the CSRF secret in app_secret. */
export const CSRF_SECRET_NAME = 'csrf';

/**
 * Double-submit CSRF tokens bound to the session token. The secret comes from
 * the database (AppSecrets), so a token stays good across restarts and on
 * every instance serving one site.
 */
export function createCsrf(secure: boolean, secret: string) {
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
