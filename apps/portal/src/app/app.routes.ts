import { Routes } from '@angular/router';
import { signedInGuard, signedOutGuard } from './auth/auth.guard';
import { INTAKE_ROUTES } from './intake/intake.routes';

export const routes: Routes = [
  {
    path: 'sign-in',
    canActivate: [signedOutGuard],
    loadChildren: () => import('./auth/auth.routes').then((m) => m.AUTH_ROUTES),
  },
  // The customer's pages come before the shell: they must never meet its guard.
  ...INTAKE_ROUTES,
  {
    path: '',
    canActivate: [signedInGuard],
    loadComponent: () => import('./shell/shell').then((m) => m.Shell),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'network' },
      {
        path: 'network',
        loadChildren: () => import('./network/network.routes').then((m) => m.NETWORK_ROUTES),
      },
      {
        path: 'complaints',
        loadChildren: () =>
          import('./complaints/complaints.routes').then((m) => m.COMPLAINTS_ROUTES),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
