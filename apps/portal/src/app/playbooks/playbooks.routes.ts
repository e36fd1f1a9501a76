import { Routes } from '@angular/router';

export const PLAYBOOKS_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.playbooks',
    loadComponent: () =>
      import('./playbook-list-page/playbook-list-page').then((m) => m.PlaybookListPage),
  },
  {
    path: ':id',
    title: 'titles.playbook',
    loadComponent: () => import('./playbook-page/playbook-page').then((m) => m.PlaybookPage),
  },
];
