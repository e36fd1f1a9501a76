import { AppError } from '../errors/app-error';

export const authErrors = {
  badCredentials: () => new AppError('auth.bad_credentials', 'unauthenticated', 'Email or password is wrong'),
  signedOut: () => new AppError('auth.unauthenticated', 'unauthenticated', 'Sign in first'),
  roleForbidden: () => new AppError('auth.forbidden', 'forbidden', 'Your role may not do this'),
  csrf: () => new AppError('auth.csrf', 'forbidden', 'Missing or invalid CSRF token'),
  origin: () => new AppError('auth.origin', 'forbidden', 'Request from another origin'),
  tooManyTries: (seconds: number) =>
    new AppError('auth.too_many_tries', 'too_many', `Too many failed sign-ins for this account; try again in ${seconds} s`),
};
