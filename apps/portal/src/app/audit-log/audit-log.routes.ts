import { Routes } from '@angular/router';
import { roleGuard } from '../admin/admin.guard';

export const AUDIT_LOG_ROUTES: Routes = [
  {
    path: '',
    canActivate: [roleGuard(['admin', 'auditor'])],
    title: 'titles.auditLog',
    loadComponent: () => import('./audit-log-page').then((m) => m.AuditLogPage),
  },
];
