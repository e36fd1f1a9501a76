import { Routes } from '@angular/router';
import { ComplaintListStore } from './complaint-list-store';

export const COMPLAINTS_ROUTES: Routes = [
  {
    path: '',
    // Here rather than on the list page, so the filters survive a visit to a complaint and back.
    providers: [ComplaintListStore],
    children: [
      {
        path: '',
        title: 'titles.complaints',
        loadComponent: () =>
          import('./complaint-list-page/complaint-list-page').then((m) => m.ComplaintListPage),
      },
      {
        path: ':id',
        title: 'titles.complaint',
        loadComponent: () => import('./complaint-page/complaint-page').then((m) => m.ComplaintPage),
      },
    ],
  },
];
