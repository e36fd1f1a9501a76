import { Routes } from '@angular/router';

/** The customer's pages: outside the signed-in shell, no guard, no session. */
export const INTAKE_ROUTES: Routes = [
  {
    path: 'c/:code',
    title: 'titles.complaintForm',
    loadComponent: () =>
      import('./complaint-form-page/complaint-form-page').then((m) => m.ComplaintFormPage),
  },
  {
    path: 'c/:code/poster',
    title: 'titles.poster',
    loadComponent: () => import('./poster-page/poster-page').then((m) => m.PosterPage),
  },
  {
    path: 'status/:token',
    title: 'titles.complaintStatus',
    loadComponent: () => import('./status-page/status-page').then((m) => m.StatusPage),
  },
];
