import { Routes } from '@angular/router';

export const REVIEWS_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.reviews',
    loadComponent: () =>
      import('./review-list-page/review-list-page').then((m) => m.ReviewListPage),
  },
  {
    path: ':id',
    title: 'titles.review',
    loadComponent: () => import('./review-page/review-page').then((m) => m.ReviewPage),
  },
];
