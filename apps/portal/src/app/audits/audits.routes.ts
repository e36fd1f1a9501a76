import { Routes } from '@angular/router';

export const AUDITS_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.audits',
    loadComponent: () => import('./audit-list-page/audit-list-page').then((m) => m.AuditListPage),
  },
  {
    path: ':id',
    title: 'titles.audit',
    loadComponent: () => import('./audit-page/audit-page').then((m) => m.AuditPage),
  },
];
