import { Routes } from '@angular/router';

export const INBOX_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.inbox',
    loadComponent: () => import('./inbox-page/inbox-page').then((m) => m.InboxPage),
  },
];
