import { Routes } from '@angular/router';
import { adminGuard } from './admin.guard';

export const ADMIN_ROUTES: Routes = [
  {
    path: '',
    canActivate: [adminGuard],
    loadComponent: () => import('./admin-layout').then((m) => m.AdminLayout),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'users' },
      {
        path: 'users',
        title: 'titles.adminUsers',
        loadComponent: () => import('./users/users-page').then((m) => m.UsersPage),
      },
      {
        path: 'regions',
        title: 'titles.adminRegions',
        loadComponent: () => import('./regions/regions-page').then((m) => m.RegionsPage),
      },
      {
        path: 'franchisees',
        title: 'titles.adminFranchisees',
        loadComponent: () => import('./franchisees/franchisees-page').then((m) => m.FranchiseesPage),
      },
      {
        path: 'locations',
        title: 'titles.adminLocations',
        loadComponent: () => import('./locations/locations-admin-page').then((m) => m.LocationsAdminPage),
      },
      {
        path: 'settings',
        title: 'titles.adminSettings',
        loadComponent: () => import('./settings/settings-page').then((m) => m.SettingsPage),
      },
    ],
  },
];
