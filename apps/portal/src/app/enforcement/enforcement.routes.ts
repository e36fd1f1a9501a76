import { Routes } from '@angular/router';

export const ENFORCEMENT_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.enforcement',
    loadComponent: () => import('./case-list-page/case-list-page').then((m) => m.CaseListPage),
  },
  {
    path: ':id',
    title: 'titles.enforcementCase',
    loadComponent: () => import('./case-page/case-page').then((m) => m.CasePage),
  },
];
