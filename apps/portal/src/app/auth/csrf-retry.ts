import { Observable, catchError, switchMap, throwError } from 'rxjs';
import { toApiError } from '../http/api-error';

/** The code the API gives a write whose CSRF token it does not accept, unlike any other 403. */
export const CSRF_REFUSED = 'auth.csrf';

export function isCsrfRefusal(error: unknown): boolean {
  const e = toApiError(error);
  return e.status === 403 && e.body?.code === CSRF_REFUSED;
}

/**
 * Sends a write with the CSRF token at hand; if the server refuses that token
 * (it was issued for a session another tab has since replaced, or by a server
 * before an upgrade), fetches a fresh one and sends the write once more. A
 * second refusal goes to the caller: retrying again would only loop.
 */
export function withCsrfRetry<T>(
  send: (token: string | null) => Observable<T>,
  token: string | null,
  refresh: () => Observable<string | null>,
): Observable<T> {
  return send(token).pipe(
    catchError((error: unknown) =>
      isCsrfRefusal(error)
        ? refresh().pipe(switchMap((fresh) => send(fresh)))
        : throwError(() => error),
    ),
  );
}
