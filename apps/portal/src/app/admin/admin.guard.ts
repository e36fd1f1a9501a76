import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Role } from '@franscore/domain';
import { AuthStore } from '../auth/auth-store';
import { homeFor } from '../shell/navigation';

/** A screen for some roles only: anyone else goes to their home (the API answers them 403 anyway). */
export function roleGuard(roles: readonly Role[]): CanActivateFn {
  return async () => {
    const store = inject(AuthStore);
    const router = inject(Router);
    await store.ensureRestored();
    const role = store.user()?.role;
    return (role !== undefined && roles.includes(role)) || router.parseUrl(homeFor(role));
  };
}

/** Administration is head office's admins' own. */
export const adminGuard: CanActivateFn = roleGuard(['admin']);
