import { Routes } from '@angular/router';
import { homeGuard, signedInGuard, signedOutGuard } from './auth/auth.guard';
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
      { path: '', pathMatch: 'full', canActivate: [homeGuard], children: [] },
      {
        path: 'now',
        loadChildren: () => import('./now/now.routes').then((m) => m.NOW_ROUTES),
      },
      {
        path: 'home',
        loadChildren: () => import('./homes/homes.routes').then((m) => m.HOMES_ROUTES),
      },
      {
        path: 'inbox',
        loadChildren: () => import('./inbox/inbox.routes').then((m) => m.INBOX_ROUTES),
      },
      {
        path: 'network',
        loadChildren: () => import('./network/network.routes').then((m) => m.NETWORK_ROUTES),
      },
      {
        path: 'complaints',
        loadChildren: () =>
          import('./complaints/complaints.routes').then((m) => m.COMPLAINTS_ROUTES),
      },
      {
        path: 'league',
        loadChildren: () => import('./league/league.routes').then((m) => m.LEAGUE_ROUTES),
      },
      {
        path: 'overview',
        loadChildren: () => import('./league/league.routes').then((m) => m.OVERVIEW_ROUTES),
      },
      {
        path: 'scorecards',
        loadChildren: () =>
          import('./scorecards/scorecards.routes').then((m) => m.SCORECARDS_ROUTES),
      },
      {
        path: 'audits',
        loadChildren: () => import('./audits/audits.routes').then((m) => m.AUDITS_ROUTES),
      },
      {
        path: 'enforcement',
        loadChildren: () =>
          import('./enforcement/enforcement.routes').then((m) => m.ENFORCEMENT_ROUTES),
      },
      {
        path: 'reviews',
        loadChildren: () => import('./reviews/reviews.routes').then((m) => m.REVIEWS_ROUTES),
      },
      {
        path: 'webhooks',
        loadChildren: () => import('./webhooks/webhooks.routes').then((m) => m.WEBHOOKS_ROUTES),
      },
      {
        path: 'admin',
        loadChildren: () => import('./admin/admin.routes').then((m) => m.ADMIN_ROUTES),
      },
      // Where people look for them first.
      { path: 'users', pathMatch: 'full', redirectTo: 'admin/users' },
      { path: 'settings', pathMatch: 'full', redirectTo: 'admin/settings' },
      {
        path: 'audit-log',
        loadChildren: () => import('./audit-log/audit-log.routes').then((m) => m.AUDIT_LOG_ROUTES),
      },
      {
        path: 'api-clients',
        loadChildren: () =>
          import('./api-clients/api-clients.routes').then((m) => m.API_CLIENTS_ROUTES),
      },
      {
        path: 'policies',
        loadChildren: () => import('./policies/policies.routes').then((m) => m.POLICIES_ROUTES),
      },
      {
        path: 'playbooks',
        loadChildren: () => import('./playbooks/playbooks.routes').then((m) => m.PLAYBOOKS_ROUTES),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
