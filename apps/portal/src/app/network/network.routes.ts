import { Routes } from '@angular/router';

export const NETWORK_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.network',
    loadComponent: () => import('./locations-page/locations-page').then((m) => m.LocationsPage),
  },
  {
    path: ':id',
    title: 'titles.location',
    loadComponent: () => import('./location-page/location-page').then((m) => m.LocationPage),
  },
];
