import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthStore } from './auth-store';

export const signedInGuard: CanActivateFn = (_route, state) => {
  if (inject(AuthStore).signedIn()) return true;
  const queryParams = state.url === '/' ? {} : { returnUrl: state.url };
  return inject(Router).createUrlTree(['/sign-in'], { queryParams });
};

export const signedOutGuard: CanActivateFn = () =>
  !inject(AuthStore).signedIn() || inject(Router).createUrlTree(['/']);
