import { Routes } from '@angular/router';

export const POLICIES_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.policies',
    loadComponent: () =>
      import('./policy-list-page/policy-list-page').then((m) => m.PolicyListPage),
  },
  {
    path: ':id',
    title: 'titles.policy',
    loadComponent: () => import('./policy-page/policy-page').then((m) => m.PolicyPage),
  },
];
