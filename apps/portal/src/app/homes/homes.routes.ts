import { Routes } from '@angular/router';

export const HOMES_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.home',
    loadComponent: () => import('./home-page').then((m) => m.HomePage),
  },
];
