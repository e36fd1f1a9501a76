import { Routes } from '@angular/router';

export const NOW_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.now',
    loadComponent: () => import('./now-page').then((m) => m.NowPage),
  },
];
