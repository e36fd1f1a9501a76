import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, from, throwError } from 'rxjs';
import { AuthStore } from './auth-store';
import { withCsrfRetry } from './csrf-retry';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const CSRF_HEADER = 'x-csrf-token';
/** Customer-facing endpoints: no session, so neither cookie nor CSRF token goes along. */
const PUBLIC_API = '/api/public/';

/**
 * Sends the session cookie and, on state-changing requests, the CSRF token the
 * server bound to it; a write whose token the server refuses is sent once more
 * with a fresh one. A 401 outside /api/auth means the session ended (expired
 * or revoked): back to the sign-in page. Public endpoints pass untouched.
 */
export const sessionInterceptor: HttpInterceptorFn = (request, next) => {
  if (request.url.startsWith(PUBLIC_API)) return next(request);
  const store = inject(AuthStore);
  const router = inject(Router);
  const writes = STATE_CHANGING.has(request.method);
  const send = (token: string | null) =>
    next(
      request.clone({
        withCredentials: true,
        setHeaders: token && writes ? { [CSRF_HEADER]: token } : {},
      }),
    );
  const sent = writes
    ? withCsrfRetry(send, store.csrfToken(), () => from(store.refreshCsrf()))
    : send(null);
  return sent.pipe(
    catchError((error: unknown) => {
      const sessionEnded =
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        !request.url.startsWith('/api/auth/');
      if (sessionEnded && store.signedIn()) {
        store.forget();
        void router.navigate(['/sign-in'], { queryParams: { returnUrl: router.url } });
      }
      return throwError(() => error);
    }),
  );
};
