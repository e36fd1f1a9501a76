import { Routes } from '@angular/router';

export const NETWORK_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.network',
    loadComponent: () => import('./locations-page/locations-page').then((m) => m.LocationsPage),
  },
];
