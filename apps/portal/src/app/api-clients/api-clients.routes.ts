import { Routes } from '@angular/router';

export const API_CLIENTS_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.apiClients',
    loadComponent: () => import('./api-clients-page/api-clients-page').then((m) => m.ApiClientsPage),
  },
];
