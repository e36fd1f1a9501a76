import { Routes } from '@angular/router';

export const LEAGUE_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.league',
    loadComponent: () => import('./league-page/league-page').then((m) => m.LeaguePage),
  },
];

export const OVERVIEW_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.overview',
    loadComponent: () => import('./overview-page/overview-page').then((m) => m.OverviewPage),
  },
];
