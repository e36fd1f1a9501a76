import { Routes } from '@angular/router';

export const WEBHOOKS_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.webhooks',
    loadComponent: () => import('./webhooks-page/webhooks-page').then((m) => m.WebhooksPage),
  },
];
