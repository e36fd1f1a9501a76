import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { homeFor } from '../shell/navigation';
import { AuthStore } from './auth-store';

export const signedInGuard: CanActivateFn = async (_route, state) => {
  const store = inject(AuthStore);
  const router = inject(Router);
  await store.ensureRestored();
  if (store.signedIn()) return true;
  const queryParams = state.url === '/' ? {} : { returnUrl: state.url };
  return router.createUrlTree(['/sign-in'], { queryParams });
};

export const signedOutGuard: CanActivateFn = async () => {
  const store = inject(AuthStore);
  const router = inject(Router);
  await store.ensureRestored();
  return !store.signedIn() || router.createUrlTree(['/']);
};

/**
 * The root sends each role to its home. A guard rather than a redirect:
 * redirects run before guards, when a reloaded page does not know the user yet.
 */
export const homeGuard: CanActivateFn = async () => {
  const store = inject(AuthStore);
  const router = inject(Router);
  await store.ensureRestored();
  return router.parseUrl(homeFor(store.user()?.role));
};
