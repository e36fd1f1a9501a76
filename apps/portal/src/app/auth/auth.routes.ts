import { Routes } from '@angular/router';

export const AUTH_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.signIn',
    loadComponent: () => import('./sign-in/sign-in-page').then((m) => m.SignInPage),
  },
];
