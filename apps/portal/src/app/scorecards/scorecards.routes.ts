import { Routes } from '@angular/router';

export const SCORECARDS_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.scorecards',
    loadComponent: () =>
      import('./scorecard-list-page/scorecard-list-page').then((m) => m.ScorecardListPage),
  },
  {
    path: ':id',
    title: 'titles.scorecard',
    loadComponent: () => import('./scorecard-page/scorecard-page').then((m) => m.ScorecardPage),
  },
];
